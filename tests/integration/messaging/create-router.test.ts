import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createListener } from '../../../lib/messaging/create-listener';
import { createRouter, type BackgroundHandlers } from '../../../lib/messaging/create-router';
import { PACK_CHUNK_CHARS } from '../../../lib/messaging/pack-limits';
import { MAX_PAGE_TEXT } from '../../../lib/messaging/protocol';
import { sendMessage } from '../../../lib/messaging/send-message';

const ENV = { extensionId: 'siyaq-test-id', extensionOrigin: 'chrome-extension://siyaq-test-id/' };
const CONTENT = { id: ENV.extensionId, url: 'https://www.example.iq/news/1', tab: { id: 7 }, frameId: 0 } as const;
const POPUP = { id: ENV.extensionId, url: `${ENV.extensionOrigin}popup.html` } as const;
const TEXT = 'نجا رئيس الوزراء العراقي مصطفى الكاظمي من محاولة اغتيال بطائرة مسيّرة مفخخة استهدفت منزله في المنطقة الخضراء ببغداد.';

const page = (extra: Record<string, unknown> = {}) => ({ url: CONTENT.url, title: 'خبر', lang: 'ar', text: TEXT, revision: 1, ...extra });

function handlers() {
  const fail = () => Promise.reject(new Error('not used in this test'));
  return {
    matchPage: vi.fn(async () => ({ entities: [], events: [], count: 0 })),
    pageStatus: vi.fn(async () => ({ ok: true })),
    frameGone: vi.fn(async () => ({ ok: true })),
    getPageSettings: vi.fn(async () => ({ enabled: true, highlights: true })),
    getTabMatches: vi.fn(async ({ tabId }: { tabId: number }) => ({ status: 'not-scanned' as const, url: `tab ${tabId}`, title: '', entities: [], events: [] })),
    getCards: vi.fn(fail),
    getCoverage: vi.fn(fail),
    getSettings: vi.fn(async () => ({ highlights: true, language: 'ar' as const, disabledSites: [], recordHistory: true, searchLinks: true })),
    setSettings: vi.fn(fail),
    setSiteEnabled: vi.fn(fail),
    getReferenceStatus: vi.fn(fail),
    listPacks: vi.fn(async () => ({ packs: [] })),
    startPackUpload: vi.fn(async () => ({ uploadId: 'u1' })),
    sendPackChunk: vi.fn(async () => ({ ok: true })),
    importPack: vi.fn(fail),
    cancelPackUpload: vi.fn(async () => ({ ok: true })),
    setPackEnabled: vi.fn(fail),
    removePack: vi.fn(fail),
    exportPack: vi.fn(fail),
    locateMention: vi.fn(fail),
    getHistoryStats: vi.fn(fail),
    forgetSite: vi.fn(fail),
    clearHistory: vi.fn(fail),
    exportHistory: vi.fn(fail),
    importHistory: vi.fn(fail),
  } satisfies BackgroundHandlers;
}

