/**
 * Dates written relative to the day a page was published, resolved against that day: "فجر الأحد",
 * "الجمعة الماضية", "أمس", "قبل تسعة أشهر", "الشهر الماضي"; "last Friday", "on Sunday", "yesterday",
 * "nine months ago", "last year". A weekday alone is the latest such day on or before the page's date
 * (a report of Sunday says "الأحد" of that very day); with الماضي/last it is strictly before; with
 * المقبل/next it is after. "قبل أيام" (a few days ago) names no day and is not read.
 * Months and years ago give YYYY-MM and YYYY: a reader does not count the days either.
 */
import { fuzzy, isoOf, type ArabicDate } from './dates';

const AR_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const AR_NUMBERS: [string, number][] = [
  ['ثلاثة', 3], ['ثلاث', 3], ['أربعة', 4], ['أربع', 4], ['خمسة', 5], ['خمس', 5], ['ستة', 6], ['ست', 6], ['سبعة', 7],
  ['سبع', 7], ['ثمانية', 8], ['ثماني', 8], ['ثمان', 8], ['تسعة', 9], ['تسع', 9], ['عشرة', 10], ['عشر', 10],
];
const EN_NUMBERS: [string, number][] = [
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
];
/** Arabic units: singular, dual, plural, with their kind. */
const AR_UNITS: [string, Unit, number][] = [
  ['يومين', 'day', 2], ['يوم', 'day', 1], ['أيام', 'day', 0], ['أسبوعين', 'week', 2], ['أسبوع', 'week', 1], ['أسابيع', 'week', 0],
  ['شهرين', 'month', 2], ['شهر', 'month', 1], ['أشهر', 'month', 0], ['شهور', 'month', 0], ['عامين', 'year', 2], ['عام', 'year', 1],
  ['أعوام', 'year', 0], ['سنتين', 'year', 2], ['سنة', 'year', 1], ['سنوات', 'year', 0],
];
type Unit = 'day' | 'week' | 'month' | 'year';

const PAST = ['الماضي', 'الماضية', 'الفائت', 'الفائتة', 'المنصرم', 'المنصرمة', 'السابق'];
const NEXT = ['المقبل', 'المقبلة', 'القادم', 'القادمة'];
const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(fuzzy).join('|');
const START = '(?<![\\p{L}\\p{M}\\p{N}])';
const END = '(?![\\p{L}\\p{M}])';
/** و ف ب ل may stick to the first word ("وأمس", "بالأمس" is read through its own spelling). */
const CL = '(?:[وفبل]?)';

const AR_WEEKDAY = new RegExp(
  `${START}${CL}(?:(?:${alt(['فجر', 'صباح', 'مساء', 'ليلة', 'ظهر', 'عصر', 'يوم'])})\\s+)?(${alt(AR_WEEKDAYS)})${END}(?:\\s+(${alt(PAST)}|${alt(NEXT)})${END})?`,
  'gu',
);
const AR_DAYS_BACK = new RegExp(`${START}${CL}(${alt(['أول أمس', 'أول من أمس', 'أمس', 'الأمس', 'البارحة', 'اليوم'])})${END}`, 'gu');
const AR_AGO = new RegExp(`${START}${CL}${fuzzy('قبل')}\\s+(?:(${alt(AR_NUMBERS.map(([w]) => w))})\\s+)?(${alt(AR_UNITS.map(([w]) => w))})${END}`, 'gu');
const AR_LAST_UNIT = new RegExp(`${START}${CL}(${alt(['الشهر', 'العام', 'السنة', 'الأسبوع'])})\\s+(${alt(PAST)})${END}`, 'gu');
const EN_WEEKDAY = new RegExp(`\\b(?:(last|next|this|on)\\s+)?(${EN_WEEKDAYS.join('|')})\\b`, 'giu');
const EN_DAYS_BACK = new RegExp(`\\b(the day before yesterday|yesterday|today)\\b`, 'giu');
const EN_AGO = new RegExp(`\\b(\\d{1,2}|${EN_NUMBERS.map(([w]) => w).join('|')})\\s+(days?|weeks?|months?|years?)\\s+ago\\b`, 'giu');
const EN_LAST_UNIT = new RegExp(`\\blast\\s+(week|month|year)\\b`, 'giu');

const DAY_MS = 86_400_000;
const parse = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};
const fromTime = (t: number, precision: Unit): string => {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  if (precision === 'year') return isoOf(y);
  if (precision === 'month') return isoOf(y, d.getUTCMonth() + 1);
  return isoOf(y, d.getUTCMonth() + 1, d.getUTCDate());
};
const monthsBack = (t: number, n: number) => {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - n, 1);
};

function weekdayIso(page: number, weekday: number, mode: 'past' | 'next' | 'latest'): string {
  const today = new Date(page).getUTCDay();
  let back = (today - weekday + 7) % 7;
  if (mode === 'past' && back === 0) back = 7;
  if (mode === 'next') {
    const ahead = (weekday - today + 7) % 7 || 7;
    return fromTime(page + ahead * DAY_MS, 'day');
  }
  return fromTime(page - back * DAY_MS, 'day');
}

