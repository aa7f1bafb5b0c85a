import type { z } from 'zod';
import { isEnvelope } from './envelope';
import { backgroundMessages, type BackgroundMessageType } from './protocol';

type Spec<K extends BackgroundMessageType> = (typeof backgroundMessages)[K];

/** Who sent a message, as established from `sender` (never from the payload). */
/** The parts of `runtime.MessageSender` the router trusts (set by the browser, not by the sender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** A content script: its tab, the URL of its own document and which frame of the tab it runs in (0 = top). */
export type ContentCaller = { kind: 'content'; tabId: number; url: string; frameId: number; tabUrl: string };
export type ExtensionCaller = { kind: 'extension'; url: string };

export type BackgroundHandlers = {
  [K in BackgroundMessageType]: (
    input: z.output<Spec<K>['input']>,
    caller: Spec<K>['from'] extends 'content' ? ContentCaller : ExtensionCaller,
  ) => Promise<z.input<Spec<K>['output']>>;
};

/** Thrown for messages the background refuses; the sender receives its message. */
export class RejectedMessageError extends Error {
  override name = 'RejectedMessageError';
}

export interface RouterEnv {
  /** `runtime.id`: messages from other extensions are refused. */
  extensionId: string;
  /** `runtime.getURL('')`, e.g. `chrome-extension://<id>/`: tells extension pages from content scripts. */
  extensionOrigin: string;
}

function identify(sender: SenderInfo, env: RouterEnv): ContentCaller | ExtensionCaller {
  if (sender.id !== env.extensionId) throw new RejectedMessageError('message from outside the extension');
  const url = sender.url ?? '';
  if (url.startsWith(env.extensionOrigin)) return { kind: 'extension', url };
  const tabId = sender.tab?.id;
  // Frames run the content script too; which frame it is comes from the browser, never from the payload.
  const frameId = sender.frameId ?? 0;
  if (typeof tabId === 'number' && tabId >= 0 && Number.isInteger(frameId) && frameId >= 0)
    return { kind: 'content', tabId, url, frameId, tabUrl: frameId === 0 ? url : (sender.tab?.url ?? url) };
  throw new RejectedMessageError('message from an unknown context');
}

/**
 * Returns the background's single message handler: checks the envelope, the message name, who sent it
 * and the payload (zod, strict: unknown keys and oversized text are refused) before any handler runs,
 * and checks each answer against its schema too.
 */
export function createRouter(handlers: BackgroundHandlers, env: RouterEnv) {
  return async (message: unknown, sender: SenderInfo): Promise<unknown> => {
    if (!isEnvelope(message)) throw new RejectedMessageError('malformed message');
    const type = message.type;
    if (!Object.hasOwn(backgroundMessages, type)) throw new RejectedMessageError(`unknown message type: ${type.slice(0, 64)}`);
    const spec = backgroundMessages[type as BackgroundMessageType];
    const caller = identify(sender, env);
    if (caller.kind !== spec.from) throw new RejectedMessageError(`${type} may not be sent from ${caller.kind === 'content' ? 'a page' : 'an extension page'}`);
    const parsed = spec.input.safeParse(message.data);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new RejectedMessageError(`invalid ${type}: ${first ? `${first.path.join('.') || 'payload'}: ${first.message}` : 'bad payload'}`);
    }
    // The pairing of `type`, payload and caller is checked above; TypeScript cannot follow it through the map.
    const handler = handlers[type as BackgroundMessageType] as (input: unknown, caller: unknown) => Promise<unknown>;
    return spec.output.parse(await handler(parsed.data, caller));
  };
}
