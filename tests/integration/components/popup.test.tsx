import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/popup';
import type { PopupApi } from '../../../components/popup-api';
import type { CardBody, ReferenceStatus, Settings, TabMatches } from '../../../lib/messaging/protocol';
import { isChecked, mount, settle } from './render';
import { ALL_CARDS, matched, settings as makeSettings } from './sample-cards';

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

function fakeApi(matches: TabMatches, over: Partial<Settings> = {}, url = matches.url) {
  let current = makeSettings(over);
  const api = {
    targetTab: vi.fn(async () => ({ id: 7, url, title: matches.title })),
    getSettings: vi.fn(async () => current),
    setLanguage: vi.fn(async (language: Settings['language']) => (current = { ...current, language })),
    setSiteEnabled: vi.fn(async (host: string, enabled: boolean) => {
      const others = current.disabledSites.filter((s) => s !== host);
      return (current = { ...current, disabledSites: enabled ? others : [...others, host] });
    }),
    getTabMatches: vi.fn(async (_tabId: number, _firstCards?: number): Promise<TabMatches & { cards?: CardBody[] }> => matches),
    getCards: vi.fn(async (ids: string[], _tabId: number) => ids.flatMap((id) => ALL_CARDS.filter((c) => c.id === id))),
    getCoverage: vi.fn(async (ids: string[], _tabId: number) =>
      ids.flatMap((id) => ALL_CARDS.filter((c) => c.id === id).map(({ coverage, coverageMore, coSeen }) => ({ id, coverage, coverageMore, coSeen }))),
    ),
    jumpToMention: vi.fn(async () => true),
    refreshTab: vi.fn(async () => true),
    openPage: vi.fn(),
    openOptions: vi.fn(),
    getReferenceStatus: vi.fn(async (): Promise<ReferenceStatus> => ({ version: 'abc', entities: 11, events: 3, importError: null })),
  } satisfies PopupApi;
  return api;
}

async function open(api: PopupApi) {
  view = mount(<Popup api={api} />);
  await settle();
  return view;
}

const cardIds = (root: Element) =>
  [...root.querySelectorAll('article')].map((a) => a.getAttribute('data-entity-id') ?? a.getAttribute('data-event-id'));

