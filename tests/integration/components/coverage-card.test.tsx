import { parseHTML } from 'linkedom';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card } from '../../../components/card';
import { HistorySection, formatBytes } from '../../../components/history-section';
import type { HistoryApi } from '../../../components/options-api';
import { translator } from '../../../lib/i18n';
import type { Card as CardData } from '../../../lib/messaging/protocol';
import { mount, settle } from './render';
import { askari, kadhimi } from './sample-cards';

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

function renderCard(card: CardData, { lang = 'ar' as 'ar' | 'en', showSearch = true, onPage = true } = {}) {
  const calls = { jump: vi.fn(), related: vi.fn(), page: vi.fn() };
  view = mount(
    <Card card={card} lang={lang} t={translator(lang)} mentions={2} onPage={onPage} onJump={calls.jump} onOpenRelated={calls.related} onOpenPage={calls.page} showSearch={showSearch} />,
  );
  return { ...view, calls, article: view.root.querySelector('article')! };
}

const { window } = parseHTML('<html></html>');
// Sent to the timeline's section, where the handler sits (linkedom does not bubble keys from SVG
// children to it reliably; the Chromium test presses the keys on the focused points themselves).
const key = (el: Element, k: string) =>
  act(() => {
    el.dispatchEvent(Object.assign(new window.Event('keydown', { bubbles: true }), { key: k }) as unknown as Event);
  });

