import { browser } from '#imports';
import type { Settings, TabMatches } from '../../lib/messaging/protocol';
import type { Card } from '../../lib/messaging/protocol';
import { sendMessage } from '../../lib/messaging/send-message';
import { sendTabMessage } from '../../lib/messaging/send-tab-message';

/** The tab the popup describes. `url` is empty when the browser does not reveal it. */
export interface TargetTab {
  id: number;
  url: string;
  title: string;
}

/**
 * Everything the popup needs from the browser and the background, behind one interface: App.tsx
 * stays free of browser.* calls and the e2e tests exercise this real implementation.
 */
export interface PopupApi {
  targetTab(): Promise<TargetTab | null>;
  getSettings(): Promise<Settings>;
  setLanguage(language: Settings['language']): Promise<Settings>;
  setSiteEnabled(host: string, enabled: boolean): Promise<Settings>;
  getTabMatches(tabId: number): Promise<TabMatches>;
  getCards(ids: string[], tabId: number): Promise<Card[]>;
  jumpToMention(tabId: number, id: string, index: number): Promise<boolean>;
  /** Tells the page's content script to re-read its settings; false when the tab has none. */
  refreshTab(tabId: number): Promise<boolean>;
  openPage(url: string): void;
  openOptions(): void;
}

/**
 * `?tab=<id>` names the tab when the popup is opened as an ordinary page (tests, `npm start`);
 * otherwise it is the active tab of the current window, as for a toolbar popup.
 */
async function targetTab(): Promise<TargetTab | null> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  const tab =
    fromQuery !== null && /^\d+$/.test(fromQuery)
      ? await browser.tabs.get(Number(fromQuery)).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  return { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' };
}

export const popupApi: PopupApi = {
  targetTab,
  getSettings: () => sendMessage('getSettings', {}),
  setLanguage: (language) => sendMessage('setSettings', { language }),
  setSiteEnabled: (host, enabled) => sendMessage('setSiteEnabled', { host, enabled }),
  getTabMatches: (tabId) => sendMessage('getTabMatches', { tabId }),
  getCards: async (ids, tabId) => (await sendMessage('getCards', { ids, tabId })).cards,
  jumpToMention: (tabId, id, index) =>
    sendTabMessage(tabId, 'jumpToMention', { id, index }).then(
      (r) => r.ok,
      () => false,
    ),
  refreshTab: (tabId) =>
    sendTabMessage(tabId, 'refresh', {}).then(
      (r) => r.ok,
      () => false,
    ),
  openPage: (url) => void browser.tabs.create({ url }),
  openOptions: () => void browser.runtime.openOptionsPage(),
};
