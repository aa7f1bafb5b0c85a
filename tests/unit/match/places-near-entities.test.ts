import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/compile';
import { entitySchema, type MatchableSet } from '../../../lib/reference/schema';

/** A near rule with `entities`: the phrase near the mention, AND one of the entities strong on the page. */
const place = (id: string, aliases: unknown[]) =>
  entitySchema.parse({ id, type: 'place', name: { ar: id, en: id }, summary: { ar: id, en: id }, aliases });
const set: MatchableSet = {
  entities: [
    place('syria', [{ text: 'سوريا', lang: 'ar', kind: 'full' }]),
    place('damascus', [{ text: 'دمشق', lang: 'ar', kind: 'full' }]),
    place('aleppo', [
      { text: 'حلب', lang: 'ar', kind: 'full', requires: [{ kind: 'near', phrases: ['في', 'إلى'], before: 2, entities: ['syria', 'damascus'] }] },
    ]),
  ],
  events: [],
};
const matcher = compileMatcher(set);
const ids = (text: string) => matcher.scan(text).entities.map((e) => e.id).sort();

describe('near rule with entities', () => {
  it('holds with the phrase and one of the entities on the page', () => {
    expect(ids('قصفت الطائرات سوريا. وسقطت قذائف في حلب.')).toEqual(['aleppo', 'syria']);
    expect(ids('وصل الوفد من دمشق إلى حلب.')).toEqual(['aleppo', 'damascus']);
  });
  it('does not hold with the phrase alone, nor with the entity but no phrase', () => {
    expect(ids('وسقطت قذائف في حلب.')).toEqual([]);
    expect(ids('قصفت الطائرات سوريا. حلب المزارع البقرة.')).toEqual(['syria']);
  });
});
