import { describe, expect, it, vi } from 'vitest';
import { type LocalArea, PAGE_SETTINGS_KEY, pageSettingsFromCopy, readPageSettingsCopy, writePageSettingsCopy } from '../../../lib/page/page-settings-copy';

function fakeArea(initial: Record<string, unknown> = {}) {
  const items = new Map(Object.entries(initial));
  const area = {
    get: vi.fn(async (key: string) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {})),
    set: vi.fn(async (next: Record<string, unknown>) => void Object.entries(next).forEach(([k, v]) => items.set(k, structuredClone(v)))),
    remove: vi.fn(async (key: string) => void items.delete(key)),
  } satisfies LocalArea;
  return { area, items };
}

describe('the settings copy a page reads', () => {
  it('answers as getPageSettings would: a switched-off site covers its subdomains, in any case', async () => {
    const { area } = fakeArea({ [PAGE_SETTINGS_KEY]: { format: 1, highlights: false, disabledSites: ['alrafidain.example'] } });
    expect(await pageSettingsFromCopy(area, 'alrafidain.example')).toEqual({ enabled: false, highlights: false });
    expect(await pageSettingsFromCopy(area, 'WWW.AlRafidain.example')).toEqual({ enabled: false, highlights: false });
    expect(await pageSettingsFromCopy(area, 'notalrafidain.example')).toEqual({ enabled: true, highlights: false });
    expect(await pageSettingsFromCopy(area, '')).toEqual({ enabled: true, highlights: false });
  });

  it.each([
    ['absent', undefined],
    ['another format', { format: 2, highlights: true, disabledSites: [] }],
    ['a string for a flag', { format: 1, highlights: 'true', disabledSites: [] }],
    ['no list', { format: 1, highlights: true }],
    ['an empty host', { format: 1, highlights: true, disabledSites: [''] }],
    ['a number for a host', { format: 1, highlights: true, disabledSites: [7] }],
    ['a list past 5,000 hosts', { format: 1, highlights: true, disabledSites: Array.from({ length: 5_001 }, (_, i) => `s${i}.example`) }],
    ['not an object', 'on'],
  ])('is not used when %s (the page asks the background instead)', async (_why, value) => {
    expect(readPageSettingsCopy(value)).toBeUndefined();
    const { area } = fakeArea(value === undefined ? {} : { [PAGE_SETTINGS_KEY]: value });
    expect(await pageSettingsFromCopy(area, 'alrafidain.example')).toBeUndefined();
  });

  it('a storage area that fails is no copy, not an error', async () => {
    const area: LocalArea = { get: () => Promise.reject(new Error('storage gone')), set: async () => undefined, remove: async () => undefined };
    expect(await pageSettingsFromCopy(area, 'alrafidain.example')).toBeUndefined();
  });

  it('is written only when it would change', async () => {
    const { area, items } = fakeArea();
    await writePageSettingsCopy(area, { highlights: true, disabledSites: ['a.example'] });
    expect(items.get(PAGE_SETTINGS_KEY)).toEqual({ format: 1, highlights: true, disabledSites: ['a.example'] });
    await writePageSettingsCopy(area, { highlights: true, disabledSites: ['a.example'] });
    expect(area.set).toHaveBeenCalledTimes(1);
    await writePageSettingsCopy(area, { highlights: true, disabledSites: ['a.example', 'b.example'] });
    await writePageSettingsCopy(area, { highlights: false, disabledSites: ['a.example', 'b.example'] });
    expect(area.set).toHaveBeenCalledTimes(3);
    expect(items.get(PAGE_SETTINGS_KEY)).toEqual({ format: 1, highlights: false, disabledSites: ['a.example', 'b.example'] });
  });
});
