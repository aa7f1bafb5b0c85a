#!/usr/bin/env node
// `npm start`: build the extension if needed, serve the demo page on 127.0.0.1 and open it in Chromium
// with Siyaq loaded. With a display the browser window stays open until Ctrl-C; without one the demo
// runs headless, prints the popup's cards and saves screenshots under artifacts/.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROME_EXTENSION, CHROMIUM, QUIET_FLAGS, ROOT, extensionFlags, requireChromium } from '../tests/e2e/support/chromium.mjs';
import { servePages } from '../tests/e2e/support/serve-pages.mjs';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { newestMtime } from './newest-mtime.mjs';

const DEMO = '/demo.html';
const SOURCES = ['entrypoints', 'components', 'lib', 'seeds', 'public', 'wxt.config.ts', 'package.json'];

function buildIfNeeded() {
  const manifest = path.join(CHROME_EXTENSION, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const changed = newestMtime(SOURCES.map((s) => path.join(ROOT, s)));
  if (built && built >= changed) {
    console.log('Build is up to date:', path.relative(ROOT, CHROME_EXTENSION));
    return;
  }
  console.log(built ? 'Sources changed since the last build: npm run build' : 'No build yet: npm run build');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('npm run build failed; fix the build and run npm start again.');
    process.exit(r.status || 1);
  }
}

/** A visible browser window, kept open until the user presses Ctrl-C. */
async function runWithDisplay(url) {
  const profile = mkdtempSync(path.join(tmpdir(), 'siyaq-start-'));
  const child = spawn(CHROMIUM, [...extensionFlags(), ...QUIET_FLAGS, `--user-data-dir=${profile}`, url], { stdio: 'ignore' });
  console.log(`Chromium is open on ${url} with Siyaq loaded. Click the toolbar icon for the cards. Ctrl-C to stop.`);
  await new Promise((resolve) => {
    const stop = () => child.kill('SIGTERM');
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    child.once('exit', resolve);
  });
  rmSync(profile, { recursive: true, force: true });
}

/** Headless: load the demo page, wait for the badge, open the popup for that tab, print and screenshot. */
async function runHeadless(url) {
  const { chromium } = await import('@playwright/test');
  const profile = mkdtempSync(path.join(tmpdir(), 'siyaq-start-'));
  const artifacts = path.join(ROOT, 'artifacts');
  mkdirSync(artifacts, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...extensionFlags(), ...QUIET_FLAGS],
    viewport: { width: 1100, height: 900 },
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(url);
    const tabId = await worker.evaluate((u) => chrome.tabs.query({ url: u }).then((t) => t[0]?.id), url);
    if (typeof tabId !== 'number') throw new Error('could not find the demo tab');

    let badge = '';
    for (const until = Date.now() + 15_000; Date.now() < until; await page.waitForTimeout(100)) {
      badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      if (badge) break;
    }
    if (!badge) throw new Error('the badge stayed empty: the page was not matched (see the service worker console)');
    console.log(`Badge: ${badge} (set ${Date.now() - started} ms after navigation started)`);
    await page.screenshot({ path: path.join(artifacts, 'demo-page.png') });

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('article.card').first().waitFor({ timeout: 10_000 });
    await popup.waitForFunction((n) => document.querySelectorAll('article.card').length >= n, Number(badge), { timeout: 10_000 });
    const cards = await popup.$$eval('article.card', (els) =>
      els.map((el) => ({
        id: el.getAttribute('data-entity-id') ?? el.getAttribute('data-event-id'),
        name: el.querySelector('h2')?.textContent ?? '',
        alt: el.querySelector('.card-alt-name')?.textContent ?? '',
        type: el.querySelector('.tag-type')?.textContent ?? '',
        mentions: el.querySelectorAll('.mention-button').length,
        mentionsText: el.querySelector('.mentions-count')?.textContent ?? '',
        fact: el.querySelector('.fact-text')?.textContent ?? '',
        quote: el.querySelector('blockquote')?.textContent ?? '',
      })),
    );
    console.log(`\n${cards.length} cards in the popup (${await popup.locator('#card-count').textContent()}):\n`);
    for (const c of cards) {
      console.log(`• ${c.name} — ${c.alt}  [${c.type}]  ${c.mentionsText}  (${c.id})`);
      if (c.fact) console.log(`    ${c.fact}\n    «${c.quote}»`);
    }
    const shot = path.join(artifacts, 'popup.png');
    await popup.screenshot({ path: shot });
    console.log('\nScreenshots: artifacts/demo-page.png, artifacts/popup.png');
    // The README's screenshot changes only when asked: a plain `npm start` leaves the checkout clean.
    if (process.argv.includes('--update-docs')) {
      mkdirSync(path.join(ROOT, 'docs/screenshots'), { recursive: true });
      copyFileSync(shot, path.join(ROOT, 'docs/screenshots/popup.png'));
      console.log('(copied to docs/screenshots/popup.png)');
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

buildIfNeeded();
if (!ensureBrowsers(['chromium'])) process.exit(1);
requireChromium();
const server = await servePages();
const url = server.url + DEMO;
console.log('Serving tests/fixtures/pages on', server.url);
let code = 0;
try {
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) await runWithDisplay(url);
  else await runHeadless(url);
} catch (e) {
  console.error('✖', e instanceof Error ? e.message : e);
  code = 1;
} finally {
  await server.close();
}
process.exit(code);
