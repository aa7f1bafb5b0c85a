import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CHROME_EXTENSION, FIREFOX_EXTENSION } from '../support/chromium.mjs';
import { expect, test } from './fixtures';

// Nothing leaves the browser: no page text, no URL, no lookup. Checked twice: the built code has no
// network API in it, and a reading session makes no request beyond the page's own server.

const NETWORK_APIS = /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)\s*\(|new\s+(XMLHttpRequest|WebSocket|EventSource)\b/;

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return scripts(p);
    return /\.(js|html)$/.test(name) ? [p] : [];
  });
}

test('the built extensions contain no network call', () => {
  for (const dir of [CHROME_EXTENSION, FIREFOX_EXTENSION]) {
    const files = scripts(dir);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) expect(readFileSync(file, 'utf8'), path.relative(dir, file)).not.toMatch(NETWORK_APIS);
  }
});

test('reading an article and its cards requests nothing but the page itself', async ({ context, siyaq }) => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const { tabId } = await siyaq.open('article.html');
  await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
  const popup = await siyaq.popup(tabId);
  await expect(popup.locator('[data-entity-id]').first()).toBeVisible();
  await popup.locator('.mention-button').first().click();
  const foreign = requests.filter((u) => !u.startsWith(siyaq.server.url) && !u.startsWith(`chrome-extension://${siyaq.extensionId}/`));
  expect(foreign).toEqual([]);
  expect(requests.some((u) => u.startsWith(siyaq.server.url))).toBe(true);
});
