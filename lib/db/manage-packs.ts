import { deletePackRows } from './install-pack';
import { packRowSchema, type PackRow } from './rows';
import type { SiyaqDb } from './siyaq-db';

/** Installed packs, bundled ones first, then by name. */
export async function listPacks(db: SiyaqDb): Promise<PackRow[]> {
  const rows = (await db.packs.toArray()).map((row) => packRowSchema.parse(row));
  return rows.sort((a, b) => Number(b.bundled) - Number(a.bundled) || a.meta.name.en.localeCompare(b.meta.name.en) || a.id.localeCompare(b.id));
}

/** Switches a pack on or off; its records stay stored. Throws for a pack that is not installed. */
export async function setPackEnabled(db: SiyaqDb, id: string, enabled: boolean): Promise<void> {
  const changed = await db.packs.update(id, { enabled });
  if (changed === 0 && !(await db.packs.get(id))) throw new Error(`no installed pack "${id}"`);
}

/**
 * Removes a pack and all its records in one transaction. Bundled packs cannot be removed (they can be
 * switched off). Visits and settings are outside the transaction's scope.
 */
export async function removePack(db: SiyaqDb, id: string): Promise<void> {
  await db.transaction('rw', db.packTables, async () => {
    const row = await db.packs.get(id);
    if (!row) throw new Error(`no installed pack "${id}"`);
    if (row.bundled) throw new Error(`the pack "${id}" comes with Siyaq: it can be switched off, not removed`);
    await deletePackRows(db, id);
    await db.packs.delete(id);
  });
}
