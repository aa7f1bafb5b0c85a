import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CHROME_EXTENSION, FIREFOX_EXTENSION } from '../support/chromium.mjs';
import type { BrowserContext } from '@playwright/test';
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

/**
 * The one request allowed: the background reading a bundled pack from the extension's own package
 * (fetch of runtime.getURL, a chrome-extension:// or moz-extension:// URL), only when it installs one.
 */
const OWN_FILE = /\bfetch\(\s*[\w$]+\.runtime\.getURL\(/g;

test('the built extensions contain no network call', () => {
  for (const dir of [CHROME_EXTENSION, FIREFOX_EXTENSION]) {
    const files = scripts(dir);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      const own = code.match(OWN_FILE) ?? [];
      expect(own.length, path.relative(dir, file)).toBe(path.basename(file) === 'background.js' ? 1 : 0);
      expect(code.replace(OWN_FILE, ''), path.relative(dir, file)).not.toMatch(NETWORK_APIS);
    }
  }
});

/** Every request the browser makes, except the fixture server's and the extension's own files. */
function watchRequests(context: BrowserContext, allowed: string[]) {
  const all: string[] = [];
  context.on('request', (r) => all.push(r.url()));
  return {
    all,
    foreign: () => all.filter((u) => !allowed.some((prefix) => u.startsWith(prefix))),
  };
}

test('the popup page runs popup-first.js first, as a classic script, in both builds', () => {
  for (const dir of [CHROME_EXTENSION, FIREFOX_EXTENSION]) {
    const scripts = [...readFileSync(path.join(dir, 'popup.html'), 'utf8').matchAll(/<script[^>]*>/g)].map((m) => m[0]);
    expect(scripts[0], dir).toBe('<script src="/popup-first.js">');
    expect(existsSync(path.join(dir, 'popup-first.js')), dir).toBe(true);
  }
});

test('every extension page opens, works and requests nothing outside the extension', async ({ context, siyaq }) => {
  const pages = readdirSync(CHROME_EXTENSION).filter((name) => name.endsWith('.html'));
  expect(pages).toEqual(expect.arrayContaining(['popup.html', 'options.html']));
  const requests = watchRequests(context, [`chrome-extension://${siyaq.extensionId}/`]);
  for (const name of pages) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${siyaq.extensionId}/${name}`);
    await expect(page.locator('body')).not.toBeEmpty();
    // Use it a little: every button and input that does not leave the page.
    for (const box of await page.locator('input[type="checkbox"], input[type="radio"]').all()) await box.click().catch(() => undefined);
    await page.waitForTimeout(300);
    await page.close();
  }
  expect(requests.foreign()).toEqual([]);
});

test('a whole reading session requests nothing but the pages themselves', async ({ context, siyaq }) => {
  const requests = watchRequests(context, [siyaq.server.url, `chrome-extension://${siyaq.extensionId}/`, 'http://localhost:']);
  // Articles, a live ticker, frames, a page from another origin in a frame, a non-Arabic page.
  const opened: Awaited<ReturnType<typeof siyaq.open>>[] = [];
  for (const name of ['article.html', 'demo.html', 'frames.html', 'late.html', 'english.html']) opened.push(await siyaq.open(name));
  for (const { tabId } of opened.slice(0, 3)) await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
  const storm = await siyaq.open('storm.html');
  await storm.page.waitForSelector('html[data-storm-done]', { timeout: 15_000 });

  // The popup: cards, jumps, the other language, a relation, the site switch off and on again.
  const popup = await siyaq.popup(opened[0]!.tabId);
  await expect(popup.locator('[data-entity-id]').first()).toBeVisible();
  for (const button of (await popup.locator('.mention-button').all()).slice(0, 5)) await button.click();
  await popup.getByRole('button', { name: /English/ }).click().catch(() => undefined);
  const sw = popup.getByRole('switch');
  await sw.uncheck();
  await expect.poll(() => siyaq.badge(opened[0]!.tabId)).toBe('');
  await sw.check();
  await expect.poll(() => siyaq.badge(opened[0]!.tabId)).not.toBe('');

  // The options: highlights off and on, the card language there and back.
  const options = await siyaq.options();
  for (const id of ['#opt-highlights', '#opt-highlights', '#opt-language-en', '#opt-language-ar']) await options.locator(id).click();
  await opened[1]!.page.reload();
  await expect.poll(() => siyaq.badge(opened[1]!.tabId)).not.toBe('');

  expect(requests.foreign()).toEqual([]);
  expect(requests.all.some((u) => u.startsWith(siyaq.server.url))).toBe(true);
});

test('the bundled pack files are the extension\'s own: a page cannot read them', async ({ context, siyaq }) => {
  const manifest = JSON.parse(readFileSync(path.join(CHROME_EXTENSION, 'manifest.json'), 'utf8')) as { web_accessible_resources?: unknown };
  expect(manifest.web_accessible_resources).toBeUndefined();
  const { page } = await siyaq.open('article.html');
  const url = `chrome-extension://${siyaq.extensionId}/packs/core.json`;
  const fromPage = await page.evaluate((u) => fetch(u).then((r) => `read ${r.status}`, (e: unknown) => `refused: ${String(e)}`), url);
  expect(fromPage).toMatch(/^refused/);
  // The extension itself can (its background installs the packs from these files).
  const own = await context.newPage();
  await own.goto(`chrome-extension://${siyaq.extensionId}/options.html`);
  expect(await own.evaluate((u) => fetch(u).then((r) => r.json() as Promise<{ meta: { id: string } }>).then((p) => p.meta.id), url)).toBe('core');
});
