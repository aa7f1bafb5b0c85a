import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '../../../components/options-api';
import { OptionsPage } from '../../../components/options-page';
import type { Settings } from '../../../lib/messaging/protocol';
import { fakeHistoryApi } from './fake-history-api';
import { fakePackApi } from './fake-pack-api';
import { isChecked, mount, settle } from './render';
import { settings as makeSettings } from './sample-cards';

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

function fakeApi(over: Partial<Settings> = {}) {
  let current = makeSettings(over);
  return {
    getSettings: vi.fn(async () => current),
    setSettings: vi.fn(async (patch: Partial<Settings>) => (current = { ...current, ...patch })),
    ...fakePackApi(),
    ...fakeHistoryApi(),
  } satisfies OptionsApi;
}

async function open(api: OptionsApi) {
  view = mount(<OptionsPage api={api} />);
  await settle();
  return view;
}

describe('OptionsPage', () => {
  it('lists the disabled sites and removes one', async () => {
    const api = fakeApi({ disabledSites: ['www.aljazeera.net', 'www.alarabiya.net'] });
    const { root, click } = await open(api);
    expect([...root.querySelectorAll('#opt-sites li')].map((li) => li.getAttribute('data-site'))).toEqual(['www.aljazeera.net', 'www.alarabiya.net']);
    await click(root.querySelector('li[data-site="www.aljazeera.net"] button'));
    expect(api.setSettings).toHaveBeenCalledWith({ disabledSites: ['www.alarabiya.net'] });
    expect(root.querySelectorAll('#opt-sites li').length).toBe(1);
    expect(root.querySelector('#opt-status')?.textContent).toBe('حُفظ.');
  });

  it('says when no site is disabled', async () => {
    const { root } = await open(fakeApi());
    expect(root.querySelector('#opt-no-sites')?.textContent).toBe('لا توجد مواقع موقوفة.');
  });

  it('turns highlights off', async () => {
    const api = fakeApi();
    const { root, change } = await open(api);
    const box = root.querySelector('#opt-highlights') as HTMLInputElement;
    expect(isChecked(box)).toBe(true);
    await change(box, false);
    expect(api.setSettings).toHaveBeenCalledWith({ highlights: false });
  });

  it('switches the language of the page itself', async () => {
    const api = fakeApi();
    const { root, change, document } = await open(api);
    expect(root.querySelector('h1')?.textContent).toBe('إعدادات سياق');
    await change(root.querySelector('#opt-language-en'), true);
    expect(api.setSettings).toHaveBeenCalledWith({ language: 'en' });
    expect(root.querySelector('h1')?.textContent).toBe('Siyaq settings');
    expect(document.documentElement.getAttribute('dir')).toBe('ltr');
  });

  it('shows a failed save and reloads the stored settings', async () => {
    const api = fakeApi();
    api.setSettings.mockRejectedValueOnce(new Error('quota exceeded'));
    const { root, change } = await open(api);
    await change(root.querySelector('#opt-highlights'), false);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('quota exceeded');
    expect(isChecked(root.querySelector('#opt-highlights'))).toBe(true);
  });
});
