import type { BrowserContext, Page } from '@playwright/test';
import { cardIds, expect, test } from './fixtures';

declare const indexedDB: IDBFactory;
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

  // Once the worker has stored its compiled matcher, the next woken worker restores it instead of
  // compiling, and a page gets the same badge as from a compiled one.
  await expect.poll(() => storedMatcherVersion(popup), { timeout: 30_000 }).not.toBeNull();
  await internals.getByRole('button', { name: 'Stop', exact: true }).first().click();
  await expect.poll(() => runningStatus(internals)).toBe('STOPPED');
  const again = await context.newPage();
  await again.goto(`${siyaq.server.url}/article.html`);
  const againId = await popup.evaluate((u) => chrome.tabs.query({ url: u }).then((t) => t.at(-1)?.id ?? -1), `${siyaq.server.url}/article.html`);
  await expect.poll(() => popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), againId)).toBe(String(count));
  const log = await workerMatcherLog(context, popup);
  expect(log.join('\n')).toMatch(/restored from IndexedDB/);
  expect(log.join('\n')).not.toMatch(/built from IndexedDB/);
});

/** The combined version of the compiled matcher the background stored (IndexedDB meta row), or null. */
function storedMatcherVersion(extensionPage: Page): Promise<string | null> {
  return extensionPage.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const open = indexedDB.open('siyaq');
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('meta', 'readonly').objectStore('meta').get('compiledMatcher');
          get.onsuccess = () => (db.close(), resolve((get.result as { value?: { version?: string } } | undefined)?.value?.version ?? null));
          get.onerror = () => (db.close(), resolve(null));
        };
      }),
  );
}

/**
 * What the running worker's matcher cache logged (its 'siyaq:bg:matcher-log' marks), read through CDP:
 * Playwright does not attach again to a worker Chromium restarted.
 */
async function workerMatcherLog(context: BrowserContext, page: Page): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string; targetId: string }[] };
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!target) return [];
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
    const answer = new Promise<string[]>((resolve) =>
      cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
        const m = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: string[] } } };
        if (e.sessionId === sessionId && m.id === 1) resolve(m.result?.result?.value ?? []);
      }),
    );
    const expression = `performance.getEntriesByName('siyaq:bg:matcher-log').map((m) => String(m.detail))`;
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }) });
    return await Promise.race([answer, new Promise<string[]>((r) => setTimeout(() => r([]), 5_000))]);
  } finally {
    await cdp.detach();
  }
}
