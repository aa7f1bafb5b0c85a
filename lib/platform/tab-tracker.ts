import { browser, type Browser } from '#imports';
import { setBadgeCount } from './badge';
import { applyFrameGone, applyScan, applyStatus, distinctCount, type Found, type ScanInfo, type TabState } from './tab-state';
import { createTabStateStore, type TabStateStore } from './tab-state-store';
import { withoutHash } from '../url/without-hash';

export interface TabTrackerDeps {
  store?: TabStateStore;
  setBadge?: (tabId: number, count: number) => Promise<void>;
}

/** Per-tab matches and the badge that shows their count, kept in step. */
export function createTabTracker({ store = createTabStateStore(), setBadge = setBadgeCount }: TabTrackerDeps = {}) {
  const clear = async (tabId: number) => {
    await store.delete(tabId);
    await setBadge(tabId, 0);
  };

  return {
    get: (tabId: number) => store.get(tabId),
    clear,

    /** Adds a scan to the tab and updates its badge; resolves undefined when the scan was stale. */
    async recordScan(tabId: number, scan: ScanInfo, found: Found): Promise<TabState | undefined> {
      const state = await store.update(tabId, (previous) => applyScan(previous, scan, found));
      if (state) await setBadge(tabId, distinctCount(state));
      return state;
    },

    /** An empty state the content script reported (not Arabic, switched off on this site). */
    async recordStatus(tabId: number, status: 'not-arabic' | 'disabled', url: string, title: string): Promise<void> {
      const state = await store.update(tabId, (previous) => applyStatus(previous, status, url, title));
      await setBadge(tabId, distinctCount(state));
    },

    /** A frame's document went away: its findings leave the tab and its badge. */
    async forgetFrame(tabId: number, frameId: number, url: string): Promise<void> {
      const state = await store.update(tabId, (previous) => applyFrameGone(previous, frameId, url));
      if (state) await setBadge(tabId, distinctCount(state));
    },

    /**
     * Forgets a tab's matches when it navigates to another document or closes. A change of the
     * fragment only (#section) keeps them: the page and its highlights are still there.
     */
    watchNavigation(): () => void {
      const onUpdated = async (tabId: number, change: Browser.tabs.OnUpdatedInfo) => {
        if (change.url !== undefined) {
          const url = change.url;
          // Checked and deleted in one step: the new page's first message may land between the two.
          if (await store.deleteIf(tabId, (state) => !state || withoutHash(state.url) !== withoutHash(url))) await setBadge(tabId, 0);
        } else if (change.status === 'loading') {
          await clear(tabId);
        }
      };
      const onRemoved = (tabId: number) => void store.delete(tabId);
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.tabs.onRemoved.addListener(onRemoved);
      return () => {
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.tabs.onRemoved.removeListener(onRemoved);
      };
    },
  };
}

export type TabTracker = ReturnType<typeof createTabTracker>;
