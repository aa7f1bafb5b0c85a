import type { Frame } from '@playwright/test';
import { cardIds, expect, test } from './fixtures';

// Live blogs and embeds are iframes. A same-origin frame's Arabic text joins the tab's badge and cards,
// an Arabic page from another origin counts as a page in its own right, an English widget is left alone.

const frameHighlights = (frame: Frame) =>
  frame.evaluate(() => {
    const texts: string[] = [];
    CSS.highlights.forEach((h, name) => h.forEach((r) => texts.push(`${name}:${(r as Range).toString()}`)));
    return texts;
  });

test('same-origin and Arabic frames join the tab’s badge and cards; an English cross-origin frame does not', async ({ siyaq }) => {
  const { page, tabId } = await siyaq.open('frames.html');
  const ids = ['baghdad', 'joint-operations-command', 'kadhimi-assassination-attempt-2021', 'mustafa-al-kadhimi', 'reuters'];
  const live = page.frame({ url: /frame-live\.html$/ })!;
  const statement = () => page.frame({ url: /frame-arabic\.html$/ });
  await expect.poll(() => siyaq.badge(tabId)).toBe(String(ids.length));

  // Each frame draws its own highlights.
  await expect.poll(() => frameHighlights(live)).toEqual(['siyaq-organization:وكالة رويترز']);
  await expect.poll(async () => (await statement()?.evaluate(() => CSS.highlights.size)) ?? 0).toBeGreaterThan(0);
  const foreign = page.frame({ url: /frame-foreign\.html$/ })!;
  expect(await frameHighlights(foreign)).toEqual([]);

  const popup = await siyaq.popup(tabId);
  await expect(popup.locator('[data-entity-id], [data-event-id]')).toHaveCount(ids.length);
  expect((await cardIds(popup)).sort()).toEqual(ids);
  expect(await cardIds(popup)).not.toContain('kataib-hezbollah');

  // A jump to a mention inside the frame reaches that frame: its flash highlight is drawn there.
  await popup.locator('[data-entity-id="reuters"] .mention-button').first().click();
  await expect.poll(async () => (await frameHighlights(live)).some((t) => t.startsWith('siyaq-flash:'))).toBe(true);
  await expect(popup.locator('#card-count')).not.toContainText('تعذّر');
  // The top document's mentions still jump in the top document.
  await popup.locator('[data-entity-id="mustafa-al-kadhimi"] .mention-button').first().click();
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('siyaq-flash'))).toBe(true);
});

test('a frame that reloads replaces only its own findings; the top page reloading starts the tab afresh', async ({ siyaq }) => {
  const { page, tabId } = await siyaq.open('frames.html');
  await expect.poll(() => siyaq.badge(tabId)).toBe('5');
  await page.frame({ url: /frame-live\.html$/ })!.evaluate(() => location.reload());
  await page.waitForTimeout(1500);
  expect(await siyaq.badge(tabId)).toBe('5');
  await page.reload();
  await expect.poll(() => siyaq.badge(tabId)).toBe('5');
});

test('an iframe removed from the page takes its names out of the badge and the cards', async ({ siyaq }) => {
  const { page, tabId } = await siyaq.open('frames.html');
  await expect.poll(() => siyaq.badge(tabId)).toBe('5');
  // وكالة رويترز is named only in the live blog's frame.
  await page.evaluate(() => document.getElementById('live')!.remove());
  await expect.poll(() => siyaq.badge(tabId)).toBe('4');
  const popup = await siyaq.popup(tabId);
  await expect(popup.locator('[data-entity-id="mustafa-al-kadhimi"]')).toBeVisible();
  expect((await cardIds(popup)).sort()).toEqual(['baghdad', 'joint-operations-command', 'kadhimi-assassination-attempt-2021', 'mustafa-al-kadhimi']);
});
