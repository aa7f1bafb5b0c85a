import { browser } from '#imports';
import type { OptionsApi } from '../../components/options-api';
import { sendMessage } from '../../lib/messaging/send-message';
import { sendTabMessage } from '../../lib/messaging/send-tab-message';
import { uploadPackFile } from '../../lib/messaging/upload-pack-file';

/** Open web pages re-read their settings now rather than on their next load; tabs with no content script are skipped. */
async function refreshOpenPages(): Promise<void> {
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : sendTabMessage(tab.id, 'refresh', {}).catch(() => undefined))));
}

/** Pack changes change what pages match: open pages rescan, so cards, highlights and badges follow at once. */
async function afterPackChange<T>(value: T): Promise<T> {
  await refreshOpenPages();
  return value;
}

/** Hands a text to the browser as a file download. */
function download(fileName: string, parts: string[]): void {
  const url = URL.createObjectURL(new Blob(parts, { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const optionsApi: OptionsApi = {
  getSettings: () => sendMessage('getSettings', {}),
  setSettings: async (patch) => {
    const settings = await sendMessage('setSettings', patch);
    // The card language matters only to the popup; pages need to hear about the rest.
    if (patch.highlights !== undefined || patch.disabledSites !== undefined) await refreshOpenPages();
    return settings;
  },
  listPacks: async () => (await sendMessage('listPacks', {})).packs,
  importPack: async (file, onProgress) => {
    const outcome = await uploadPackFile(file, sendMessage, onProgress);
    if (outcome.status === 'result' && (outcome.result.status === 'installed' || outcome.result.status === 'updated')) await refreshOpenPages();
    return outcome;
  },
  confirmImport: async (uploadId) => {
    const result = await sendMessage('importPack', { uploadId, replace: true });
    if (result.status === 'installed' || result.status === 'updated') await refreshOpenPages();
    return result;
  },
  cancelImport: async (uploadId) => {
    await sendMessage('cancelPackUpload', { uploadId });
  },
  setPackEnabled: async (id, enabled) => afterPackChange((await sendMessage('setPackEnabled', { id, enabled })).packs),
  removePack: async (id) => afterPackChange((await sendMessage('removePack', { id })).packs),
  exportPack: async (id) => {
    const first = await sendMessage('exportPack', { id, part: 0 });
    const parts = [first.text];
    for (let part = 1; part < first.parts; part++) parts.push((await sendMessage('exportPack', { id, part })).text);
    download(first.fileName, parts);
  },
  confirm: (question) => window.confirm(question),
  getHistoryStats: () => sendMessage('getHistoryStats', {}),
  forgetSite: async (site) => (await sendMessage('forgetSite', { site })).deleted,
  clearHistory: async () => (await sendMessage('clearHistory', {})).deleted,
  exportHistory: async () => (await sendMessage('exportHistory', {})).json,
  importHistory: (json) => sendMessage('importHistory', { json }),
  saveFile(name, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
