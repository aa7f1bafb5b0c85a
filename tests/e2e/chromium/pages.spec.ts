import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../support/chromium.mjs';
import { MAX_HIGHLIGHTS } from '../../../lib/page/highlight-quotas';
import { cardIds, expect, highlightsOf, test } from './fixtures';

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
import { idsOf, scanPages, spanCount, type ScanLine } from '../support/scan-pages.mjs';

// The browser and the command line must find the same names in the same page (contracts 2, 4, 5).
let scans: Map<string, ScanLine>;
test.beforeAll(() => {
  scans = scanPages('article.html', 'split.html', 'late.html', 'payload.html');
});
const scan = (name: string) => {
  const s = scans.get(name);
  if (!s) throw new Error(`npm run scan gave no line for ${name}`);
  return s;
};

test('article: badge, highlights and popup cards agree with npm run scan', async ({ siyaq }) => {
  const expected = scan('article.html');
  const ids = idsOf(expected);
  expect(ids).toContain('mustafa-al-kadhimi');
  expect(ids).toContain('kadhimi-assassination-attempt-2021');

  const { page, tabId } = await siyaq.open('article.html');
  await expect.poll(() => siyaq.badge(tabId)).toBe(String(ids.length));

  const drawn = await highlightsOf(page);
  expect(drawn.ranges).toBe(spanCount(expected));
  expect(drawn.texts).toEqual(expect.arrayContaining(['مصطفى الكاظمي', 'كتائب حزب الله', 'أبو علي العسكري']));

  const popup = await siyaq.popup(tabId);
  await expect(popup.locator('[data-entity-id], [data-event-id]')).toHaveCount(ids.length);
  expect((await cardIds(popup)).sort()).toEqual(ids);
  await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(popup.locator('#card-count')).toHaveText(`${new Intl.NumberFormat('ar-u-nu-arab').format(ids.length)} بطاقة لهذه الصفحة`);

  // Most-mentioned first: the order follows the mention counts the scan gives.
  const counts = new Map([
    ...expected.entities.map((e) => [e.id, e.mentions.length] as const),
    ...expected.events.map((e) => [e.id, e.evidence.length] as const),
  ]);
  const order = (await cardIds(popup)).map((id) => counts.get(id) ?? -1);
  expect(order).toEqual([...order].sort((a, b) => b - a));

  // A card carries a quoted fact with its source.
  const kadhimi = popup.locator('[data-entity-id="mustafa-al-kadhimi"]');
  await expect(kadhimi.locator('h2')).toHaveText('مصطفى الكاظمي');
  await expect(kadhimi.locator('blockquote').first()).not.toBeEmpty();
  await expect(kadhimi.locator('figcaption').first()).toContainText('٢٠٢١');
  await expect(kadhimi.locator('.mention-button')).toHaveCount(Math.min(20, counts.get('mustafa-al-kadhimi')!));

  // Why it counts, on request: the same rules npm run scan gives for its mentions.
  const rules = new Set(expected.entities.find((e) => e.id === 'mustafa-al-kadhimi')!.mentions.map((m) => (m as { why?: { rule: string } }).why?.rule));
  await kadhimi.locator('.card-why summary').click();
  const shown = await kadhimi.locator('.card-why li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-why-rule')));
  expect(shown.length).toBeGreaterThan(0);
  for (const rule of shown) expect(rules).toContain(rule);
});

test('split names: found across inline tags and line breaks, highlighted as one range', async ({ siyaq }) => {
  const expected = scan('split.html');
  const ids = idsOf(expected);
  expect(ids).toEqual(expect.arrayContaining(['mustafa-al-kadhimi', 'kataib-hezbollah', 'abu-ali-al-askari', 'green-zone']));

  const { page, tabId } = await siyaq.open('split.html');
  await expect.poll(() => siyaq.badge(tabId)).toBe(String(ids.length));
  const drawn = await highlightsOf(page);
  expect(drawn.ranges).toBe(spanCount(expected));
  // Range.toString() drops a <br> (it is not text), so compare without white space.
  const squeezed = drawn.texts.map((t) => t.replace(/\s+/g, ''));
  for (const name of ['مصطفى الكاظمي', 'كتائب حزب الله', 'أبو علي العسكري', 'المنطقة الخضراء', 'بغداد', 'تويتر'])
    expect(squeezed).toContain(name.replace(/\s+/g, ''));

  const popup = await siyaq.popup(tabId);
  await expect(popup.locator('[data-entity-id], [data-event-id]')).toHaveCount(ids.length);
  expect((await cardIds(popup)).sort()).toEqual(ids);
});

