import { cardIds, expect, highlightsOf, inContentScript, test } from './fixtures';

declare const chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };

// A live ticker rewrites itself every 20 ms for six seconds (characterData, textContent, innerHTML):
// it never falls quiet, yet its names must be scanned while it runs, and what it removes must lose
// its highlights.
test('mutation storm: text rewritten every 20 ms is scanned during the storm; removed text loses its highlight', async ({ siyaq }) => {
  // A new profile installs the bundled packs and compiles the matcher on its first page, which on a slow
  // machine takes longer than the storm's second name is shown: let a first page be matched before it, so
  // the storm measures rescanning, not installing.
  const first = await siyaq.open('article.html');
  await expect.poll(() => siyaq.badge(first.tabId), { timeout: 30_000 }).not.toBe('');
  await first.page.close();
  const { page, tabId } = await siyaq.open('storm.html');
  // The tab's findings as the background holds them (storage.session), read while the storm runs:
  // the second name (shown from 2000 ms on) must be there before the storm ends. Its highlight may
  // not be, and rightly: the text it was found in is rewritten before the answer comes back.
  const tabIds = () =>
    siyaq.worker.evaluate(
      (id) => chrome.storage.session.get(`tab:${id}`).then((r) => ((r[`tab:${id}`] as { entities?: { id: string }[] } | undefined)?.entities ?? []).map((e) => e.id)),
      tabId,
    );
  let seenDuringStorm = false;
  while (!(await page.getAttribute('html', 'data-storm-done'))) {
    if ((await tabIds()).includes('reuters')) {
      seenDuringStorm = !(await page.getAttribute('html', 'data-storm-done'));
      break;
    }
    await page.waitForTimeout(100);
  }
  expect(seenDuringStorm, 'the name shown from 2000 ms was not scanned before the storm ended at 6000 ms').toBe(true);
  expect(await tabIds()).toContain('kataib-hezbollah');
  await page.waitForSelector('html[data-storm-done]', { timeout: 15_000 });

  await expect.poll(async () => (await highlightsOf(page)).texts.sort()).toEqual(
    ['مصطفى الكاظمي', 'بغداد', 'وكالة رويترز', 'نجا', 'محاولة اغتيال'].sort(),
  );
  const popup = await siyaq.popup(tabId);
  await expect(popup.locator('[data-entity-id="reuters"]')).toBeVisible();
  const ids = await cardIds(popup);
  expect(ids).toEqual(expect.arrayContaining(['kataib-hezbollah', 'reuters', 'mustafa-al-kadhimi', 'baghdad']));
});

test('a hidden tab waits: text changed while hidden is scanned when the tab is shown again', async ({ context, siyaq }) => {
  const { page, tabId } = await siyaq.open('split.html');
  await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
  const before = Number(await siyaq.badge(tabId));
  // Headless tabs are always visible: the content script's own world is told otherwise (what
  // visibilitychange reports when the reader switches tabs).
  const setHidden = (hidden: boolean) =>
    inContentScript(context, page, `Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => '${hidden ? 'hidden' : 'visible'}' });
      document.dispatchEvent(new Event('visibilitychange'));`);
  await setHidden(true);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'عاجل: أعلنت إيران موقفها من الهجوم.';
    document.body.appendChild(p);
  });
  await page.waitForTimeout(2500);
  expect(Number(await siyaq.badge(tabId))).toBe(before);
  await setHidden(false);
  await expect.poll(() => siyaq.badge(tabId)).toBe(String(before + 1));
});
