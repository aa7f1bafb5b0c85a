import type { Browser } from '#imports';
import { toReply } from './envelope';

export type MessageSender = Browser.runtime.MessageSender;

/**
 * Adapts a promise-returning handler to `runtime.onMessage`. Uses the pattern every engine accepts
 * (`sendResponse` + `return true`): Chromium also takes a returned promise, but WXT's fake browser and
 * older Firefox versions do not. Answers every message it sees, so give it only one handler per context.
 */
export function createListener(handle: (message: unknown, sender: MessageSender) => Promise<unknown>) {
  return (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void): true => {
    handle(message, sender).then(
      (value) => sendResponse(toReply({ ok: true, value })),
      (error: unknown) => sendResponse(toReply({ ok: false, error })),
    );
    return true;
  };
}
