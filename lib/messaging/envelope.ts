/**
 * The wire format of every message, shared by all contexts. Schema-free on purpose: the content script
 * bundles this file and must stay small (see protocol.ts for the schemas the background checks).
 */

/** A request: the message name and its payload. */
export interface Envelope<T extends string = string, D = unknown> {
  type: T;
  data: D;
}

/**
 * An answer. Errors travel as data because a listener cannot throw across contexts; the sender
 * re-throws them, so a failed handler rejects the caller's promise as if it were a local call.
 */
export type Reply<D = unknown> = { data: D } | { error: { message: string } };

/** Turns a handler's outcome into a reply that survives structured cloning. */
export function toReply<D>(outcome: { ok: true; value: D } | { ok: false; error: unknown }): Reply<D> {
  if (outcome.ok) return { data: outcome.value };
  const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
  return { error: { message } };
}

/** Returns the reply's data or throws its error; a missing reply means nobody listened. */
export function unwrapReply<D>(reply: unknown, type: string): D {
  if (reply && typeof reply === 'object') {
    if ('error' in reply) {
      const message = (reply as { error?: { message?: unknown } }).error?.message;
      throw new Error(typeof message === 'string' ? message : `${type} failed`);
    }
    if ('data' in reply) return (reply as { data: D }).data;
  }
  throw new Error(`${type}: no answer from the receiving side`);
}

/** Narrows an unknown incoming message to an envelope (the payload is still unchecked). */
export function isEnvelope(message: unknown): message is Envelope<string, unknown> {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    'data' in message
  );
}