describe('background router', () => {
  let h: ReturnType<typeof handlers>;
  let route: ReturnType<typeof createRouter>;
  beforeEach(() => {
    h = handlers();
    route = createRouter(h, ENV);
  });

  it('passes a valid matchPage to its handler with the tab id taken from the sender', async () => {
    await route({ type: 'matchPage', data: page() }, CONTENT);
    expect(h.matchPage).toHaveBeenCalledWith(expect.objectContaining({ text: TEXT, revision: 1 }), { kind: 'content', tabId: 7, url: CONTENT.url, frameId: 0, tabUrl: CONTENT.url });
  });

  it.each([
    ['not an envelope', 'matchPage', /malformed/],
    [{ type: 'deleteEverything', data: {} }, null, /unknown message type: deleteEverything/],
    [{ type: 'toString', data: {} }, null, /unknown message type/],
    [{ type: 'matchPage', data: { ...page(), revision: -1 } }, null, /invalid matchPage: revision/],
    [{ type: 'matchPage', data: { ...page(), tabId: 3 } }, null, /invalid matchPage/],
    [{ type: 'matchPage', data: page({ text: 'ا'.repeat(MAX_PAGE_TEXT + 1) }) }, null, /invalid matchPage: text/],
    [{ type: 'getCards', data: { ids: ['x'.repeat(201)] } }, null, /invalid getCards/],
  ])('rejects %j', async (message, _unused, error) => {
    const sender = typeof message === 'object' && message.type === 'getCards' ? POPUP : CONTENT;
    await expect(route(message, sender)).rejects.toThrow(error);
    expect(h.matchPage).not.toHaveBeenCalled();
    expect(h.getCards).not.toHaveBeenCalled();
  });

  it('accepts text of exactly the maximum length', async () => {
    await route({ type: 'matchPage', data: page({ text: 'ب'.repeat(MAX_PAGE_TEXT) }) }, CONTENT);
    expect(h.matchPage).toHaveBeenCalledTimes(1);
  });

  it('refuses other extensions, page-less senders and malformed frame ids', async () => {
    await expect(route({ type: 'matchPage', data: page() }, { ...CONTENT, id: 'someone-else' })).rejects.toThrow(/outside the extension/);
    await expect(route({ type: 'matchPage', data: page() }, { id: ENV.extensionId, url: CONTENT.url })).rejects.toThrow(/unknown context/);
    await expect(route({ type: 'matchPage', data: page() }, { ...CONTENT, frameId: -1 })).rejects.toThrow(/unknown context/);
  });

  it('a frame speaks for its own frame of the tab: frame id and tab URL come from the sender, not the payload', async () => {
    const frame = { ...CONTENT, url: 'https://live.example.iq/embed', frameId: 3, tab: { id: 7, url: 'https://www.example.iq/news/1' } };
    await route({ type: 'matchPage', data: page() }, frame);
    expect(h.matchPage).toHaveBeenLastCalledWith(expect.anything(), {
      kind: 'content',
      tabId: 7,
      url: 'https://live.example.iq/embed',
      frameId: 3,
      tabUrl: 'https://www.example.iq/news/1',
    });
    await expect(route({ type: 'matchPage', data: { ...page(), frameId: 0 } }, frame)).rejects.toThrow(/invalid matchPage/);
  });

  it('keeps popup messages away from pages and page messages away from the popup', async () => {
    await expect(route({ type: 'getTabMatches', data: { tabId: 7 } }, CONTENT)).rejects.toThrow(/may not be sent from a page/);
    await expect(route({ type: 'setSettings', data: { highlights: false } }, CONTENT)).rejects.toThrow(/may not be sent from a page/);
    await expect(route({ type: 'matchPage', data: page() }, { ...POPUP, tab: { id: 9 } })).rejects.toThrow(/may not be sent from an extension page/);
    await expect(route({ type: 'getTabMatches', data: { tabId: 7 } }, POPUP)).resolves.toMatchObject({ url: 'tab 7' });
  });

  it('pack messages: only extension pages may send them, chunks over the slice size and extra keys are refused', async () => {
    const OPTIONS = { id: ENV.extensionId, url: `${ENV.extensionOrigin}options.html` };
    await expect(route({ type: 'listPacks', data: {} }, CONTENT)).rejects.toThrow(/may not be sent from a page/);
    await expect(route({ type: 'removePack', data: { id: 'core' } }, CONTENT)).rejects.toThrow(/may not be sent from a page/);
    expect(await route({ type: 'sendPackChunk', data: { uploadId: 'u1', index: 0, text: 'x'.repeat(PACK_CHUNK_CHARS) } }, OPTIONS)).toEqual({ ok: true });
    await expect(route({ type: 'sendPackChunk', data: { uploadId: 'u1', index: 1, text: 'x'.repeat(PACK_CHUNK_CHARS + 1) } }, OPTIONS)).rejects.toThrow(/invalid sendPackChunk: text/);
    await expect(route({ type: 'setPackEnabled', data: { id: 'core', enabled: false, bundled: false } }, OPTIONS)).rejects.toThrow(/invalid setPackEnabled/);
    await expect(route({ type: 'removePack', data: { id: '<img src=x>' } }, OPTIONS)).rejects.toThrow(/invalid removePack: id/);
    expect(h.sendPackChunk).toHaveBeenCalledTimes(1);
    expect(h.setPackEnabled).not.toHaveBeenCalled();
    expect(h.removePack).not.toHaveBeenCalled();
  });

  it('checks answers too: a handler returning the wrong shape is an error, not a silent bad reply', async () => {
    h.getSettings.mockResolvedValueOnce({ highlights: 'yes' } as never);
    await expect(route({ type: 'getSettings', data: {} }, POPUP)).rejects.toThrow();
  });
});

describe('round trip over runtime messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('returns the answer to the sender and re-throws a refusal there', async () => {
    const h = handlers();
    // fakeBrowser passes an empty sender: let this router see it as the popup.
    const route = createRouter(h, ENV);
    fakeBrowser.runtime.onMessage.addListener(createListener((message) => route(message, POPUP)));
    await expect(sendMessage('getSettings', {})).resolves.toEqual({ highlights: true, language: 'ar', disabledSites: [], recordHistory: true, searchLinks: true });
    await expect(sendMessage('getTabMatches', { tabId: -4 })).rejects.toThrow(/invalid getTabMatches: tabId/);
    h.getSettings.mockRejectedValueOnce(new Error('الإعدادات غير متاحة'));
    await expect(sendMessage('getSettings', {})).rejects.toThrow('الإعدادات غير متاحة');
  });

  it('refuses the empty sender the fake browser (or anything unknown) provides', async () => {
    fakeBrowser.runtime.onMessage.addListener(createListener(createRouter(handlers(), ENV)));
    await expect(sendMessage('getSettings', {})).rejects.toThrow(/outside the extension/);
  });
});
