import type { MatchableSet } from '../reference/schema';
import { getCombinedVersion } from './combined-version';
import { loadMatchableSet, saveMatchableSnapshot } from './load-matchable-set';
import type { SiyaqDb } from './siyaq-db';

export interface CachedMatcher<M> {
  version: string;
  matcher: M;
  /** Milliseconds spent reading the set from IndexedDB and compiling it. */
  buildMs: number;
}

/**
 * The compiled matcher, built from the enabled packs in IndexedDB (from the snapshot of the set the last
 * compile used, when it is of the same version; otherwise from the pack rows, and the snapshot is then
 * written) and kept in memory keyed by their combined version: it is rebuilt only when a pack is
 * installed, updated, removed or switched on or off, and after the service worker was stopped (memory is
 * gone, the first message rebuilds it). Concurrent callers share one build.
 */
export function createMatcherCache<M>(
  db: SiyaqDb,
  compile: (set: MatchableSet) => M,
  {
    now = () => performance.now(),
    log = (message: string) => console.info(message),
    mark,
    snapshotDelayMs = 1000,
  }: {
    now?: () => number;
    log?: (message: string) => void;
    mark?: (step: 'read' | 'compile', ms: number) => void;
    /** How long after a build its snapshot is written: stringifying megabytes must not delay the first answer. */
    snapshotDelayMs?: number;
  } = {},
) {
  let cached: CachedMatcher<M> | null = null;
  let pending: Promise<CachedMatcher<M> | null> | null = null;
  let builds = 0;
  let saving: Promise<unknown> = Promise.resolve();

  async function build(): Promise<CachedMatcher<M> | null> {
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
    // After the answer, not before it: the next cold start reads this one row instead of every pack row.
    if (from === 'rows') {
      saving = saving
        .then(() => new Promise((resolve) => setTimeout(resolve, snapshotDelayMs)))
        .then(() => saveMatchableSnapshot(db, version, set))
        .catch((e: unknown) => log(`[siyaq] the matcher's snapshot was not stored: ${e instanceof Error ? e.message : String(e)}`));
    }
    return cached;
  }

  return {
    /** The matcher for the enabled packs, or null when no pack has been installed yet. */
    async get(): Promise<CachedMatcher<M> | null> {
      const version = await getCombinedVersion(db);
      if (version === null) return null;
      if (cached?.version === version) return cached;
      pending ??= build().finally(() => {
        pending = null;
      });
      return pending;
    },
    /** Resolves when the snapshot of the last build is stored (or failed to be). */
    snapshotSaved(): Promise<unknown> {
      return saving;
    },
    /** How many times a matcher was compiled (for tests and logs). */
    get builds() {
      return builds;
    },
  };
}

export type MatcherCache<M> = ReturnType<typeof createMatcherCache<M>>;
