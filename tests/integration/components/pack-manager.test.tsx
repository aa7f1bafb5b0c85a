import { afterEach, describe, expect, it } from 'vitest';
import type { OptionsApi } from '../../../components/options-api';
import { OptionsPage } from '../../../components/options-page';
import { fakeHistoryApi } from './fake-history-api';
import { fakePackApi, packSummary } from './fake-pack-api';
import { isChecked, mount, settle } from './render';
import { settings as makeSettings } from './sample-cards';

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

const reader = packSummary({
  id: 'example',
  name: { ar: 'حزمة المثال', en: 'Example pack' },
  version: '1.0.0',
  license: 'CC0 1.0',
  attribution: 'Example newsroom',
  bundled: false,
  counts: { sources: 2, entities: 3, events: 1, relations: 2, facts: 4, amends: 0 },
});

function fakeApi(packs = [packSummary(), reader]) {
  const settings = makeSettings();
  const packApi = fakePackApi(packs);
  const api = { getSettings: async () => settings, setSettings: async () => settings, ...packApi, ...fakeHistoryApi() } satisfies OptionsApi;
  return api;
}

async function open(api: OptionsApi) {
  view = mount(<OptionsPage api={api} />);
  await settle();
  return view;
}

const rows = (root: HTMLElement) => [...root.querySelectorAll('[data-testid="pack-row"]')].map((r) => r.getAttribute('data-pack-id'));
const problems = (root: HTMLElement) => [...root.querySelectorAll('[data-testid="pack-errors"] li')].map((li) => li.textContent);

async function chooseFile(v: ReturnType<typeof mount>, name = 'pack.json') {
  const input = v.root.querySelector('input[type="file"][data-testid="pack-import"]')!;
  Object.defineProperty(input, 'files', { value: [{ name, size: 10 }], configurable: true });
  await v.change(input, false);
}

describe('PackManager (options page)', () => {
  it('lists every installed pack with version, license, counts and a switch; only reader packs can be removed', async () => {
    const v = await open(fakeApi());
    expect(rows(v.root)).toEqual(['core', 'example']);
    const core = v.root.querySelector('[data-pack-id="core"]')!;
    const example = v.root.querySelector('[data-pack-id="example"]')!;
    expect(core.querySelector('[data-testid="pack-remove"]')).toBeNull();
    expect(example.querySelector('[data-testid="pack-remove"]')).not.toBeNull();
    expect(isChecked(core.querySelector('[data-testid="pack-enabled"]'))).toBe(true);
    expect(example.textContent).toContain('حزمة المثال');
    expect(example.textContent).toContain('CC0 1.0');
    expect(example.textContent).toContain('Example newsroom');
    expect(example.querySelector('[data-testid="pack-counts"]')?.textContent).toBe('٣ كيان، ١ حدث، ٤ معلومة، ٢ مصدر');
    expect(v.root.querySelector('[data-testid="pack-import"]')?.getAttribute('type')).toBe('file');
  });

  it('imports a valid pack: no problems listed, the new pack in the list, a status said', async () => {
    const api = fakeApi([packSummary()]);
    api.packState.next = { status: 'result', uploadId: 'u1', result: { status: 'installed', pack: reader } };
    const v = await open(api);
    await chooseFile(v);
    expect(api.importPack).toHaveBeenCalledTimes(1);
    expect(problems(v.root)).toEqual([]);
    expect(rows(v.root)).toEqual(['core', 'example']);
    expect(v.root.querySelector('#pack-status')?.textContent).toBe('ثُبّتت الحزمة «حزمة المثال» (الإصدار 1.0.0).');
  });

  it('lists every problem of a broken pack, one item each, and leaves the list as it was', async () => {
    const api = fakeApi();
    api.packState.next = {
      status: 'result',
      uploadId: 'u1',
      result: { status: 'invalid', problems: ['pack: entities[0] (a).name.ar: Too big', 'pack: relations[1].to: Unknown entity "x"'], more: 3 },
    };
    const v = await open(api);
    await chooseFile(v);
    expect(problems(v.root)).toEqual(['pack: entities[0] (a).name.ar: Too big', 'pack: relations[1].to: Unknown entity "x"']);
    expect(v.root.querySelector('[data-testid="pack-errors"]')?.textContent).toContain('و٣ مشكلة أخرى.');
    expect(rows(v.root)).toEqual(['core', 'example']);
  });

  it('refuses a file over the limit with its size, without the background', async () => {
    const api = fakeApi();
    api.packState.next = { status: 'too-large', size: 120 * 1024 * 1024, limit: 64 * 1024 * 1024 };
    const v = await open(api);
    await chooseFile(v);
    expect(problems(v.root)).toEqual(['حجم الملف 120 م.ب، والحد الأقصى للحزمة 64 م.ب. لم يُقرأ الملف.']);
  });

  it('asks before replacing with the same or an older version; cancel keeps it, replace replaces it', async () => {
    const api = fakeApi();
    api.packState.next = { status: 'result', uploadId: 'u7', result: { status: 'confirm', id: 'example', name: reader.name, installedVersion: '1.0.0', incomingVersion: '0.9.0' } };
    const v = await open(api);
    await chooseFile(v);
    expect(v.root.querySelector('[data-testid="pack-confirm"]')?.textContent).toContain('الإصدار 1.0.0');
    await v.click(v.root.querySelector('[data-testid="pack-confirm-cancel"]'));
    expect(api.cancelImport).toHaveBeenCalledWith('u7');
    expect(api.confirmImport).not.toHaveBeenCalled();
    expect(v.root.querySelector('[data-testid="pack-confirm"]')).toBeNull();

    await chooseFile(v);
    api.packState.confirmed = { status: 'updated', pack: { ...reader, version: '0.9.0' }, previousVersion: '1.0.0' };
    await v.click(v.root.querySelector('[data-testid="pack-confirm-replace"]'));
    expect(api.confirmImport).toHaveBeenCalledWith('u7');
    expect(problems(v.root)).toEqual([]);
    expect(v.root.querySelector('[data-pack-id="example"]')?.textContent).toContain('الإصدار 0.9.0');
  });

  it('switches a pack off, and removes a reader pack after asking', async () => {
    const api = fakeApi();
    const v = await open(api);
    await v.change(v.root.querySelector('[data-pack-id="example"] [data-testid="pack-enabled"]'), false);
    expect(api.setPackEnabled).toHaveBeenCalledWith('example', false);
    expect(isChecked(v.root.querySelector('[data-pack-id="example"] [data-testid="pack-enabled"]'))).toBe(false);

    api.confirm.mockReturnValueOnce(false);
    await v.click(v.root.querySelector('[data-pack-id="example"] [data-testid="pack-remove"]'));
    expect(api.removePack).not.toHaveBeenCalled();
    await v.click(v.root.querySelector('[data-pack-id="example"] [data-testid="pack-remove"]'));
    expect(api.removePack).toHaveBeenCalledWith('example');
    expect(rows(v.root)).toEqual(['core']);
  });

  it('shows markup in a pack name as text', async () => {
    const evil = { ...reader, name: { ar: '<img src=x onerror=alert(1)>', en: '<b>x</b>' } };
    const v = await open(fakeApi([evil]));
    expect(v.root.querySelector('[data-pack-id="example"] h3')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(v.root.querySelectorAll('img, b').length).toBe(0);
  });

  it('exports a pack', async () => {
    const api = fakeApi();
    const v = await open(api);
    await v.click(v.root.querySelector('[data-pack-id="example"] [data-testid="pack-export"]'));
    expect(api.exportPack).toHaveBeenCalledWith('example');
  });
});
