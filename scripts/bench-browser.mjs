#!/usr/bin/env node
// `npm run bench:browser`: the extension's costs in real Chromium, each against its budget.
//   1. content script main-thread work on a 30 KB article: collect + send + highlight, from a CPU
//      profile of content.js during a rescan (plus the script's own performance.measure entries
//      'siyaq:collect' / 'siyaq:highlight' when it records them)
//   2. page load → badge set
//   3. longest main-thread task on a 1 MB page after the content script starts (from a trace of the page's main thread)
//   4. popup open → first card painted, with 30 cards
//   5. content script bundle size
//   6. popup open → first card painted with 10,000 visits stored (related coverage read through its
//      index), beside the same popup with none, and the database's size per visit
//   7. importing a pack of 100,000 synthetic entities through the options page: time until it is listed,
//      the options page's longest task meanwhile, and the database's growth (navigator.storage.estimate);
//      then 2-4 again with that pack installed and enabled
//   8. a cold background: the worker stopped, then a new page; page load → badge, split at the content
//      script's start, with the background's own startup marks (with the bundled packs and with the 100k pack)
// Usage: node scripts/bench-browser.mjs [--runs N] [--no-pack] [--history-only] [--cold-only] [--only popup|longtask|page]
//   (needs `npm run build` first; --only measures one budget of the bundled packs, nothing else)
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_EXTENSION, CHROMIUM, QUIET_FLAGS, ROOT, extensionFlags, requireChromium } from '../tests/e2e/support/chromium.mjs';
import { servePages } from '../tests/e2e/support/serve-pages.mjs';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const BUDGET = { contentWork: 10, badge: 150, coldBadge: 300, longTask: 50, popup: 100, popupHistory: 150, bundle: 25 * 1024 };
const HISTORY_VISITS = 10_000;
/** `--history-only`: just the popup with 10,000 visits (the other measures take minutes). */
const HISTORY_ONLY = process.argv.includes('--history-only');
const PACK_ENTITIES = 100_000;
/** `--cold-only`: just the cold background (page load → badge with the worker stopped), with and without the big pack. */
const COLD_ONLY = process.argv.includes('--cold-only');
/** `--only popup|longtask|page`: one budget with the bundled packs (popup → first card; the 1 MB page's longest task; the 30 KB page's work and badge). */
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
if (ONLY !== null && !['popup', 'longtask', 'page'].includes(ONLY)) throw new Error(`--only takes popup, longtask or page, not ${ONLY}`);
/** With `--only`, the 100k pack is added only when `--with-pack` asks for it. */
const WITH_PACK = !process.argv.includes('--no-pack') && !HISTORY_ONLY && (ONLY === null || process.argv.includes('--with-pack'));

