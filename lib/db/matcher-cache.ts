import type { MatchableSet } from '../reference/schema';
import { getCombinedVersion } from './combined-version';
import { loadMatchableSet, saveMatchableSnapshot } from './load-matchable-set';
import type { SiyaqDb } from './siyaq-db';
import { loadStoredMatcher, saveStoredMatcher, type StoredMatcher } from './stored-matcher';

export interface CachedMatcher<M> {
  version: string;
  matcher: M;
  /** Milliseconds spent reading from IndexedDB and compiling (or restoring). */
  buildMs: number;
}

/** How a compiled matcher is stored and read back (lib/match/serialize-matcher.ts). */
export interface MatcherStore<M> {
  /**
   * What the stored tables must have been made by: the tables' format and the code that compiled them
   * (a release that compiles differently must not read an older release's tables). Another is not read.
   */
  format: string;
  serialize(matcher: M): unknown;
  /** Throws (with the reason) when the data cannot be trusted. */
  restore(data: unknown): M;
}

/**
 * The compiled matcher for the enabled packs, kept in memory keyed by their combined version: it is
 * rebuilt only when a pack is installed, updated, removed or switched on or off, and after the service
 * worker was stopped (memory is gone, the first message rebuilds it). Concurrent callers share one build.
 *
 * A build first looks for the compiled matcher stored by an earlier build of the same packs and format,
 * and restores it (no compile: a woken worker's first page waits for one row and a check of its tables).
 * Otherwise it compiles from the snapshot of the set the last compile used, when it is of the same
 * version, else from the pack rows; then, a moment after the answer, it stores the compiled matcher (and
 * the snapshot, when it read the rows). A stored matcher that is missing, stale, of another format or
 * fails its check is compiled instead, with the reason logged: matching never depends on it.
 */
export function createMatcherCache<M>(
  db: SiyaqDb,
  compile: (set: MatchableSet) => M,
  {
    now = () => performance.now(),
    log = (message: string) => console.info(message),
    mark,
    snapshotDelayMs = 1000,
    store,
  }: {
    now?: () => number;
    log?: (message: string) => void;
    mark?: (step: 'read' | 'compile' | 'restore', ms: number) => void;
    /** How long after a build its snapshot is written: stringifying megabytes must not delay the first answer. */
    snapshotDelayMs?: number;
    /** Without it, every build compiles (and only the set's snapshot is stored). */
    store?: MatcherStore<M>;
  } = {},
) {
  let cached: CachedMatcher<M> | null = null;
  let pending: Promise<CachedMatcher<M> | null> | null = null;
  let builds = 0;
  let restores = 0;
  let saving: Promise<unknown> = Promise.resolve();
  const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

  /** The stored matcher, read ahead of `get` (see `prefetch`). */
  let prefetched: Promise<{ started: number; done: number; stored: StoredMatcher } | null> | null = null;
  const readStored = async () => {
    const started = now();
    const stored = await loadStoredMatcher(db);
    return { started, done: now(), stored };
  };

  async function restore(current: string): Promise<CachedMatcher<M> | null | undefined> {
    if (!store) return undefined;
    const ahead = prefetched && (await prefetched);
    prefetched = null;
    // Read ahead for other packs (a bundled pack was updated meanwhile): read again.
    const { started, done, stored: row } = ahead?.stored.version === current ? ahead : await readStored();
    const { version, stored } = row;
    if (version === null) return null;
    if (!stored) return undefined;
    if (stored.format !== store.format) {
      log(`[siyaq] the stored matcher has format ${stored.format}, this release reads ${store.format}: compiling`);
      return undefined;
    }
    const read = now();
    try {
      const matcher = store.restore(stored.data);
      const buildMs = done - started + now() - read;
      mark?.('read', done - started);
      mark?.('restore', now() - read);
      restores++;
      log(`[siyaq] matcher for packs ${version} restored from IndexedDB in ${buildMs.toFixed(1)} ms (read ${(done - started).toFixed(1)} ms)`);
      return (cached = { version, matcher, buildMs });
    } catch (e) {
      log(`[siyaq] the stored matcher was not used (${reason(e)}): compiling`);
      return undefined;
    }
  }

  async function build(current: string): Promise<CachedMatcher<M> | null> {
    const restored = await restore(current);
    if (restored !== undefined) return restored;
    const started = now();
    const { version, set, from } = await loadMatchableSet(db);
    if (version === null) return null;
    const read = now();
    const matcher = compile(set);
    const buildMs = now() - started;
    mark?.('read', read - started);
    mark?.('compile', now() - read);
    builds++;
    log(
      `[siyaq] matcher for packs ${version} built from IndexedDB (${from === 'snapshot' ? 'snapshot' : 'pack rows'}) in ${buildMs.toFixed(1)} ms (${set.entities.length} entities, ${set.events.length} events)`,
    );
    cached = { version, matcher, buildMs };
    // After the answer, not before it: the next cold start reads one row instead of compiling.
    saving = saving
      .then(() => new Promise((resolve) => setTimeout(resolve, snapshotDelayMs)))
      .then(async () => {
        try {
          if (store) await saveStoredMatcher(db, version, store.format, store.serialize(matcher));
        } catch (e) {
          log(`[siyaq] the compiled matcher was not stored: ${reason(e)}`);
        }
        // The set too, when it was read from the rows: after an update that changes the tables' format it
        // spares the one compile that follows a read of every row.
        try {
          if (from === 'rows') await saveMatchableSnapshot(db, version, set);
        } catch (e) {
          log(`[siyaq] the matcher's snapshot was not stored: ${reason(e)}`);
        }
      });
    return cached;
  }

  return {
    /** The matcher for the enabled packs, or null when no pack has been installed yet. */
    async get(): Promise<CachedMatcher<M> | null> {
      const version = await getCombinedVersion(db);
      if (version === null) return null;
      if (cached?.version === version) return cached;
      pending ??= build(version).finally(() => {
        pending = null;
      });
      return pending;
    },
    /**
     * Starts reading the stored matcher now, for the next `get`: a navigation that wakes the worker calls
     * it before the bundled packs are checked, so that reading the row overlaps that check. `get` uses
     * what was read only if it is of the packs' version by then. Does nothing when a matcher is held.
     */
    prefetch(): void {
      if (!store || cached || pending || prefetched) return;
      prefetched = readStored().catch(() => null);
    },
    /** Resolves when what the last build stores (its compiled matcher, its snapshot) is stored, or failed to be. */
    snapshotSaved(): Promise<unknown> {
      return saving;
    },
    /** How many times a matcher was compiled (for tests and logs). */
    get builds() {
      return builds;
    },
    /** How many times a stored matcher was restored instead. */
    get restores() {
      return restores;
    },
  };
}

export type MatcherCache<M> = ReturnType<typeof createMatcherCache<M>>;
