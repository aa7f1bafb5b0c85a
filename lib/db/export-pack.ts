import type { SiyaqDb } from './siyaq-db';

/** Fields the database adds to records; a pack file does not carry them. */
function strip<T extends object>(row: T): Omit<T, 'pack' | 'key'> {
  const { pack: _pack, key: _key, ...record } = row as T & { pack?: unknown; key?: unknown };
  return record;
}

/**
 * An installed pack written back as a pack file (the format `npm run pack` builds): its metadata, its
 * contentVersion and every record, as they were imported. Importing the file again gives the same pack.
 */
export async function exportPack(db: SiyaqDb, id: string): Promise<{ fileName: string; text: string }> {
  return db.transaction('r', db.packTables, async () => {
    const row = await db.packs.get(id);
    if (!row) throw new Error(`no installed pack "${id}"`);
    const [sources, entities, events, relations, facts, amends] = await Promise.all([
      db.sources.where('pack').equals(id).toArray(),
      db.entities.where('pack').equals(id).toArray(),
      db.events.where('pack').equals(id).toArray(),
      db.relations.where('pack').equals(id).toArray(),
      db.facts.where('pack').equals(id).toArray(),
      db.amends.where('pack').equals(id).toArray(),
    ]);
    const sortByKey = <T>(rows: T[]) => [...rows].sort((a, b) => ((a as { key?: number }).key ?? 0) - ((b as { key?: number }).key ?? 0));
    const file = {
      format: 'siyaq-pack',
      formatVersion: 1,
      meta: row.meta,
      contentVersion: row.contentVersion,
      sources: sources.map(strip),
      entities: entities.map(strip),
      events: events.map(strip),
      relations: sortByKey(relations).map(strip),
      facts: facts.map(strip),
      amends: sortByKey(amends).map(strip),
    };
    return { fileName: `${id}-${row.meta.version}.siyaq-pack.json`, text: JSON.stringify(file) };
  });
}
