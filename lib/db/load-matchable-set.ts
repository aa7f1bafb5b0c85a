import { z } from 'zod';
import { entitySchema, eventSchema, type MatchableSet } from '../reference/schema';
import type { SiyaqDb } from './siyaq-db';

const matchableSchema = z.object({ entities: z.array(entitySchema), events: z.array(eventSchema) });

/**
 * Reads back what the matcher is compiled from, together with the version it belongs to, in one
 * read transaction (so the version and the rows cannot come from two different imports).
 * `version` is null when no reference set has been imported yet.
 */
export async function loadMatchableSet(db: SiyaqDb): Promise<{ version: string | null; set: MatchableSet }> {
  return db.transaction('r', [db.entities, db.events, db.meta], async () => {
    const [meta, entities, events] = await Promise.all([db.meta.get('referenceVersion'), db.entities.toArray(), db.events.toArray()]);
    const version = meta?.key === 'referenceVersion' ? meta.value : null;
    return { version, set: matchableSchema.parse({ entities, events }) };
  });
}

/** The stored reference version, or null before the first import. */
export async function getReferenceVersion(db: SiyaqDb): Promise<string | null> {
  const meta = await db.meta.get('referenceVersion');
  return meta?.key === 'referenceVersion' ? meta.value : null;
}
