import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates, pageYears } from '../../../lib/arabic/dates';

/** The dates of a sentence as [text, iso] pairs, checking that every span is an exact slice of the input. */
function dates(text: string): [string, string][] {
  return findDates(text).map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    return [d.text, d.iso];
  });
}

describe('findDates', () => {
  it('reads the seed article: a weekday with both month systems as one date, and a month/month year', () => {
    const seed = readFileSync(new URL('../../../seeds/000_7752d1d99baee141.txt', import.meta.url), 'utf8');
    const found = findDates(seed);
    expect(found.map((d) => d.text)).toEqual(['الأحد 7 نوفمبر/تشرين الثاني 2021', 'مايو/أيار 2020']);
    expect(found[0]).toMatchObject({ year: 2021, month: 11, day: 7, weekday: 0, iso: '2021-11-07' });
    expect(found[1]).toMatchObject({ year: 2020, month: 5, iso: '2020-05' });
    expect(found[1]?.day).toBeUndefined();
  });

  it.each([
    ['فجر الأحد ٧ نوفمبر ٢٠٢١، نجا رئيس الوزراء', 'الأحد ٧ نوفمبر ٢٠٢١', '2021-11-07'],
    ['وقعت الحادثة في ۷ تشرين الثاني ۲۰۲۱ قرب بغداد', '۷ تشرين الثاني ۲۰۲۱', '2021-11-07'],
    ['اندلعت المواجهات يوم الجمعة، الموافق 5 نوفمبر 2021م، أمام بوابات المنطقة', 'يوم الجمعة، الموافق 5 نوفمبر 2021م', '2021-11-05'],
    ['أعلنت الحكومة في 10 أكتوبر/تشرين الأول 2021 النتائج الأولية', '10 أكتوبر/تشرين الأول 2021', '2021-10-10'],
    ['جرت الانتخابات في تشرين الأول/أكتوبر 2021 وسط إقبال ضعيف', 'تشرين الأول/أكتوبر 2021', '2021-10'],
    ['تسلّم منصبه في ٧ مايو (أيار) ٢٠٢٠ بعد أشهر من الاحتجاجات', '٧ مايو (أيار) ٢٠٢٠', '2020-05-07'],
    ['وصل الوفد في 3 آب 2019 إلى العاصمة', '3 آب 2019', '2019-08-03'],
    ['تنتهي المهلة في 30 حزيران 2022', '30 حزيران 2022', '2022-06-30'],
    ['صدر القرار في 15 إبريل 2021', '15 إبريل 2021', '2021-04-15'],
    ['صدر القرار في 15 أبريل 2021', '15 أبريل 2021', '2021-04-15'],
    ['صدر القرار في 15 ابريل 2021', '15 ابريل 2021', '2021-04-15'],
    ['ونقلت الصحيفة في 2 يونيه 2021 تصريحاته', '2 يونيه 2021', '2021-06-02'],
    ['وفي 14 تموز 2021 أعلن الحزب موقفه', '14 تموز 2021', '2021-07-14'],
    ['قال في بيان صدر في 1 كانون الثاني 2022 إن', '1 كانون الثاني 2022', '2022-01-01'],
    ['وصل في 25 كانون الأول 2021 إلى دمشق', '25 كانون الأول 2021', '2021-12-25'],
    ['بدأت الأزمة في 9 شباط 2021', '9 شباط 2021', '2021-02-09'],
    ['في 20 آذار 2003 بدأ الغزو', '20 آذار 2003', '2003-03-20'],
    ['وقّع الاتفاق في 16 أيلول 2020', '16 أيلول 2020', '2020-09-16'],
  ])('%s', (sentence, text, iso) => {
    expect(dates(sentence)).toEqual([[text, iso]]);
  });

  it('tolerates diacritics, tatweel, alef and ة/ه variants, Persian letters and invisible marks inside words', () => {
    expect(dates('فَجْرَ الأحَدِ 7 نُوفَمْبِرَ 2021')).toEqual([['الأحَدِ 7 نُوفَمْبِرَ 2021', '2021-11-07']]);
    expect(dates('في 7 نوفمـــبر/تشريـن الثانـي 2021')).toEqual([['7 نوفمـــبر/تشريـن الثانـي 2021', '2021-11-07']]);
    expect(dates('الاحد 7 نوفمبر 2021')[0]?.[1]).toBe('2021-11-07');
    expect(findDates('الجمعه 5 نوفمبر 2021')[0]?.weekday).toBe(5);
    expect(findDates('الإثنين 8 نوفمبر 2021')[0]?.weekday).toBe(1);
    expect(dates('في 8 نوفمبر ٢٠٢١ قالت تشرين\u200C الثاني')).toEqual([['8 نوفمبر ٢٠٢١', '2021-11-08']]);
    expect(dates('في 1 کانون الثانی 2022')).toEqual([['1 کانون الثانی 2022', '2022-01-01']]);
  });

  it('leaves proclitics out of the span: في, و, ب, وب stuck to the day or month', () => {
    expect(dates('وفي 7 نوفمبر 2021 نجا')).toEqual([['7 نوفمبر 2021', '2021-11-07']]);
    expect(dates('و7 نوفمبر 2021')).toEqual([['7 نوفمبر 2021', '2021-11-07']]);
    expect(dates('تولى السلطة بمايو 2020')).toEqual([['مايو 2020', '2020-05']]);
    expect(dates('وبنوفمبر/تشرين الثاني 2021 وقع الهجوم')).toEqual([['نوفمبر/تشرين الثاني 2021', '2021-11']]);
  });

  it('reports weekday numbers from Sunday (0) to Saturday (6)', () => {
    const week = ['الأحد 7', 'الاثنين 8', 'الثلاثاء 9', 'الأربعاء 10', 'الخميس 11', 'الجمعة 12', 'السبت 13'];
    expect(week.map((w) => findDates(`${w} نوفمبر 2021`)[0]?.weekday)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('gives a day and month without a year as --MM-DD, and a weekday alone as nothing', () => {
    const [d] = findDates('وقع الهجوم فجر الأحد 7 نوفمبر، بعد يومين من المواجهات');
    expect(d).toMatchObject({ text: 'الأحد 7 نوفمبر', day: 7, month: 11, weekday: 0, iso: '--11-07' });
    expect(d?.year).toBeUndefined();
    expect(findDates('مواجهات اندلعت يوم الجمعة الفائت بين متظاهرين')).toEqual([]);
  });

  it('reads numeric dates day-first and year-first, in all three digit sets', () => {
    expect(dates('نشر في 7/11/2021 ثم في ٧/١١/٢٠٢١ وأخيرا ۷/۱۱/۲۰۲۱')).toEqual([
      ['7/11/2021', '2021-11-07'],
      ['٧/١١/٢٠٢١', '2021-11-07'],
      ['۷/۱۱/۲۰۲۱', '2021-11-07'],
    ]);
    expect(dates('تاريخ النشر: 2021-11-07 الساعة 06:30')).toEqual([['2021-11-07', '2021-11-07']]);
    expect(dates('آخر تحديث 05.11.2021')).toEqual([['05.11.2021', '2021-11-05']]);
    expect(dates('بتاريخ 11/27/2021 (بالصيغة الأمريكية)')).toEqual([['11/27/2021', '2021-11-27']]);
  });

  it('rejects impossible dates instead of guessing, and does not reuse their year', () => {
    expect(dates('في 31 فبراير 2021 لم يحدث شيء')).toEqual([]);
    expect(dates('في 29 فبراير 2021')).toEqual([]);
    expect(dates('في 29 فبراير 2020')).toEqual([['29 فبراير 2020', '2020-02-29']]);
    expect(dates('في 31 نيسان 2021')).toEqual([]);
    expect(dates('في 0 مايو 2021')).toEqual([]);
    expect(dates('الرقم 31/02/2021 و 31/13/2021 و 2021/13/01')).toEqual([]);
    // Month names of the two systems that disagree: no month is guessed; the year still counts as a year.
    expect(dates('نوفمبر/تشرين الأول 2021')).toEqual([['2021', '2021']]);
  });

  it('takes a bare 19xx/20xx year only when it stands alone', () => {
    expect(dates('منذ عام 2003 وحتى 2021م، وفي العام ١٩٩١')).toEqual([
      ['2003', '2003'],
      ['2021م', '2021'],
      ['١٩٩١', '1991'],
    ]);
    expect(dates('خلال الفترة 2019-2021 تغيّر كل شيء')).toEqual([
      ['2019', '2019'],
      ['2021', '2021'],
    ]);
    expect(dates('و2020 كان عاما صعبا')).toEqual([['2020', '2020']]);
  });

  it('does not take phone numbers, big numbers, decimals, times or Hijri years for years', () => {
    expect(dates('للاستفسار اتصلوا على 0770 2021 555 أو +2021')).toEqual([]);
    expect(dates('بلغ عدد الناخبين 12345 و120210 و 2,021 ناخب')).toEqual([]);
    expect(dates('ارتفع المؤشر إلى 2021.5 نقطة عند الساعة 12:2021')).toEqual([]);
    expect(dates('في عام 1443هـ وفي 2021 هـ')).toEqual([]);
    expect(dates('وحدة ٢٠٢١٥ و۲۰۲۱۰')).toEqual([]);
    expect(dates('رقم الحساب 1234-2021-5678')).toEqual([]);
    expect(dates('الطراز X2021 والمركبةA2020')).toEqual([]);
  });

  it('finds every date of a paragraph in order with exact offsets', () => {
    const p =
      'تولّى الكاظمي رئاسة الوزراء في 7 أيار 2020، وجرت الانتخابات في 10/10/2021، ثم نجا من محاولة اغتيال فجر الأحد ٧ تشرين الثاني ٢٠٢١.';
    const found = findDates(p);
    expect(found.map((d) => d.iso)).toEqual(['2020-05-07', '2021-10-10', '2021-11-07']);
    expect(found.map((d) => p.slice(d.start, d.end))).toEqual(found.map((d) => d.text));
    expect(pageYears(found)).toEqual([2020, 2021]);
  });
});

describe('pageYears', () => {
  it('lists distinct years in ascending order and ignores dates without a year', () => {
    expect(pageYears(findDates('في 2021 ثم 7 نوفمبر ثم مايو 2020 ثم 1/1/2021'))).toEqual([2020, 2021]);
    expect(pageYears([])).toEqual([]);
  });
});

describe('speed', () => {
  // Speed itself is npm run bench's business; this guards the shape: four times the text costs about four
  // times as much (a quadratic scan would cost sixteen), measured relative to itself so load cannot fail it.
  it('scans news text in time linear in its length', () => {
    const sentence = 'وقال المصدر يوم الأحد 7 نوفمبر/تشرين الثاني 2021 إن 12 شخصا أصيبوا في المنطقة الخضراء عام 2020. ';
    const repeats = Math.ceil(1_000_000 / sentence.length);
    const small = sentence.repeat(Math.ceil(repeats / 4));
    const big = sentence.repeat(repeats);
    const time = (text: string) => {
      const t0 = performance.now();
      findDates(text);
      return performance.now() - t0;
    };
    expect(findDates(big).length).toBe(2 * repeats);
    time(small); // warm-up
    // Best of five each, taken in turn: a burst of load on a shared machine then falls on both sizes alike.
    let [bestSmall, bestBig] = [Infinity, Infinity];
    for (let i = 0; i < 5; i++) {
      bestSmall = Math.min(bestSmall, time(small));
      bestBig = Math.min(bestBig, time(big));
    }
    expect(bestBig / Math.max(bestSmall, 0.5)).toBeLessThan(9);
  });
});
