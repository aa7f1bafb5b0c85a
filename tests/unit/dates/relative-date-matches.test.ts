import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARABIC_PATTERNS, arabicMatches, EN_AGO, EN_DAYS_BACK, EN_LAST_UNIT, EN_WEEKDAY, findRelativeDates } from '../../../lib/arabic/relative-dates';

/**
 * The Arabic relative-date patterns are tried only where a match can begin (a proclitic or a head word's
 * first letter, not after a letter). Here each pattern runs the plain way, with matchAll at every
 * position, as the reference: both must give the same matches, groups and positions.
 */
const patterns = Object.values(ARABIC_PATTERNS);
const reference = (text: string) => patterns.map(({ source }) => [...text.matchAll(new RegExp(source, 'gu'))]);
const shape = (runs: RegExpExecArray[][]) => runs.map((ms) => ms.map((m) => [m.index, ...m]));

const HEADS = patterns.flatMap((p) => p.heads);
const PIECES = [
  ...HEADS, ...HEADS,
  'الماضي', 'الماضية', 'الفائتة', 'المنصرم', 'السابق', 'المقبل', 'القادمة', 'ثلاثة', 'تسع', 'عشرة',
  'ٱلأحد', 'ألخميس', 'الاربعاء', 'إلجمعة', 'ليله', 'يوم', 'ٱليوم', 'ٱ', 'ک', 'ی', 'ى', 'ه', 'ة',
  'يومين', 'أيام', 'أسبوع', 'أشهر', 'شهور', 'عامين', 'سنوات', 'اليومي', 'أمسية', 'الاحد', 'الإثنين', 'الجمعه',
  'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ال', 'في', 'من', 'قبلها', 'x', 'K', '٣', '3', '2021',
  ' ', ' ', ' ', '  ', '\n', '\u00A0', '.', '،', '(', '«', '-',
  '\u064E', '\u0651', '\u0640', '\u200C', '\u200D', '\u200F', '\u0670', '\u061C', '\u06D6',
  '😀', '𝐀', '\uD835', '\uDC00',
];
const texts = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 16 }).map((parts) => parts.join(''));

describe('relative dates found without trying every position', () => {
  it.each([
    'وقال المتحدث فجر الأحد الماضي إن الطائرات المسيرة انطلقت',
    'وأمس استقبل الرئيس وفدا، واليوم يغادر',
    'جرى ذلك قبل ثلاثة أشهر وليس قبل أيام',
    'في الشهر الماضي والأسبوع المنصرم',
    'ليلة السبت، ويوم الجمعة القادمة، والخميس',
    'أول من أمس وأول أمس والبارحة',
    'الأحدث والأمسية وقبلها والشهرية الماضية',
    'بالأمس ـ الأحَد ـ والاثنيـن',
    'صباح الأحد، مساء السبت، عصر الجمعة، ظهر الخميس، يوم الاثنين',
  ])('%s', (text) => {
    const found = shape(arabicMatches(text));
    expect(found).toEqual(shape(reference(text)));
  });

  it('finds what matchAll finds, everywhere', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(shape(arabicMatches(text))).toEqual(shape(reference(text)));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    );
  });

  it('finds them in text that has them (the comparison is not between two empty lists)', () => {
    expect(arabicMatches('وقال فجر الأحد الماضي، وأمس، قبل ثلاثة أشهر، في الشهر الماضي').map((ms) => ms.map((m) => m[0]))).toEqual([
      ['فجر الأحد الماضي'],
      ['وأمس'],
      ['قبل ثلاثة أشهر'],
      ['الشهر الماضي'],
    ]);
  });

  it('an Arabic sentence with no Latin letter has no English date; ſ and the Kelvin sign still count as Latin', () => {
    const english = [EN_WEEKDAY, EN_DAYS_BACK, EN_AGO, EN_LAST_UNIT];
    const matches = (text: string) => english.flatMap((re) => [...text.matchAll(re)].map((m) => m[0]));
    fc.assert(
      fc.property(texts, (text) => {
        if (!/[A-Za-z\u017F\u212A]/.test(text)) expect(matches(text)).toEqual([]);
      }),
    );
    expect(matches('on \u017Funday, last wee\u212A')).toEqual(['on \u017Funday', 'last wee\u212A']);
    expect(findRelativeDates('on \u017Funday, last wee\u212A', '2021-11-07').map((d) => d.iso)).toEqual(['2021-11-07', '2021-10-31']);
    // Read as the days they are, not as a weekday of -1 or a unit of "dayſ" (once a year back).
    expect(findRelativeDates('3 day\u017F ago', '2021-11-07').map((d) => d.iso)).toEqual(['2021-11-04']);
  });
});
