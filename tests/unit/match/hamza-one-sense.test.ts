import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/compile';
import { entitySchema } from '../../../lib/reference/schema';
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

describe('the confirmed spellings of an entity include mentions kept after the first question', () => {
  // Ina's bare name asks first (its spelling is looked up), then Ur's «أور» is kept by a near rule, then a
  // later «أور» leans on Ur being on the page: that earlier «أور» is what confirms its spelling.
  const place = (id: string, aliases: unknown[]) =>
    entitySchema.parse({ id, type: 'place', name: { ar: id, en: id }, summary: { ar: id, en: id }, aliases });
  const matcher = compileMatcher({
    entities: [
      place('ina', [
        { text: 'مدينة إنا', lang: 'ar', kind: 'full' },
        { text: 'إنا', lang: 'ar', kind: 'full', requires: [{ kind: 'entity', id: 'ina' }] },
      ]),
      place('ur', [
        { text: 'زقورة اور', lang: 'ar', kind: 'full' },
        {
          text: 'أور',
          lang: 'ar',
          kind: 'full',
          requires: [
            { kind: 'near', phrases: ['آثار'], before: 1 },
            { kind: 'entity', id: 'ur' },
          ],
        },
      ]),
    ],
    events: [],
  });
  const mentions = (text: string, id: string) => matcher.scan(text).entities.find((e) => e.id === id)?.mentions.map((m) => m.text) ?? [];

  it('a spelling confirmed by a rule counts for the same spelling later on the page', () => {
    const text = 'زار الوفد مدينة إنا اليابانية. وتقع إنا قرب العاصمة. وفي العراق زار الوفد زقورة اور ثم آثار أور، وقال الدليل إن أور مدينة سومرية.';
    expect(mentions(text, 'ina')).toEqual(['مدينة إنا', 'إنا']);
    expect(mentions(text, 'ur')).toEqual(['زقورة اور', 'أور', 'أور']);
  });

  it('without that mention, the hamza spelling alone is not confirmed', () => {
    const text = 'زار الوفد مدينة إنا اليابانية. وتقع إنا قرب العاصمة. وفي العراق زار الوفد زقورة اور، وقال الدليل إن أور مدينة سومرية.';
    expect(mentions(text, 'ur')).toEqual(['زقورة اور']);
  });
});

/**
 * A short name never matches a page word that writes a hamza where the name has none, or another one, whatever
 * rule would accept it: a near rule (a preposition within three words, Turkey on the page) once let one «وأن»
 * through, and then its spelling was confirmed for every «وأن» after it.
 */
describe('a hamza the page writes in a short word makes another word, whatever rule would accept it', () => {
  it('«وأن» after «من» on a page about Turkey is not Van', () => {
    const text = 'ضرب زلزال مدينة وان شرقي تركيا. وقال مسؤول من أنقرة وأن فرق الإنقاذ وصلت. وأكد الوزير وأن المساعدات في الطريق.';
    expect(mentionsOf(text, 'van')).toEqual(['مدينة وان']);
  });
  it('«أنا» after «في» on a page about Japan is not Ina', () => {
    const text = 'زار الوفد مدينة إنا اليابانية. وقال أحدهم في طوكيو أنا سعيد بالزيارة.';
    expect(mentionsOf(text, 'ina')).toEqual(['مدينة إنا']);
  });
  it('«كأن» beside the city of Cannes is not Cannes', () => {
    const text = 'افتتح مهرجان مدينة كان السينمائي دورته أمس، وبدت كأن المدينة كلها تحتفل.';
    expect(mentionsOf(text, 'cannes')).toEqual(['مدينة كان']);
  });
  it('the same names written bare, or as the name writes its hamza, still count', () => {
    expect(mentionsOf('ضرب زلزال مدينة وان شرقي تركيا. ووصلت فرق الإنقاذ إلى وان صباحا.', 'van')).toEqual(['مدينة وان', 'وان']);
    expect(mentionsOf('زار الوفد مدينة إنا اليابانية. وتقع إنا قرب العاصمة.', 'ina')).toEqual(['مدينة إنا', 'إنا']);
  });
});
