import { buildCardBodies, buildCardCoverage, buildCards } from '../../lib/db/build-cards';
import type { SiyaqDb } from '../../lib/db/siyaq-db';
import type { BackgroundHandlers } from '../../lib/messaging/create-router';
import { sortCards } from '../../lib/cards/sort-cards';
import { locateMention, toTabMatches, type TabState } from '../../lib/platform/tab-state';
import type { TabTracker } from '../../lib/platform/tab-tracker';

/** What the popup asks about a tab: its matches, and the cards for them. */
export function tabQueryHandlers(db: SiyaqDb, tracker: TabTracker): Pick<BackgroundHandlers, 'getTabMatches' | 'getCards' | 'getCoverage' | 'locateMention'> {
  return {
    async locateMention({ tabId, id, index }) {
      return locateMention(await tracker.get(tabId), id, index);
    },

    async getTabMatches({ tabId, firstCards }) {
      const state = await tracker.get(tabId);
      const matches = toTabMatches(state);
      if (!firstCards || !state) return matches;
      const ids = sortCards(matches).slice(0, firstCards).map((s) => s.id);
      // Bodies only: reading the visits that mention a name (thousands for a common one) would hold
      // back the popup's first paint; the popup asks for them next, with getCoverage.
      return { ...matches, cards: (await buildCardBodies(db, ids, contextOf(state))).cards };
    },

    async getCards({ ids, tabId }) {
      const state = tabId === undefined ? undefined : await tracker.get(tabId);
      return buildCards(db, ids, state ? contextOf(state) : { onPage: new Set(ids) });
    },

    async getCoverage({ ids, tabId }) {
      const state = tabId === undefined ? undefined : await tracker.get(tabId);
      return { coverage: await buildCardCoverage(db, ids, state ? contextOf(state) : { onPage: new Set(ids) }) };
    },
  };
}

/** Cards for a tab: its ids decide `onPage`, its page is left out of coverage, its date is shown. */
const contextOf = (state: TabState) => ({
  onPage: idsOn(state),
  url: state.pageKey ?? state.url,
  ...(state.pageDate ? { pageDate: state.pageDate } : {}),
});

const idsOn = (state: TabState) => new Set([...state.entities, ...state.events].map((m) => m.id));
