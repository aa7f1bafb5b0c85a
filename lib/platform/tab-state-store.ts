import { browser } from '#imports';
import type { TabState } from './tab-state';

/** The part of `storage.session` the store needs (also what the in-memory fallback implements). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface TabStateStore {
  get(tabId: number): Promise<TabState | undefined>;
  /** Read-modify-write, serialized per tab so a full scan and its appends cannot interleave. */
  update(tabId: number, change: (previous: TabState | undefined) => TabState | null): Promise<TabState | undefined>;
  delete(tabId: number): Promise<void>;
  /**
   * Deletes the state if `test` holds for it, in the same queue as the updates: a check made apart
   * from the delete could see the old page's state and then delete the new page's, recorded between.
   */
  deleteIf(tabId: number, test: (state: TabState | undefined) => boolean): Promise<boolean>;
}

/**
 * `storage.session` where the browser has it (MV3 Chromium, Firefox ≥ 115): an MV3 service worker is
 * killed after ~30 s idle and must find the tab's matches again when the popup asks. Elsewhere a Map,
 * which lives as long as the (persistent) background page does.
 */
export function defaultSessionArea(): SessionArea {
  const session = (browser.storage as { session?: SessionArea } | undefined)?.session;
  return session ?? memoryArea();
}

export function memoryArea(): SessionArea {
  const map = new Map<string, unknown>();
  return {
    get: async (key) => (map.has(key) ? { [key]: structuredClone(map.get(key)) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => map.set(k, structuredClone(v))),
    remove: async (key) => void map.delete(key),
  };
}

/**
 * The background is the only writer of the tab states, so what it last read or wrote of a tab is kept
 * in memory too, and read from there: `storage.session` answers a read in under a millisecond when the
 * worker is idle, but 3–26 ms while a popup opens (the popup's first request, the tab's matches, waited
 * for it). The area stays what a restarted worker reads. Copies go in and out, as the area's own reads
 * give a fresh copy, so a caller that changes what it got changes nothing kept.
 */
export function createTabStateStore(area: SessionArea = defaultSessionArea()): TabStateStore {
  const key = (tabId: number) => `tab:${tabId}`;
  const queues = new Map<number, Promise<unknown>>();
  const known = new Map<number, TabState>();

  const get = async (tabId: number): Promise<TabState | undefined> => {
    const held = known.get(tabId);
    if (held) return structuredClone(held);
    const stored = (await area.get(key(tabId)))[key(tabId)] as TabState | undefined;
    if (stored) known.set(tabId, structuredClone(stored));
    return stored;
  };
  const remove = async (tabId: number) => {
    known.delete(tabId);
    await area.remove(key(tabId));
  };

  function serialize<T>(tabId: number, work: () => Promise<T>): Promise<T> {
    const run = (queues.get(tabId) ?? Promise.resolve()).then(work, work);
    const tail = run.catch(() => undefined);
    queues.set(tabId, tail);
    void tail.then(() => {
      if (queues.get(tabId) === tail) queues.delete(tabId);
    });
    return run;
  }

  return {
    get: (tabId) => serialize(tabId, () => get(tabId)),
    update: (tabId, change) =>
      serialize(tabId, async () => {
        const next = change(await get(tabId));
        if (next === null) return undefined;
        // Forgotten first: if the write fails, the next read asks the area for what it holds.
        known.delete(tabId);
        await area.set({ [key(tabId)]: next });
        known.set(tabId, structuredClone(next));
        return next;
      }),
    delete: (tabId) => serialize(tabId, () => remove(tabId)),
    deleteIf: (tabId, test) =>
      serialize(tabId, async () => {
        if (!test(await get(tabId))) return false;
        await remove(tabId);
        return true;
      }),
  };
}
