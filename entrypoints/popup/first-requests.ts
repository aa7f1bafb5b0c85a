import { browser } from '#imports';
import type { PopupApi, TargetTab } from '../../components/popup-api';
import { FIRST_SCREEN_CARDS } from '../../lib/cards/first-screen';
import { sendMessage } from '../../lib/messaging/send-message';

/** `?tab=<id>` names the tab when the popup is opened as an ordinary page (tests, `npm start`). */
function tabFromQuery(): number | null {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  return fromQuery !== null && /^\d+$/.test(fromQuery) ? Number(fromQuery) : null;
}

/** The tab named by `?tab=`, otherwise the active tab of the current window, as for a toolbar popup. */
export async function lookUpTab(): Promise<TargetTab | null> {
  const fromQuery = tabFromQuery();
  const tab =
    fromQuery !== null
      ? await browser.tabs.get(fromQuery).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  return { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' };
}

export interface FirstRequests {
  tab: Promise<TargetTab | null>;
  /** The tab the matches were asked for (null: no tab). */
  matchesTabId: Promise<number | null>;
  /** `getTabMatches {tabId, firstCards: FIRST_SCREEN_CARDS}`. */
  matches: ReturnType<PopupApi['getTabMatches']>;
  settings: ReturnType<PopupApi['getSettings']>;
  referenceStatus: ReturnType<PopupApi['getReferenceStatus']>;
}

/** Where the requests wait for the popup's module: a property of the page's window, shared by its scripts. */
const KEY = '__siyaqFirstRequests';
type Holder = { [KEY]?: FirstRequests };

/**
 * Sends the popup's first requests. The tab's matches go first, so the background answers them before
 * the settings; with `?tab=` the tab's id is known at once and they leave while the browser looks the
 * tab up, a toolbar popup has to ask the browser which tab is active first.
 */
function send(): FirstRequests {
  const fromQuery = tabFromQuery();
  const ask = (tabId: number) => sendMessage('getTabMatches', { tabId, firstCards: FIRST_SCREEN_CARDS });
  const early = fromQuery === null ? null : ask(fromQuery);
  const tab = lookUpTab();
  const matchesTabId = fromQuery === null ? tab.then((t) => t?.id ?? null) : Promise.resolve(fromQuery);
  const matches = early ?? matchesTabId.then((id) => (id === null ? Promise.reject(new Error('no tab')) : ask(id)));
  const settings = sendMessage('getSettings', {});
  const referenceStatus = sendMessage('getReferenceStatus', {});
  // Nobody may take one (a tab that is gone): a failure must not be reported as unhandled.
  for (const p of [tab, matches, settings, referenceStatus]) p.catch(() => undefined);
  return { tab, matchesTabId, matches, settings, referenceStatus };
}

/** Sends the first requests unless they are on their way already (popup-first.js, the page's first script). */
export function startFirstRequests(): void {
  (globalThis as Holder)[KEY] ??= send();
}

/** The first requests, sent now if nothing sent them yet; each page takes them once. */
export function takeFirstRequests(): FirstRequests {
  const holder = globalThis as Holder;
  const requests = holder[KEY] ?? send();
  delete holder[KEY];
  return requests;
}