// ---- generated pages ----------------------------------------------------------------------------
const SEED = readFileSync(path.join(ROOT, 'seeds/000_7752d1d99baee141.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A news page whose article body is the seed's paragraphs, repeated (as a live blog would) up to `bytes` of UTF-8. */
function newsPage(bytes, title) {
  const head = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>
<header><nav><a href="#">الرئيسية</a> · <a href="#">سياسة</a> · <a href="#">اقتصاد</a></nav></header>
<main><article><h1>${escapeHtml(title)}</h1><p class="byline">بغداد — <time datetime="2021-11-07">٧ نوفمبر ٢٠٢١</time></p>\n`;
  const tail = `</article></main><footer>جميع الحقوق محفوظة</footer></body></html>`;
  const parts = [head];
  let size = Buffer.byteLength(head + tail);
  for (let i = 0; size < bytes; i++) {
    const line = SEED[i % SEED.length];
    const p = i % SEED.length === 0 && i > 0 ? `<h2>تحديث رقم ${i / SEED.length}</h2>\n<p>${escapeHtml(line)}</p>\n` : `<p>${escapeHtml(line)}</p>\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  parts.push(tail);
  return parts.join('');
}

const PAGES = new Map([
  ['/bench-30k.html', newsPage(30 * 1024, 'تغطية: محاولة اغتيال الكاظمي')],
  ['/bench-1m.html', newsPage(1024 * 1024, 'أرشيف التغطية المباشرة')],
]);

// ---- helpers -------------------------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (ms) => `${ms.toFixed(1)} ms`;
const rows = [];
const notes = [];
function report(name, value, budget, shown, note = '') {
  const pass = value <= budget;
  rows.push({ name, shown, budget, pass, note });
}

/** A fresh profile, or a copy of `template` (a profile with a pack installed) so each run starts alike. */
let template = null;
async function launch() {
  const profile = mkdtempSync(path.join(tmpdir(), 'siyaq-bench-'));
  if (template) cpSync(template, profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...extensionFlags(), ...QUIET_FLAGS],
    viewport: { width: 1100, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  // Note when the badge first gets text for a tab (wall clock): the extension looks the API up on each call.
  await worker.evaluate(() => {
    globalThis.__badgeSetAt = {};
    for (const api of new Set([globalThis.chrome?.action, globalThis.browser?.action].filter(Boolean))) {
      const original = api.setBadgeText.bind(api);
      api.setBadgeText = (details, ...rest) => {
        if (details?.text && details.tabId !== undefined) globalThis.__badgeSetAt[details.tabId] ??= Date.now();
        return original(details, ...rest);
      };
    }
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, worker, extensionId: new URL(worker.url()).host, close };
}

async function tabIdOf(worker, url) {
  return worker.evaluate((u) => chrome.tabs.query({}).then((ts) => ts.find((t) => t.url === u)?.id), url);
}

async function waitForBadge(worker, tabId, timeout = 30_000) {
  for (const end = Date.now() + timeout; Date.now() < end; await new Promise((r) => setTimeout(r, 20))) {
    const at = await worker.evaluate((id) => globalThis.__badgeSetAt[id], tabId);
    if (at) return at;
  }
  throw new Error('the badge was never set');
}

/** Milliseconds of samples whose stack runs through content.js (its JS and the DOM calls it makes). */
function contentScriptTime(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map();
  const inContent = (id) => {
    if (memo.has(id)) return memo.get(id);
    const v = byId.get(id).callFrame.url.includes('/content-scripts/content.js') || (parent.has(id) && inContent(parent.get(id)));
    memo.set(id, v);
    return v;
  };
  let us = 0;
  profile.samples.forEach((s, i) => {
    if (inContent(s)) us += profile.timeDeltas[i + 1] ?? 0;
  });
  return us / 1000;
}

// ---- measurements --------------------------------------------------------------------------------
async function measurePage(server, name, { traceTasks = false } = {}) {
  const { context, worker, close } = await launch();
  try {
    const page = await context.newPage();
    await page.goto(server.url + '/demo.html'); // warm-up: the worker has built its matcher
    const tabId = await tabIdOf(worker, server.url + '/demo.html');
    await waitForBadge(worker, tabId);
    await worker.evaluate((id) => delete globalThis.__badgeSetAt[id], tabId);
    const tracing = traceTasks ? await startTaskTrace(context, page) : null;
    await page.goto(server.url + name); // the same tab navigates on
    const badgeAt = await waitForBadge(worker, tabId);
    await page.waitForTimeout(800); // highlights are drawn after the reply; let the main thread go idle
    const tasks = tracing ? await tracing.stop() : null;

    // The content script's work, profiled on a rescan of the loaded page (collect, send, highlight):
    // a profile started before the navigation can miss it when Chromium moves the page to a new process.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    const reply = await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'refresh', data: {} }), tabId);
    if (!reply?.data?.ok) throw new Error(`refresh failed: ${JSON.stringify(reply)}`);
    await page.waitForTimeout(300);
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();

    const timing = await page.evaluate(() => {
      return {
        origin: performance.timeOrigin,
        start: performance.getEntriesByName('siyaq:start')[0]?.startTime ?? null,
        measures: performance.getEntriesByType('measure').filter((m) => m.name.startsWith('siyaq:')).map((m) => ({ name: m.name, duration: m.duration })),
      };
    });
    return {
      contentMs: contentScriptTime(profile),
      badgeMs: badgeAt - timing.origin,
      contentStartMs: timing.start,
      tasks,
      measures: timing.measures,
    };
  } finally {
    await close();
  }
}

/**
 * Every task of the page's main thread, from a trace of the navigation (categories `toplevel`,
 * `devtools.timeline` for what each task did, and `blink.user_timing`; the trace adds some time to each). The page's own PerformanceObserver('longtask') is not
 * enough: Chromium does not report to it the tasks of an extension's content script (a 60–130 ms
 * collect or highlight went unreported), only the page's own. The main thread is the one where the
 * content script marked 'siyaq:start'; returned: the longest task from the content script's first
 * collect on, when it started (ms after 'siyaq:start') and which of the script's measures ran inside it,
 * and the longest one between 'siyaq:start' and that collect (the page's own).
 */
async function startTaskTrace(context, page) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  return {
    async stop() {
      const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach();
      const start = events.find((e) => e.name === 'siyaq:start');
      if (!start) return { longest: NaN, at: NaN, inside: 'no siyaq:start mark', before: NaN };
      const onThread = (e) => e.pid === start.pid && e.tid === start.tid;
      // The content script's measures: async events ('b'/'e' pairs) on the page's main thread.
      const measures = [];
      const open = new Map();
      for (const e of events.filter((x) => onThread(x) && x.cat?.includes('user_timing') && x.name.startsWith('siyaq:')).sort((a, b) => a.ts - b.ts)) {
        if (e.ph === 'b') open.set(e.name, e.ts);
        if (e.ph === 'e' && open.has(e.name)) measures.push({ name: e.name.replace('siyaq:', ''), from: open.get(e.name), to: e.ts });
      }
      const collect = measures.find((m) => m.name === 'collect');
      const tasks = events.filter((e) => onThread(e) && e.ph === 'X' && /RunTask$/.test(e.name) && e.ts + e.dur >= start.ts);
      const longestOf = (xs) => xs.reduce((a, b) => (b.dur > (a?.dur ?? -1) ? b : a), null);
      // From the first collect on: what the content script does and what its highlights make the page do.
      // Before it, between the script's start (document_idle) and its first read, the page finishes its own
      // first layout and paint (on this page 90–120 ms without the extension installed).
      const ours = longestOf(tasks.filter((e) => !collect || e.ts + e.dur > collect.from));
      const before = longestOf(tasks.filter((e) => collect && e.ts + e.dur <= collect.from));
      if (!ours) return { longest: 0, at: 0, inside: '', before: (before?.dur ?? 0) / 1000 };
      const inside = measures.filter((m) => m.from < ours.ts + ours.dur && m.to > ours.ts).map((m) => m.name);
      // What the task did (devtools.timeline events inside it): the content script's JS, the page's
      // rendering (style, layout, paint), garbage collection.
      const kinds = new Map();
      const add = (kind, us) => kinds.set(kind, (kinds.get(kind) ?? 0) + us);
      for (const e of events) {
        if (!onThread(e) || e.ph !== 'X' || e.ts < ours.ts || e.ts >= ours.ts + ours.dur) continue;
        if (['FunctionCall', 'EvaluateScript'].includes(e.name) && e.args?.data?.url?.includes('/content-scripts/')) add('content script', e.dur);
        else if (['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Commit'].includes(e.name)) add('rendering', e.dur);
        else if (['MinorGC', 'MajorGC'].includes(e.name)) add('GC', e.dur);
        // Continuations after an await run here, without a script URL (the content script's and the page's).
        else if (e.name === 'RunMicrotasks') add('microtasks', e.dur);
      }
      const drawn = measures.find((m) => m.name === 'highlight');
      const when = !drawn ? 'no highlights' : ours.ts >= drawn.to ? `${((ours.ts - drawn.to) / 1000).toFixed(0)} ms after the highlights were registered` : 'before the highlights were registered';
      const what = [...[...kinds].sort((a, b) => b[1] - a[1]).map(([k, us]) => `${k} ${(us / 1000).toFixed(0)}`), when].join(', ');
      return {
        longest: ours.dur / 1000,
        at: (ours.ts - start.ts) / 1000,
        inside: [[...new Set(inside)].join('+'), what].filter(Boolean).join(': ') || 'nothing attributed',
        before: (before?.dur ?? 0) / 1000,
      };
    },
  };
}

/**
 * A cold background: the service worker is stopped (what Chromium does to an idle extension worker),
 * then a new tab opens the 30 KB article. Navigation wakes the worker (tabs.onUpdated), the content
 * script's matchPage waits for it. The badge is watched from an extension page (chrome.action is
 * answered by the browser, not by the worker, so watching does not wake it). Also read back: the
 * content script's start ('siyaq:start' mark in the page) and the background's own startup marks
 * ('siyaq:bg:*', milliseconds since the worker's time origin).
 */
async function measureColdPage(server, name) {
  const { context, worker, extensionId, close } = await launch();
  try {
    const warm = await context.newPage();
    await warm.goto(server.url + '/demo.html');
    await waitForBadge(worker, await tabIdOf(worker, server.url + '/demo.html'));
    const watcher = await context.newPage();
    await watcher.goto(`chrome-extension://${extensionId}/options.html`);
    await watcher.waitForTimeout(300); // the options page's own messages are answered
    await snapshotStored(watcher);
    // The tab is opened before the worker stops: opening one wakes it (tabs events) before any navigation.
    const page = await context.newPage();
    // What an idle timeout does, through Chromium's own service worker page (as background-restart.spec.ts).
    const internals = await context.newPage();
    await internals.goto('chrome://serviceworker-internals/');
    const status = () => internals.evaluate(() => /Running Status: (\w+)/.exec(document.body.innerText)?.[1] ?? '');
    const until = async (want) => {
      for (const end = Date.now() + 10_000; (await status()) !== want; await new Promise((r) => setTimeout(r, 20)))
        if (Date.now() > end) throw new Error(`the worker is not ${want}`);
    };
    await until('RUNNING');
    // Left open afterwards: closing a tab would wake the worker before the navigation. Stop is clicked
    // again while the worker still finishes work of its own (storing the matcher's snapshot).
    for (let attempt = 0; ; attempt++) {
      await internals.getByRole('button', { name: 'Stop', exact: true }).first().click();
      try {
        await until('STOPPED');
        break;
      } catch (e) {
        if (attempt === 3) throw e;
      }
    }
    await new Promise((r) => setTimeout(r, 300));
    const url = server.url + name;
    const badge = watcher.evaluate(async (u) => {
      for (const end = Date.now() + 60_000; Date.now() < end; await new Promise((r) => setTimeout(r, 2))) {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
        if (tab && (await chrome.action.getBadgeText({ tabId: tab.id }))) return Date.now();
      }
      return null;
    }, url);
    await page.goto(url);
    const badgeAt = await badge;
    if (!badgeAt) throw new Error('the badge was never set after a cold start');
    const timing = await page.evaluate(() => ({
      origin: performance.timeOrigin,
      start: performance.getEntriesByName('siyaq:start')[0]?.startTime ?? null,
    }));
    const bg = await evaluateInWorker(context, watcher, extensionId, BACKGROUND_MARKS);
    return {
      badgeMs: badgeAt - timing.origin,
      fromContentMs: timing.start === null ? null : badgeAt - timing.origin - timing.start,
      contentStartMs: timing.start,
      workerStartMs: bg ? bg.origin - timing.origin : null,
      bg,
    };
  } finally {
    await close();
  }
}

/**
 * Waits until the background has stored its compiled matcher (IndexedDB 'siyaq', meta row
 * 'compiledMatcher'; the set's snapshot, 'matchableSet', is written right after it), read from an
 * extension page: a worker that lives on stores it a second after its first build, and a cold start is
 * measured in that steady state, not against a worker stopped before it.
 */
async function snapshotStored(extensionPage, { other = null, timeout = 120_000 } = {}) {
  for (const end = Date.now() + timeout; ; await new Promise((r) => setTimeout(r, 100))) {
    const v = await snapshotVersion(extensionPage);
    if (v !== null && v !== other) return v;
    if (Date.now() > end) throw new Error('the matcher snapshot was never stored');
  }
}

/** The combined version of the stored compiled matcher, or null. */
function snapshotVersion(extensionPage) {
  return extensionPage.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('siyaq');
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('meta')) return (db.close(), resolve(null));
          const get = db.transaction('meta', 'readonly').objectStore('meta').get('compiledMatcher');
          get.onsuccess = () => (db.close(), resolve(get.result?.value?.version ?? null));
          get.onerror = () => (db.close(), resolve(null));
        };
      }),
  );
}

