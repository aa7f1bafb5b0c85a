import { browser, defineBackground } from '#imports';
import { createMatcherCache } from '../../lib/db/matcher-cache';
import { SiyaqDb } from '../../lib/db/siyaq-db';
import { compileMatcher } from '../../lib/match/compile';
import { createListener } from '../../lib/messaging/create-listener';
import { createRouter } from '../../lib/messaging/create-router';
import { createTabTracker } from '../../lib/platform/tab-tracker';
import { historyHandlers } from './history';
import { matchPageHandlers } from './match-page';
import { ensureBundledPacks, packHandlers } from './packs';
import { settingsHandlers } from './settings';
import { tabQueryHandlers } from './tab-queries';

export default defineBackground(() => {
  const db = new SiyaqDb();
  const tracker = createTabTracker();
  const matchers = createMatcherCache(db, compileMatcher);

  // On every start (install, update, browser start, a worker woken from sleep): install each bundled
  // pack whose stored contentVersion differs. Messages wait for it before matching.
  const ready = ensureBundledPacks(db).catch((e: unknown) => console.error('[siyaq] bundled packs', e));
  browser.runtime.onInstalled.addListener(() => void ready);

  const route = createRouter(
    {
      ...matchPageHandlers({ db, matchers, tracker, ready }),
      ...tabQueryHandlers(db, tracker),
      ...settingsHandlers(db),
      ...packHandlers(db, { ready }),
      ...historyHandlers(db),
    },
    { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') },
  );
  browser.runtime.onMessage.addListener(createListener(route));
  tracker.watchNavigation();
});
