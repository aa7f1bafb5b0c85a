/**
 * Arabic date expressions in running text: "الأحد 7 نوفمبر/تشرين الثاني 2021", "مايو/أيار 2020",
 * "٧/١١/٢٠٢١", "2021-11-07", and a year standing alone ("عام 2021").
 *
 * Every date we report contains at least one digit, so the scan is driven by digit runs (rare in prose):
 * one linear pass finds them, and only around each run do small anchored regexes look for a month,
 * a weekday or a numeric pattern. That keeps a 1 MB page under 10 ms on Node 20, with no normalized copy
 * of the text: the month and weekday patterns themselves accept hamza/alef, ى/ي, ة/ه and Persian letter
 * variants, with diacritics, tatweel and invisible marks between letters.
 *
 * A weekday alone ("يوم الجمعة الفائت") names no date by itself and is not reported; a month alone
 * ("في نوفمبر") neither. Two-digit years (7/11/21) are not read: 21 could be a day.
 * English month names too ("7 November 2021", "November 7, 2021", "Nov. 7"). A number that counts things
 * ("2000 شخص", "نحو 2000") is not a year. Hijri dates and ordinal day words ("السابع من نوفمبر") are read
 * by word-dates.ts, dates relative to the page's date by relative-dates.ts; a Hijri year ("1443هـ") is never
 * taken as a Gregorian year here. Not handled: day ranges ("7-8 نوفمبر"), presentation-form letters.
 */

export interface ArabicDate {
  /** UTF-16 offsets into the text as given; a proclitic (و ف ب ل ك) before the date is left out. */
  start: number;
  end: number;
  text: string;
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday, when a weekday word is part of the date. */
  weekday?: number;
  /**
   * YYYY-MM-DD, YYYY-MM or YYYY. A day and month without a year ("7 نوفمبر") give `--MM-DD`
   * (the ISO 8601 form for a date without a year); complete it with `pageYears` if needed.
   */
  iso: string;
  /** Written relative to the page's date ("الجمعة الماضية", "last Friday") and resolved against it. */
  relative?: true;
}

export const DIGIT = '[0-9\u0660-\u0669\u06F0-\u06F9]';
/** Marks that may sit between the letters of a word: harakat, dagger alef, Quranic marks, tatweel, invisible marks. */
export const MARK = '[\u0610-\u061A\u061C\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200B-\u200F]';
const MARKS = `${MARK}*`;
const LETTER_CLASS: Record<string, string> = {
  'ا': '[اأإآٱ]', 'أ': '[اأإآٱ]', 'إ': '[اأإآٱ]', 'آ': '[اأإآٱ]',
  'ي': '[يىی]', 'ى': '[يىی]', 'ة': '[ةه]', 'ه': '[ةه]', 'ك': '[كک]',
};

/** The letters `fuzzy` accepts for one letter: its variants (أ إ آ ا ٱ; ي ى ی; ة ه; ك ک), a Latin letter in either case. */
export function spellingsOf(ch: string): string[] {
  if (/[a-z]/i.test(ch)) return [ch.toLowerCase(), ch.toUpperCase()];
  return [...(LETTER_CLASS[ch]?.slice(1, -1) ?? ch)];
}

/** The one letter `fuzzy` reads a letter's variants as: ا for أ إ آ ٱ, ي for ى ی, ة for ه, ك for ک; any other as it is. */
export function foldedLetter(ch: string): string {
  for (const cls of Object.values(LETTER_CLASS)) if (cls.slice(1, -1).includes(ch)) return cls[1]!;
  return ch;
}

/** A spelling as a regex source that tolerates the usual variants of each letter. */
export function fuzzy(word: string): string {
  let out = '';
  for (const ch of word) {
    // Latin letters in either case, without the regex-wide `i` flag (slow over the Arabic alternations).
    const latin = /[a-z]/i.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : undefined;
    out += ch === ' ' ? '\\s+' : latin ?? (LETTER_CLASS[ch] ?? ch) + MARKS;
  }
  return out;
}

