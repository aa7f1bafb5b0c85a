import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/arabic/dates';
import { PageView } from '../../../lib/match/page-view';
import { runs } from '../fuzz/runs';

/** What the page-wide answer is: the latest full date among the dates of one pass over the whole text. */
function wholeText(text: string): string | undefined {
  let latest: string | undefined;
  for (const d of findDates(text)) if (/^\d{4}-\d{2}-\d{2}$/.test(d.iso) && (latest === undefined || d.iso > latest)) latest = d.iso;
  return latest;
}

const latest = (text: string) => new PageView(text).latestFullDate;

describe('PageView.latestFullDate', () => {
  it('is the latest full date, not the latest year: a plan for 2030 has no day', () => {
    const text =
      'وقالت الوزارة في بيان صدر يوم الأحد 7 نوفمبر 2021 إن الخطة تمتد حتى عام 2030.\n' +
      'وكان الاجتماع الأول قد عقد في 3/9/2019، ثم تأجل الثاني إلى 12 أكتوبر 2020.';
    expect(latest(text)).toBe('2021-11-07');
  });

  it('reads a year written in Arabic-Indic or Persian digits, and a date far from every other', () => {
    const filler = 'ويرى مراقبون أن المرحلة المقبلة ستكون حاسمة بالنسبة إلى جميع الأطراف. '.repeat(40);
    expect(latest(`في ٧ نوفمبر ٢٠٢١ ${filler} وفي 2 يناير 2020 ${filler} بتاريخ ۱۵/۰۳/۲۰۲۲ ${filler}`)).toBe('2022-03-15');
  });

  it('finds none where the years are bare or counts, and none in a date with an impossible day', () => {
    expect(latest('شارك نحو 2000 شخص في احتجاجات عام 2019، وفي 2023 تكررت.')).toBeUndefined();
    expect(latest('في 31 فبراير 2024 وفي شهر مارس 2024.')).toBeUndefined();
  });

  it('reads a table of bare years, more than its windows are worth, as one pass would', () => {
    // Hundreds of distinct years a few characters apart: the windows would cover the page many times over.
    const years = Array.from({ length: 300 }, (_, k) => String(1900 + k)).join(' ، ');
    expect(latest(`${years} ثم في 5 مايو 1950 انتهت.`)).toBe('1950-05-05');
    expect(latest(years)).toBeUndefined();
  });

  it('is what one pass over the whole text gives, on text made of dates, numbers and their neighbours', () => {
    const piece = fc.constantFrom(
      '7', '١٢', '31', '2021', '٢٠٢٢', '1999', '2023', '2025', '1443', ' ', ' ', ' ', '، ', '. ', '\n', '/', '-', '.', ':',
      'نوفمبر', 'تشرين الثاني', 'فبراير', 'November', 'Nov.', 'الأحد', 'يوم الجمعة الموافق', 'و', 'ب', 'قال', 'الكاظمي',
      'م', 'هـ', '\u200b', '\u064e', 'شخص', 'نحو', '(', ')', '؟', 'عام', 'من',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), (pieces) => {
        const text = pieces.join('');
        expect(latest(text)).toBe(wholeText(text));
      }),
      runs(300),
    );
  });
});
