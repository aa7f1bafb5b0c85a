import type { Page } from '@playwright/test';
import { cardIds, expect, test } from './fixtures';

declare const chrome: {
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
};

const runningStatus = (internals: Page) =>
  internals.evaluate(() => /Running Status: (\w+)/.exec(document.body.innerText)?.[1] ?? '');

// Browsers stop an idle extension service worker whenever they like. The tab's matches live in
// storage.session and the reference set in IndexedDB, so nothing the reader sees may depend on the
// worker staying alive.
test('after the browser stops the background, the popup still has the tab and new pages are matched', async ({ context, siyaq }) => {
  const first = await siyaq.open('article.html');
  await expect.poll(() => siyaq.badge(first.tabId)).not.toBe('');
  const count = Number(await siyaq.badge(first.tabId));

  // What an idle timeout does, through Chromium's own service worker page.
  const internals = await context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  await expect.poll(() => runningStatus(internals)).toBe('RUNNING');
  await internals.getByRole('button', { name: 'Stop', exact: true }).first().click();
  await expect.poll(() => runningStatus(internals)).toBe('STOPPED');

  // The popup wakes the worker, which answers from storage.session: the same cards as before.
  const popup = await siyaq.popup(first.tabId);
  await expect(popup.locator('[data-entity-id], [data-event-id]')).toHaveCount(count);
  expect(await cardIds(popup)).toContain('mustafa-al-kadhimi');

  // A page opened now is matched by a matcher rebuilt from IndexedDB.
  const url = `${siyaq.server.url}/split.html`;
  await (await context.newPage()).goto(url);
  const tabId = await popup.evaluate((u) => chrome.tabs.query({ url: u }).then((t) => t[0]?.id ?? -1), url);
  await expect.poll(() => popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).not.toBe('');
});