/** Read in the worker: its time origin and its 'siyaq:bg:*' marks and measures. */
const BACKGROUND_MARKS = `(() => ({
  origin: performance.timeOrigin,
  marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('siyaq:bg:') && m.name !== 'siyaq:bg:matcher-log').map((m) => ({ name: m.name, at: m.startTime })),
  log: performance.getEntriesByName('siyaq:bg:matcher-log').map((m) => String(m.detail)),
  measures: performance.getEntriesByType('measure').filter((m) => m.name.startsWith('siyaq:bg:')).map((m) => ({ name: m.name, ms: m.duration })),
}))()`;

/**
 * Evaluates an expression in the extension's service worker through CDP's target messages: Playwright
 * does not attach again to a worker Chromium restarted, so its Worker object cannot be used.
 */
async function evaluateInWorker(context, page, extensionId, expression) {
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
    if (!target) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const answer = new Promise((resolve) =>
      cdp.on('Target.receivedMessageFromTarget', (e) => {
        const m = JSON.parse(e.message);
        if (e.sessionId === sessionId && m.id === 1) resolve(m.result?.result?.value ?? null);
      }),
    );
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }) });
    return await Promise.race([answer, new Promise((r) => setTimeout(() => r(null), 5_000))]);
  } finally {
    await cdp.detach();
  }
}