function ago(page: number, n: number, unit: Unit): string {
  if (unit === 'day') return fromTime(page - n * DAY_MS, 'day');
  if (unit === 'week') return fromTime(page - 7 * n * DAY_MS, 'day');
  if (unit === 'month') return fromTime(monthsBack(page, n), 'month');
  return isoOf(new Date(page).getUTCFullYear() - n);
}

/** Whole-word patterns of the fixed word lists here, compiled on first use and kept. */
const wholeWords = new Map<string, RegExp>();
const wholeWord = (k: string): RegExp => {
  let re = wholeWords.get(k);
  if (!re) wholeWords.set(k, (re = new RegExp(`^${fuzzy(k)}$`, 'u')));
  return re;
};

const lookup = <T>(table: readonly [string, T][], word: string): T | undefined => {
  const w = word.toLowerCase();
  return table.find(([k]) => wholeWord(k).test(w))?.[1];
};

/** Relative date expressions in `text`, resolved against `pageDate` (YYYY-MM-DD), in text order. */
export function findRelativeDates(text: string, pageDate: string): ArabicDate[] {
  const page = parse(pageDate);
  if (Number.isNaN(page)) return [];
  const out: ArabicDate[] = [];
  const push = (m: RegExpExecArray, iso: string, from = m.index + (m[0].length - m[0].trimStart().length)) => {
    let start = from;
    if (/^[وفبل]/u.test(text[start] ?? '') && /^[وفبل](?:[\p{L}])/u.test(text.slice(start, start + 2)) && CLITIC_FIRST.test(text.slice(start))) start++;
    const end = m.index + m[0].length;
    out.push({ start, end, text: text.slice(start, end), iso, relative: true });
  };
  for (const m of text.matchAll(AR_WEEKDAY)) {
    const weekday = AR_WEEKDAYS.findIndex((w) => wholeWord(w).test(m[1] ?? ''));
    const which = m[2] === undefined ? 'latest' : lookup(NEXT.map((w) => [w, 1] as [string, number]), m[2]) ? 'next' : 'past';
    if (weekday >= 0) push(m, weekdayIso(page, weekday, which));
  }
  for (const m of text.matchAll(AR_DAYS_BACK)) {
    const word = m[1] ?? '';
    const back = /^اول/u.test(word.replace(/[أإآ]/g, 'ا')) ? 2 : /يوم/u.test(word) ? 0 : 1;
    push(m, fromTime(page - back * DAY_MS, 'day'));
  }
  for (const m of text.matchAll(AR_AGO)) {
    const unit = lookup(AR_UNITS.map(([w, u, n]) => [w, [u, n] as const]), m[2] ?? '');
    if (!unit) continue;
    const n = m[1] === undefined ? unit[1] : lookup(AR_NUMBERS, m[1]);
    if (!n) continue; // "قبل أيام": a few days, no day named
    push(m, ago(page, n, unit[0]));
  }
  for (const m of text.matchAll(AR_LAST_UNIT)) {
    const word = (m[1] ?? '').replace(/[أإآ]/g, 'ا');
    const unit: Unit = word.includes('شهر') ? 'month' : word.includes('اسبوع') ? 'week' : 'year';
    push(m, ago(page, 1, unit));
  }
  for (const m of text.matchAll(EN_WEEKDAY)) {
    const weekday = EN_WEEKDAYS.indexOf((m[2] ?? '').toLowerCase());
    const mod = (m[1] ?? '').toLowerCase();
    push(m, weekdayIso(page, weekday, mod === 'last' ? 'past' : mod === 'next' ? 'next' : 'latest'));
  }
  for (const m of text.matchAll(EN_DAYS_BACK)) {
    const w = (m[1] ?? '').toLowerCase();
    push(m, fromTime(page - (w === 'today' ? 0 : w === 'yesterday' ? 1 : 2) * DAY_MS, 'day'));
  }
  for (const m of text.matchAll(EN_AGO)) {
    const raw = (m[1] ?? '').toLowerCase();
    const n = /^\d+$/.test(raw) ? Number(raw) : EN_NUMBERS.find(([w]) => w === raw)?.[1];
    const unit = (m[2] ?? '').toLowerCase().replace(/s$/, '') as Unit;
    if (n) push(m, ago(page, n, unit));
  }
  for (const m of text.matchAll(EN_LAST_UNIT)) push(m, ago(page, 1, (m[1] ?? '').toLowerCase() as Unit));
  return out.sort((a, b) => a.start - b.start);
}

/** A proclitic before one of the words above (not the first letter of the word itself). */
const CLITIC_FIRST = new RegExp(`^[وفبل](?:${alt(['فجر', 'صباح', 'مساء', 'ليلة', 'ظهر', 'عصر', 'يوم', 'أول', 'أمس', 'الأمس', 'البارحة', 'اليوم', 'قبل', 'الشهر', 'العام', 'السنة', 'الأسبوع', ...AR_WEEKDAYS])})`, 'u');
