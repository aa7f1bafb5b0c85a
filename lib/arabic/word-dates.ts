/**
 * Dates that `findDates` does not read from a digit run: a day written as an ordinal word ("السابع من
 * نوفمبر 2021", "انتخابات العاشر من تشرين الأول") and days of the Hijri calendar ("الثاني من ربيع الآخر
 * 1443هـ", "2 ربيع الآخر 1443 هـ"), given as their Gregorian day (Umm al-Qura calendar, through Intl).
 * A Hijri day needs its year: without it, the Gregorian day is unknown.
 */
import {
  foldWord,
  CLITIC,
  DIGIT,
  NOT_WORD,
  WORD_START,
  monthAfterMatch,
  daysInMonth,
  digitsValue,
  fuzzy,
  isoOf,
  pairMonth,
  plausibleYear,
  type ArabicDate,
} from './dates';

const UNITS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
const UNIT_ALT = ['الحادي', ...UNITS.slice(1)];

/** Ordinal day words 1..31, longest first, with their value. */
const ORDINALS: { words: string; day: number }[] = [
  ...UNITS.map((w, i) => ({ words: w, day: i + 1 })),
  { words: 'العاشر', day: 10 },
  ...UNIT_ALT.map((w, i) => ({ words: `${w} عشر`, day: 11 + i })),
  { words: 'العشرين', day: 20 },
  ...UNIT_ALT.map((w, i) => ({ words: `${w} والعشرين`, day: 21 + i })),
  { words: 'الثلاثين', day: 30 },
  { words: 'الحادي والثلاثين', day: 31 },
].sort((a, b) => b.words.length - a.words.length);
const ORDINAL_ALT = ORDINALS.map((o) => fuzzy(o.words)).join('|');
const ORDINAL_REGEXES = ORDINALS.map((o) => ({ re: new RegExp(`^${fuzzy(o.words)}$`, 'u'), day: o.day }));

const HIJRI_MONTHS: readonly (readonly string[])[] = [
  ['محرم'],
  ['صفر'],
  ['ربيع الأول'],
  ['ربيع الآخر', 'ربيع الثاني'],
  ['جمادى الأولى', 'جمادى الأول'],
  ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعدة', 'ذي القعدة'],
  ['ذو الحجة', 'ذي الحجة'],
];
const HIJRI_SPELLINGS = HIJRI_MONTHS.flatMap((names, i) => names.map((name) => ({ name, month: i + 1 }))).sort((a, b) => b.name.length - a.name.length);
const HIJRI_ALT = HIJRI_SPELLINGS.map((h) => fuzzy(h.name)).join('|');
const HIJRI_REGEXES = HIJRI_SPELLINGS.map((h) => ({ re: new RegExp(`^${fuzzy(h.name)}$`, 'u'), month: h.month }));

/**
 * "السابع من نوفمبر/تشرين الثاني 2021", read from each "من": the ordinal just before it (groups: ordinal),
 * then the month just after it (groups: month, other month, year tail, year). Searching the whole text for
 * the ordinal alternation would cost every sentence a slow regex walk; "من" is a cheap anchor.
 */
const MIN = /(?<![\p{L}\p{M}])من\s+/gu;
/** Last words of the ordinals, folded: the word before "من" is checked against these before any regex runs. */
const ORDINAL_ENDS = new Set(
  [...UNITS, 'الحادي', 'العاشر', 'عشر', 'العشرين', 'والعشرين', 'الثلاثين', 'والثلاثين'].map((w) => foldWord(w)),
);
const LETTERS = /[\p{L}\p{M}]/u;
function wordBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  let j = i;
  while (j >= 0 && i - j < 20 && LETTERS.test(text[j]!)) j--;
  return text.slice(j + 1, i + 1);
}
const ORDINAL_BEFORE = new RegExp(`${WORD_START}${CLITIC}(${ORDINAL_ALT})\\s+$`, 'u');
/** A Hijri date needs its year and marker: "1443هـ", "1443 هـ", "1443 للهجرة". */
const HIJRI_HINT = /[0-9\u0660-\u0669\u06F0-\u06F9]{4}\s*(?:ه|للهجرة)/u;
/** "الثاني من ربيع الآخر 1443هـ" or "2 ربيع الآخر 1443 هـ". Groups: ordinal, digits, month, year. */
const HIJRI_DATE = new RegExp(
  `${WORD_START}${CLITIC}(?:(${ORDINAL_ALT})\\s+${fuzzy('من')}|(${DIGIT}{1,2}))\\s+(${HIJRI_ALT})${NOT_WORD}\\s*[,،]?\\s*(${DIGIT}{4})\\s*(?:هـ|ه${NOT_WORD}|للهجرة)`,
  'gu',
);