async function measureCold(label) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measureColdPage(server, '/bench-30k.html'));
  const badge = median(runs.map((r) => r.badgeMs));
  const starts = runs.map((r) => r.contentStartMs).filter((x) => x !== null);
  const froms = runs.map((r) => r.fromContentMs).filter((x) => x !== null);
  const parts = new Map();
  for (const r of runs) for (const m of [...(r.bg?.marks ?? []).map((x) => ({ name: x.name, ms: x.at })), ...(r.bg?.measures ?? [])]) parts.set(m.name, [...(parts.get(m.name) ?? []), m.ms]);
  const partNote = [...parts].map(([n, xs]) => `${n.replace('siyaq:bg:', '')} ${fmt(median(xs))}`).join(', ');
  // What the matcher cache logged in each run: restored, or compiled and why.
  runs.forEach((r, i) => notes.push(`cold run ${i + 1}${label}: ${r.badgeMs.toFixed(0)} ms; ${(r.bg?.log ?? ['(no log read)']).join(' / ')}`));
  report(
    `cold background: page load → badge (30 KB article)${label}`,
    badge,
    BUDGET.coldBadge,
    fmt(badge),
    `runs: ${runs.map((r) => r.badgeMs.toFixed(0)).join(', ')}` +
      (starts.length ? `; content script starts at ${fmt(median(starts))}, badge ${fmt(median(froms))} after it` : '') +
      `; worker started at ${fmt(median(runs.map((r) => r.workerStartMs ?? NaN)))} after navigation` +
      (partNote ? `; background (ms since the worker's start): ${partNote}` : ''),
  );
}

