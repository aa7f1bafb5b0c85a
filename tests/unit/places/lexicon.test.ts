import { describe, expect, it } from 'vitest';
import { isOrdinaryWord, lexiconForms, ordinaryWords, parseDic } from '../../../scripts/places/lexicon';

// Ten stems in a class of names (most of them known places), and a class of ordinary words.
const DIC = [
  '14',
  ...['تونس', 'بغداد', 'دمشق', 'بيروت', 'عمان', 'لبنان', 'مسقط', 'القاهرة', 'آدم', 'حواء'].map((w) => `${w}/60`),
  'صور/67\t3057',
  'حلب/77',
  'خليل/67',
  'كتاب/67',
].join('\n');

describe('the lexicon of ordinary words', () => {
  const entries = parseDic(DIC);
  const known = new Set(['تونس', 'بغداد', 'دمشق', 'بيروت', 'عمان', 'لبنان', 'مسقط', 'القاهره', 'صور', 'حلب', 'الخليل', 'خليل']);

  it('parses stems and classes, normalized as the matcher reads them', () => {
    expect(entries).toHaveLength(14);
    expect(entries[7]).toEqual({ word: 'القاهره', flag: '60' });
    expect(entries[10]).toEqual({ word: 'صور', flag: '67' });
  });

  it('finds the class of names from the data and leaves its stems out', () => {
    const lexicon = ordinaryWords(entries, known);
    expect(lexicon.nameClasses).toEqual(['60']);
    expect([...lexicon.words].sort()).toEqual(['حلب', 'خليل', 'صور', 'كتاب']);
  });

  it('a reviewed class of words is never a class of names', () => {
    expect(ordinaryWords(entries, known, ['60']).nameClasses).toEqual([]);
  });

  it('looks names up with and without ال', () => {
    const lexicon = ordinaryWords(entries, known);
    expect(lexiconForms('الخليل')).toEqual(['الخليل', 'خليل']);
    expect(isOrdinaryWord('الخليل', lexicon)).toBe(true);
    expect(isOrdinaryWord('صور', lexicon)).toBe(true);
    expect(isOrdinaryWord('دمشق', lexicon)).toBe(false);
    expect(isOrdinaryWord('بيروت', lexicon)).toBe(false);
    // Stems come without the feminine ending.
    expect(lexiconForms('الجديده')).toEqual(['الجديده', 'جديده', 'الجديد', 'جديد']);
    // Too short to strip: ال + two letters is a word of its own.
    expect(lexiconForms('الحي')).toEqual(['الحي']);
  });
});
