import { browser } from '#imports';
import { unwrapReply } from './envelope';
import type { ContentMessageType, ContentProtocol } from './protocol';

/**
 * Sends a message to the content script of tab `tabId` (popup or background → page). Rejects when the
 * tab has no content script (e.g. a browser page, or a tab opened before the extension was installed).
 */
export async function sendTabMessage<K extends ContentMessageType>(
  tabId: number,
  type: K,
  data: ContentProtocol[K]['input'],
  /** `frameId`: only that frame's content script (default: every frame of the tab, the first answer wins). */
  options?: { frameId?: number },
): Promise<ContentProtocol[K]['output']> {
  const reply: unknown = await (options?.frameId === undefined
    ? browser.tabs.sendMessage(tabId, { type, data })
    : browser.tabs.sendMessage(tabId, { type, data }, { frameId: options.frameId }));
  return unwrapReply<ContentProtocol[K]['output']>(reply, type);
}
