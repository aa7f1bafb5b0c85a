/**
 * The compiled matcher of `npm run scan`'s default packs, kept on disk between runs: a scan of a short file
 * otherwise spends most of its time parsing 5 MB of packs and compiling them. The file holds the matcher as
 * serializeMatcher makes it (the same data a woken service worker restores), written with Node's structured
 * serializer, under a key made of the packs file's bytes, the running command's own code and the matcher
 * format: a rebuilt pack, any change to the code or a new format makes another key, and the set is compiled
 * again. A file that cannot be read, is of another key or fails restoreMatcher's checks is compiled over.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Matcher } from '../../lib/match/compile';
import { MATCHER_FORMAT, restoreMatcher, serializeMatcher } from '../../lib/match/serialize-matcher';

export interface CachedMatcher {
  matcher: Matcher;
  /** 'file': restored from the cache; 'compiled': compiled now (and the cache written, if it could be). */
  from: 'file' | 'compiled';
  /** Why the cache was not used, when it was there and not used. */
  skipped?: string;
}

const FILE = 'matcher.bin';

/** A key for the matcher compiled from `packsFile` by the code in `codeFiles`. */
export function matcherKey(packsFile: string, codeFiles: readonly string[]): string {
  const hash = createHash('sha256').update(`format ${MATCHER_FORMAT}\n`).update(readFileSync(packsFile));
  for (const f of codeFiles) hash.update(readFileSync(f));
  return hash.digest('hex');
}

/**
 * The matcher of `key` from `dir`, else `compile()`'s, stored in `dir` for next time. Writing is best
 * effort (a read-only folder only costs the next run a compile) and atomic: two scans started at once
 * never read half a file.
 */
export function cachedMatcher(dir: string, key: string, compile: () => Matcher): CachedMatcher {
  const file = join(dir, FILE);
  let skipped: string | undefined;
  try {
    const data = deserialize(readFileSync(file)) as { key?: unknown; matcher?: unknown };
    if (data.key === key) return { matcher: restoreMatcher(data.matcher), from: 'file' };
    skipped = 'made from other packs or by other code';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') skipped = (error as Error).message;
  }
  const matcher = compile();
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, serialize({ key, matcher: serializeMatcher(matcher) }));
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
  return { matcher, from: 'compiled', ...(skipped ? { skipped } : {}) };
}