test('a very long page: at most MAX_HIGHLIGHTS ranges, and every name keeps highlights', async ({ siyaq }) => {
  const expected = scan('split.html');
  const { page, tabId } = await siyaq.open('split.html');
  await expect.poll(async () => (await highlightsOf(page)).ranges).toBe(spanCount(expected));
  const names = new Set((await highlightsOf(page)).texts);
  // A live archive pushes far more mentions of two names than the page may highlight at once.
  await page.evaluate((n) => {
    const archive = document.createElement('section');
    for (let i = 0; i < n; i++) {
      const p = document.createElement('p');
      p.textContent = `تحديث ${i}: التقى رئيس الوزراء مصطفى الكاظمي وفداً في بغداد.`;
      archive.append(p);
    }
    document.body.append(archive);
  }, MAX_HIGHLIGHTS);
  await expect.poll(async () => (await highlightsOf(page)).ranges, { timeout: 15_000 }).toBe(MAX_HIGHLIGHTS);
  // Every name highlighted before is highlighted still, however rarely the page mentions it.
  const after = new Set((await highlightsOf(page)).texts);
  for (const name of names) expect(after).toContain(name);
  expect(Number(await siyaq.badge(tabId))).toBeGreaterThanOrEqual(idsOf(expected).length);
});

test('english page: nothing happens, and the popup says why', async ({ siyaq }) => {
  const { page, tabId } = await siyaq.open('english.html');
  const popup = await siyaq.popup(tabId);
  await expect(popup.locator('[data-empty="not-arabic"]')).toBeVisible();
  await expect(popup.locator('[data-empty="not-arabic"] h2')).toHaveText('هذه الصفحة ليست عربية');
  expect(await siyaq.badge(tabId)).toBe('');
  expect((await highlightsOf(page)).ranges).toBe(0);
  await expect(popup.locator('[data-entity-id], [data-event-id]')).toHaveCount(0);
});

test('late content: an Arabic paragraph added after load is scanned too', async ({ siyaq }) => {
  const expected = scan('late.html');
  const before = idsOf(expected);
  expect(before).not.toContain('reuters');

  const { page, tabId } = await siyaq.open('late.html');
  const popup = await siyaq.popup(tabId);
  await expect(popup.locator('[data-entity-id="baghdad"]')).toBeVisible();
  await page.waitForSelector('html[data-update-added]');
  await expect.poll(() => siyaq.badge(tabId)).toBe(String(before.length + 1));
  // The open popup picks the new card up by itself.
  await expect(popup.locator('[data-entity-id="reuters"]')).toBeVisible();
  expect((await cardIds(popup)).sort()).toEqual([...before, 'reuters'].sort());
  await expect.poll(async () => (await highlightsOf(page)).texts).toContain('وكالة رويترز');
});

test('payload page: markup in page text stays text in the popup, and no script runs', async ({ context, siyaq }) => {
  const dialogs: string[] = [];
  context.on('page', (p) => p.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss())));
  const expected = scan('payload.html');
  const ids = idsOf(expected);
  expect(ids).toContain('mustafa-al-kadhimi');

  const { page, tabId } = await siyaq.open('payload.html');
  page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
  await expect.poll(() => siyaq.badge(tabId)).toBe(String(ids.length));
  const popup = await siyaq.popup(tabId);
  popup.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
  await expect(popup.locator('[data-entity-id="mustafa-al-kadhimi"]')).toBeVisible();
  await expect(popup.locator('#page-title')).toHaveText('<img src=x onerror=alert(1)> الكاظمي <script>alert(2)</script>');
  expect(await popup.locator('img, iframe, main script, header script').count()).toBe(0);

  // The payload page's title reaches another page's popup through "related coverage": still text.
  const other = await siyaq.open('article.html');
  await expect.poll(() => siyaq.badge(other.tabId)).not.toBe('');
  const popup2 = await siyaq.popup(other.tabId);
  popup2.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
  const coverage = popup2.locator('[data-entity-id="mustafa-al-kadhimi"] ul.coverage a');
  await expect(coverage).toHaveText(['<img src=x onerror=alert(1)> الكاظمي <script>alert(2)</script>']);
  expect(await popup2.locator('img, iframe').count()).toBe(0);
  expect(await page.locator('img').count()).toBe(0);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});

test('a saved page opened from disk (file://) gets the same badge and cards as when served', async ({ context, siyaq }) => {
  const ids = idsOf(scan('article.html'));
  const page = await context.newPage();
  const url = pathToFileURL(path.join(ROOT, 'tests/fixtures/pages/article.html')).href;
  await page.goto(url);
  const tabId = await siyaq.worker.evaluate((u) => chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === u)?.id ?? -1), url);
  await expect.poll(() => siyaq.badge(tabId)).toBe(String(ids.length));
  const popup = await siyaq.popup(tabId);
  await expect(popup.locator('[data-entity-id], [data-event-id]')).toHaveCount(ids.length);
  expect((await cardIds(popup)).sort()).toEqual(ids);
});
