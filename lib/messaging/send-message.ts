import { browser } from '#imports';
import { unwrapReply } from './envelope';
import type { BackgroundMessageType, BackgroundProtocol } from './protocol';

/**
 * Sends a message to the background and resolves with its typed answer; a handler error or a rejected
 * message (bad payload, wrong sender) rejects with that error. Usable from the popup, options and
 * content script: it imports only the protocol's types.
 */
export async function sendMessage<K extends BackgroundMessageType>(
  type: K,
  data: BackgroundProtocol[K]['input'],
): Promise<BackgroundProtocol[K]['output']> {
  const reply: unknown = await browser.runtime.sendMessage({ type, data });
  return unwrapReply<BackgroundProtocol[K]['output']>(reply, type);
}
