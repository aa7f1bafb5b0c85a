import { browser } from '#imports';
import type { OptionsApi } from '../../components/options-api';
import { sendMessage } from '../../lib/messaging/send-message';
import { sendTabMessage } from '../../lib/messaging/send-tab-message';

/** Open web pages re-read their settings now rather than on their next load; tabs with no content script are skipped. */
async function refreshOpenPages(): Promise<void> {
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : sendTabMessage(tab.id, 'refresh', {}).catch(() => undefined))));
}

export const optionsApi: OptionsApi = {
  getSettings: () => sendMessage('getSettings', {}),
  setSettings: async (patch) => {
    const settings = await sendMessage('setSettings', patch);
    // The card language matters only to the popup; pages need to hear about the rest.
    if (patch.highlights !== undefined || patch.disabledSites !== undefined) await refreshOpenPages();
    return settings;
  },
};
