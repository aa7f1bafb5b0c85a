import { z } from 'zod';
import { applyAmends } from '../reference/apply-amends';
import { amendSchema, entitySchema, eventSchema, type MatchableSet } from '../reference/schema';
import { combinedVersion } from './combined-version';
import type { SiyaqDb } from './siyaq-db';

const matchableSchema = z.object({ entities: z.array(entitySchema), events: z.array(eventSchema), amends: z.array(amendSchema) });

/**
 * Reads back what the matcher is compiled from: the entities and events of the ENABLED packs, with
 * their amendments applied, together with the combined version they belong to, in one read transaction
 * (so the version and the rows cannot come from two different imports). `version` is null when no pack
 * has been installed yet.
 */
export async function loadMatchableSet(db: SiyaqDb): Promise<{ version: string | null; set: MatchableSet }> {
  return db.transaction('r', [db.packs, db.entities, db.events, db.amends], async () => {
    const packs = await db.packs.toArray();
    const enabled = packs.filter((p) => p.enabled).map((p) => p.id);
    const [entities, events, amends] = await Promise.all([
      db.entities.where('pack').anyOf(enabled).toArray(),
      db.events.where('pack').anyOf(enabled).toArray(),
      db.amends.where('pack').anyOf(enabled).toArray(),
    ]);
    const parsed = matchableSchema.parse({ entities, events, amends });
    return { version: combinedVersion(packs), set: { entities: applyAmends(parsed.entities, parsed.amends), events: parsed.events } };
  });
}

/** Ids of the enabled packs. */
export async function enabledPackIds(db: SiyaqDb): Promise<Set<string>> {
  return new Set((await db.packs.toArray()).filter((p) => p.enabled).map((p) => p.id));
}
