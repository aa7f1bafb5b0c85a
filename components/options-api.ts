import type { Settings } from '../lib/messaging/protocol';

/** What the options page needs: the settings, through the background that owns them. */
export interface OptionsApi {
  getSettings(): Promise<Settings>;
  /** Stores `patch` and makes open pages re-read their settings at once; resolves with the stored settings. */
  setSettings(patch: Partial<Settings>): Promise<Settings>;
}