describe('Popup', () => {
  it('says when the reference data needs the reader, as an alert in Arabic, with the technical detail apart, and still shows the cards', async () => {
    const api = fakeApi(matched);
    const message = "Siyaq's data was saved by a newer version of the extension (its database is newer than schema v3). Nothing was changed or deleted. Update Siyaq to use it again.";
    api.getReferenceStatus.mockResolvedValue({ version: null, entities: 0, events: 0, importError: message, problem: 'newer-version' });
    const { root } = await open(api);
    const alert = root.querySelector('[data-testid="reference-problem"]')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.querySelector('p')!.textContent).toBe(
      'تنبيه: قد تكون البطاقات ناقصة أو قديمة. حُفظت بيانات سياق بإصدار أحدث من الإضافة، ولم يُغيَّر منها شيء ولم يُحذف. حدِّث سياق لتعود إليها.',
    );
    const detail = alert.querySelector('details [data-testid="reference-problem-detail"]')!;
    expect(detail.textContent).toBe(message);
    expect([detail.getAttribute('lang'), detail.getAttribute('dir')]).toEqual(['en', 'ltr']);
    expect(cardIds(root)).toHaveLength(3);
  });

  it('says a failed bundled install in English when the popup is in English', async () => {
    const api = fakeApi(matched, { language: 'en' });
    api.getReferenceStatus.mockResolvedValue({ version: 'abc', entities: 11, events: 3, importError: 'bundled pack places: entities.4.aliases: too long', problem: 'install-failed' });
    const { root } = await open(api);
    const alert = root.querySelector('[data-testid="reference-problem"]')!;
    expect(alert.querySelector('p')!.textContent).toBe(
      'Attention: the cards may be incomplete or out of date. A bundled pack could not be installed; its previous version is still in use.',
    );
    expect(alert.querySelector('[data-testid="reference-problem-detail"]')!.textContent).toBe('bundled pack places: entities.4.aliases: too long');
  });

  it('shows a problem of no known kind as it was said', async () => {
    const api = fakeApi(matched);
    api.getReferenceStatus.mockResolvedValue({ version: null, entities: 0, events: 0, importError: 'something else' });
    const { root } = await open(api);
    expect(root.querySelector('[data-testid="reference-problem"]')!.textContent).toBe('تنبيه: قد تكون البطاقات ناقصة أو قديمة. something else');
  });

  it('shows no alert when the reference data is fine', async () => {
    const { root } = await open(fakeApi(matched));
    expect(root.querySelector('[data-testid="reference-problem"]')).toBeNull();
  });

  it('shows the tab’s cards, most-mentioned first, and announces the count', async () => {
    const api = fakeApi(matched);
    const { root, document } = await open(api);
    expect(cardIds(root)).toEqual(['mustafa-al-kadhimi', 'kadhimi-assassination-attempt-2021', 'abu-ali-al-askari']);
    expect(api.getCards.mock.calls.flatMap((c) => c[0])).toEqual(['mustafa-al-kadhimi', 'kadhimi-assassination-attempt-2021', 'abu-ali-al-askari']);
    expect(api.getCards.mock.calls.every((c) => c[1] === 7)).toBe(true);
    const status = root.querySelector('[role="status"]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.textContent).toBe('٣ بطاقات لهذه الصفحة');
    expect(root.querySelector('ul.cards')?.getAttribute('aria-label')).toBe('بطاقات الصفحة');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
  });

  it('fetches the first screen of cards first, then the rest, and counts them all', async () => {
    const four = { ...matched, entities: [...matched.entities, { id: 'kataib-hezbollah', type: 'organization' as const, mentions: 1 }] };
    const api = fakeApi(four);
    const { root } = await open(api);
    expect(api.getCards.mock.calls.map((c) => c[0])).toEqual([
      ['mustafa-al-kadhimi', 'kadhimi-assassination-attempt-2021'],
      ['abu-ali-al-askari', 'kataib-hezbollah'],
    ]);
    expect(cardIds(root)).toEqual(['mustafa-al-kadhimi', 'kadhimi-assassination-attempt-2021', 'abu-ali-al-askari', 'kataib-hezbollah']);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('٤ بطاقات لهذه الصفحة');
  });

  it('uses the first cards that come with the matches and fetches only the rest', async () => {
    const four = { ...matched, entities: [...matched.entities, { id: 'kataib-hezbollah', type: 'organization' as const, mentions: 1 }] };
    const api = fakeApi(four);
    api.getTabMatches.mockImplementation(async (_tab: number, firstCards?: number) => ({
      ...four,
      cards: firstCards ? ALL_CARDS.filter((c) => ['mustafa-al-kadhimi', 'kadhimi-assassination-attempt-2021'].includes(c.id)) : undefined,
    }));
    const { root } = await open(api);
    expect(api.getTabMatches.mock.calls[0]).toEqual([7, 2]);
    expect(api.getCards.mock.calls.map((c) => c[0])).toEqual([['abu-ali-al-askari', 'kataib-hezbollah']]);
    expect(cardIds(root)).toHaveLength(4);
  });

  it('marks the list busy while the rest of the cards are on their way, and not once all are drawn', async () => {
    const four = { ...matched, entities: [...matched.entities, { id: 'kataib-hezbollah', type: 'organization' as const, mentions: 1 }] };
    const api = fakeApi(four);
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    const fetch = api.getCards.getMockImplementation()!;
    api.getCards.mockImplementation(async (ids: string[], tabId: number) => {
      if (ids.includes('kataib-hezbollah')) await held;
      return fetch(ids, tabId);
    });
    const { root } = await open(api);
    expect(cardIds(root)).toHaveLength(2);
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    release();
    await settle();
    expect(cardIds(root)).toHaveLength(4);
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
  });

  it('paints the first cards before their coverage, marked busy, then fills it in and asks only for those', async () => {
    const api = fakeApi(matched);
    const bodyOf = ({ coverage: _c, coverageMore: _m, coSeen: _s, ...body }: (typeof ALL_CARDS)[number]): CardBody => body;
    api.getTabMatches.mockImplementation(async (_tab: number, firstCards?: number) => ({
      ...matched,
      cards: firstCards ? ALL_CARDS.filter((c) => ['mustafa-al-kadhimi', 'kadhimi-assassination-attempt-2021'].includes(c.id)).map(bodyOf) : undefined,
    }));
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    const read = api.getCoverage.getMockImplementation()!;
    api.getCoverage.mockImplementation(async (ids: string[], tabId: number) => {
      await held;
      return read(ids, tabId);
    });
    const { root } = await open(api);
    const kadhimiCard = () => root.querySelector('[data-entity-id="mustafa-al-kadhimi"]')!;
    expect(cardIds(root)).toEqual(['mustafa-al-kadhimi', 'kadhimi-assassination-attempt-2021', 'abu-ali-al-askari']);
    expect(api.getCoverage.mock.calls).toEqual([[['mustafa-al-kadhimi', 'kadhimi-assassination-attempt-2021'], 7]]);
    // The card fetched whole has its coverage; the two painted first wait for theirs, and say so.
    const waiting = kadhimiCard().querySelector('section.coverage-loading')!;
    expect(waiting.getAttribute('aria-busy')).toBe('true');
    expect(waiting.textContent).toContain('جارٍ البحث في الصفحات التي زرتها…');
    expect(kadhimiCard().querySelector('section.timeline')?.getAttribute('aria-busy')).toBe('true');
    expect(kadhimiCard().querySelectorAll('[data-testid="coverage-item"]')).toHaveLength(0);
    expect(root.querySelector('[data-entity-id="abu-ali-al-askari"] section.coverage-loading')).toBeNull();
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    release();
    await settle();
    expect(kadhimiCard().querySelector('section.coverage-loading')).toBeNull();
    expect(kadhimiCard().querySelectorAll('[data-testid="coverage-item"]')).toHaveLength(3);
    expect(kadhimiCard().querySelector('section.timeline')?.getAttribute('aria-busy')).toBe('false');
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
  });

  it('a first card whose coverage the background no longer finds shows none instead of waiting for ever', async () => {
    const api = fakeApi(matched);
    api.getTabMatches.mockImplementation(async (_tab: number, firstCards?: number) => ({
      ...matched,
      cards: firstCards ? ALL_CARDS.filter((c) => c.id === 'mustafa-al-kadhimi') : undefined,
    }));
    api.getCoverage.mockResolvedValue([]);
    const { root } = await open(api);
    const card = root.querySelector('[data-entity-id="mustafa-al-kadhimi"]')!;
    expect(card.querySelector('section.coverage-loading')).toBeNull();
    expect(card.textContent).toContain('لم يرد في صفحات أخرى زرتها.');
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
  });

  it('passes the mention index to the page', async () => {
    const api = fakeApi(matched);
    const { root, click } = await open(api);
    await click(root.querySelector('[data-entity-id="abu-ali-al-askari"] button.mention-button[data-mention-index="1"]'));
    expect(api.jumpToMention).toHaveBeenCalledWith(7, 'abu-ali-al-askari', 1);
  });

  it('says so when a jump fails', async () => {
    const api = fakeApi(matched);
    api.jumpToMention.mockResolvedValue(false);
    const { root, click } = await open(api);
    await click(root.querySelector('[data-entity-id="mustafa-al-kadhimi"] button.mention-button'));
    expect(root.querySelector('[role="status"]')?.textContent).toContain('تعذّر الانتقال إلى هذا الموضع');
  });

  it('fetches a related card that is not on the page and shows it as such', async () => {
    const api = fakeApi(matched);
    const { root, click } = await open(api);
    expect(root.querySelector('[data-entity-id="kataib-hezbollah"]')).toBeNull();
    await click(root.querySelector('[data-entity-id="abu-ali-al-askari"] [data-related-id="kataib-hezbollah"]'));
    expect(api.getCards).toHaveBeenLastCalledWith(['kataib-hezbollah'], 7);
    const added = root.querySelector('[data-entity-id="kataib-hezbollah"]');
    expect(added?.textContent).toContain('ليس في هذه الصفحة');
    expect(added?.querySelectorAll('button.mention-button').length).toBe(0);
  });

  it('does not fetch a related card that is already shown', async () => {
    const api = fakeApi(matched);
    const { root, click } = await open(api);
    const calls = api.getCards.mock.calls.length;
    await click(root.querySelector('[data-entity-id="mustafa-al-kadhimi"] [data-related-id="kadhimi-assassination-attempt-2021"]'));
    expect(api.getCards.mock.calls.length).toBe(calls);
    expect(cardIds(root)).toHaveLength(3);
  });

  it('switches to English and left-to-right, and stores the choice', async () => {
    const api = fakeApi(matched);
    const { root, click, document } = await open(api);
    await click(root.querySelector('#language-toggle'));
    expect(api.setLanguage).toHaveBeenCalledWith('en');
    expect(document.documentElement.getAttribute('dir')).toBe('ltr');
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(root.querySelector('[data-entity-id="mustafa-al-kadhimi"] h2')?.textContent).toBe('Mustafa al-Kadhimi');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('3 cards for this page');
  });

  it('opens in the stored language', async () => {
    const { root } = await open(fakeApi(matched, { language: 'en' }));
    expect(root.querySelector('h1')?.textContent).toBe('Siyaq');
    expect(root.querySelector('#language-toggle')?.textContent).toBe('العربية');
  });

  it('shows the page title as text, markup and all', async () => {
    const hostile = { ...matched, title: '<img src=x onerror=alert(1)> الكاظمي <script>alert(2)</script>' };
    const { root } = await open(fakeApi(hostile));
    expect(root.querySelector('#page-title')?.textContent).toBe(hostile.title);
    expect(root.querySelectorAll('img, script').length).toBe(0);
  });

  it.each([
    ['not-arabic', 'هذه الصفحة ليست عربية'],
    ['no-matches', 'لا أسماء معروفة هنا'],
    ['not-scanned', 'لم تُفحص الصفحة بعد'],
  ] as const)('explains an empty %s page', async (status, title) => {
    const { root } = await open(fakeApi({ ...matched, status, entities: [], events: [] }));
    expect(root.querySelector(`[data-empty="${status}"] h2`)?.textContent).toBe(title);
    expect(root.querySelectorAll('article').length).toBe(0);
    expect(root.querySelector('[data-empty] button')).toBeNull();
  });

  it('calls a browser page unsupported rather than not scanned', async () => {
    const api = fakeApi({ ...matched, status: 'not-scanned', entities: [], events: [] }, {}, 'chrome://newtab/');
    const { root } = await open(api);
    expect(root.querySelector('[data-empty="unsupported"]')).not.toBeNull();
    expect(root.querySelector('#site-switch')).toBeNull();
  });

  it('offers to turn a disabled site back on, and does so', async () => {
    const disabled = { ...matched, status: 'disabled' as const, entities: [], events: [] };
    const api = fakeApi(disabled, { disabledSites: ['news.example.iq'] });
    const { root, click } = await open(api);
    expect(isChecked(root.querySelector('#site-switch'))).toBe(false);
    const button = root.querySelector('[data-empty="disabled"] button');
    expect(button?.textContent).toContain('news.example.iq');
    api.getTabMatches.mockResolvedValue(matched);
    await click(button);
    expect(api.setSiteEnabled).toHaveBeenCalledWith('news.example.iq', true);
    expect(api.refreshTab).toHaveBeenCalledWith(7);
    expect(isChecked(root.querySelector('#site-switch'))).toBe(true);
    expect(cardIds(root)).toHaveLength(3);
  });

  it('turns the site off with the switch', async () => {
    const api = fakeApi(matched);
    const { root, change } = await open(api);
    const sw = root.querySelector('#site-switch');
    expect(sw?.getAttribute('role')).toBe('switch');
    expect(sw?.closest('label')?.textContent).toContain('news.example.iq');
    api.getTabMatches.mockResolvedValue({ ...matched, status: 'disabled', entities: [], events: [] });
    await change(sw, false);
    expect(api.setSiteEnabled).toHaveBeenCalledWith('news.example.iq', false);
    expect(root.querySelector('[data-empty="disabled"]')).not.toBeNull();
  });

  it('shows an error with a retry when the background does not answer', async () => {
    const api = fakeApi(matched);
    api.getTabMatches.mockRejectedValueOnce(new Error('Could not establish connection'));
    const { root, click } = await open(api);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Could not establish connection');
    await click(root.querySelector('[role="alert"] button'));
    expect(cardIds(root)).toHaveLength(3);
  });
});
