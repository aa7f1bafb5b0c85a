import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settingsCopy } from '../../../lib/db/settings-copy';
import { setSiteEnabled, updateSettings } from '../../../lib/db/settings-repository';
import { SiyaqDb } from '../../../lib/db/siyaq-db';
import { exportHistory, importHistory } from '../../../lib/db/visits-history';
import { type LocalArea, PAGE_SETTINGS_KEY, pageSettingsFromCopy } from '../../../lib/page/page-settings-copy';

function memoryArea(): LocalArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (next) => void Object.entries(next).forEach(([k, v]) => items.set(k, structuredClone(v))),
    remove: async (key) => void items.delete(key),
  };
}

let db: SiyaqDb;
let area: ReturnType<typeof memoryArea>;
beforeEach(() => {
  db = new SiyaqDb(`settings-copy-${crypto.randomUUID()}`);
  area = memoryArea();
});
afterEach(() => db.delete());

describe('the copy of the settings pages read', () => {
  it('is written on start and follows every change before the change is answered', async () => {
    const copy = settingsCopy(db, area);
    await copy.sync();
    expect(await pageSettingsFromCopy(area, 'www.alrafidain.example')).toEqual({ enabled: true, highlights: true });

    await copy.after(setSiteEnabled(db, 'AlRafidain.example', false));
    expect(await pageSettingsFromCopy(area, 'www.alrafidain.example')).toEqual({ enabled: false, highlights: true });
    await copy.after(updateSettings(db, { highlights: false }));
    expect(await pageSettingsFromCopy(area, 'furat.example')).toEqual({ enabled: true, highlights: false });
    await copy.after(setSiteEnabled(db, 'alrafidain.example', true));
    expect(await pageSettingsFromCopy(area, 'www.alrafidain.example')).toEqual({ enabled: true, highlights: false });
  });

  it('an imported history file brings its settings to the copy', async () => {
    const copy = settingsCopy(db, area);
    await copy.sync();
    const file = JSON.parse(await exportHistory(db));
    file.settings = { ...file.settings, highlights: false, disabledSites: ['furat.example'] };
    await copy.after(importHistory(db, JSON.stringify(file)));
    expect(await pageSettingsFromCopy(area, 'news.furat.example')).toEqual({ enabled: false, highlights: false });
  });

  it('a copy changed behind the background is set right on its next start', async () => {
    const copy = settingsCopy(db, area);
    await copy.sync();
    area.items.set(PAGE_SETTINGS_KEY, { format: 1, highlights: true, disabledSites: ['www.alrafidain.example'] });
    await settingsCopy(db, area).sync();
    expect(await pageSettingsFromCopy(area, 'www.alrafidain.example')).toEqual({ enabled: true, highlights: true });
  });

  it('settings that cannot be read leave no copy: pages then ask the background, which says why', async () => {
    const copy = settingsCopy(db, area);
    await copy.sync();
    expect(area.items.has(PAGE_SETTINGS_KEY)).toBe(true);
    await db.settings.put({ key: 'settings', value: { highlights: 'yes' } } as never);
    await expect(copy.sync()).rejects.toThrow();
    expect(area.items.has(PAGE_SETTINGS_KEY)).toBe(false);
    expect(await pageSettingsFromCopy(area, 'www.alrafidain.example')).toBeUndefined();
  });
});

describe('the settings the background holds in memory', () => {
  it('reads the database once, then answers from memory until a change', async () => {
    const copy = settingsCopy(db, area);
    const reads = vi.spyOn(db.settings, 'get');
    expect((await copy.read()).highlights).toBe(true);
    await copy.read();
    await copy.read();
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('answers what a change saved, from the change on (sites, highlights, an imported file)', async () => {
    const copy = settingsCopy(db, area);
    await copy.read();
    await copy.after(setSiteEnabled(db, 'www.alrafidain.example', false));
    expect((await copy.read()).disabledSites).toEqual(['www.alrafidain.example']);
    await copy.after(updateSettings(db, { language: 'en', highlights: false }));
    expect(await copy.read()).toMatchObject({ language: 'en', highlights: false });
    const file = JSON.parse(await exportHistory(db));
    file.settings = { ...file.settings, disabledSites: ['furat.example'], recordHistory: false };
    await copy.after(importHistory(db, JSON.stringify(file)));
    expect(await copy.read()).toMatchObject({ disabledSites: ['furat.example'], recordHistory: false });
  });

  it('hands out copies: changing what a caller got changes nothing held', async () => {
    const copy = settingsCopy(db, area);
    const first = await copy.read();
    first.disabledSites.push('www.alrafidain.example');
    first.highlights = false;
    expect(await copy.read()).toMatchObject({ disabledSites: [], highlights: true });
  });

  it('a read that failed is not kept: the next read asks the database again', async () => {
    const copy = settingsCopy(db, area);
    await db.settings.put({ key: 'settings', value: { highlights: 'yes' } } as never);
    await expect(copy.read()).rejects.toThrow();
    await db.settings.put({ key: 'settings', value: { highlights: false, language: 'ar', disabledSites: [], recordHistory: true, searchLinks: true } });
    expect((await copy.read()).highlights).toBe(false);
  });

  it('a change that failed is not trusted either: the next read asks the database', async () => {
    const copy = settingsCopy(db, area);
    await copy.read();
    const reads = vi.spyOn(db.settings, 'get');
    await expect(copy.after(Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    await copy.read();
    expect(reads).toHaveBeenCalledTimes(1);
  });
});