/**
 * The popup with 30 cards. The reference set has 14 entries, so the popup page's messages are padded:
 * each real card is cloned under a new id until there are 30. The round trips to the background and
 * the rendering are real; only the extra ids are made up.
 */
const PAD_TO_30 = () => {
  const CARDS = 30;
  const base = (id) => id.replace(/--\d+$/, '');
  // Phases, for the report: when the popup's code first calls the browser, the tab lookup, the first answer.
  const phases = (globalThis.__phases = {});
  const note = (name) => (phases[name] ??= performance.now());
  for (const tabs of new Set([globalThis.chrome?.tabs, globalThis.browser?.tabs].filter(Boolean)))
    for (const fn of ['get', 'query']) {
      const original = tabs[fn].bind(tabs);
      tabs[fn] = (...args) => (note('first call'), note('tab lookup sent'), original(...args).finally(() => note('tab lookup answered')));
    }
  for (const runtime of new Set([globalThis.chrome?.runtime, globalThis.browser?.runtime].filter(Boolean))) {
    const send = runtime.sendMessage.bind(runtime);
    runtime.sendMessage = async (message, ...rest) => {
      note('first call');
      if (message?.type === 'getSettings') return send(message, ...rest).finally(() => note('getSettings answered'));
      if (message?.type === 'getTabMatches') {
        note('getTabMatches sent');
        const reply = await send(message, ...rest).finally(() => note('getTabMatches answered'));
        const d = reply?.data;
        if (!d || d.status !== 'matched') return reply;
        const real = [...d.entities, ...d.events.map((e) => ({ ...e, type: null }))];
        const out = [];
        for (let k = 0; out.length < CARDS; k++)
          for (const e of real) if (out.length < CARDS) out.push({ ...e, id: k ? `${e.id}--${k}` : e.id, mentions: Math.max(1, e.mentions - k) });
        return {
          data: {
            ...d,
            entities: out.filter((e) => e.type).map(({ id, type, mentions }) => ({ id, type, mentions })),
            events: out.filter((e) => !e.type).map(({ id, mentions }) => ({ id, mentions })),
          },
        };
      }
      if (message?.type === 'getCards' || message?.type === 'getCoverage') {
        const ids = message.data.ids;
        const key = message.type === 'getCards' ? 'cards' : 'coverage';
        const reply = await send({ ...message, data: { ...message.data, ids: [...new Set(ids.map(base))] } }, ...rest);
        if (!reply?.data) return reply;
        const byId = new Map(reply.data[key].map((c) => [c.id, c]));
        const out = ids.filter((id) => byId.has(base(id))).map((id) => ({ ...byId.get(base(id)), id }));
        return { data: key === 'cards' ? { cards: out, missing: [] } : { coverage: out } };
      }
      return send(message, ...rest);
    };
  }
  // First card painted: the frame after the first card is in the DOM (rAF, then a task after paint).
  const seen = new MutationObserver(() => {
    if (!document.querySelector('article.card')) return;
    seen.disconnect();
    note('first card in the DOM');
    requestAnimationFrame(() =>
      setTimeout(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const script = performance.getEntriesByType('resource').find((r) => /\/chunks\/popup-/.test(r.name));
        globalThis.__firstCardPainted = {
          at: performance.now(),
          cards: document.querySelectorAll('article.card').length,
          phases: { 'HTML received': nav?.responseEnd, 'popup script loaded': script?.responseEnd, ...phases },
        };
        // And when all of them are there (the popup fetches the first screen first).
        const all = () =>
          document.querySelectorAll('article.card').length >= CARDS
            ? requestAnimationFrame(() => setTimeout(() => (globalThis.__allCardsPainted = performance.now()), 0))
            : setTimeout(all, 5);
        all();
      }, 0),
    );
  });
  seen.observe(document, { childList: true, subtree: true });
};

async function measurePopup(server) {
  const { context, worker, extensionId, close } = await launch();
  try {
    const page = await context.newPage();
    const url = server.url + '/article.html';
    await page.goto(url);
    const tabId = await tabIdOf(worker, url);
    await waitForBadge(worker, tabId);
    const times = [];
    const allTimes = [];
    const phases = [];
    let cards = 0;
    for (let i = 0; i < RUNS + 1; i++) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.addInitScript(PAD_TO_30);
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      const r = await popup.waitForFunction(() => globalThis.__firstCardPainted, null, { timeout: 10_000 }).then((h) => h.jsonValue());
      const all = await popup.waitForFunction(() => globalThis.__allCardsPainted, null, { timeout: 10_000 }).then((h) => h.jsonValue());
      cards = await popup.locator('article.card').count();
      await popup.close();
      if (i === 0) continue; // the first open also loads the popup's code from disk
      times.push(r.at);
      allTimes.push(all);
      phases.push(r.phases);
    }
    const names = [...new Set(phases.flatMap((p) => Object.keys(p).filter((k) => typeof p[k] === 'number')))];
    const phaseNote = names.map((n) => `${n} ${median(phases.map((p) => p[n]).filter((x) => typeof x === 'number')).toFixed(0)}`).join(', ');
    return { ms: median(times), all: times, cards, allMs: median(allTimes), phaseNote };
  } finally {
    await close();
  }
}