/** Month spellings by number: Egyptian/Gulf names, Levantine/Iraqi names, Maghrebi names. */
const MONTHS: readonly (readonly string[])[] = [
  ['يناير', 'كانون الثاني', 'جانفي'],
  ['فبراير', 'شباط', 'فيفري'],
  ['مارس', 'آذار'],
  ['أبريل', 'نيسان', 'أفريل'],
  ['مايو', 'أيار', 'ماي'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان'],
  ['يوليو', 'يوليه', 'تموز', 'جويلية'],
  ['أغسطس', 'آب', 'أوت'],
  ['سبتمبر', 'أيلول'],
  ['أكتوبر', 'تشرين الأول'],
  ['نوفمبر', 'تشرين الثاني', 'نونبر'],
  ['ديسمبر', 'كانون الأول', 'دجنبر'],
];
/** English month names and their usual abbreviations (matched without regard to case). */
const ENGLISH_MONTHS: readonly (readonly string[])[] = [
  ['January', 'Jan'],
  ['February', 'Feb'],
  ['March', 'Mar'],
  ['April', 'Apr'],
  ['May'],
  ['June', 'Jun'],
  ['July', 'Jul'],
  ['August', 'Aug'],
  ['September', 'Sept', 'Sep'],
  ['October', 'Oct'],
  ['November', 'Nov'],
  ['December', 'Dec'],
];
const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

/** Longest spelling first so that "مايو" wins over "ماي" without relying on backtracking order. */
const MONTH_SPELLINGS = [...MONTHS, ...ENGLISH_MONTHS]
  .flatMap((names, i) => names.map((name) => ({ name, month: (i % 12) + 1 })))
  .sort((a, b) => b.name.length - a.name.length);
const MONTH_REGEXES = MONTH_SPELLINGS.map(({ name, month }) => ({ re: new RegExp(`^${fuzzy(name)}\\.?$`, 'u'), month }));
const WEEKDAY_REGEXES = WEEKDAYS.map((name) => new RegExp(`^${fuzzy(name)}$`, 'u'));

export const MONTH_ALT = MONTH_SPELLINGS.map(({ name }) => fuzzy(name)).join('|');
const WEEKDAY_ALT = WEEKDAYS.map(fuzzy).join('|');
export const NOT_WORD = '(?![\\p{L}\\p{M}])';
/** The dot of "Nov. 7": only before a number, so that a sentence's full stop is never part of a date. */
const ABBREVIATION_DOT = `(?:\\.(?=\\s*${DIGIT}))?`;
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
/** Proclitics that may stick to a date's first word: و/ف, then ب/ل/ك ("وبنوفمبر", "في" stays a word). */
export const CLITIC = '(?:[وف]?[بلك]?)';
/** A month, optionally followed by its name in the other system: "نوفمبر/تشرين الثاني", "نوفمبر (تشرين الثاني)". */
export const MONTH_PAIR = `(${MONTH_ALT})${NOT_WORD}${ABBREVIATION_DOT}(?:\\s*(?:[/\\\\-]|\\()\\s*(${MONTH_ALT})${NOT_WORD}\\)?)?`;
/** Year after a month: "، 2021" or " 2021م"; a Hijri marker (هـ) after it is rejected by the caller. */
export const YEAR_TAIL = `(\\s*[,،]?\\s*(${DIGIT}{4})(?!${DIGIT})(?:م${NOT_WORD})?)?`;

/**
 * The month alternation is compiled once, as one sticky pattern, and the patterns around it are small ones
 * read in turn: inlined into each of them (twice in a month pair), it made V8 compile some 25 KB of regex
 * source, 30–40 ms on a woken worker's first page. `monthPairAt` and the `…Match` functions below give
 * exactly what the inlined patterns gave (tests/unit/dates/month-patterns.test.ts holds them side by side).
 * Everything after a month is optional, so reading the parts greedily, one after another, finds the match
 * the regex engine would: no later part can make an earlier one give back what it took.
 */
const MONTH_AT = new RegExp(`(${MONTH_ALT})${NOT_WORD}`, 'uy');
const ABBREVIATION_DOT_AT = new RegExp(`\\.(?=\\s*${DIGIT})`, 'uy');
const PAIR_OPEN_AT = new RegExp(`\\s*(?:[/\\\\-]|\\()\\s*`, 'uy');
const YEAR_TAIL_AT = new RegExp(YEAR_TAIL, 'uy');
/** The day and what may stand between it and the month, in the order the inlined pattern backtracked through them. */
const DAY_HEADS = [
  `(${DIGIT}{1,2})(?:st|nd|rd|th)\\s*(?:من\\s+|of\\s+)`,
  `(${DIGIT}{1,2})(?:st|nd|rd|th)\\s*`,
  `(${DIGIT}{1,2})\\s*(?:من\\s+|of\\s+)`,
  `(${DIGIT}{1,2})\\s*`,
].map((source) => new RegExp(source, 'uy'));
const ORDINAL_SUFFIX_INITIALS = new Set(['s', 'n', 'r', 't']);
/** One character of `\s`, as the patterns' \s reads it. */
const SPACE = /^\s$/u;
const WORD_START_AT = new RegExp(WORD_START, 'uy');
const TRAILING_COMMA_END = /\s*[,،]?\s*$/uy;
const DOT_SPACES_END = /\.?\s+$/uy;

export interface MonthPairMatch {
  /** Where the pair ends. */
  end: number;
  first: string;
  second: string | undefined;
}

/**
 * The letters a month name can start with (its first letter's variants, both cases of a Latin one): a
 * month's first letter has no mark before it, so most positions are turned away before any regex runs.
 */
const MONTH_INITIALS = new Set(MONTH_SPELLINGS.flatMap(({ name }) => spellingsOf(name[0]!)));

/**
 * Where a month name starting at `at` ends (its trailing marks taken, not inside a longer word), or -1.
 * test() and lastIndex, not exec(): a month's match is all of its text (the check after it is a look-ahead),
 * and most numbers on a page are tried here, so no match arrays are made for them.
 */
function monthEndAt(text: string, at: number): number {
  if (!MONTH_INITIALS.has(text[at] ?? '')) return -1;
  MONTH_AT.lastIndex = at;
  return MONTH_AT.test(text) ? MONTH_AT.lastIndex : -1;
}

/** MONTH_PAIR at `at` (a month, and optionally its name in the other system), or undefined. */
export function monthPairAt(text: string, at: number): MonthPairMatch | undefined {
  const firstEnd = monthEndAt(text, at);
  if (firstEnd < 0) return undefined;
  const first = text.slice(at, firstEnd);
  let end = firstEnd;
  ABBREVIATION_DOT_AT.lastIndex = end;
  if (ABBREVIATION_DOT_AT.test(text)) end++;
  PAIR_OPEN_AT.lastIndex = end;
  if (PAIR_OPEN_AT.test(text)) {
    const from = PAIR_OPEN_AT.lastIndex;
    const secondEnd = monthEndAt(text, from);
    if (secondEnd >= 0) {
      const close = text.charCodeAt(secondEnd) === 0x29 ? secondEnd + 1 : secondEnd;
      return { end: close, first, second: text.slice(from, secondEnd) };
    }
  }
  return { end, first, second: undefined };
}

/** MONTH_PAIR then YEAR_TAIL: where they end, the two month names, the year tail and its year (undefined when absent). */
export interface MonthAfter extends MonthPairMatch {
  tail: string | undefined;
  year: string | undefined;
}

/** MONTH_PAIR then YEAR_TAIL at `at` (as the inlined pattern's groups: month, other month, year tail, year). */
export function monthAfterMatch(text: string, at: number): MonthAfter | undefined {
  const pair = monthPairAt(text, at);
  if (!pair) return undefined;
  YEAR_TAIL_AT.lastIndex = pair.end;
  const tail = YEAR_TAIL_AT.exec(text)!;
  return { end: pair.end + tail[0].length, first: pair.first, second: pair.second, tail: tail[1], year: tail[2] };
}

/** At a day number: "7 نوفمبر/تشرين الثاني 2021". The day's digits, then what monthAfterMatch gives. */
export function dayFirstMatch(text: string, at: number): (MonthAfter & { day: string }) | undefined {
  // Most numbers are followed by no month: after the day there must be an ordinal suffix, or after the
  // spaces من, of or a month's first letter. Otherwise none of the heads below can lead to a month.
  // The day is every digit there (one or two): with a third, no head reaches a month.
  let digits = 0;
  while (digits < 2 && isDigitAt(text, at + digits)) digits++;
  if (digits === 0) return undefined;
  let spaces = at + digits;
  while (spaces < text.length && SPACE.test(text[spaces]!)) spaces++;
  const next = text[spaces] ?? '';
  if (!MONTH_INITIALS.has(next) && next !== 'م' && next !== 'o' && !ORDINAL_SUFFIX_INITIALS.has(text[at + digits] ?? '')) return undefined;
  for (const head of DAY_HEADS) {
    head.lastIndex = at;
    if (!head.test(text)) continue;
    const rest = monthAfterMatch(text, head.lastIndex);
    if (rest) return { end: rest.end, first: rest.first, second: rest.second, tail: rest.tail, year: rest.year, day: text.slice(at, at + digits) };
  }
  return undefined;
}

const PROCLITICS = 'وفبلك';
const isLaterProclitic = (ch: string | undefined) => ch === 'ب' || ch === 'ل' || ch === 'ك';

/**
 * How many letters CLITIC takes at `s` in its `k`-th try (the order the pattern backtracks through: و/ف
 * then ب/ل/ك, each first taken then left), or -1 when that try does not fit the text.
 */
function cliticLength(text: string, s: number, k: number): number {
  const first = text[s] === 'و' || text[s] === 'ف';
  if (k === 0) return first && isLaterProclitic(text[s + 1]) ? 2 : -1;
  if (k === 1) return first ? 1 : -1;
  if (k === 2) return isLaterProclitic(text[s]) ? 1 : -1;
  return 0;
}

const wordStartsAt = (text: string, s: number): boolean => {
  WORD_START_AT.lastIndex = s;
  return WORD_START_AT.test(text);
};

/**
 * Just before a year with no day ("مايو/أيار "، "بنوفمبر "), in `window` (the text before the year): the
 * leftmost word start where proclitics and a month pair run to the window's end. { index, clitic, month, other month }.
 */
export function beforeYearMatch(window: string): { index: number; clitic: string; first: string; second: string | undefined } | undefined {
  for (let s = 0; s < window.length; s++) {
    // A month, or a proclitic before one, starts here.
    const c = window[s]!;
    if (!(MONTH_INITIALS.has(c) || PROCLITICS.includes(c)) || !wordStartsAt(window, s)) continue;
    for (let k = 0; k < 4; k++) {
      const clitic = cliticLength(window, s, k);
      if (clitic < 0) continue;
      const pair = monthPairAt(window, s + clitic);
      if (!pair) continue;
      TRAILING_COMMA_END.lastIndex = pair.end;
      if (TRAILING_COMMA_END.test(window)) return { index: s, clitic: window.slice(s, s + clitic), first: pair.first, second: pair.second };
    }
  }
  return undefined;
}

/** Just before a day number, an English month: "November 7, 2021", "Nov. 7". { index, month }. */
export function monthBeforeDayMatch(window: string): { index: number; month: string } | undefined {
  for (let s = 0; s < window.length; s++) {
    if (!MONTH_INITIALS.has(window[s]!) || !wordStartsAt(window, s)) continue;
    const end = monthEndAt(window, s);
    if (end < 0) continue;
    DOT_SPACES_END.lastIndex = end;
    if (DOT_SPACES_END.test(window)) return { index: s, month: window.slice(s, end) };
  }
  return undefined;
}
/** After the day of "November 7": an ordinal suffix, then an optional year. Groups: year tail, year. */
const AFTER_MONTH_DAY = new RegExp(`(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])${YEAR_TAIL}`, 'iuy');
/** Just before a day number: "الأحد "، "يوم الجمعة، الموافق "، or a proclitic stuck to the number ("و7"). */
const BEFORE_DAY = new RegExp(
  `(?:${WORD_START}${CLITIC}((?:يوم\\s+)?(?:${WEEKDAY_ALT}))${NOT_WORD}\\s*[,،]?\\s*(?:${fuzzy('الموافق')}\\s+)?)?(${CLITIC})$`,
  'u',
);
/** Numeric dates with one separator used twice: D/M/YYYY (or M/D/YYYY when unambiguous) and YYYY-M-D. */
const NUMERIC = new RegExp(`(${DIGIT}{1,4})([/.\\-\u060D])(${DIGIT}{1,2})\\2(${DIGIT}{1,4})(?!${DIGIT}|[/.\\-\u060D]${DIGIT})`, 'y');
const DIGIT_RUN = new RegExp(`${DIGIT}+`, 'g');
const HIJRI_AFTER = /^\s*ه/;
const LETTER = /[\p{L}\p{M}]/u;
const DATE_SEPARATOR = /[/.\-\u060D]/;
/** Between digits these make one number (decimal, thousands, time, part of a numeric date). */
const NUMBER_PUNCT = /[.,:٫٬/\u060D]/;
/** Digit groups split by spaces or hyphens, as in phone numbers; a hyphen between two years is a range. */
const GROUP_BEFORE = new RegExp(`(${DIGIT}+)([\\s\\-–]{1,3})$`, 'u');
const GROUP_AFTER = new RegExp(`^([\\s\\-–]{1,3})(${DIGIT}+)`, 'u');

export function digitsValue(s: string): number {
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    v = v * 10 + (c >= 0x6f0 ? c - 0x6f0 : c >= 0x660 ? c - 0x660 : c - 48);
  }
  return v;
}

