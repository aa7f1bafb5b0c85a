import { cardIds, expect, highlightsOf, inContentScript, test } from './fixtures';

// A live ticker rewrites itself every 20 ms for four seconds (characterData, textContent, innerHTML):
// it never falls quiet, yet its names must be scanned while it runs, and what it removes must lose
// its highlights.
test('mutation storm: text rewritten every 20 ms is scanned during the storm; removed text loses its highlight', async ({ siyaq }) => {
  const { page, tabId } = await siyaq.open('storm.html');
  await page.waitForSelector('html[data-storm-done]', { timeout: 15_000 });
  const seenAt = Number(await page.getAttribute('html', 'data-reuters-at'));
  // The name first appears at 2000 ms; a rescan at most a second later (plus the round trip) sees it.
  expect(seenAt).toBeGreaterThanOrEqual(2000);
  expect(seenAt).toBeLessThan(3800);

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
