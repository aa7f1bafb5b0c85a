import { browser } from '#imports';
import type { PopupApi } from '../../components/popup-api';
import { FIRST_SCREEN_CARDS } from '../../lib/cards/first-screen';
import { sendMessage } from '../../lib/messaging/send-message';
import { sendTabMessage } from '../../lib/messaging/send-tab-message';
import { lookUpTab, takeFirstRequests, type FirstRequests } from './first-requests';

/**
 * The popup's first requests are sent before Preact draws anything (see first-requests.ts): each is
 * handed to the popup's first load once; later loads (a poll, a switch flipped) ask again.
 */
let first: Partial<FirstRequests> = takeFirstRequests();

function claim<K extends keyof FirstRequests>(key: K): FirstRequests[K] | undefined {
  const value = first[key];
  first = { ...first, [key]: undefined };
  return value;
}

/** The tab's matches: the first request's answer if it was for this tab and this many cards, else a new request. */
async function getTabMatches(tabId: number, firstCards?: number): ReturnType<PopupApi['getTabMatches']> {
  const early = claim('matches');
  const earlyTab = claim('matchesTabId');
  if (early && firstCards === FIRST_SCREEN_CARDS && (await earlyTab) === tabId) return early;
  return sendMessage('getTabMatches', firstCards ? { tabId, firstCards } : { tabId });
}

export const popupApi: PopupApi = {
  targetTab: () => claim('tab') ?? lookUpTab(),
  getSettings: () => claim('settings') ?? sendMessage('getSettings', {}),
  setLanguage: (language) => sendMessage('setSettings', { language }),
  setSiteEnabled: (host, enabled) => sendMessage('setSiteEnabled', { host, enabled }),
  getTabMatches,
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
  getReferenceStatus: () => claim('referenceStatus') ?? sendMessage('getReferenceStatus', {}),
};
