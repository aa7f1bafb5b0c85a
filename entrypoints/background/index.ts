import { browser, defineBackground } from '#imports';
import { createMatcherCache } from '../../lib/db/matcher-cache';
import { describeOpenError } from '../../lib/db/open-error';
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

  // A database that cannot be opened (written by a newer release, an upgrade that failed, a full disk)
  // is left as it is: every handler fails with the reason, and the reference status says it in words.
  db.open().catch((e: unknown) => console.error(`[siyaq] ${describeOpenError(e).message}`));
  const packs = packHandlers(db, { ready });
  const route = createRouter(
    {
      ...matchPageHandlers({ db, matchers, tracker, ready }),
      ...tabQueryHandlers(db, tracker),
      ...settingsHandlers(db),
      ...packs,
      getReferenceStatus: (input, caller) =>
        packs.getReferenceStatus(input, caller).catch((e: unknown) => {
          const { kind, message } = describeOpenError(e);
          return { version: null, entities: 0, events: 0, importError: message, problem: kind };
        }),
      ...historyHandlers(db),
    },
    { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') },
  );
  browser.runtime.onMessage.addListener(createListener(route));
  tracker.watchNavigation();
});
