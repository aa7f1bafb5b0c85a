import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/compile';
import { entitySchema, type MatchableSet } from '../../../lib/reference/schema';

// A mention's own words are never its context: a sentence or page rule whose phrases include the name itself
// (the news-makers' clubs list every club's name as football context, their own among them) needs the phrase
// somewhere else. A longer phrase that holds the mention still counts.
const org = (id: string, aliases: unknown[]) =>
  entitySchema.parse({ id, type: 'organization', name: { ar: id, en: id }, summary: { ar: id, en: id }, aliases });
const set: MatchableSet = {
  entities: [
    org('club', [{ text: 'النصر', lang: 'ar', kind: 'short', requires: [{ kind: 'sentence', phrases: ['النصر', 'نادي النصر', 'مباراة'] }] }]),
    org('paper', [{ text: 'الوطن', lang: 'ar', kind: 'short', requires: [{ kind: 'page', phrases: ['الوطن', 'صحيفة'] }] }]),
  ],
  events: [],
};
const matcher = compileMatcher(set);
const found = (text: string, id: string) => matcher.scan(text).entities.find((e) => e.id === id)?.mentions.map((m) => m.text) ?? [];

describe('a sentence rule', () => {
  it('does not count the mention itself', () => {
    expect(found('احتفل الناس بعيد النصر في الساحة.', 'club')).toEqual([]);
  });
  it('counts another phrase of the sentence, or the name written a second time', () => {
    expect(found('انتهت مباراة النصر بالتعادل.', 'club')).toEqual(['النصر']);
    expect(found('النصر يواجه النصر في الكأس.', 'club')).toEqual(['النصر', 'النصر']);
  });
  it('counts a longer phrase that holds the mention', () => {
    expect(found('أعلن نادي النصر ضم لاعب جديد.', 'club')).toEqual(['النصر']);
  });
});

describe('a page rule', () => {
  it('does not count the mention itself', () => {
    expect(found('دافع الجنود عن الوطن بشجاعة.', 'paper')).toEqual([]);
  });
  it('counts the phrase elsewhere on the page', () => {
    expect(found('دافع الجنود عن الوطن. ونشرت صحيفة محلية الخبر.', 'paper')).toEqual(['الوطن']);
  });
});
