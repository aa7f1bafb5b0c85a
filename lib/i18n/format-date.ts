import type { Lang } from './messages';

const LOCALE: Record<Lang, string> = { ar: 'ar-u-nu-arab', en: 'en-GB' };

/**
 * A reference-set date (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known) for a card:
 * "٧ نوفمبر ٢٠٢١" / "7 November 2021". Formatted in UTC so the day never shifts with the time zone.
 * Anything that is not such a date is returned unchanged rather than guessed at.
 */
export function formatDate(lang: Lang, iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  // Date.UTC rolls 2021-13-01 over into 2022 and 2021-02-30 into March: such input is not a date.
  if (mo && date.getUTCMonth() !== Number(mo) - 1) return iso;
  if (d && date.getUTCDate() !== Number(d)) return iso;
  return formatter(lang, d ? 'day' : mo ? 'month' : 'year').format(date);
}

// Made once per language and precision: making one costs a hundred times more than using it, and a
// card's timeline and coverage write dozens of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, precision: 'day' | 'month' | 'year'): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (precision !== 'year') options.month = 'long';
    if (precision === 'day') options.day = 'numeric';
    formatters.set(key, (format = new Intl.DateTimeFormat(LOCALE[lang], options)));
  }
  return format;
}