/**
 * Imports the synthetic pack through the options page into a new profile and keeps that profile as the
 * template of later launches. Measures the time from choosing the file to the pack's row being listed,
 * the options page's longest task meanwhile, and how much the database grew.
 */
async function importBigPack(file) {
  const profile = mkdtempSync(path.join(tmpdir(), 'siyaq-bench-pack-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: [...extensionFlags(), ...QUIET_FLAGS] });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const options = await context.newPage();
    await options.addInitScript(() => {
      window.__longtasks = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__longtasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    });
    await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await options.locator('[data-pack-id="core"]').waitFor();
    const before = await worker.evaluate(() => navigator.storage.estimate().then((e) => e.usage));
    const bundledOnly = await snapshotVersion(options);
    await options.evaluate(() => (window.__longtasks = []));
    const started = Date.now();
    await options.locator('[data-testid="pack-import"]').setInputFiles(file);
    await options.locator('[data-pack-id="synthetic"]').waitFor({ timeout: 600_000 });
    const ms = Date.now() - started;
    const after = await worker.evaluate(() => navigator.storage.estimate().then((e) => e.usage));
    const longest = Math.max(0, ...(await options.evaluate(() => window.__longtasks)));
    // The matcher of core + 100k, compiled once from IndexedDB (what a woken worker does on its first page).
    const page = await context.newPage();
    await page.goto(`${server.url}/demo.html`);
    const compiled = Date.now();
    const tabId = await tabIdOf(worker, `${server.url}/demo.html`);
    for (const end = Date.now() + 120_000; !(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)); await new Promise((r) => setTimeout(r, 20))) {
      if (Date.now() > end) throw new Error('no badge with the pack installed');
    }
    const firstBadgeMs = Date.now() - compiled;
    await snapshotStored(options, { other: bundledOnly }); // the template profile has the snapshot of core + 100k
    return { ms, longest, bytes: after - before, firstBadgeMs, profile };
  } finally {
    await context.close();
  }
}

async function measureBudgets(label) {
  const wants = (part) => ONLY === null || ONLY === part;
  if (wants('page')) {
    const small = [];
    for (let i = 0; i < RUNS; i++) small.push(await measurePage(server, '/bench-30k.html'));
    const work = median(small.map((r) => r.contentMs));
    const marks = small.flatMap((r) => r.measures);
    const markNote = marks.length
      ? 'marks: ' + [...new Set(marks.map((m) => m.name))].map((n) => `${n} ${fmt(median(marks.filter((m) => m.name === n).map((m) => m.duration)))}`).join(', ')
      : 'CPU profile of content.js during a rescan; no siyaq:* performance marks recorded';
    report(`content script work, 30 KB article${label}`, work, BUDGET.contentWork, fmt(work), `runs: ${small.map((r) => r.contentMs.toFixed(1)).join(', ')}; ${markNote}`);
    const badge = median(small.map((r) => r.badgeMs));
    const started = small.filter((r) => r.contentStartMs !== null);
    report(
      `page load → badge set (30 KB article)${label}`,
      badge,
      BUDGET.badge,
      fmt(badge),
      `runs: ${small.map((r) => r.badgeMs.toFixed(0)).join(', ')}` +
        (started.length ? `; content script starts at ${fmt(median(started.map((r) => r.contentStartMs)))}, badge ${fmt(median(started.map((r) => r.badgeMs - r.contentStartMs)))} after it` : ''),
    );
  }
  if (ONLY === null) await measureCold(label);

  if (wants('longtask')) {
    const big = [];
    for (let i = 0; i < (ONLY ? RUNS : Math.min(RUNS, 3)); i++) big.push(await measurePage(server, '/bench-1m.html', { traceTasks: true }));
    // The budget holds only if it holds in every run: the longest of all runs, not their median.
    const longest = Math.max(...big.map((r) => r.tasks.longest));
    report(
      `longest main-thread task from the content script's first read, 1 MB page, all runs${label}`,
      longest,
      BUDGET.longTask,
      fmt(longest),
      `runs: ${big.map((r) => `${r.tasks.longest.toFixed(0)} (${r.tasks.inside}, at +${r.tasks.at.toFixed(0)} ms)`).join(', ')}; before the first read (the page's own): ${big.map((r) => r.tasks.before.toFixed(0)).join(', ')} ms; content script ${fmt(median(big.map((r) => r.contentMs)))}; badge ${fmt(median(big.map((r) => r.badgeMs)))}` +
        `; marks: ${[...new Set(big.flatMap((r) => r.measures.map((m) => m.name)))].map((n) => `${n} ${fmt(median(big.flatMap((r) => r.measures.filter((m) => m.name === n).map((m) => m.duration))))}`).join(', ')}`,
    );
  }

  if (wants('popup')) {
    const popup = await measurePopup(server);
    report(
      `popup open → first card painted (${popup.cards} cards)${label}`,
      popup.ms,
      BUDGET.popup,
      fmt(popup.ms),
      `runs: ${popup.all.map((t) => t.toFixed(0)).join(', ')}; all ${popup.cards} painted at ${fmt(popup.allMs)}; medians (ms since navigation): ${popup.phaseNote}`,
    );
  }
}

