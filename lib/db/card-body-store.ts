import type { BodyStore } from './build-cards';
import type { CardBody } from '../messaging/protocol';

/**
 * A BodyStore holding the `size` most recently used bodies. Kept in the background's memory: it is lost
 * when the worker stops, and the bodies are then read from the database again.
 */
export function createCardBodyStore(size = 64): BodyStore {
  const bodies = new Map<string, Promise<CardBody | null>>();
  return {
    get(key) {
      const body = bodies.get(key);
      if (body) {
        // Used again: it moves to the end, the oldest is dropped first.
        bodies.delete(key);
        bodies.set(key, body);
      }
      return body;
    },
    set(key, body) {
      bodies.delete(key);
      bodies.set(key, body);
      for (const oldest of bodies.keys()) {
        if (bodies.size <= size) break;
        bodies.delete(oldest);
      }
    },
    delete: (key) => void bodies.delete(key),
  };
}
