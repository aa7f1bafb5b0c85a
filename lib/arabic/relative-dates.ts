/**
 * Dates written relative to the day a page was published, resolved against that day: "فجر الأحد",
 * "الجمعة الماضية", "أمس", "قبل تسعة أشهر", "الشهر الماضي"; "last Friday", "on Sunday", "yesterday",
 * "nine months ago", "last year". A weekday alone is the latest such day on or before the page's date
 * (a report of Sunday says "الأحد" of that very day); with الماضي/last it is strictly before; with
 * المقبل/next it is after. "قبل أيام" (a few days ago) names no day and is not read.
 * Months and years ago give YYYY-MM and YYYY: a reader does not count the days either.
 */
import { foldedLetter, fuzzy, isoOf, MARK, type ArabicDate } from './dates';

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
const DAY_PARTS = ['فجر', 'صباح', 'مساء', 'ليلة', 'ظهر', 'عصر', 'يوم'];
const DAYS_BACK = ['أول أمس', 'أول من أمس', 'أمس', 'الأمس', 'البارحة', 'اليوم'];
const LAST_UNITS = ['الشهر', 'العام', 'السنة', 'الأسبوع'];
const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(fuzzy).join('|');
const START = '(?<![\\p{L}\\p{M}\\p{N}])';
const END = '(?![\\p{L}\\p{M}])';
/** و ف ب ل may stick to the first word ("وأمس", "بالأمس" is read through its own spelling). */
const CL = '(?:[وفبل]?)';

/**
 * An Arabic pattern: the words it can start with (after a proclitic), and its source, which begins with
 * START and the optional proclitic. Each is tried only where a match can begin (see arabicMatches).
 */
interface ArabicPattern {
  heads: readonly string[];
  source: string;
}
const AR_WEEKDAY: ArabicPattern = {
  heads: [...DAY_PARTS, ...AR_WEEKDAYS],
  source: `${START}${CL}(?:(?:${alt(DAY_PARTS)})\\s+)?(${alt(AR_WEEKDAYS)})${END}(?:\\s+(${alt(PAST)}|${alt(NEXT)})${END})?`,
};
const AR_DAYS_BACK: ArabicPattern = { heads: DAYS_BACK, source: `${START}${CL}(${alt(DAYS_BACK)})${END}` };
const AR_AGO: ArabicPattern = {
  heads: ['قبل'],
  source: `${START}${CL}${fuzzy('قبل')}\\s+(?:(${alt(AR_NUMBERS.map(([w]) => w))})\\s+)?(${alt(AR_UNITS.map(([w]) => w))})${END}`,
};
const AR_LAST_UNIT: ArabicPattern = { heads: LAST_UNITS, source: `${START}${CL}(${alt(LAST_UNITS)})\\s+(${alt(PAST)})${END}` };
/** In the order their dates were always listed (ties in the final sort keep it). */
export const ARABIC_PATTERNS = { AR_WEEKDAY, AR_DAYS_BACK, AR_AGO, AR_LAST_UNIT } as const;

export const EN_WEEKDAY = new RegExp(`\\b(?:(last|next|this|on)\\s+)?(${EN_WEEKDAYS.join('|')})\\b`, 'giu');
export const EN_DAYS_BACK = new RegExp(`\\b(the day before yesterday|yesterday|today)\\b`, 'giu');
export const EN_AGO = new RegExp(`\\b(\\d{1,2}|${EN_NUMBERS.map(([w]) => w).join('|')})\\s+(days?|weeks?|months?|years?)\\s+ago\\b`, 'giu');
export const EN_LAST_UNIT = new RegExp(`\\blast\\s+(week|month|year)\\b`, 'giu');
/**
 * Every English match holds a letter that the `iu` flags read as a Latin one: A–Z, a–z, and the two
 * letters Unicode case folding turns into them (ſ into s, the Kelvin sign into k). A sentence without
 * one (most of an Arabic page) is not searched four more times.
 */
