import { expect, highlightsOf, test } from './fixtures';

test('highlights off in the options: cleared at once and after a reload, cards still work', async ({ siyaq }) => {
  const { page, tabId } = await siyaq.open('article.html');
  await expect.poll(async () => (await highlightsOf(page)).ranges).toBeGreaterThan(0);
  const badge = await siyaq.badge(tabId);
  expect(badge).not.toBe('');

  const options = await siyaq.options();
  await expect(options.locator('h1')).toHaveText('إعدادات سياق');
  const box = options.locator('#opt-highlights');
  await expect(box).toBeChecked();
  await box.uncheck();
  await expect(options.locator('#opt-status')).toHaveText('حُفظ.');
  await expect.poll(async () => (await highlightsOf(page)).ranges).toBe(0);

  await page.reload();
  await expect.poll(() => siyaq.badge(tabId)).toBe(badge);
  await page.waitForTimeout(500); // give a wrongly drawn highlight time to appear
  expect((await highlightsOf(page)).ranges).toBe(0);
  const popup = await siyaq.popup(tabId);
  await expect(popup.locator('[data-entity-id="mustafa-al-kadhimi"]')).toBeVisible();

  // And back on.
  await options.bringToFront();
  await box.check();
  await expect.poll(async () => (await highlightsOf(page)).ranges).toBeGreaterThan(0);
});

test('site switched off in the popup: badge empty, no highlights, explained; switched back on from the empty state', async ({ siyaq }) => {
  const { page, tabId } = await siyaq.open('article.html');
  await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
  const badge = await siyaq.badge(tabId);
  const popup = await siyaq.popup(tabId);
  const sw = popup.getByRole('switch', { name: /سياق على .*127\.0\.0\.1/ });
  await expect(sw).toBeChecked();
  await sw.uncheck();
  await expect(popup.locator('[data-empty="disabled"]')).toBeVisible();
  await expect.poll(() => siyaq.badge(tabId)).toBe('');
  await expect.poll(async () => (await highlightsOf(page)).ranges).toBe(0);

  await page.reload();
  await page.waitForTimeout(500);
  expect(await siyaq.badge(tabId)).toBe('');
  expect((await highlightsOf(page)).ranges).toBe(0);

  const options = await siyaq.options();
  await expect(options.locator('#opt-sites li')).toHaveCount(1);
  await expect(options.locator('li[data-site="127.0.0.1"]')).toBeVisible();

  const popup2 = await siyaq.popup(tabId);
  await expect(popup2.locator('[data-empty="disabled"] h2')).toHaveText('سياق متوقف على هذا الموقع');
  await popup2.locator('[data-empty="disabled"] button').click();
  await expect.poll(() => siyaq.badge(tabId)).toBe(badge);
  await expect(popup2.locator('[data-entity-id="mustafa-al-kadhimi"]')).toBeVisible();
  await expect(popup2.getByRole('switch')).toBeChecked();
});

test('removing a site from the options list turns Siyaq back on there', async ({ siyaq }) => {
  const { page, tabId } = await siyaq.open('split.html');
  await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
  const popup = await siyaq.popup(tabId);
  await popup.getByRole('switch').uncheck();
  await expect.poll(() => siyaq.badge(tabId)).toBe('');

  const options = await siyaq.options();
  await options.locator('li[data-site="127.0.0.1"] button').click();
  await expect(options.locator('#opt-no-sites')).toBeVisible();
  await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
  await page.reload();
  await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
  await expect.poll(async () => (await highlightsOf(page)).ranges).toBeGreaterThan(0);
});

test('card language chosen in the options applies to the popup', async ({ siyaq }) => {
  const { tabId } = await siyaq.open('article.html');
  await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
  const options = await siyaq.options();
  await options.locator('#opt-language-en').check();
  await expect(options.locator('h1')).toHaveText('Siyaq settings');
  await expect(options.locator('html')).toHaveAttribute('dir', 'ltr');
  const popup = await siyaq.popup(tabId);
  await expect(popup.locator('[data-entity-id="mustafa-al-kadhimi"] h2')).toHaveText('Mustafa al-Kadhimi');
  await expect(popup.locator('#card-count')).toContainText('cards for this page');
});

test('a page that rescanned after a settings change is scanned again when reloaded', async ({ siyaq }) => {
  // A rescan raises the page's scan revision; the reloaded page starts counting again and its
  // scans must not be taken for stale ones of the previous document.
  const { page, tabId } = await siyaq.open('article.html');
  await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
  const badge = await siyaq.badge(tabId);
  const popup = await siyaq.popup(tabId);
  const sw = popup.getByRole('switch');
  await sw.uncheck();
  await expect.poll(() => siyaq.badge(tabId)).toBe('');
  await sw.check();
  await expect.poll(() => siyaq.badge(tabId)).toBe(badge);
  await page.reload();
  await expect.poll(() => siyaq.badge(tabId)).toBe(badge);
  await expect.poll(async () => (await highlightsOf(page)).ranges).toBeGreaterThan(0);
});
