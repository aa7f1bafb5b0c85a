import type { ExternalIds } from '../reference/check-references';
import type { SiyaqDb } from './siyaq-db';

/**
 * The ids a pack may point to outside itself: those of the installed packs it `requires` (installed,
 * switched on or off). Keys only: nothing but the primary keys is read.
 */
export async function externalIdsOf(db: SiyaqDb, requires: readonly string[]): Promise<ExternalIds> {
  if (requires.length === 0) return { entities: new Set(), events: new Set(), sources: new Set() };
  const [entities, events, sources] = await Promise.all(
    [db.entities, db.events, db.sources].map((table) => table.where('pack').anyOf([...requires]).primaryKeys()),
  );
  return { entities: new Set(entities as string[]), events: new Set(events as string[]), sources: new Set(sources as string[]) };
}

/** The packs of `requires` that are not installed. */
export async function missingRequiredPacks(db: SiyaqDb, requires: readonly string[]): Promise<string[]> {
  const rows = await db.packs.bulkGet([...requires]);
  return requires.filter((_, i) => !rows[i]);
}
