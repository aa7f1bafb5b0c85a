import type { BrowserContext, Page } from '@playwright/test';
import { idsOf, scanPages, spanCount, type ScanLine } from '../support/scan-pages.mjs';
import { cardIds, expect, highlightsOf, inContentScript, test } from './fixtures';

// Pages built to break a content script. Each must still give the right badge, highlights and cards:
// the same as `npm run scan` where the page is static, the names the page script writes where not.

let scans: Map<string, ScanLine>;
test.beforeAll(() => {
  scans = scanPages('hostile-bidi.html', 'hostile-csp.html', 'hostile-prototypes.html');
});
const scan = (name: string) => scans.get(name) ?? (() => { throw new Error(`no scan for ${name}`); })();

async function expectCards(siyaq: { popup(tabId: number): Promise<Page> }, tabId: number, ids: string[]) {
  const popup = await siyaq.popup(tabId);
  await expect(popup.locator('[data-entity-id], [data-event-id]')).toHaveCount(ids.length);
  expect((await cardIds(popup)).sort()).toEqual([...ids].sort());
}

/** Highlight ranges and their text, read in the content script's own world (the page's may be broken). */
const isolatedHighlights = (context: BrowserContext, page: Page) =>
  inContentScript(
    context,
    page,
    `(() => { const texts = []; CSS.highlights.forEach((h) => h.forEach((r) => texts.push(r.toString()))); return texts; })()`,
  ) as Promise<string[]>;

test('bidi controls and zero-width characters inside names: found, highlighted over the invisible characters too', async ({ siyaq }) => {
  const expected = scan('hostile-bidi.html');
  const ids = idsOf(expected);
  expect(ids).toEqual(expect.arrayContaining(['mustafa-al-kadhimi', 'abu-ali-al-askari', 'kataib-hezbollah', 'baghdad', 'reuters', 'green-zone']));
  const { page, tabId } = await siyaq.open('hostile-bidi.html');
  await expect.poll(() => siyaq.badge(tabId)).toBe(String(ids.length));
  await expect.poll(async () => (await highlightsOf(page)).ranges).toBe(spanCount(expected));
  const visible = (await highlightsOf(page)).texts.map((t) => t.replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, ''));
  expect(visible).toEqual(expect.arrayContaining(['مصطفى الكاظمي', 'أبو علي العسكري', 'كتائب حزب الله', 'بغداد', 'وكالة رويترز']));
  await expectCards(siyaq, tabId, ids);
});

test('a strict Content-Security-Policy does not stop matching, highlights or cards', async ({ siyaq }) => {
  const expected = scan('hostile-csp.html');
  const ids = idsOf(expected);
  expect(ids).toEqual(expect.arrayContaining(['mustafa-al-kadhimi', 'reuters', 'green-zone']));
  const { page, tabId } = await siyaq.open('hostile-csp.html');
  await expect.poll(() => siyaq.badge(tabId)).toBe(String(ids.length));
  await expect.poll(async () => (await highlightsOf(page)).ranges).toBe(spanCount(expected));
  // The extension's highlight styles are not the page's: the policy does not block them.
  const painted = await page.evaluate(() => {
    const probe = document.createElement('span');
    document.body.appendChild(probe);
    return getComputedStyle(probe, '::highlight(siyaq-person)').backgroundColor;
  });
  expect(painted).not.toBe('rgba(0, 0, 0, 0)');
  await expectCards(siyaq, tabId, ids);
});

test('page code that overrides Array, Object, JSON, Promise, DOM and timer built-ins does not break the content script', async ({ context, siyaq }) => {
  const expected = scan('hostile-prototypes.html');
  const ids = idsOf(expected);
  expect(ids).toEqual(expect.arrayContaining(['mustafa-al-kadhimi', 'kataib-hezbollah', 'abu-ali-al-askari', 'green-zone', 'baghdad']));
  const { page, tabId } = await siyaq.open('hostile-prototypes.html');
  await expect.poll(() => siyaq.badge(tabId)).toBe(String(ids.length));
  await expect.poll(async () => (await isolatedHighlights(context, page)).length).toBe(spanCount(expected));
  expect(await isolatedHighlights(context, page)).toEqual(expect.arrayContaining(['مصطفى الكاظمي', 'كتائب حزب الله', 'أبو علي العسكري']));
  await expectCards(siyaq, tabId, ids);
  // A popup jump still reaches the page.
  const popup = await siyaq.popup(tabId);
  await popup.locator('[data-entity-id="mustafa-al-kadhimi"] .mention-button').first().click();
  await expect(popup.locator('#card-count')).not.toContainText('تعذّر');
});

test('100,000 elements: scanned whole, names deep in the list found, the page stays responsive', async ({ siyaq }) => {
  const { page, tabId } = await siyaq.open('hostile-nodes.html');
  expect(Number(await page.getAttribute('html', 'data-nodes'))).toBeGreaterThanOrEqual(100_000);
  const ids = ['baghdad', 'green-zone', 'kadhimi-assassination-attempt-2021', 'mustafa-al-kadhimi', 'reuters'];
  await expect.poll(() => siyaq.badge(tabId), { timeout: 20_000 }).toBe(String(ids.length));
  // The five items that name the agency are all highlighted, the last one 24,999 items down.
  await expect.poll(async () => (await highlightsOf(page)).texts.filter((t) => t === 'وكالة رويترز').length).toBe(5);
  // The main thread is free: a frame is drawn within a second.
  const frameMs = await page.evaluate(() => new Promise<number>((r) => { const t = performance.now(); requestAnimationFrame(() => r(performance.now() - t)); }));
  expect(frameMs).toBeLessThan(1000);
  await expectCards(siyaq, tabId, ids);
});

test('nesting 2,000 elements deep: text at every depth is read, a name split across the deepest elements is one range', async ({ siyaq }) => {
  const { page, tabId } = await siyaq.open('hostile-nesting.html');
  expect(await page.getAttribute('html', 'data-depth')).toBe('2000');
  const ids = ['baghdad', 'mustafa-al-kadhimi', 'reuters'];
  await expect.poll(() => siyaq.badge(tabId)).toBe(String(ids.length));
  await expect.poll(async () => (await highlightsOf(page)).texts.sort()).toEqual(['بغداد', 'مصطفى الكاظمي', 'وكالة رويترز']);
  await expectCards(siyaq, tabId, ids);
});
