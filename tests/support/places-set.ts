import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMatcher, type Matcher } from '../../lib/match/compile';
import { recordsFileSchema, type Entity, type MatchableSet, type RecordsFile } from '../../lib/reference/schema';
import { seedSet } from './seed-set';

export const PLACES_DIR = join(import.meta.dirname, '../../seeds/packs/places');

let cached: { records: RecordsFile; set: MatchableSet; matcher: Matcher } | undefined;

/**
 * The committed places pack together with the core set, as the extension matches them: the core's
 * entities with the places pack's amendments applied (aliases united, the core's fields winning), then
 * the pack's own entities.
 */
export function placesSet(): { records: RecordsFile; set: MatchableSet; matcher: Matcher } {
  if (cached) return cached;
  const raw = readFileSync(join(PLACES_DIR, 'places.json'), 'utf8');
  const records = recordsFileSchema.parse(JSON.parse(raw) as unknown);
  const core = seedSet().set;
  const amends = new Map(records.amends.map((a) => [a.id, a]));
  const amended: Entity[] = core.entities.map((e) => {
    const a = amends.get(e.id);
    return a ? { ...e, aliases: [...e.aliases, ...a.aliases], place: e.place ?? a.place } : e;
  });
  const set = { entities: [...amended, ...records.entities], events: core.events };
  cached = { records, set, matcher: compileMatcher(set) };
  return cached;
}

/** Entity ids found in `text` by core + places, sorted. */
export function placeIds(text: string): string[] {
  return placesSet().matcher.scan(text).entities.map((e) => e.id).sort();
}
