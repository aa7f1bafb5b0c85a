import { buildCards } from '../../lib/db/build-cards';
import type { SiyaqDb } from '../../lib/db/siyaq-db';
import type { BackgroundHandlers } from '../../lib/messaging/create-router';
import { toTabMatches } from '../../lib/platform/tab-state';
import type { TabTracker } from '../../lib/platform/tab-tracker';

/** What the popup asks about a tab: its matches, and the cards for them. */
export function tabQueryHandlers(db: SiyaqDb, tracker: TabTracker): Pick<BackgroundHandlers, 'getTabMatches' | 'getCards'> {
  return {
    getTabMatches: async ({ tabId }) => toTabMatches(await tracker.get(tabId)),

    async getCards({ ids, tabId }) {
      const state = tabId === undefined ? undefined : await tracker.get(tabId);
      const onPage = state ? new Set([...state.entities, ...state.events].map((m) => m.id)) : new Set(ids);
      return buildCards(db, ids, { onPage, url: state?.url });
    },
  };
}
