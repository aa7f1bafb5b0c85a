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
): Promise<ContentProtocol[K]['output']> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type, data });
  return unwrapReply<ContentProtocol[K]['output']>(reply, type);
}
