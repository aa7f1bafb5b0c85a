import { matchableSetOf } from '../reference/matchable-set-of';
import type { MatchableSet } from '../reference/schema';
import { combinedVersion } from './combined-version';
import type { SiyaqDb } from './siyaq-db';

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
    // Not parsed again: every row was validated by parsePack when its pack was installed, and a zod pass
    // over 100,000 entities costs about 2 s of a woken worker's first page.
    return { version: combinedVersion(packs), set: matchableSetOf([{ entities, events, amends }]) };
  });
}

/** Ids of the enabled packs. */
export async function enabledPackIds(db: SiyaqDb): Promise<Set<string>> {
  return new Set((await db.packs.toArray()).filter((p) => p.enabled).map((p) => p.id));
}
