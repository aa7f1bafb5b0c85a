#!/usr/bin/env node
// Firefox ESR end-to-end tests on the built add-on (.output/firefox-mv2), driven by puppeteer-core
// over WebDriver BiDi (no geckodriver needed). Run: node tests/e2e/firefox/run.mjs
// Prints `firefox e2e: N passed, M failed` last and exits non-zero on any failure.
import { rmSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { FIREFOX, FIREFOX_EXTENSION, requireFirefox } from '../support/chromium.mjs';
import { buildExamplePack } from '../support/build-example-pack.mjs';
import { idsOf, scanPages, spanCount } from '../support/scan-pages.mjs';
import { servePages } from '../support/serve-pages.mjs';

const ADDON_ID = 'siyaq@siyaq.local'; // browser_specific_settings.gecko.id in wxt.config.ts
// Pinned so that tests know the moz-extension:// host (Firefox picks a random one per profile).
const UUID = '3b0f2c8e-6a41-4e2b-9d57-51a8c0e7f1d4';
const EXT = `moz-extension://${UUID}`;
const PAYLOAD_TITLE = '<img src=x onerror=alert(1)> الكاظمي <script>alert(2)</script>';

let passed = 0;
let failed = 0;
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    passed++;
    console.log(`ok - ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}\n  ${(e instanceof Error ? e.message : String(e)).replace(/\n/g, '\n  ')}`);
  }
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** Polls `fn` until it returns a truthy value; returns it, or throws with the last value seen. */
async function until(fn, what, timeout = 10_000) {
  let last;
  for (const end = Date.now() + timeout; Date.now() < end; await new Promise((r) => setTimeout(r, 150))) {
    last = await fn();
    if (last) return last;
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

// Firefox's remote agent never reports completion for moz-extension:// navigations, so fire the
// navigation with a short timeout and then wait on the document instead.
async function gotoExtensionPage(page, url) {
  await page.goto(url, { timeout: 2_000 }).catch((e) => {
    if (e.name !== 'TimeoutError') throw e;
  });
  await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { timeout: 10_000 }, url);
}

try {
  requireFirefox();
} catch (e) {
  console.error(e.message);
  console.log('firefox e2e: 0 passed, 1 failed');
  process.exit(1);
}

const scans = scanPages('article.html', 'payload.html');
const server = await servePages();
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: FIREFOX,
  headless: true,
  // Firefox >= 153: WebDriver may navigate to moz-extension:// only with system access allowed.
  args: ['--remote-allow-system-access'],
  extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
});
const dialogs = [];
const watchDialogs = (page) => page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss().catch(() => undefined)));