describe('related coverage on a card', () => {
  it('groups by outlet with a count, items carry the contract hooks, the source document is marked', () => {
    const { article } = renderCard(kadhimi);
    const outlets = [...article.querySelectorAll('.coverage-outlet')];
    expect(outlets.map((o) => o.getAttribute('data-outlet'))).toEqual(['صحيفة المثال', 'الرافد نيوز']);
    expect(outlets[0]!.querySelector('.coverage-count')?.textContent).toBe('صفحتان');
    const items = [...article.querySelectorAll('[data-testid="coverage-item"]')];
    expect(items.map((i) => [i.getAttribute('data-url'), i.getAttribute('data-outlet'), i.getAttribute('data-published')])).toEqual([
      ['https://example.org/iraq/drone-2', 'صحيفة المثال', ''],
      ['https://example.org/iraq/drone', 'صحيفة المثال', '2021-11-08'],
      ['', 'الرافد نيوز', '2021-11-07'],
    ]);
    expect(items[0]!.textContent).toContain('قرأتها في ١٢ نوفمبر ٢٠٢١');
    expect(items[1]!.querySelector('time')?.getAttribute('datetime')).toBe('2021-11-08');
    expect(items[2]!.textContent).toContain('مصدر في المجموعة المرجعية');
    expect(items[1]!.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(article.querySelector('.coverage-more')?.textContent).toBe('وزرتَ صفحات أقدم تذكره لا تتسع لها البطاقة.');
  });

  it('"often seen with" opens that card', async () => {
    const { article, click, calls } = renderCard(kadhimi);
    await click(article.querySelector('[data-co-seen-id="abu-ali-al-askari"]'));
    expect(calls.related).toHaveBeenCalledWith('abu-ali-al-askari', 'entity');
  });

  it('shows the page date used and where it comes from', () => {
    const { article } = renderCard(kadhimi);
    const line = article.querySelector('[data-page-date]')!;
    expect(line.getAttribute('data-page-date')).toBe('2021-11-07');
    expect(line.textContent).toContain('تاريخ الصفحة: ٧ نوفمبر ٢٠٢١');
    expect(line.textContent).toContain('كما تذكره الصفحة');
  });

  it('says so when nothing else mentions it', () => {
    const { article } = renderCard(askari);
    expect(article.querySelectorAll('[data-testid="coverage-item"]').length).toBe(0);
    expect(article.textContent).toContain('لم يرد في صفحات أخرى زرتها.');
    expect(article.querySelector('.coverage-more')).toBeNull();
    expect(article.querySelector('.timeline')).toBeNull();
  });
});

describe('search links', () => {
  it('are plain new-tab links with the name, and a setting hides them', () => {
    const { article } = renderCard(kadhimi);
    const links = [...article.querySelectorAll('a[data-search]')];
    expect(links.map((a) => a.getAttribute('data-search'))).toEqual(['news', 'misbar', 'fatabyyano', 'afp']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(new URL(a.getAttribute('href')!).search).toContain(encodeURIComponent('الكاظمي'));
    }
    view!.unmount();
    const hidden = renderCard(kadhimi, { showSearch: false });
    expect(hidden.article.querySelectorAll('a[data-search]').length).toBe(0);
  });
});

describe('timeline', () => {
  it('one point in the tab order, named with kind, date and label; arrows move in the reading direction', () => {
    const { article } = renderCard(kadhimi);
    const svg = article.querySelector('svg.timeline-svg')!;
    const points = () => [...svg.querySelectorAll('.timeline-point')];
    // Same-day points keep the record's own first: the fact, then its source document, then this page.
    expect(points().map((p) => p.getAttribute('data-kind'))).toEqual(['date', 'fact', 'coverage', 'page', 'coverage', 'coverage']);
    expect(points().map((p) => p.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1', '-1', '-1']);
    expect(points()[0]!.getAttribute('aria-label')).toBe('تاريخ، ٧ مايو ٢٠٢٠: تولّى رئاسة الحكومة');
    // Arabic: later is to the left, so ArrowLeft moves forward in time; End jumps to the last point.
    key(article.querySelector('section.timeline')!, 'ArrowLeft');
    expect(points()[1]!.getAttribute('tabindex')).toBe('0');
    expect(article.querySelector('.timeline-detail')?.textContent).toContain('٧ نوفمبر/تشرين الثاني ٢٠٢١');
    expect(article.querySelector('.timeline-detail')?.textContent).toContain('2021-11-07');
    key(article.querySelector('section.timeline')!, 'End');
    expect(points()[5]!.getAttribute('tabindex')).toBe('0');
    key(article.querySelector('section.timeline')!, 'ArrowRight');
    expect(points()[4]!.getAttribute('tabindex')).toBe('0');
    // Later points sit further left in Arabic.
    const x = (p: Element) => Number(/translate\(([\d.]+)/.exec(p.getAttribute('transform')!)![1]);
    expect(x(points()[0]!)).toBeGreaterThan(x(points()[5]!));
  });

  it('Enter on a coverage point opens that page; in English time runs left to right', () => {
    const { article, calls } = renderCard(kadhimi, { lang: 'en' });
    const points = [...article.querySelectorAll('.timeline-point')];
    const x = (p: Element) => Number(/translate\(([\d.]+)/.exec(p.getAttribute('transform')!)![1]);
    expect(x(points[0]!)).toBeLessThan(x(points[5]!));
    key(article.querySelector('section.timeline')!, 'End');
    key(article.querySelector('section.timeline')!, 'Enter');
    expect(calls.page).toHaveBeenCalledWith('https://example.org/iraq/drone-2');
  });
});

describe('history section', () => {
  function fakeHistory(): HistoryApi & Record<string, ReturnType<typeof vi.fn>> {
    let stats = { pages: 3, bytes: 5_000, sites: [{ site: 'rafidain.example', pages: 2 }, { site: 'furat.example', pages: 1 }] };
    return {
      getHistoryStats: vi.fn(async () => stats),
      forgetSite: vi.fn(async (site: string) => {
        stats = { ...stats, pages: 1, sites: stats.sites.filter((s) => s.site !== site) };
        return 2;
      }),
      clearHistory: vi.fn(async () => ((stats = { pages: 0, bytes: 0, sites: [] }), 3)),
      exportHistory: vi.fn(async () => '{"format":"siyaq-history"}'),
      importHistory: vi.fn(async () => Promise.reject(new Error('not a Siyaq history file: format: Invalid input'))),
      saveFile: vi.fn(),
    };
  }

  it('shows pages and size, forgets a site, clears only after a second press, exports a file', async () => {
    const api = fakeHistory();
    view = mount(<HistorySection api={api} lang="ar" t={translator('ar')} onImported={vi.fn()} />);
    await settle();
    const { root, click } = view;
    expect(root.querySelector('#history-stats')?.textContent).toBe(`المحفوظ: ٣ صفحات، ويشغل نحو ${formatBytes('ar', 5_000)}.`);
    await click(root.querySelector('li[data-history-site="rafidain.example"] button'));
    expect(api.forgetSite).toHaveBeenCalledWith('rafidain.example');
    expect(root.querySelectorAll('#history-sites li').length).toBe(1);
    await click(root.querySelector('#history-clear'));
    expect(api.clearHistory).not.toHaveBeenCalled();
    await click(root.querySelector('#history-clear'));
    expect(api.clearHistory).toHaveBeenCalledOnce();
    expect(root.querySelector('#history-status')?.textContent).toBe('مُسح السجل كله.');
    expect(root.querySelector('#history-stats')?.getAttribute('data-pages')).toBe('0');
    await click(root.querySelector('#history-export'));
    expect(api.saveFile).toHaveBeenCalledWith(expect.stringMatching(/^siyaq-history-\d{4}-\d{2}-\d{2}\.json$/), '{"format":"siyaq-history"}');
  });

  it('formats sizes in both digit sets', () => {
    expect(formatBytes('en', 2.5 * 1024 * 1024)).toBe('2.5 MB');
    expect(formatBytes('ar', 1536)).toContain('١٫٥');
  });
});
