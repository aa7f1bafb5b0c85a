import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLITIC,
  DIGIT,
  MONTH_ALT,
  MONTH_PAIR,
  NOT_WORD,
  WORD_START,
  YEAR_TAIL,
  beforeYearMatch,
  dayFirstMatch,
  monthAfterMatch,
  monthBeforeDayMatch,
} from '../../../lib/arabic/dates';

/**
 * The date patterns once inlined the month alternation (25 KB of regex source to compile on a worker's
 * first page); they now read a month with one shared pattern and the rest piece by piece. These are the
 * inlined patterns, kept here as the reference: on every position of every generated text both must give
 * the same match and the same groups.
 */
const DAY_FIRST = new RegExp(`(${DIGIT}{1,2})(?:st|nd|rd|th)?\\s*(?:من\\s+|of\\s+)?${MONTH_PAIR}${YEAR_TAIL}`, 'uy');
const MONTH_AFTER = new RegExp(`${MONTH_PAIR}${YEAR_TAIL}`, 'uy');
const BEFORE_YEAR = new RegExp(`${WORD_START}(${CLITIC})${MONTH_PAIR}\\s*[,،]?\\s*$`, 'u');
const MONTH_BEFORE_DAY = new RegExp(`${WORD_START}(${MONTH_ALT})${NOT_WORD}\\.?\\s+$`, 'u');

const sticky = (re: RegExp, text: string, at: number) => {
  re.lastIndex = at;
  return re.exec(text) ?? undefined;
};
/** The inlined patterns' groups, as the functions give them. */
const oldDayFirst = (text: string, at: number) => {
  const m = sticky(DAY_FIRST, text, at);
  return m && { end: at + m[0].length, day: m[1], first: m[2], second: m[3], tail: m[4], year: m[5] };
};
const oldMonthAfter = (text: string, at: number) => {
  const m = sticky(MONTH_AFTER, text, at);
  return m && { end: at + m[0].length, first: m[1], second: m[2], tail: m[3], year: m[4] };
};

const MONTHS = ['نوفمبر', 'تشرين الثاني', 'تشرين الأول', 'كانون الأول', 'كانون الثاني', 'مايو', 'ماي', 'أيار', 'آب', 'أوت', 'يونيه', 'فبراير', 'فيفري', 'أبريل', 'إبريل', 'ابريل', 'جويلية', 'November', 'nov', 'NOV', 'Sept', 'Sep', 'september', 'May', 'Dec'];
const PIECES = [
  ...MONTHS, ...MONTHS,
  ' ', ' ', ' ', '  ', '\n', '/', '\\', '-', '(', ')', '.', ',', '،', 'من ', 'of ', 'st', 'nd', 'th',
  '7', '12', '٧', '٢٠٢١', '2021', '۱۴۰۰', '123', '1443', 'هـ', 'م',
  'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'فل', 'ال', 'في', 'عام', 'الأحد', 'يوم', 'x', 'e', 'ب2',
  '\u064E', '\u0651', '\u0640', '\u200C', '\u200D', '\u200F', '\u0670', '\u061C',
];
const texts = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 }).map((parts) => parts.join(''));

describe('month patterns read piece by piece', () => {
  it.each([
    ['7 نوفمبر/تشرين الثاني 2021', 0],
    ['الأحد 7 من نوفمبر، 2021م', 6],
    ['12th of November 2021', 0],
    ['7 Nov. 2021', 0],
    ['7 نوفمبر (تشرين الثاني)', 0],
    ['3 مايو 1443 هـ', 0],
    ['7 كانون الثاني2021', 0],
  ])('a day first: %s', (text, at) => {
    expect(dayFirstMatch(text, at)).toEqual(oldDayFirst(text, at));
    expect(dayFirstMatch(text, at)).toBeDefined();
  });

  it.each(['وفي مايو/أيار ', 'بنوفمبر ', 'كانون الأول، ', 'فبراير ', 'في شهر آب\u200C ', 'ماي'])('before a year: %s', (window) => {
    const m = BEFORE_YEAR.exec(window);
    expect(beforeYearMatch(window)).toEqual(m ? { index: m.index, clitic: m[1], first: m[2], second: m[3] } : undefined);
    expect(m).not.toBeNull();
  });

  it('give what the inlined patterns gave, everywhere', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (let at = 0; at <= text.length; at++) {
          expect(dayFirstMatch(text, at)).toEqual(oldDayFirst(text, at));
          expect(monthAfterMatch(text, at)).toEqual(oldMonthAfter(text, at));
          const window = text.slice(at);
          const y = BEFORE_YEAR.exec(window);
          expect(beforeYearMatch(window)).toEqual(y ? { index: y.index, clitic: y[1], first: y[2], second: y[3] } : undefined);
          const d = MONTH_BEFORE_DAY.exec(window);
          expect(monthBeforeDayMatch(window)).toEqual(d ? { index: d.index, month: d[1] } : undefined);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1500) },
    );
  });
});
