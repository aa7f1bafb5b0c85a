import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/compile';
import { entitySchema, type MatchableSet } from '../../../lib/reference/schema';

/** Names two records share: which one a page's mention goes to. */
const entity = (id: string, type: 'place' | 'organization', aliases: unknown[]) =>
  entitySchema.parse({ id, type, name: { ar: id, en: id }, summary: { ar: id, en: id }, aliases });
const set: MatchableSet = {
  entities: [
    // The city comes first in pattern order, as the places pack precedes the news-makers pack.
    entity('liverpool', 'place', [{ text: 'ليفربول', lang: 'ar', kind: 'full' }]),
    entity('liverpool-fc', 'organization', [
      { text: 'ليفربول', lang: 'ar', kind: 'short', requires: [{ kind: 'sentence', phrases: ['مباراة', 'هدف', 'الدوري'] }] },
    ]),
    entity('opec-plus', 'organization', [{ text: 'أوبك+', lang: 'ar', kind: 'full' }]),
    entity('opec', 'organization', [{ text: 'أوبك', lang: 'ar', kind: 'full' }]),
  ],
  events: [],
};
const matcher = compileMatcher(set);
const ids = (text: string) => matcher.scan(text).entities.map((e) => e.id).sort();

describe('a name two records share', () => {
  it('goes to the reading whose context rule holds, though an older record needs no context', () => {
    expect(ids('سجل ليفربول هدفين في مباراة الأمس.')).toEqual(['liverpool-fc']);
  });
  it('goes to the unconditional reading when no rule holds', () => {
    expect(ids('رست السفينة في ميناء ليفربول صباحا.')).toEqual(['liverpool']);
  });
});

describe('a name written with a final "+"', () => {
  it('is not its plain twin: أوبك+ is OPEC+, أوبك is OPEC', () => {
    expect(ids('قرر تحالف أوبك+ زيادة الإنتاج.')).toEqual(['opec-plus']);
    expect(ids('قالت أوبك في تقريرها الشهري إن الطلب سيرتفع.')).toEqual(['opec']);
  });
  it('whichever record comes first: the plain name never reads a "+" after it', () => {
    const reversed = compileMatcher({ entities: [set.entities[3]!, set.entities[2]!], events: [] });
    const found = (text: string) => reversed.scan(text).entities.map((e) => e.id);
    expect(found('قرر تحالف أوبك+ زيادة الإنتاج.')).toEqual(['opec-plus']);
    expect(found('قالت أوبك في تقريرها الشهري إن الطلب سيرتفع.')).toEqual(['opec']);
  });
  it('a name without a "+" twin is not affected by a "+" after it', () => {
    expect(ids('تأهل ليفربول+ إلى الدوري.')).toEqual(['liverpool-fc']);
  });
});
