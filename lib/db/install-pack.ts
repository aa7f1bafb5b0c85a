import { comparePackVersions, type Pack } from '../reference/pack-schema';
import type { PackCounts, PackRow } from './rows';
import type { SiyaqDb } from './siyaq-db';

/** A validated pack, as parsePack returns it: what an install writes. */
export type InstallablePack = Pick<Pack, 'meta' | 'contentVersion' | 'sources' | 'entities' | 'events' | 'relations' | 'facts' | 'amends'>;

export interface InstallOptions {
  /** Shipped with the extension (set by the background's bundled install only). */
  bundled?: boolean;
  /** Replace an installed pack of the same or a newer version (the reader confirmed it). */
  allowSameOrOlder?: boolean;
  now?: () => number;
}

export interface IdClash {
  id: string;
  /** The installed pack that already defines it. */
  pack: string;
}

export type InstallResult =
  | { status: 'installed' | 'updated'; pack: PackRow; previousVersion?: string }
  /** Nothing written: the same or a newer version is installed, and replacing it needs the reader's yes. */
  | { status: 'confirm'; installedVersion: string; incomingVersion: string; installedContentVersion: string }
  /** Nothing written: ids the pack defines are already defined by other installed packs. */
  | { status: 'clash'; clashes: IdClash[] }
  /** Nothing written: the pack may not take this id's place (a bundled pack, installed by the reader). */
  | { status: 'refused'; reason: string };

export function countsOf(pack: InstallablePack): PackCounts {
  const { sources, entities, events, relations, facts, amends } = pack;
  return { sources: sources.length, entities: entities.length, events: events.length, relations: relations.length, facts: facts.length, amends: amends.length };
}

/**
 * Installs `pack`, or replaces the installed pack with its id, in ONE read-write transaction over every
 * reference table: the checks (version, clashes) and the writes see the same database, and any throw
 * (quota, a bad row) aborts it all, leaving the database exactly as it was. Visits and settings are not
 * in the transaction's scope, so they cannot be touched. An update keeps the pack's on/off switch.
 */
export async function installPack(db: SiyaqDb, pack: InstallablePack, { bundled = false, allowSameOrOlder = false, now = Date.now }: InstallOptions = {}): Promise<InstallResult> {
  const id = pack.meta.id;
  return db.transaction('rw', db.packTables, async (): Promise<InstallResult> => {
    const existing = await db.packs.get(id);
    if (existing?.bundled && !bundled) {
      return { status: 'refused', reason: `the pack id "${id}" belongs to a pack that comes with Siyaq; give your pack another id` };
    }
    if (existing && !bundled && !allowSameOrOlder && comparePackVersions(pack.meta.version, existing.meta.version) <= 0) {
      return { status: 'confirm', installedVersion: existing.meta.version, incomingVersion: pack.meta.version, installedContentVersion: existing.contentVersion };
    }
    const clashes = await findClashes(db, pack);
    if (clashes.length > 0) return { status: 'clash', clashes };

    if (existing) await deletePackRows(db, id);
    const tag = <T extends object>(rows: readonly T[]) => rows.map((row) => ({ ...row, pack: id }));
    await db.sources.bulkAdd(tag(pack.sources));
    await db.entities.bulkAdd(tag(pack.entities));
    await db.events.bulkAdd(tag(pack.events));
    await db.relations.bulkAdd(tag(pack.relations));
    await db.facts.bulkAdd(tag(pack.facts));
    await db.amends.bulkAdd(tag(pack.amends));
    const row: PackRow = {
      id,
      meta: pack.meta,
      contentVersion: pack.contentVersion,
      enabled: existing?.enabled ?? true,
      bundled,
      counts: countsOf(pack),
      installedAt: now(),
    };
    await db.packs.put(row);
    return existing ? { status: 'updated', pack: row, previousVersion: existing.meta.version } : { status: 'installed', pack: row };
  });
}

/** Deletes every record of pack `id` (not its packs row). Call inside a transaction over db.packTables. */
export async function deletePackRows(db: SiyaqDb, id: string): Promise<void> {
  await Promise.all(
    [db.sources, db.entities, db.events, db.relations, db.facts, db.amends].map((table) => table.where('pack').equals(id).delete()),
  );
}

/**
 * Ids of `pack` that another installed pack already defines, in any of the id tables (ids are one
 * namespace: a fact's subject may be an entity or an event). Reads only keys, then looks each up in memory.
 */
async function findClashes(db: SiyaqDb, pack: InstallablePack): Promise<IdClash[]> {
  const id = pack.meta.id;
  const mine = [...pack.sources, ...pack.entities, ...pack.events, ...pack.facts].map((r) => r.id);
  const owners = new Map<string, string>();
  for (const table of [db.sources, db.entities, db.events, db.facts] as const) {
    // Only the keys of rows from other packs; the owner is read only for the few that clash.
    const keys = (await table.where('pack').notEqual(id).primaryKeys()) as string[];
    const others = new Set(keys);
    const hits = mine.filter((k) => others.has(k) && !owners.has(k));
    if (hits.length === 0) continue;
    const rows = await (table as typeof db.sources).bulkGet(hits);
    rows.forEach((row, i) => {
      if (row) owners.set(hits[i]!, row.pack);
    });
  }
  return [...owners].map(([clashId, owner]) => ({ id: clashId, pack: owner })).sort((a, b) => a.id.localeCompare(b.id));
}
