import { browser } from '#imports';
import type { PopupApi, TargetTab } from '../../components/popup-api';
import { sendMessage } from '../../lib/messaging/send-message';
import { sendTabMessage } from '../../lib/messaging/send-tab-message';

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
  getTabMatches: (tabId, firstCards) => sendMessage('getTabMatches', firstCards ? { tabId, firstCards } : { tabId }),
  getCards: async (ids, tabId) => (await sendMessage('getCards', { ids, tabId })).cards,
  getCoverage: async (ids, tabId) => (await sendMessage('getCoverage', { ids, tabId })).coverage,
  // Mentions are numbered over the whole tab; the background knows which frame holds which.
  jumpToMention: async (tabId, id, index) => {
    try {
      const at = await sendMessage('locateMention', { tabId, id, index });
      if (!at) return false;
      return (await sendTabMessage(tabId, 'jumpToMention', { id, index: at.index }, { frameId: at.frameId })).ok;
    } catch {
      return false;
    }
  },
  refreshTab: (tabId) =>
    sendTabMessage(tabId, 'refresh', {}).then(
      (r) => r.ok,
      () => false,
    ),
  openPage: (url) => void browser.tabs.create({ url }),
  openOptions: () => void browser.runtime.openOptionsPage(),
  getReferenceStatus: () => sendMessage('getReferenceStatus', {}),
};
