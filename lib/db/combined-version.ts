import { sha256Hex } from '../reference/sha256-hex';
import type { MetaRow, PackRow } from './rows';
import type { SiyaqDb } from './siyaq-db';

/**
 * The version of what the matcher is compiled from: a hash of the enabled packs' ids and content
 * versions. Switching a pack on or off, installing, updating or removing one changes it; null when no
 * pack is installed at all (nothing has been imported yet).
 */
export function combinedVersion(packs: readonly Pick<PackRow, 'id' | 'contentVersion' | 'enabled'>[]): string | null {
  if (packs.length === 0) return null;
  const enabled = packs
    .filter((p) => p.enabled)
    .map((p) => `${p.id}@${p.contentVersion}`)
    .sort();
  return sha256Hex(enabled.join('\n')).slice(0, 16);
}

/** The combined version of the packs in the database (a read of the small packs table). */
export async function getCombinedVersion(db: SiyaqDb): Promise<string | null> {
  return combinedVersion(await db.packs.toArray());
}

/**
 * Stores a row derived from the packs of `version` (the compiled matcher, the set it was compiled from),
 * unless the packs changed meanwhile: then it would be stale at once. One transaction, so the check and
 * the write see the same packs.
 */
export async function putForVersion(db: SiyaqDb, version: string, row: MetaRow): Promise<boolean> {
  return db.transaction('rw', [db.packs, db.meta], async () => {
    if ((await getCombinedVersion(db)) !== version) return false;
    await db.meta.put(row);
    return true;
  });
}
