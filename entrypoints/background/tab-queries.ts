import { buildCardBodies, buildCardCoverage, buildCards } from '../../lib/db/build-cards';
import { createCardBodyStore } from '../../lib/db/card-body-store';
import type { SiyaqDb } from '../../lib/db/siyaq-db';
import type { BackgroundHandlers } from '../../lib/messaging/create-router';
import { FIRST_SCREEN_CARDS } from '../../lib/cards/first-screen';
import { sortCards } from '../../lib/cards/sort-cards';
import { locateMention, toTabMatches, type TabState } from '../../lib/platform/tab-state';
import type { TabTracker } from '../../lib/platform/tab-tracker';

/**
 * The bodies of a tab's first cards, kept in memory once built: the background builds them when it has
 * matched a page (`warm`), so the popup's first answer is read from memory instead of the database.
 */
export function createFirstCards(db: SiyaqDb) {
  const store = createCardBodyStore();
  const bodies = (state: TabState, count: number) => {
    const ids = sortCards(toTabMatches(state)).slice(0, count).map((s) => s.id);
    return buildCardBodies(db, ids, contextOf(state), store);
  };
  return {
    bodies,
    /** Builds the first screen's bodies for a tab just matched; nothing waits for it, a failure is retried by the popup. */
    warm(state: TabState) {
      if (state.status === 'matched') bodies(state, FIRST_SCREEN_CARDS).catch(() => undefined);
    },
  };
}

export type FirstCards = ReturnType<typeof createFirstCards>;

/** What the popup asks about a tab: its matches, and the cards for them. */
export function tabQueryHandlers(
  db: SiyaqDb,
  tracker: TabTracker,
  firstCards: FirstCards = createFirstCards(db),
): Pick<BackgroundHandlers, 'getTabMatches' | 'getCards' | 'getCoverage' | 'locateMention'> {
  return {
    async locateMention({ tabId, id, index }) {
      return locateMention(await tracker.get(tabId), id, index);
    },

    async getTabMatches({ tabId, firstCards: count }) {
      const state = await tracker.get(tabId);
      const matches = toTabMatches(state);
      if (!count || !state) return matches;
      // Bodies only: reading the visits that mention a name (thousands for a common one) would hold
      // back the popup's first paint; the popup asks for them next, with getCoverage.
      return { ...matches, cards: (await firstCards.bodies(state, count)).cards };
    },

    async getCards({ ids, tabId }) {
      return buildCards(db, ids, await contextFor(tabId, ids));
    },

    async getCoverage({ ids, tabId }) {
      return { coverage: await buildCardCoverage(db, ids, await contextFor(tabId, ids)) };
    },
  };

  /** The tab's context when the popup names a tab; without one, the asked cards are the page. */
  async function contextFor(tabId: number | undefined, ids: string[]) {
    const state = tabId === undefined ? undefined : await tracker.get(tabId);
    return state ? contextOf(state) : { onPage: new Set(ids) };
  }
}

/** Cards for a tab: its ids decide `onPage`, its page is left out of coverage, its date is shown. */
const contextOf = (state: TabState) => ({
  onPage: idsOn(state),
  url: state.pageKey ?? state.url,
  ...(state.pageDate ? { pageDate: state.pageDate } : {}),
});

const idsOn = (state: TabState) => new Set([...state.entities, ...state.events].map((m) => m.id));