/** Whether text[i] is a digit as the date patterns read one: ASCII, Arabic-Indic or Persian. */
export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

const isLetterAt = (text: string, i: number): boolean => i >= 0 && i < text.length && LETTER.test(text[i] ?? '');

/** Month of each spelling met so far: a page writes the same few month names again and again. */
const monthMemo = new Map<string, number | undefined>();
const MONTH_MEMO_LIMIT = 4096;

function monthOf(spelling: string): number | undefined {
  if (monthMemo.has(spelling)) return monthMemo.get(spelling);
  let found: number | undefined;
  for (const { re, month } of MONTH_REGEXES) {
    if (re.test(spelling)) {
      found = month;
      break;
    }
  }
  // Spellings are short strings the regexes matched; the bound keeps a hostile page from growing it.
  if (monthMemo.size < MONTH_MEMO_LIMIT) monthMemo.set(spelling, found);
  return found;
}

function weekdayOf(spelling: string): number | undefined {
  const word = spelling.replace(/^يوم\s+/u, '');
  const i = WEEKDAY_REGEXES.findIndex((re) => re.test(word));
  return i < 0 ? undefined : i;
}

export function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isoOf(year?: number, month?: number, day?: number): string {
  if (year === undefined) return `--${pad(month ?? 0)}-${pad(day ?? 0)}`;
  if (month === undefined) return pad(year, 4);
  return day === undefined ? `${pad(year, 4)}-${pad(month)}` : `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The two spellings of a month pair must name the same month (a mismatch is a typo we do not guess at). */
export function pairMonth(first: string | undefined, second: string | undefined): number | undefined {
  const m = first === undefined ? undefined : monthOf(first);
  if (m === undefined || second === undefined) return m;
  return monthOf(second) === m ? m : undefined;
}

export const plausibleYear = (y: number): boolean => y >= 1800 && y <= 2199;
const isHijriAfter = (text: string, end: number): boolean => HIJRI_AFTER.test(text.slice(end, end + 3));
/** Look-behind window for a weekday or month before a number: enough for "يوم الأربعاء، الموافق ". */
const WINDOW = 48;

interface Found {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** An impossible date ("31 فبراير 2021"): its numbers are used up, and nothing is reported. */
  invalid?: true;
}

function dayFirst(text: string, at: number): Found | undefined {
  const m = dayFirstMatch(text, at);
  if (!m) return undefined;
  const month = pairMonth(m.first, m.second);
  const day = digitsValue(m.day);
  if (month === undefined) return undefined;
  let end = m.end;
  let year = m.year === undefined ? undefined : digitsValue(m.year);
  if (year !== undefined && (!plausibleYear(year) || isHijriAfter(text, end))) {
    // The number after the month is not its year: keep "7 نوفمبر" and leave the number alone.
    year = undefined;
    end -= (m.tail ?? '').length;
  }
  if (day < 1 || day > daysInMonth(year, month)) return { start: at, end, invalid: true };
  // Before the day: a weekday (with "يوم" and "الموافق"), or a proclitic stuck to the number, or a non-letter.
  const from = Math.max(0, at - WINDOW);
  const b = BEFORE_DAY.exec(text.slice(from, at));
  const clitic = b?.[2] ?? '';
  if (isLetterAt(text, at - clitic.length - 1)) return undefined;
  const found: Found = { start: at, end, month, day };
  if (year !== undefined) found.year = year;
  if (b?.[1] !== undefined && !(b.index === 0 && isLetterAt(text, from - 1))) {
    found.start = from + b.index + b[0].indexOf(b[1]);
    const weekday = weekdayOf(b[1]);
    if (weekday !== undefined) found.weekday = weekday;
  }
  return found;
}

/** "November 7, 2021", "Nov. 7", "October 10th": an English month before the day number. */
function monthFirst(text: string, at: number, digits: number): Found | undefined {
  // Only after a Latin letter or an abbreviation's dot and a space: most numbers are turned away here.
  let k = at - 1;
  while (k >= 0 && text.charCodeAt(k) === 0x20) k--;
  if (k === at - 1 || k < 0) return undefined;
  const c = text.charCodeAt(k) | 0x20;
  if (!(c >= 0x61 && c <= 0x7a) && text.charCodeAt(k) !== 0x2e) return undefined;
  const from = Math.max(0, at - WINDOW);
  const b = monthBeforeDayMatch(text.slice(from, at));
  if (!b || (b.index === 0 && isLetterAt(text, from - 1))) return undefined;
  const month = monthOf(b.month);
  if (month === undefined) return undefined;
  AFTER_MONTH_DAY.lastIndex = at + digits;
  const m = AFTER_MONTH_DAY.exec(text);
  if (!m) return undefined;
  const day = digitsValue(text.slice(at, at + digits));
  let end = at + digits + m[0].length;
  let year = m[2] === undefined ? undefined : digitsValue(m[2]);
  if (year !== undefined && (!plausibleYear(year) || isHijriAfter(text, end))) {
    year = undefined;
    end -= (m[1] ?? '').length;
  }
  const start = from + b.index;
  if (day < 1 || day > daysInMonth(year, month)) return { start, end, invalid: true };
  return year === undefined ? { start, end, month, day } : { start, end, year, month, day };
}

function yearAfterMonth(text: string, at: number, year: number): Found | undefined {
  const from = Math.max(0, at - WINDOW);
  const m = beforeYearMatch(text.slice(from, at));
  if (!m || (m.index === 0 && isLetterAt(text, from - 1))) return undefined;
  const month = pairMonth(m.first, m.second);
  if (month === undefined) return undefined;
  return { start: from + m.index + m.clitic.length, end: at + 4, year, month };
}

function numeric(text: string, at: number): Found | undefined {
  if (at > 0 && DATE_SEPARATOR.test(text[at - 1] ?? '') && isDigitAt(text, at - 2)) return undefined;
  NUMERIC.lastIndex = at;
  const m = NUMERIC.exec(text);
  if (!m) return undefined;
  const [a, b, c] = [m[1] ?? '', m[3] ?? '', m[4] ?? ''];
  let year: number, month: number, day: number;
  if (a.length === 4 && c.length <= 2) [year, month, day] = [digitsValue(a), digitsValue(b), digitsValue(c)];
  else if (c.length === 4 && a.length <= 2) {
    [day, month, year] = [digitsValue(a), digitsValue(b), digitsValue(c)];
    if (month > 12 && day <= 12) [day, month] = [month, day];
  } else return undefined;
  if (!plausibleYear(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { start: at, end: at + m[0].length, year, month, day };
}

/** A 19xx/20xx number standing alone: not part of a longer number, a decimal, a time or a phone number. */
function bareYear(text: string, at: number, end: number, year: number): Found | undefined {
  if (year < 1900 || year > 2099 || isHijriAfter(text, end)) return undefined;
  // A letter may only be a proclitic stuck to the number ("و2021"); after it, only the Gregorian marker م.
  if (isLetterAt(text, at - 1) && !(/[وفبلك]/.test(text[at - 1] ?? '') && !isLetterAt(text, at - 2))) return undefined;
  const marker = text[end] === 'م' && !isLetterAt(text, end + 1);
  if (isLetterAt(text, end) && !marker) return undefined;
  const prev = text[at - 1] ?? '';
  if (prev === '+' || (NUMBER_PUNCT.test(prev) && isDigitAt(text, at - 2))) return undefined;
  if (NUMBER_PUNCT.test(text[end] ?? '') && isDigitAt(text, end + 1)) return undefined;
  const before = GROUP_BEFORE.exec(text.slice(Math.max(0, at - 16), at));
  const after = GROUP_AFTER.exec(text.slice(end, end + 16));
  const isRange = (sep: string, digits: string): boolean => {
    const other = digitsValue(digits);
    return /[-–]/.test(sep) && digits.length === 4 && other >= 1900 && other <= 2099;
  };
  if (before && !isRange(before[2] ?? '', before[1] ?? '')) return undefined;
  if (after && !isRange(after[1] ?? '', after[2] ?? '')) return undefined;
  if (!marker && isCount(wordBefore(text, at), wordAfter(text, end))) return undefined;
  return { start: at, end: marker ? end + 1 : end, year };
}

/** The word after `end` past spaces (letters and marks), or ''. Plain loops: this runs for every bare year. */
function wordAfter(text: string, end: number): string {
  let i = end;
  while (text.charCodeAt(i) === 0x20) i++;
  if (i === end) return '';
  let j = i;
  while (j < text.length && j - i < 30 && isLetterAt(text, j)) j++;
  return text.slice(i, j);
}

function wordBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  if (i === at - 1) return '';
  let j = i;
  while (j >= 0 && i - j < 30 && isLetterAt(text, j)) j--;
  return text.slice(j + 1, i + 1);
}

/**
 * Words that make a number a count ("2000 شخص", "نحو 2000", "some 2000 protesters"), not a year. Written
 * folded (no hamza, ه for ة, ي for ى): see `foldWord`.
 */
const COUNTED = new Set(
  [
    'شخص', 'اشخاص', 'متظاهر', 'متظاهرا', 'متظاهرين', 'محتج', 'محتجا', 'محتجين', 'مواطن', 'مواطنا', 'مواطنين', 'جندي',
    'جنديا', 'عنصر', 'عنصرا', 'مقاتل', 'مقاتلا', 'قتيل', 'قتيلا', 'جريح', 'جريحا', 'عائله', 'اسره', 'منزل', 'منزلا',
    'دولار', 'دينار', 'يورو', 'ريال', 'كيلومتر', 'كم', 'متر', 'طن', 'برميل', 'صاروخ', 'صاروخا', 'طائره', 'زائر', 'زائرا',
    'ناخب', 'ناخبا', 'مرشح', 'مرشحا', 'صوت', 'صوتا', 'موظف', 'موظفا', 'طالب', 'طالبا', 'سجين', 'سجينا', 'معتقل', 'معتقلا',
    'people', 'persons', 'protesters', 'demonstrators', 'troops', 'soldiers', 'fighters', 'police', 'dollars', 'families',
    'homes', 'houses', 'votes', 'voters', 'candidates', 'killed', 'dead', 'wounded', 'injured', 'km', 'kilometres',
    'kilometers', 'metres', 'meters', 'tonnes', 'tons', 'barrels', 'rockets', 'drones', 'pilgrims', 'visitors', 'prisoners',
  ],
);
const ABOUT = new Set(['نحو', 'حوالي', 'قرابه', 'زهاء', 'about', 'around', 'nearly', 'some', 'approximately', 'roughly']);

/** A light fold for the few word lists here: no marks, plain alef, ه for ة, ي for ى, lower case. */
export function foldWord(word: string): string {
  return word
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .toLowerCase();
}

/** Whether a number between these two words counts things rather than naming a year. */
export function isCount(before: string, after: string): boolean {
  return isCountFolded(foldWord(before), foldWord(after));
}

/** `isCount` for words already folded (the matcher's normalized words are). */
export function isCountFolded(before: string, after: string): boolean {
  return COUNTED.has(after) || ABOUT.has(before);
}




/** Every date expression in `text`, in text order, without overlaps. */
export function findDates(text: string): ArabicDate[] {
  const out: ArabicDate[] = [];
  let consumed = 0;
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (at < consumed) continue;
    const value = digitsValue(m[0]);
    const found =
      numeric(text, at) ??
      (m[0].length <= 2 ? (dayFirst(text, at) ?? monthFirst(text, at, m[0].length)) : undefined) ??
      (m[0].length === 4 && plausibleYear(value) && !isHijriAfter(text, end)
        ? yearAfterMonth(text, at, value)
        : undefined) ??
      (m[0].length === 4 ? bareYear(text, at, end, value) : undefined);
    if (!found || found.start < consumed) continue;
    consumed = found.end;
    DIGIT_RUN.lastIndex = Math.max(DIGIT_RUN.lastIndex, found.end);
    if (found.invalid) continue;
    const date: ArabicDate = { start: found.start, end: found.end, text: text.slice(found.start, found.end), iso: isoOf(found.year, found.month, found.day) };
    if (found.year !== undefined) date.year = found.year;
    if (found.month !== undefined) date.month = found.month;
    if (found.day !== undefined) date.day = found.day;
    if (found.weekday !== undefined) date.weekday = found.weekday;
    out.push(date);
  }
  return out;
}

/** The distinct years written on a page, ascending. */
export function pageYears(dates: readonly ArabicDate[]): number[] {
  const years = new Set<number>();
  for (const d of dates) if (d.year !== undefined) years.add(d.year);
  return [...years].sort((a, b) => a - b);
}