const LATIN = /[A-Za-z\u017F\u212A]/;
/** What the English patterns matched, lowercased as they read it: "ſunday" is Sunday (toLowerCase keeps ſ; the Kelvin sign becomes k). */
const latinLower = (s: string) => s.toLowerCase().replace(/\u017F/g, 's');

/**
 * How a word may open: its first three and first four letters, each letter folded to one of its
 * spellings (أ إ آ ٱ to ا, ى ی to ي, ه to ة, ک to ك) and marks between them skipped, as a number (8 bits
 * a letter, from U+0600). Each key holds a bit per pattern whose head words open that way.
 */
const FOLD = new Int16Array(0x100);
const SKIP = -1;
const STOP = -2;
{
  const mark = new RegExp(`^${MARK}$`, 'u');
  for (let i = 0; i < 0x100; i++) FOLD[i] = mark.test(String.fromCharCode(0x600 + i)) ? SKIP : i;
  for (let i = 0; i < 0x100; i++) if (FOLD[i] !== SKIP) FOLD[i] = foldedLetter(String.fromCharCode(0x600 + i)).charCodeAt(0) - 0x600;
}
const foldAt = (code: number): number =>
  code >= 0x600 && code <= 0x6ff ? FOLD[code - 0x600]! : code >= 0x200b && code <= 0x200f ? SKIP : STOP;

const OPEN_3 = new Map<number, number>();
const OPEN_4 = new Map<number, number>();
/** The opening bits of the word at `at` (0 when no pattern's head word opens that way). */
function openingBits(text: string, at: number): number {
  let key = 0;
  let letters = 0;
  let bits = 0;
  for (let i = at; i < text.length && letters < 4; i++) {
    const f = foldAt(text.charCodeAt(i));
    // A pattern's word starts with a letter, right at `at`; marks only come after one.
    if (f === SKIP && letters > 0) continue;
    if (f < 0) break;
    key = key * 256 + f;
    letters++;
    if (letters === 3) bits |= OPEN_3.get(key) ?? 0;
    else if (letters === 4) bits |= OPEN_4.get(key) ?? 0;
  }
  return bits;
}

/** Compiled once, sticky: tried at one position at a time. Same sources, so the same matches. */
const STICKY: readonly RegExp[] = Object.values(ARABIC_PATTERNS).map(({ heads, source }, bit) => {
  for (const head of heads) {
    // Up to the first space: a head of two words ("أول أمس") opens with its first.
    const letters = [...head.split(' ')[0]!];
    const open = letters.slice(0, 4).reduce((key, ch) => key * 256 + foldAt(ch.charCodeAt(0)), 0);
    if (letters.length < 3) throw new Error(`a relative-date head word needs three letters: ${head}`);
    const table = letters.length === 3 ? OPEN_3 : OPEN_4;
    table.set(open, (table.get(open) ?? 0) | (1 << bit));
  }
  return new RegExp(source, 'uy');
});

/**
 * Whether a UTF-16 unit is a letter, mark or number, as START's look-behind reads it; learned per unit on
 * first sight (0 unknown, 1 no, 2 yes). A surrogate is never skipped for it: the pattern itself decides.
 */
const WORD_UNIT = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
function isWordUnit(code: number): boolean {
  let known = WORD_UNIT[code]!;
  if (known === 0) WORD_UNIT[code] = known = code >= 0xd800 && code <= 0xdfff ? 1 : WORD_CHAR.test(String.fromCharCode(code)) ? 2 : 1;
  return known === 2;
}
const isProclitic = (code: number) => code === 0x648 || code === 0x641 || code === 0x628 || code === 0x644; // و ف ب ل

/**
 * What `text.matchAll` of each Arabic pattern (flag g) gives, in the same order, without running the
 * patterns at every position: they begin with a look-behind, which keeps the regex engine from skipping
 * ahead, and the four of them over a page's sentences were most of a scan (2.4 ms of 3.3 ms on a 17,000-
 * character dated article, warm). Here one pass looks at each word's opening letters (after a proclitic
 * too) and runs a pattern only where one of its head words opens, and not inside its previous match.
 */
