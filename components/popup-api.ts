import type { Card, CardBody, CardCoverage, ReferenceStatus, Settings, TabMatches } from '../lib/messaging/protocol';

/** The tab the popup describes. `url` is empty when the browser does not reveal it. */
export interface TargetTab {
  id: number;
  url: string;
  title: string;
}

/**
 * Everything the popup needs from the browser and the background, behind one interface (as Dark
 * Reader's popup depends on its connector): entrypoints/popup implements it with real messages,
 * tests with a fake.
 */
export interface PopupApi {
  targetTab(): Promise<TargetTab | null>;
  getSettings(): Promise<Settings>;
  setLanguage(language: Settings['language']): Promise<Settings>;
  setSiteEnabled(host: string, enabled: boolean): Promise<Settings>;
  /**
   * The tab's matches; with `firstCards`, also the cards of the first that many slots (popup order),
   * without their related coverage (`getCoverage`).
   */
  getTabMatches(tabId: number, firstCards?: number): Promise<TabMatches & { cards?: CardBody[] }>;
  /** Cards in the order of `ids`, with their related coverage; unknown ids are left out. */
  getCards(ids: string[], tabId: number): Promise<Card[]>;
  /** The related coverage of cards, in the order of `ids`; unknown ids are left out. */
  getCoverage(ids: string[], tabId: number): Promise<CardCoverage[]>;
  /** Scrolls the page to a mention; false when the page could not (no content script, stale index). */
  jumpToMention(tabId: number, id: string, index: number): Promise<boolean>;
  /** Tells the page's content script to re-read its settings; false when the tab has none. */
  refreshTab(tabId: number): Promise<boolean>;
  openPage(url: string): void;
  openOptions(): void;
  /**
   * What the background says of its reference data: a failed pack install, or a database it cannot open
   * (a newer release's, a full disk). Shown to the reader, who may have to act.
   */
  getReferenceStatus(): Promise<ReferenceStatus>;
}
