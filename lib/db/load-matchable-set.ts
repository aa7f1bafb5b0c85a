import { matchableSetOf } from '../reference/matchable-set-of';
import type { MatchableSet } from '../reference/schema';
import { combinedVersion, putForVersion } from './combined-version';
import type { SiyaqDb } from './siyaq-db';

export interface LoadedMatchableSet {
  version: string | null;
  set: MatchableSet;
  /** 'snapshot': one stored JSON row of this very version; 'rows': every entity, event and amendment row. */
  from: 'snapshot' | 'rows';
}

/**
 * Reads back what the matcher is compiled from: the entities and events of the ENABLED packs, with
 * their amendments applied, together with the combined version they belong to, in one read transaction
 * (so the version and the rows cannot come from two different imports). `version` is null when no pack
 * has been installed yet.
 *
 * The snapshot written after the last compile (saveMatchableSnapshot) is used when its version is the
 * packs' combined version: reading thousands of rows is most of a woken worker's first page (100,000
 * rows took seconds), one string and a JSON.parse a fraction of it.
 */
export async function loadMatchableSet(db: SiyaqDb): Promise<LoadedMatchableSet> {
  return db.transaction('r', [db.packs, db.entities, db.events, db.amends, db.meta], async () => {
    const packs = await db.packs.toArray();
    const version = combinedVersion(packs);
    const snapshot = await db.meta.get('matchableSet');
    if (version !== null && snapshot?.key === 'matchableSet' && snapshot.value.version === version) {
      return { version, set: JSON.parse(snapshot.value.json) as MatchableSet, from: 'snapshot' as const };
    }
    const enabled = packs.filter((p) => p.enabled).map((p) => p.id);
    const [entities, events, amends] = await Promise.all([
      db.entities.where('pack').anyOf(enabled).toArray(),
      db.events.where('pack').anyOf(enabled).toArray(),
      db.amends.where('pack').anyOf(enabled).toArray(),
    ]);
    // Not parsed again: every row was validated by parsePack when its pack was installed, and a zod pass
    // over 100,000 entities costs about 2 s of a woken worker's first page.
    return { version, set: matchableSetOf([{ entities, events, amends }]), from: 'rows' as const };
  });
}

/**
 * Stores the set the matcher of `version` was compiled from, unless the packs changed meanwhile (then it
 * would be stale at once). A failure (a full disk) only costs the next cold start a read of the rows.
 */
export async function saveMatchableSnapshot(db: SiyaqDb, version: string, set: MatchableSet): Promise<boolean> {
  const json = JSON.stringify(set);
  return putForVersion(db, version, { key: 'matchableSet', value: { version, json } });
}

/** Ids of the enabled packs. */
export async function enabledPackIds(db: SiyaqDb): Promise<Set<string>> {
  return new Set((await db.packs.toArray()).filter((p) => p.enabled).map((p) => p.id));
}