export function arabicMatches(text: string): RegExpExecArray[][] {
  const found: RegExpExecArray[][] = STICKY.map(() => []);
  const resume = STICKY.map(() => 0);
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x600 || code > 0x6ff || (at > 0 && isWordUnit(text.charCodeAt(at - 1)))) continue;
    let bits = openingBits(text, at);
    if (isProclitic(code)) bits |= openingBits(text, at + 1);
    for (let k = 0; bits !== 0 && k < STICKY.length; k++) {
      if ((bits & (1 << k)) === 0 || at < resume[k]!) continue;
      const re = STICKY[k]!;
      re.lastIndex = at;
      const m = re.exec(text);
      if (m) {
        found[k]!.push(m);
        resume[k] = re.lastIndex;
      }
    }
  }
  return found;
}

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
  const [weekdays, daysBack, agos, lastUnits] = arabicMatches(text) as [RegExpExecArray[], RegExpExecArray[], RegExpExecArray[], RegExpExecArray[]];
  for (const m of weekdays) {
    const weekday = AR_WEEKDAYS.findIndex((w) => wholeWord(w).test(m[1] ?? ''));
    const which = m[2] === undefined ? 'latest' : lookup(NEXT.map((w) => [w, 1] as [string, number]), m[2]) ? 'next' : 'past';
    if (weekday >= 0) push(m, weekdayIso(page, weekday, which));
  }
  for (const m of daysBack) {
    const word = m[1] ?? '';
    const back = /^اول/u.test(word.replace(/[أإآ]/g, 'ا')) ? 2 : /يوم/u.test(word) ? 0 : 1;
    push(m, fromTime(page - back * DAY_MS, 'day'));
  }
  for (const m of agos) {
    const unit = lookup(AR_UNITS.map(([w, u, n]) => [w, [u, n] as const]), m[2] ?? '');
    if (!unit) continue;
    const n = m[1] === undefined ? unit[1] : lookup(AR_NUMBERS, m[1]);
    if (!n) continue; // "قبل أيام": a few days, no day named
    push(m, ago(page, n, unit[0]));
  }
  for (const m of lastUnits) {
    const word = (m[1] ?? '').replace(/[أإآ]/g, 'ا');
    const unit: Unit = word.includes('شهر') ? 'month' : word.includes('اسبوع') ? 'week' : 'year';
    push(m, ago(page, 1, unit));
  }
  if (!LATIN.test(text)) return out.sort((a, b) => a.start - b.start);
  for (const m of text.matchAll(EN_WEEKDAY)) {
    const weekday = EN_WEEKDAYS.indexOf(latinLower(m[2] ?? ''));
    const mod = latinLower(m[1] ?? '');
    push(m, weekdayIso(page, weekday, mod === 'last' ? 'past' : mod === 'next' ? 'next' : 'latest'));
  }
  for (const m of text.matchAll(EN_DAYS_BACK)) {
    const w = latinLower(m[1] ?? '');
    push(m, fromTime(page - (w === 'today' ? 0 : w === 'yesterday' ? 1 : 2) * DAY_MS, 'day'));
  }
  for (const m of text.matchAll(EN_AGO)) {
    const raw = latinLower(m[1] ?? '');
    const n = /^\d+$/.test(raw) ? Number(raw) : EN_NUMBERS.find(([w]) => w === raw)?.[1];
    const unit = latinLower(m[2] ?? '').replace(/s$/, '') as Unit;
    if (n) push(m, ago(page, n, unit));
  }
  for (const m of text.matchAll(EN_LAST_UNIT)) push(m, ago(page, 1, latinLower(m[1] ?? '') as Unit));
  return out.sort((a, b) => a.start - b.start);
}

/** A proclitic before one of the words above (not the first letter of the word itself). */
const CLITIC_FIRST = new RegExp(`^[وفبل](?:${alt([...DAY_PARTS, 'أول', 'أمس', 'الأمس', 'البارحة', 'اليوم', 'قبل', ...LAST_UNITS, ...AR_WEEKDAYS])})`, 'u');
