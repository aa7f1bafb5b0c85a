import { referenceSetSchema, type ReferenceSet } from '../reference/schema';
import type { SiyaqDb } from './siyaq-db';

export type ImportResult =
  | { status: 'imported' | 'unchanged'; version: string }
  | { status: 'failed'; version: string | null; error: string };

/**
 * Replaces the reference set in the database with `pack`, in ONE read-write transaction: either the
 * whole new set is in, or (invalid pack, quota, any throw mid-way) the transaction aborts and the
 * previous set is still there, untouched. Skips the work when the stored version is already `pack`'s.
 * User data (visits, settings) is never touched. A failure is returned, logged and stored as
 * `meta.importError` so the popup can say why the cards may be stale; a later success clears it.
 */
export async function importReferenceSet(db: SiyaqDb, pack: unknown, now: () => number = Date.now): Promise<ImportResult> {
  const parsed = referenceSetSchema.safeParse(pack);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const error = `invalid reference set: ${first ? `${first.path.join('.')}: ${first.message}` : 'unknown problem'}`;
    return fail(db, null, error, now);
  }
  const set = parsed.data;
  try {
    const status = await db.transaction(
      'rw',
      [db.entities, db.events, db.relations, db.facts, db.sources, db.meta],
      () => replaceSet(db, set),
    );
    return { status, version: set.version };
  } catch (e) {
    return fail(db, set.version, `import of reference set ${set.version} failed: ${e instanceof Error ? e.message : String(e)}`, now);
  }
}

async function replaceSet(db: SiyaqDb, set: ReferenceSet): Promise<'imported' | 'unchanged'> {
  const current = await db.meta.get('referenceVersion');
  if (current?.key === 'referenceVersion' && current.value === set.version) return 'unchanged';
  await Promise.all([db.entities.clear(), db.events.clear(), db.relations.clear(), db.facts.clear(), db.sources.clear()]);
  await db.entities.bulkAdd(set.entities);
  await db.events.bulkAdd(set.events);
  await db.relations.bulkAdd(set.relations);
  await db.facts.bulkAdd(set.facts);
  await db.sources.bulkAdd(set.sources);
  await db.meta.put({ key: 'referenceVersion', value: set.version });
  await db.meta.put({ key: 'importError', value: null });
  return 'imported';
}

async function fail(db: SiyaqDb, version: string | null, error: string, now: () => number): Promise<ImportResult> {
  console.error(`[siyaq] ${error}`);
  try {
    await db.meta.put({ key: 'importError', value: { message: error, version, at: now() } });
  } catch (e) {
    // The database itself is failing (e.g. quota): the returned result still carries the error.
    console.error('[siyaq] could not record the import error', e);
  }
  return { status: 'failed', version, error };
}