const valueOf = (regexes: { re: RegExp; day?: number; month?: number }[], word: string, key: 'day' | 'month'): number | undefined =>
  regexes.find((r) => r.re.test(word))?.[key];

let umalqura: Intl.DateTimeFormat | undefined;

/** The Gregorian day of a Hijri (Umm al-Qura) date, or undefined when Intl has no such calendar. */
export function hijriToIso(year: number, month: number, day: number): string | undefined {
  try {
    umalqura ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
  } catch {
    return undefined;
  }
  // Arithmetic estimate (tabular calendar: 10631 days per 30 years from 16 July 622), then a search near it.
  const epoch = Date.UTC(622, 6, 16);
  const estimate = epoch + (((year - 1) * 10631) / 30 + (month - 1) * 29.5 + (day - 1)) * 86_400_000;
  for (let offset = 0; offset <= 6; offset++) {
    for (const sign of offset === 0 ? [1] : [1, -1]) {
      const t = estimate + sign * offset * 86_400_000;
      const parts = umalqura.formatToParts(new Date(t));
      const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
      if (get('year') === year && get('month') === month && get('day') === day) {
        const d = new Date(t);
        return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
      }
    }
  }
  return undefined;
}

/** Ordinal-word and Hijri dates in `text`, in text order. */
export function findWordDates(text: string): ArabicDate[] {
  const out: ArabicDate[] = [];
  // "من" found by indexOf (a regex walk per sentence costs more), then checked as a word before a space.
  for (let at = text.indexOf('من'); at >= 0; at = text.indexOf('من', at + 2)) {
    if ((at > 0 && LETTERS.test(text[at - 1]!)) || !/\s/.test(text[at + 2] ?? '')) continue;
    MIN.lastIndex = at;
    const m = MIN.exec(text);
    if (!m || m.index !== at) continue;
    const last = foldWord(wordBefore(text, m.index));
    if (!ORDINAL_ENDS.has(last) && !ORDINAL_ENDS.has(last.slice(1))) continue;
    const from = Math.max(0, m.index - 40);
    const b = ORDINAL_BEFORE.exec(text.slice(from, m.index));
    if (!b) continue;
    const a = monthAfterMatch(text, m.index + m[0].length);
    if (!a) continue;
    const day = valueOf(ORDINAL_REGEXES, b[1] ?? '', 'day');
    const month = pairMonth(a.first, a.second);
    if (day === undefined || month === undefined) continue;
    let year = a.year === undefined ? undefined : digitsValue(a.year);
    let end = a.end;
    if (year !== undefined && !plausibleYear(year)) {
      year = undefined;
      end -= (a.tail ?? '').length;
    }
    if (day > daysInMonth(year, month)) continue;
    const start = from + b.index + b[0].indexOf(b[1] ?? '');
    out.push({ start, end, text: text.slice(start, end), ...(year === undefined ? {} : { year }), month, day, iso: isoOf(year, month, day) });
  }
  if (!HIJRI_HINT.test(text)) return out;
  HIJRI_DATE.lastIndex = 0;
  for (let m = HIJRI_DATE.exec(text); m; m = HIJRI_DATE.exec(text)) {
    const day = m[1] ? valueOf(ORDINAL_REGEXES, m[1], 'day') : digitsValue(m[2] ?? '');
    const month = valueOf(HIJRI_REGEXES, m[3] ?? '', 'month');
    const hYear = digitsValue(m[4] ?? '');
    if (day === undefined || month === undefined || day < 1 || day > 30 || hYear < 1300 || hYear > 1600) continue;
    const iso = hijriToIso(hYear, month, day);
    if (!iso) continue;
    const start = m.index + m[0].search(/[^\sوفبلك]/u);
    const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
    out.push({ start, end: m.index + m[0].length, text: text.slice(start, m.index + m[0].length), year: y, month: mo, day: d, iso });
  }
  return out.sort((a, b) => a.start - b.start);
}