/**
 * A reading history of `n` pages in the export format (docs/extension.md, "History"): 250 outlets on
 * 200 sites, two years of dates, names mixed so that common ones (Iraq, Baghdad, al-Kadhimi) are on
 * thousands of pages — the case an index has to make cheap.
 */
function historyFile(n) {
  const common = ['iraq', 'baghdad', 'mustafa-al-kadhimi'];
  const rare = ['kataib-hezbollah', 'abu-ali-al-askari', 'iran', 'reuters', 'afp', 'green-zone', 'twitter', 'joint-operations-command', 'kadhimi-assassination-attempt-2021'];
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const visits = [];
  for (let i = 0; i < n; i++) {
    const site = `outlet${i % 200}.example`;
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(rand() * 730) * 86_400_000).toISOString().slice(0, 10);
    const ids = [...new Set([common[i % 3], ...(rand() < 0.5 ? [common[(i + 1) % 3]] : []), rare[Math.floor(rand() * rare.length)]])];
    const at = Date.UTC(2022, 0, 1) + i * 60_000;
    visits.push({
      url: `https://www.${site}/news/${day}/story-${i}`,
      title: `تقرير رقم ${i}: تطورات المشهد السياسي في بغداد`,
      at,
      firstAt: at,
      ids,
      published: `${day}T10:00:00+03:00`,
      outlet: `صحيفة رقم ${i % 250}`,
      lang: 'ar',
    });
  }
  const settings = { highlights: true, language: 'ar', disabledSites: [], recordHistory: true, searchLinks: true };
  return JSON.stringify({ format: 'siyaq-history', formatVersion: 1, exported: new Date().toISOString(), settings, visits });
}

/** The popup (real cards, no padding) for the seed article after 10,000 visits were imported. */
async function measurePopupWithHistory(server) {
  const { context, worker, extensionId, close } = await launch();
  try {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const send = (type, data) => options.evaluate(([t, d]) => chrome.runtime.sendMessage({ type: t, data: d }), [type, data]);
    const usage = () => options.evaluate(() => navigator.storage.estimate().then((e) => e.usage ?? 0));
    const page = await context.newPage();
    const url = server.url + '/article.html';
    await page.goto(url);
    const tabId = await tabIdOf(worker, url);
    await waitForBadge(worker, tabId);
    // The same popup with no history first: what the 10,000 visits add is the difference.
    const openPopup = async () => {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.addInitScript(FIRST_CARD_PROBE);
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      const r = await popup.waitForFunction(() => globalThis.__firstCardPainted, null, { timeout: 20_000 }).then((h) => h.jsonValue());
      // The first cards are painted before their related coverage: count the cards and their coverage
      // once every card is drawn with it (main no longer aria-busy), and note when that was.
      const done = await popup.waitForFunction(() => globalThis.__allDrawn, null, { timeout: 20_000 }).then((h) => h.jsonValue());
      const counts = { cards: await popup.locator('article.card').count(), coverage: await popup.locator('[data-testid="coverage-item"]').count() };
      await popup.close();
      return { at: r.at, done, ...counts };
    };
    const empty = [];
    for (let i = 0; i < RUNS + 1; i++) empty.push((await openPopup()).at);
    const before = await usage();
    const imported = await send('importHistory', { json: historyFile(HISTORY_VISITS) });
    if (!imported?.data) throw new Error(`import failed: ${JSON.stringify(imported?.error)}`);
    const stats = (await send('getHistoryStats', {})).data;
    const after = await usage();
    const times = [];
    const drawn = [];
    let cards = 0;
    let coverage = 0;
    for (let i = 0; i < RUNS + 1; i++) {
      const r = await openPopup();
      ({ cards, coverage } = r);
      if (i > 0) times.push(r.at); // the first open also loads the popup's code from disk
      if (i > 0) drawn.push(r.done);
    }
    return { ms: median(times), all: times, drawnMs: median(drawn), emptyMs: median(empty.slice(1)), cards, coverage, pages: stats.pages, jsonBytes: stats.bytes, usageDelta: after - before };
  } finally {
    await close();
  }
}

