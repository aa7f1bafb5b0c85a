import { browser } from '#imports';
import type { Settings } from '../../lib/messaging/protocol';
import { sendMessage } from '../../lib/messaging/send-message';
import { sendTabMessage } from '../../lib/messaging/send-tab-message';

/** What the options page needs: the settings, through the background that owns them. */
export interface OptionsApi {
  getSettings(): Promise<Settings>;
  /** Stores `patch` and makes every open page re-read its settings at once; resolves with the stored settings. */
  setSettings(patch: Partial<Settings>): Promise<Settings>;
}

/** Open web pages re-read their settings now rather than on their next load. Tabs with no content script are skipped. */
async function refreshOpenPages(): Promise<void> {
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : sendTabMessage(tab.id, 'refresh', {}).catch(() => undefined))));
}

export const optionsApi: OptionsApi = {
  getSettings: () => sendMessage('getSettings', {}),
  setSettings: async (patch) => {
    const settings = await sendMessage('setSettings', patch);
    await refreshOpenPages();
    return settings;
  },
};
