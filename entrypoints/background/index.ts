import { browser, defineBackground } from '#imports';
import { createMatcherCache } from '../../lib/db/matcher-cache';
import { describeOpenError } from '../../lib/db/open-error';
import { settingsCopy } from '../../lib/db/settings-copy';
import { SiyaqDb } from '../../lib/db/siyaq-db';
import { compileMatcher } from '../../lib/match/compile';
import { MATCHER_FORMAT, restoreMatcher, serializeMatcher } from '../../lib/match/serialize-matcher';
import { createListener } from '../../lib/messaging/create-listener';
import { createRouter } from '../../lib/messaging/create-router';
import { createTabTracker } from '../../lib/platform/tab-tracker';
import { historyHandlers } from './history';
import { matchPageHandlers } from './match-page';
import { ensureBundledPacks, packHandlers } from './packs';
import { settingsHandlers } from './settings';
import { createFirstCards, tabQueryHandlers } from './tab-queries';

/** Set at build (wxt.config.ts): a hash of the code that compiles the matcher. */
declare const __SIYAQ_MATCHER_CODE__: string;

export default defineBackground(() => {
  // Cold-start marks (ms since the worker started), read by npm run bench:browser: script loaded and evaluated.
  performance.mark('siyaq:bg:evaluated');
  const db = new SiyaqDb();
  const tracker = createTabTracker();
  const measure = (step: string, ms: number) => performance.measure(`siyaq:bg:${step}`, { start: performance.now() - ms, duration: ms });
  const matchers = createMatcherCache(db, compileMatcher, {
    mark: measure,
    // Also kept as a mark: npm run bench:browser reads why a cold start compiled rather than restored.
    log: (message) => {
      console.info(message);
      performance.mark('siyaq:bg:matcher-log', { detail: message });
    },
    store: { format: `${MATCHER_FORMAT}/${__SIYAQ_MATCHER_CODE__}`, serialize: serializeMatcher, restore: restoreMatcher },
  });

  // On every start (install, update, browser start, a worker woken from sleep): install each bundled
  // pack whose stored contentVersion differs. Messages wait for it before matching.
  const ready = ensureBundledPacks(db)
    .catch((e: unknown) => console.error('[siyaq] bundled packs', e))
    .finally(() => performance.mark('siyaq:bg:packs-checked'));
  browser.runtime.onInstalled.addListener(() => void ready);
  // A navigation wakes the worker (tabs.onUpdated) well before the page's content script asks for
  // matches (document_idle): compiling then overlaps the page's own loading instead of following it.
  // Not on every start: a worker woken by the popup would make the popup wait for the compile.
  const warm = () => void ready.then(() => matchers.get()).catch((e: unknown) => console.error('[siyaq] matcher', e));
  browser.tabs.onUpdated.addListener((_tabId, change) => {
    if (change.status !== 'loading') return;
    // The stored matcher is read while the bundled packs are checked, not after.
    matchers.prefetch();
    warm();
  });

  // A database that cannot be opened (written by a newer release, an upgrade that failed, a full disk)
  // is left as it is: every handler fails with the reason, and the reference status says it in words.
  db.open().catch((e: unknown) => console.error(`[siyaq] ${describeOpenError(e).message}`));
  const copy = settingsCopy(db, browser.storage.local);
  void copy.sync().catch((e: unknown) => console.error('[siyaq] settings copy', e));
  // After a pack changes, the matcher is compiled at once (and its snapshot stored), not by the next page:
  // with 100,000 entities installed that page waited seconds for it.
  const packs = packHandlers(db, { ready, changed: warm });
  // The popup's first cards, built when a page is matched and kept in memory.
  const firstCards = createFirstCards(db);
  const route = createRouter(
    {
      ...firstPageMarked(matchPageHandlers({ db, matchers, tracker, ready, scanned: firstCards.warm, measure, settings: copy.read })),
      ...tabQueryHandlers(db, tracker, firstCards),
      ...settingsHandlers(db, copy),
      ...packs,
      getReferenceStatus: (input, caller) =>
        packs.getReferenceStatus(input, caller).catch((e: unknown) => {
          const { kind, message } = describeOpenError(e);
          return { version: null, entities: 0, events: 0, importError: message, problem: kind };
        }),
      ...historyHandlers(db, copy),
    },
    { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') },
  );
  browser.runtime.onMessage.addListener(createListener(route));
  tracker.watchNavigation();
});

/** Marks when the first page after the worker started arrived and was answered (once: marks are kept for the worker's life). */
function firstPageMarked<H extends { matchPage: (...args: never[]) => Promise<unknown> }>(handlers: H): H {
  let first = true;
  const matchPage = (async (...args: Parameters<H['matchPage']>) => {
    const marking = first;
    first = false;
    if (marking) performance.mark('siyaq:bg:first-page-received');
    try {
      return await handlers.matchPage(...args);
    } finally {
      if (marking) performance.mark('siyaq:bg:first-page-answered');
    }
  }) as H['matchPage'];
  return { ...handlers, matchPage };
}
