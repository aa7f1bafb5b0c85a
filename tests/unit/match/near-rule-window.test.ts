import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/compile';
import { entitySchema, type MatchableSet } from '../../../lib/reference/schema';

// The edges of a near rule's window: a phrase that ends fewer than `before` words before the mention, or
// starts fewer than `after` words after it, in the mention's own sentence. Each case sits one word inside
// or one word outside an edge, so moving an edge by one fails a test.
const place = (id: string, aliases: unknown[]) =>
  entitySchema.parse({ id, type: 'place', name: { ar: id, en: id }, summary: { ar: id, en: id }, aliases });
const set: MatchableSet = {
  entities: [
    place('aleppo', [
      {
        text: 'حلب',
        lang: 'ar',
        kind: 'full',
        requires: [
          { kind: 'near', phrases: ['محافظة', 'الريف الشمالي', 'ريف حلب'], before: 2 },
          { kind: 'near', phrases: ['السورية'], before: 0, after: 2 },
        ],
      },
    ]),
  ],
  events: [],
};
const matcher = compileMatcher(set);
const found = (text: string) => matcher.scan(text).entities.some((e) => e.id === 'aleppo');

describe('a near rule looking back', () => {
  it('holds for a phrase right before the mention or one word before it', () => {
    expect(found('وصل الوفد إلى محافظة حلب صباح اليوم.')).toBe(true);
    expect(found('وصل الوفد إلى محافظة شمال حلب صباح اليوم.')).toBe(true);
  });

  it('does not hold two words before it (before: 2)', () => {
    expect(found('زار الوزير محافظة إدلب ثم حلب في جولة واحدة.')).toBe(false);
  });

  it('finds a phrase of several words that ends within reach, though it starts outside it', () => {
    expect(found('سقطت قذائف على الريف الشمالي قرب حلب مساء أمس.')).toBe(true);
    expect(found('سقطت قذائف على الريف الشمالي ثم قرب حلب مساء أمس.')).toBe(false);
  });

  it('does not reach into the sentence before', () => {
    expect(found('زار الوزير محافظة. حلب تستقبل الزوار.')).toBe(false);
  });

  it('does not count a phrase that holds the mention itself', () => {
    expect(found('سقطت قذائف على ريف حلب مساء أمس.')).toBe(false);
  });

  it('does not count a phrase after the mention', () => {
    expect(found('حلب محافظة كبيرة.')).toBe(false);
  });
});

describe('a near rule looking ahead', () => {
  it('holds for a phrase right after the mention or one word after it', () => {
    expect(found('دخلت القوات حلب السورية فجرا.')).toBe(true);
    expect(found('دخلت القوات حلب المدينة السورية فجرا.')).toBe(true);
  });

  it('does not hold two words after it (after: 2)', () => {
    expect(found('دخلت القوات حلب ثم المدن السورية الأخرى.')).toBe(false);
  });

  it('does not reach into the next sentence', () => {
    expect(found('دخلت القوات حلب. السورية للأنباء نقلت الخبر.')).toBe(false);
  });

  it('does not count a phrase before the mention (before: 0)', () => {
    expect(found('قالت السورية إن حلب هادئة.')).toBe(false);
  });
});

describe('many hits of the phrase in one sentence', () => {
  it('finds the one in reach among thousands before and after it', () => {
    const far = 'محافظة كلمة كلمة '.repeat(3000);
    expect(found(`${far}كلمة كلمة حلب ${far}`)).toBe(false);
    expect(found(`${far}محافظة حلب ${far}`)).toBe(true);
  });
});
