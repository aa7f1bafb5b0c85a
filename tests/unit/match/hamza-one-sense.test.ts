import { describe, expect, it } from 'vitest';
import { placesSet } from '../../support/places-set';

const mentionsOf = (text: string, id: string): string[] =>
  placesSet().matcher.scan(text).entities.find((e) => e.id === id)?.mentions.map((m) => m.text) ?? [];

/**
 * A name confirmed once on a page counts wherever its letters recur ("one sense per discourse"), but a hamza
 * the page writes where the name has none, or in another place, makes another word: «وأن» (and that) is not
 * the Turkish city «وان», «أنا» (I) is not «إنا». A hamza left out is only a spelling, and still counts.
 */
describe('one sense per discourse keeps to the hamza the page writes', () => {
  it('after «مدينة وان», «وأن» is a conjunction, while a later bare «وان» is the city', () => {
    const text = 'ضرب زلزال مدينة وان شرقي تركيا. وأكد المسؤولون وأن فرق الإنقاذ وصلت إلى وان صباحا.';
    expect(mentionsOf(text, 'van')).toEqual(['مدينة وان', 'وان']);
  });
  it('after «مدينة إنا», «أنا» is the pronoun, and «إنا» again is the city', () => {
    const text = 'زار الوفد مدينة إنا اليابانية. قال أحدهم: أنا سعيد بالزيارة. وتقع إنا قرب العاصمة.';
    expect(mentionsOf(text, 'ina')).toEqual(['مدينة إنا', 'إنا']);
  });
});
