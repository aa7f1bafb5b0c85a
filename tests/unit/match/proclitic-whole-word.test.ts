import { describe, expect, it } from 'vitest';
import { placesSet } from '../../support/places-set';

const mentionsOf = (text: string, id: string): string[] =>
  placesSet().matcher.scan(text).entities.find((e) => e.id === id)?.mentions.map((m) => m.text) ?? [];

/**
 * A page word that is itself a name is that name, not a proclitic before another one: بكين is Beijing, not
 * ب + كين (Keene), even on a page where «مدينة كين» makes Keene's bare name count. Before, the two readings
 * of the same word were taken as two entities sharing a name, and the one with context on the page won.
 */
describe('a word that is a name as written is not read as a proclitic and another name', () => {
  it('بكين is Beijing, with Keene on the page', () => {
    const text = 'زار الوفد مدينة كين الأمريكية. وأفادت بكين بأن المحادثات مستمرة.';
    expect(mentionsOf(text, 'keene')).toEqual(['مدينة كين']);
    expect(mentionsOf(text, 'beijing')).toEqual(['بكين']);
  });

  it('بريدة is Buraydah, with Rhede on the page', () => {
    const text = 'أقامت مدينة ريدة الألمانية مهرجانها السنوي. وشهدت بريدة احتجاجات واسعة.';
    expect(mentionsOf(text, 'rhede')).toEqual(['مدينة ريدة']);
    expect(mentionsOf(text, 'buraydah')).toEqual(['بريدة']);
  });

  it('باريس is Paris, with Arys on the page', () => {
    const text = 'وصل السياح إلى مدينة أريس في كازاخستان. ثم سافروا إلى باريس.';
    expect(mentionsOf(text, 'arys')).toEqual(['مدينة أريس']);
    expect(mentionsOf(text, 'paris')).toEqual(['باريس']);
  });

  it('وجدة is Oujda and كورك is Cork, with Jeddah and Warwick on the page', () => {
    const text = 'وصل الوفد إلى مدينة جدة ثم إلى مدينة ورك. وشهدت وجدة مهرجانا، واستقبلت كورك وفدا تجاريا.';
    expect(mentionsOf(text, 'jeddah')).toEqual(['مدينة جدة']);
    expect(mentionsOf(text, 'oujda')).toEqual(['وجدة']);
    expect(mentionsOf(text, 'warwick-gb')).toEqual(['مدينة ورك']);
    expect(mentionsOf(text, 'cork')).toEqual(['كورك']);
  });

  it('a proclitic before a name is still read where the word as written is no name', () => {
    expect(mentionsOf('عقد الاجتماع بباريس أمس.', 'paris')).toEqual(['باريس']);
    expect(mentionsOf('زار الوفد مدينة كين الأمريكية. ووصل الوفد إلى كين مساء.', 'keene')).toEqual(['مدينة كين', 'كين']);
  });
});
