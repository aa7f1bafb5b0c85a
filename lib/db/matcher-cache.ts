import type { MatchableSet } from '../reference/schema';
import { getCombinedVersion } from './combined-version';
import { loadMatchableSet } from './load-matchable-set';
import type { SiyaqDb } from './siyaq-db';

export interface CachedMatcher<M> {
  version: string;
  matcher: M;
  /** Milliseconds spent reading the set from IndexedDB and compiling it. */
  buildMs: number;
}

/**
 * The compiled matcher, built from the enabled packs in IndexedDB and kept in memory keyed by their
 * combined version: it is rebuilt only when a pack is installed, updated, removed or switched on or off, and after the service worker
 * was stopped (memory is gone, the first message rebuilds it). Concurrent callers share one build.
 */
export function createMatcherCache<M>(
  db: SiyaqDb,
  compile: (set: MatchableSet) => M,
  {
    now = () => performance.now(),
    log = (message: string) => console.info(message),
    mark,
  }: { now?: () => number; log?: (message: string) => void; mark?: (step: 'read' | 'compile', ms: number) => void } = {},
) {
  let cached: CachedMatcher<M> | null = null;
  let pending: Promise<CachedMatcher<M> | null> | null = null;
  let builds = 0;

  async function build(): Promise<CachedMatcher<M> | null> {
    const started = now();
    const { version, set } = await loadMatchableSet(db);
    if (version === null) return null;
    const read = now();
    const matcher = compile(set);
    const buildMs = now() - started;
    mark?.('read', read - started);
    mark?.('compile', now() - read);
    builds++;
    log(`[siyaq] matcher for packs ${version} built from IndexedDB in ${buildMs.toFixed(1)} ms (${set.entities.length} entities, ${set.events.length} events)`);
    cached = { version, matcher, buildMs };
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
    /** How many times a matcher was compiled (for tests and logs). */
    get builds() {
      return builds;
    },
  };
}

export type MatcherCache<M> = ReturnType<typeof createMatcherCache<M>>;