/**
 * Notes the frame after the first card enters the DOM (rAF, then a task after paint), and the time
 * every card is drawn with its related coverage (main's aria-busy turns false after the first card).
 */
const FIRST_CARD_PROBE = () => {
  const seen = new MutationObserver(() => {
    if (!document.querySelector('article.card')) return;
    seen.disconnect();
    requestAnimationFrame(() => setTimeout(() => (globalThis.__firstCardPainted = { at: performance.now() }), 0));
    const drawn = () => (document.querySelector('main[aria-busy="false"] article.card') ? (globalThis.__allDrawn = performance.now()) : setTimeout(drawn, 5));
    drawn();
  });
  seen.observe(document, { childList: true, subtree: true });
};

// ---- run -----------------------------------------------------------------------------------------
requireChromium();
const bundle = path.join(CHROME_EXTENSION, 'content-scripts/content.js');
if (!existsSync(bundle)) throw new Error(`missing ${bundle}: run npm run build`);
const server = await servePages({ extra: PAGES });
console.log(`Chromium ${CHROMIUM}, extension ${path.relative(ROOT, CHROME_EXTENSION)}, ${RUNS} runs per page (median)`);
console.log(`Pages: bench-30k.html ${(Buffer.byteLength(PAGES.get('/bench-30k.html')) / 1024).toFixed(1)} KB, bench-1m.html ${(Buffer.byteLength(PAGES.get('/bench-1m.html')) / 1024).toFixed(0)} KB\n`);
const packDir = mkdtempSync(path.join(tmpdir(), 'siyaq-bench-synthetic-'));
try {
  if (COLD_ONLY) await measureCold('');
  else if (!HISTORY_ONLY) await measureBudgets('');

  if (!COLD_ONLY && ONLY === null) {
    const history = await measurePopupWithHistory(server);
    report(
      `popup open → first card painted, ${history.pages.toLocaleString('en')} visits stored`,
      history.ms,
      BUDGET.popupHistory,
      fmt(history.ms),
      `runs: ${history.all.map((t) => t.toFixed(0)).join(', ')}; with no visits ${fmt(history.emptyMs)}; ${history.cards} cards, ${history.coverage} coverage items, all drawn with their coverage at ${fmt(history.drawnMs)}; database ${(history.usageDelta / history.pages).toFixed(0)} B per visit (storage estimate), ${(history.jsonBytes / history.pages).toFixed(0)} B per visit as JSON`,
    );

    if (!HISTORY_ONLY) {
      const bytes = statSync(bundle).size;
      report('content script bundle (minified)', bytes, BUDGET.bundle, `${bytes} B`, `${(bytes / 1024).toFixed(1)} KB; gzip ${gzipSync(readFileSync(bundle)).length} B`);
    }
  }

  if (WITH_PACK) {
    const file = path.join(packDir, 'synthetic.json');
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bench/synthetic-pack.ts', '--count', String(PACK_ENTITIES), '--out', file], { cwd: ROOT, stdio: 'pipe' });
    const size = statSync(file).size;
    const imported = await importBigPack(file);
    template = imported.profile;
    notes.push(
      `Pack of ${PACK_ENTITIES.toLocaleString('en')} entities (${(size / 1024 / 1024).toFixed(1)} MB file): imported in ${(imported.ms / 1000).toFixed(1)} s, ` +
        `database +${(imported.bytes / 1024 / 1024).toFixed(1)} MB, options page's longest task ${imported.longest === 0 ? 'none ≥ 50 ms' : fmt(imported.longest)}, ` +
        `first badge after it (matcher compiled from IndexedDB) ${imported.firstBadgeMs} ms`,
    );
    report(`options page longest task while importing ${PACK_ENTITIES.toLocaleString('en')} entities`, imported.longest, BUDGET.longTask, imported.longest === 0 ? 'no task ≥ 50 ms' : fmt(imported.longest), `import ${(imported.ms / 1000).toFixed(1)} s`);
    if (COLD_ONLY) await measureCold(`, ${PACK_ENTITIES / 1000}k pack installed`);
    else await measureBudgets(`, ${PACK_ENTITIES / 1000}k pack installed`);
  }
} finally {
  await server.close();
  rmSync(packDir, { recursive: true, force: true });
  if (template) rmSync(template, { recursive: true, force: true });
}

const width = Math.max(...rows.map((r) => r.name.length));
for (const r of rows) {
  const budget = r.name.includes('bundle') ? `${r.budget / 1024} KB` : `${r.budget} ms`;
  console.log(`${r.pass ? 'PASS' : 'MISS'}  ${r.name.padEnd(width)}  ${r.shown.padStart(16)}  budget ${budget.padStart(6)}   ${r.note}`);
}
for (const note of notes) console.log(`\n${note}`);
const missed = rows.filter((r) => !r.pass).length;
console.log(`\n${rows.length - missed} of ${rows.length} within budget`);
