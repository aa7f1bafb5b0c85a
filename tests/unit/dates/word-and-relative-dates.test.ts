import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/arabic/dates';
import { findRelativeDates } from '../../../lib/arabic/relative-dates';
import { findWordDates, hijriToIso } from '../../../lib/arabic/word-dates';

const isos = (dates: { text: string; iso: string }[]) => dates.map((d) => [d.text, d.iso]);

describe('English month names', () => {
  it.each([
    ['Mustafa al-Kadhimi survived on 7 November 2021.', '7 November 2021', '2021-11-07'],
    ['Officials said on November 7, 2021 that two drones fell.', 'November 7, 2021', '2021-11-07'],
    ['It happened on Nov. 7, 2021, at dawn.', 'Nov. 7, 2021', '2021-11-07'],
    ['the 7th of November 2021', '7th of November 2021', '2021-11-07'],
    ['results of the October 10 election', 'October 10', '--10-10'],
    ['Iraq held elections in November 2025.', 'November 2025', '2025-11'],
  ])('%s', (text, written, iso) => {
    expect(isos(findDates(text))).toEqual([[written, iso]]);
  });

  it('a full stop after a month is the end of the sentence, not an abbreviation', () => {
    expect(isos(findDates('Protests went on in November. 2000 people marched.'))).toEqual([]);
  });
});

describe('a count is not a year', () => {
  it.each(['شارك 2000 شخص في المسيرة.', 'اعتصم نحو 2000 أمام البوابات.', 'Some 2000 protesters marched.', 'قتل 2021 متظاهرا.'])('%s', (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it('but a year before other words still is', () => {
    expect(isos(findDates('في عام 2000 شهد العراق'))).toEqual([['2000', '2000']]);
    expect(isos(findDates('الانتخابات العراقية 2021 كانت مبكرة'))).toEqual([['2021', '2021']]);
  });
});

describe('ordinal day words and Hijri days', () => {
  it.each([
    ['وقعت محاولة الاغتيال في السابع من نوفمبر 2021.', 'السابع من نوفمبر 2021', '2021-11-07'],
    ['تظاهرات ضد نتائج انتخابات العاشر من تشرين الأول.', 'العاشر من تشرين الأول', '--10-10'],
    ['في الحادي والعشرين من آذار', 'الحادي والعشرين من آذار', '--03-21'],
    ['في الثاني من ربيع الآخر 1443هـ', 'الثاني من ربيع الآخر 1443هـ', '2021-11-07'],
    ['يوم 2 ربيع الآخر 1443 هـ', '2 ربيع الآخر 1443 هـ', '2021-11-07'],
  ])('%s', (text, written, iso) => {
    expect(isos(findWordDates(text))).toEqual([[written, iso]]);
  });

  it('reads nothing that is not a date', () => {
    // A month name with no ordinal day, an ordinal not followed by من and a month, a Hijri month with no year.
    expect(findWordDates('في شهر كانون الثاني من كل عام')).toEqual([]);
    expect(findWordDates('الفصل السابع من الكتاب')).toEqual([]);
    expect(findWordDates('يصوم المسلمون في رمضان')).toEqual([]);
    expect(findWordDates('صفر من الأهداف في العاشر من الشهر')).toEqual([]);
  });

  it('converts Umm al-Qura days', () => {
    expect(hijriToIso(1443, 4, 2)).toBe('2021-11-07');
    expect(hijriToIso(1445, 9, 1)).toBe('2024-03-11');
  });
});

describe('dates relative to the page date', () => {
  it.each([
    ['فجر الأحد استهدفت طائرة مسيرة', '2021-11-07', 'فجر الأحد', '2021-11-07'],
    ['قتل متظاهر في مواجهات الجمعة الماضية', '2021-11-08', 'الجمعة الماضية', '2021-11-05'],
    ['وقعت مواجهات الجمعة الماضية', '2021-11-05', 'الجمعة الماضية', '2021-10-29'],
    ['قال مسؤول أمس إن', '2021-11-08', 'أمس', '2021-11-07'],
    ['وأمس قال مسؤول', '2021-11-08', 'أمس', '2021-11-07'],
    ['أول أمس', '2021-11-07', 'أول أمس', '2021-11-05'],
    ['يلتقي الوفد الأحد المقبل', '2021-11-08', 'الأحد المقبل', '2021-11-14'],
    ['فاز التيار قبل تسعة أشهر', '2022-07-10', 'قبل تسعة أشهر', '2021-10'],
    ['نجا قبل عام من محاولة', '2022-11-07', 'قبل عام', '2021'],
    ['حدث ذلك الشهر الماضي', '2021-11-10', 'الشهر الماضي', '2021-10'],
    ['clashed with protesters last Friday', '2021-11-08', 'last Friday', '2021-11-05'],
    ['early on Sunday a drone hit', '2021-11-08', 'on Sunday', '2021-11-07'],
    ['Nine months ago, Kadhimi survived', '2022-08-07', 'Nine months ago', '2021-11'],
    ['officials said yesterday', '2021-11-08', 'yesterday', '2021-11-07'],
  ])('%s (page of %s)', (text, pageDate, written, iso) => {
    expect(isos(findRelativeDates(text, pageDate))).toEqual([[written, iso]]);
  });

  it('a vague span names no day, and a bad page date resolves nothing', () => {
    expect(findRelativeDates('نجا قبل أيام من محاولة', '2021-11-10')).toEqual([]);
    expect(findRelativeDates('فجر الأحد', 'not a date')).toEqual([]);
  });

  it('marks what it resolved as relative', () => {
    expect(findRelativeDates('أمس', '2021-11-08')[0]?.relative).toBe(true);
  });
});
