import { expect, test } from './fixtures';

const KADHIMI = '[data-entity-id="mustafa-al-kadhimi"]';

// Two articles from different outlets name the same man. Read one, then the other: the second one's
// card lists the first under related coverage with its outlet and date, and the page's own date.
test('related coverage: the earlier article appears under the later one with its outlet and date; clearing the history removes it', async ({ siyaq }) => {
  const first = await siyaq.open('coverage-rafidain.html');
  await expect.poll(() => siyaq.badge(first.tabId)).not.toBe('');
  const second = await siyaq.open('coverage-furat.html');
  await expect.poll(() => siyaq.badge(second.tabId)).not.toBe('');

  const popup = await siyaq.popup(second.tabId);
  const card = popup.locator(KADHIMI);
  const item = card.locator(`[data-testid="coverage-item"][data-url="${first.url}"]`);
  await expect(item).toBeVisible();
  await expect(item).toHaveAttribute('data-outlet', 'صحيفة الرافدين');
  await expect(item).toHaveAttribute('data-published', '2021-11-10');
  await expect(item).toContainText('١٠ نوفمبر ٢٠٢١');
  await expect(item.locator('a')).toHaveText('الكاظمي يترأس اجتماعاً أمنياً في بغداد | صحيفة الرافدين');
  // The page shown is left out; the page's own date is the one it was matched against.
  await expect(card.locator(`[data-testid="coverage-item"][data-url="${second.url}"]`)).toHaveCount(0);
  await expect(card.locator('[data-page-date]')).toHaveAttribute('data-page-date', '2021-11-11');
  await expect(card.locator('[data-page-date]')).toHaveAttribute('data-page-date-from', 'page');
  // Grouped by outlet, with a count.
  await expect(card.locator('.coverage-outlet[data-outlet="صحيفة الرافدين"] .coverage-count')).toHaveText('صفحة واحدة');

  // Search links are plain links; nothing was requested from those sites.
  await expect(card.locator('a[data-search="misbar"]')).toHaveAttribute('target', '_blank');

  // Timeline: points are focusable, arrows move between them, each has an accessible name.
  const points = card.locator('.timeline-point');
  expect(await points.count()).toBeGreaterThanOrEqual(2);
  await points.first().focus();
  const before = await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  expect(before).toBeTruthy();
  await popup.keyboard.press('ArrowLeft');
  const after = await popup.evaluate(() => ({ label: document.activeElement?.getAttribute('aria-label'), tab: document.activeElement?.getAttribute('tabindex') }));
  expect(after.label).toBeTruthy();
  expect(after.label).not.toBe(before);
  expect(after.tab).toBe('0');
  await popup.close();

  // The options page counts the pages kept, then clears them for good (a second press confirms).
  const options = await siyaq.options();
  await expect(options.locator('#history-stats')).toHaveAttribute('data-pages', '2');
  await options.locator('#history-clear').click();
  await options.locator('#history-clear').click();
  await expect(options.locator('#history-stats')).toHaveAttribute('data-pages', '0');
  const again = await siyaq.popup(second.tabId);
  await expect(again.locator(KADHIMI)).toBeVisible();
  await expect(again.locator(`${KADHIMI} [data-testid="coverage-item"][data-kind="visit"]`)).toHaveCount(0);
});

test('paused history records nothing; forgetting a site removes its pages', async ({ siyaq }) => {
  const options = await siyaq.options();
  await options.locator('#opt-record-history').click();
  await expect(options.locator('#opt-status')).toHaveText('حُفظ.');
  const first = await siyaq.open('coverage-rafidain.html');
  await expect.poll(() => siyaq.badge(first.tabId)).not.toBe('');
  await options.reload();
  await expect(options.locator('#history-stats')).toHaveAttribute('data-pages', '0');

  await options.locator('#opt-record-history').click();
  await expect(options.locator('#opt-status')).toHaveText('حُفظ.');
  await first.page.reload();
  // Each look reloads the page and waits for its figures (the attribute is empty until they arrive), so a
  // slow answer is waited for rather than read as nothing.
  await expect
    .poll(async () => {
      await options.reload();
      const stats = options.locator('#history-stats');
      await expect(stats).toHaveAttribute('data-pages', /^\d+$/);
      return stats.getAttribute('data-pages');
    })
    .toBe('1');
  await options.locator('li[data-history-site="127.0.0.1"] button').click();
  await expect(options.locator('#history-stats')).toHaveAttribute('data-pages', '0');
});
