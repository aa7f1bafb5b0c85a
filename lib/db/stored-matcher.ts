import { combinedVersion, putForVersion } from './combined-version';
import type { SiyaqDb } from './siyaq-db';

export interface StoredMatcher {
  /** The packs' combined version now; null when no pack is installed. */
  version: string | null;
  /** The stored matcher when it was compiled from exactly these packs (whatever its format). */
  stored: { format: string | number; data: unknown } | null;
}

/**
 * Reads the combined version of the packs and the matcher stored for it, in one read transaction (so the
 * two cannot come from two different imports). One row: a woken worker's whole read before its first scan.
 */
export async function loadStoredMatcher(db: SiyaqDb): Promise<StoredMatcher> {
  return db.transaction('r', [db.packs, db.meta], async () => {
    const version = combinedVersion(await db.packs.toArray());
    const row = await db.meta.get('compiledMatcher');
    const stored = version !== null && row?.key === 'compiledMatcher' && row.value.version === version ? { format: row.value.format, data: row.value.data } : null;
    return { version, stored };
  });
}

/**
 * Stores the matcher of `version` (as serialized), unless the packs changed meanwhile: then it would be
 * stale at once. A failure (a full disk) only costs the next cold start a compile.
 */
export async function saveStoredMatcher(db: SiyaqDb, version: string, format: string, data: unknown): Promise<boolean> {
  return putForVersion(db, version, { key: 'compiledMatcher', value: { version, format, data } });
}
