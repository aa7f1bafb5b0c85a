import bundled from '../../../lib/reference/generated/reference-set.json';
import { referenceSetSchema, type ReferenceSet } from '../../../lib/reference/schema';

/** The set this build ships, as imported in production. */
export const shippedSet: ReferenceSet = referenceSetSchema.parse(bundled);

/** A later release of the set: another version, one entity fewer (Twitter dropped), a changed summary. */
export function nextSet(): ReferenceSet {
  const set = structuredClone(shippedSet);
  set.version = 'ffffeeee00001111';
  set.entities = set.entities
    .filter((e) => e.id !== 'twitter')
    .map((e) => (e.id === 'baghdad' ? { ...e, summary: { ar: 'عاصمة العراق وأكبر مدنه', en: 'Capital of Iraq' } } : e));
  set.relations = set.relations.filter((r) => r.from !== 'twitter' && r.to !== 'twitter');
  set.facts = set.facts.filter((f) => f.subject !== 'twitter');
  return set;
}