try {
  console.log('browser', await browser.version());
  let ext;
  await check('the add-on installs with its gecko id', async () => {
    const id = await browser.installExtension(FIREFOX_EXTENSION);
    assert(id === ADDON_ID, `installed as ${id}`);
    ext = await browser.newPage();
    watchDialogs(ext);
    await gotoExtensionPage(ext, `${EXT}/popup.html`);
  });

  // Firefox match patterns take no port, so look the tab up by its exact URL.
  const tabIdOf = (url) => ext.evaluate((u) => browser.tabs.query({}).then((ts) => ts.find((t) => t.url === u)?.id), url);
  const badgeOf = (tabId) => ext.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
  const highlights = (page) =>
    page.evaluate(() => {
      let ranges = 0;
      const texts = [];
      CSS.highlights.forEach((h) => h.forEach((r) => (ranges++, texts.push(r.toString()))));
      return { ranges, texts };
    });
  async function openPopup(tabId) {
    const popup = await browser.newPage();
    watchDialogs(popup);
    await gotoExtensionPage(popup, `${EXT}/popup.html?tab=${tabId}`);
    return popup;
  }
  // Every card, once the popup has drawn them all (it paints the first screen before the rest).
  const cardIds = async (popup) => {
    await popup.waitForSelector('main[aria-busy="false"]', { timeout: 10_000 });
    return popup.$$eval('[data-entity-id], [data-event-id]', (els) => els.map((e) => e.getAttribute('data-entity-id') ?? e.getAttribute('data-event-id')));
  };

  // ---- the seed article ----
  const article = scans.get('article.html');
  const articleIds = idsOf(article);
  const page = await browser.newPage();
  watchDialogs(page);
  const articleUrl = `${server.url}/article.html`;
  await page.goto(articleUrl);
  let tabId;

  await check('article: the badge shows the number of distinct names and events (as npm run scan)', async () => {
    tabId = await until(() => tabIdOf(articleUrl), 'the article tab');
    await until(async () => (await badgeOf(tabId)) === String(articleIds.length), `badge ${articleIds.length}`);
  });

  await check('article: every mention is highlighted', async () => {
    const drawn = await until(async () => {
      const h = await highlights(page);
      return h.ranges === spanCount(article) && h;
    }, `${spanCount(article)} highlight ranges`);
    assert(drawn.texts.includes('مصطفى الكاظمي'), 'no highlight on مصطفى الكاظمي');
  });

  await check('article: the popup (?tab=) shows one card per name and event found by npm run scan', async () => {
    const popup = await openPopup(tabId);
    const ids = await until(async () => {
      const found = await cardIds(popup);
      return found.length === articleIds.length && found;
    }, `${articleIds.length} cards`);
    assert(same([...ids].sort(), articleIds), `cards ${JSON.stringify(ids)} vs scan ${JSON.stringify(articleIds)}`);
    const dir = await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
    assert(same(dir, ['ar', 'rtl']), `html lang/dir ${dir}`);
    const heading = await popup.$eval('[data-entity-id="mustafa-al-kadhimi"] h2', (h) => h.textContent);
    assert(heading === 'مصطفى الكاظمي', `heading ${heading}`);
    const quote = await popup.$eval('[data-entity-id="mustafa-al-kadhimi"] blockquote', (q) => q.textContent);
    assert(quote && quote.length > 10, 'no quoted fact on the card');
    await popup.close();
  });

  await check('article: jump to mention scrolls the page', async () => {
    const popup = await openPopup(tabId);
    await popup.waitForSelector('[data-entity-id="mustafa-al-kadhimi"] .mention-button');
    const before = await page.evaluate(() => scrollY);
    // As with a real toolbar popup, the page is the visible tab while it scrolls (Firefox does not
    // animate scrolling in a background tab).
    await page.bringToFront();
    await popup.$$eval('[data-entity-id="mustafa-al-kadhimi"] .mention-button', (bs) => bs.at(-1).click());
    await until(async () => (await page.evaluate(() => scrollY)) > before + 300, 'the page to scroll');
    await popup.close();
  });

  // ---- the payload page ----
  const payload = scans.get('payload.html');
  await check('payload: markup in page text is shown as text, and no script runs', async () => {
    const p = await browser.newPage();
    watchDialogs(p);
    const url = `${server.url}/payload.html`;
    await p.goto(url);
    const id = await until(() => tabIdOf(url), 'the payload tab');
    await until(async () => (await badgeOf(id)) === String(idsOf(payload).length), `badge ${idsOf(payload).length}`);
    const popup = await openPopup(id);
    await popup.waitForSelector('[data-entity-id="mustafa-al-kadhimi"]', { timeout: 10_000 });
    const title = await popup.$eval('#page-title', (e) => e.textContent);
    assert(title === PAYLOAD_TITLE, `page title shown as ${JSON.stringify(title)}`);
    const injected = await popup.evaluate(() => document.querySelectorAll('img, iframe, body script').length);
    assert(injected === 0, `${injected} elements made from page text`);
    assert((await p.evaluate(() => document.querySelectorAll('img').length)) === 0, 'an <img> appeared in the page');
    await new Promise((r) => setTimeout(r, 300));
    assert(dialogs.length === 0, `dialogs fired: ${JSON.stringify(dialogs)}`);
    await popup.close();
  });

  await check('the English page is left alone: empty badge, no highlights, explained in the popup', async () => {
    const p = await browser.newPage();
    const url = `${server.url}/english.html`;
    await p.goto(url);
    const id = await until(() => tabIdOf(url), 'the English tab');
    const popup = await openPopup(id);
    await popup.waitForSelector('[data-empty="not-arabic"]', { timeout: 10_000 });
    assert((await badgeOf(id)) === '', 'badge is set');
    assert((await highlights(p)).ranges === 0, 'highlights drawn');
    await popup.close();
  });

  // ---- related coverage: two outlets, one name ----
  await check('related coverage: the earlier article appears under the later one with its outlet and date; cleared, it is gone', async () => {
    const openArticle = async (name) => {
      const p = await browser.newPage();
      const url = `${server.url}/${name}`;
      await p.goto(url);
      const id = await until(() => tabIdOf(url), `the ${name} tab`);
      await until(async () => (await badgeOf(id)) !== '', `badge on ${name}`);
      return { url, id };
    };
    const first = await openArticle('coverage-rafidain.html');
    const second = await openArticle('coverage-furat.html');
    const popup = await openPopup(second.id);
    const itemSel = `[data-entity-id="mustafa-al-kadhimi"] [data-testid="coverage-item"][data-url="${first.url}"]`;
    await popup.waitForSelector(itemSel, { timeout: 10_000 });
    const item = await popup.$eval(itemSel, (el) => ({ outlet: el.getAttribute('data-outlet'), published: el.getAttribute('data-published'), text: el.textContent }));
    assert(item.outlet === 'صحيفة الرافدين', `outlet ${item.outlet}`);
    assert(item.published === '2021-11-10', `published ${item.published}`);
    assert(item.text.includes('١٠ نوفمبر ٢٠٢١'), `date shown as ${item.text}`);
    const self = await popup.$$(`[data-testid="coverage-item"][data-url="${second.url}"]`);
    assert(self.length === 0, 'the page shown is listed under its own coverage');
    const pageDate = await popup.$eval('[data-entity-id="mustafa-al-kadhimi"] [data-page-date]', (el) => el.getAttribute('data-page-date'));
    assert(pageDate === '2021-11-11', `page date ${pageDate}`);
    await popup.close();

    const options = await browser.newPage();
    await gotoExtensionPage(options, `${EXT}/options.html`);
    await options.waitForSelector('#history-stats[data-pages]:not([data-pages=""])', { timeout: 10_000 });
    await options.click('#history-clear');
    await options.click('#history-clear');
    await until(async () => (await options.$eval('#history-stats', (el) => el.getAttribute('data-pages'))) === '0', 'the history to be cleared');
    await options.close();
    const again = await openPopup(second.id);
    await again.waitForSelector('[data-entity-id="mustafa-al-kadhimi"]', { timeout: 10_000 });
    const visits = await again.$$('[data-entity-id="mustafa-al-kadhimi"] [data-testid="coverage-item"][data-kind="visit"]');
    assert(visits.length === 0, `${visits.length} visited pages still listed after clearing`);
    await again.close();
  });

  // ---- packs (options page) ----
  const built = buildExamplePack();
  try {
    const mosulUrl = `${server.url}/mosul.html`;
    const mosul = await browser.newPage();
    watchDialogs(mosul);
    await mosul.goto(mosulUrl);
    const mosulTab = await until(() => tabIdOf(mosulUrl), 'the mosul tab');
    // The bundled packs know al-Kadhimi here (and whatever else they hold), not the mosque.
    const base = await until(() => badgeOf(mosulTab), 'the mosul badge');
    const options = await browser.newPage();
    options.on('dialog', (d) => void d.accept().catch(() => undefined));
    await gotoExtensionPage(options, `${EXT}/options.html`);
    await options.waitForSelector('[data-testid="pack-row"][data-pack-id="core"]', { timeout: 10_000 });
    const rowIds = () => options.$$eval('[data-testid="pack-row"]', (rows) => rows.map((r) => r.getAttribute('data-pack-id')));
    const problems = () => options.$$eval('[data-testid="pack-errors"] li', (lis) => lis.map((li) => li.textContent));
    const choose = async (file) => (await options.$('input[type=file][data-testid="pack-import"]')).uploadFile(file);

    await check('packs: the example pack imports from the options page and its entity shows on a page', async () => {
      assert((await options.$('[data-pack-id="core"] [data-testid="pack-remove"]')) === null, 'the bundled pack has a remove button');
      await choose(built.example);
      await options.waitForSelector('[data-testid="pack-row"][data-pack-id="example"]', { timeout: 30_000 });
      assert(same(await problems(), []), `problems listed: ${JSON.stringify(await problems())}`);
      assert((await rowIds()).includes('example'), `rows ${JSON.stringify(await rowIds())}`);
      await until(async () => Number(await badgeOf(mosulTab)) > Number(base), 'the badge to count the pack\'s names');
      const popup = await openPopup(mosulTab);
      await popup.waitForSelector('[data-entity-id="nuri-mosque"] .card-origin', { timeout: 10_000 });
      const origin = await popup.$eval('[data-entity-id="nuri-mosque"] .card-origin', (e) => e.textContent);
      assert(origin.includes('Siyaq example pack, CC BY 4.0'), `origin ${origin}`);
      await popup.close();
    });

    await check('packs: a broken pack lists its problems and changes nothing', async () => {
      const badge = await badgeOf(mosulTab);
      const rows = await rowIds();
      await choose(built.broken);
      const lines = await until(async () => {
        const p = await problems();
        return p.length > 0 && p;
      }, 'problems to be listed');
      assert(lines.some((l) => l.includes('name.ar')) && lines.some((l) => l.includes('license')), `problems ${JSON.stringify(lines).slice(0, 300)}`);
      assert(same(await rowIds(), rows), 'the list changed');
      await new Promise((r) => setTimeout(r, 300));
      assert((await badgeOf(mosulTab)) === badge, 'the badge changed');
    });

    await check('packs: switched off, its cards and badge count go; removed, its row goes', async () => {
      await options.click('[data-pack-id="example"] [data-testid="pack-enabled"]');
      await until(async () => (await badgeOf(mosulTab)) === base, `badge back to ${base}`);
      const popup = await openPopup(mosulTab);
      await popup.waitForSelector('[data-entity-id="mustafa-al-kadhimi"]', { timeout: 10_000 });
      const ids = await cardIds(popup);
      assert(ids.length === Number(base) && !ids.some((id) => built.pack.entities.some((e) => e.id === id)), `cards ${JSON.stringify(ids)}`);
      await popup.close();
      await options.click('[data-pack-id="example"] [data-testid="pack-remove"]');
      await until(async () => !(await rowIds()).includes('example'), 'the example row to go');
    });
  } finally {
    rmSync(built.dir, { recursive: true, force: true });
  }
} catch (e) {
  failed++;
  console.log(`not ok - the run stopped: ${e instanceof Error ? e.stack : e}`);
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}

console.log(`firefox e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
