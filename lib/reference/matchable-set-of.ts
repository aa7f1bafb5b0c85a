import { applyAmends } from './apply-amends';
import type { Pack } from './pack-schema';
import type { MatchableSet } from './schema';

/** What the matcher is compiled from, for a set of packs: their entities with every amendment applied, and their events. */
export function matchableSetOf(packs: readonly Pick<Pack, 'entities' | 'events' | 'amends'>[]): MatchableSet {
  return {
    entities: applyAmends(
      packs.flatMap((p) => p.entities),
      packs.flatMap((p) => p.amends),
    ),
    events: packs.flatMap((p) => p.events),
  };
}
