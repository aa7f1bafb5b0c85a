import { alefForms } from '../arabic/alef-forms';
import { digitsValue, findDates, isCountFolded, isDigitAt, plausibleYear, type ArabicDate } from '../arabic/dates';
import { findRelativeDates } from '../arabic/relative-dates';
import { findWordDates } from '../arabic/word-dates';
import { endOf, normalize, writtenAsMaksura, type Normalized } from '../arabic/normalize';
import { tokenize, tokenText, TokenKind, type Tokens } from '../arabic/tokenize';
import { MAX_PHRASE } from './context-rules';
import { firstAtLeast } from './lower-bound';
import type { Span } from './types';

/** A run of tokens [first, last) where a phrase was found; `skip` = proclitic letters before it. */
export interface Hit {
  first: number;
  last: number;
  skip: number;
}

const NO_HITS: readonly Hit[] = [];
/** Read once: an imported enum member can cost a property lookup per use in a loop. */
const DIGIT: number = TokenKind.Digit;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One page as the matcher sees it: the original text, its normalized form, its tokens and what was found. */
export class PageView {
  readonly norm: Normalized;
  readonly tokens: Tokens;
  private readonly datesBySentence = new Map<number, ArabicDate[]>();
  private yearsFound: number[] | undefined;
  /** `latestFullDate`, once looked for (null: none on the page). */
  private latestFound: string | null | undefined;
  /** Words made strings so far: only the few that rules look at. */
  private readonly words = new Map<number, string>();
  /**
   * Phrase hits as the walk records them, four numbers each (phrase, first, last, skip), in page order. A
   * dense page has tens of thousands and rules ask about the phrases of a few hundred: hits are grouped by
   * phrase on the first question, and made objects only for the phrases asked about.
   */
  private hitData = new Int32Array(1024);
  private hitCount = 0;
  /** Hit numbers grouped by phrase: those of phrase p are order[offsets[p]] to order[offsets[p + 1] - 1]. */
  private grouped: { offsets: Int32Array; order: Int32Array } | undefined;
  private readonly phraseHits = new Map<number, readonly Hit[]>();

  /**
   * @param pageDate The page's publication date (YYYY-MM-DD), when known: its year counts as a year written
   * on the page, and relative dates ("الجمعة الماضية") are resolved against it.
   */
  readonly pageDate: string | undefined;

  constructor(
    readonly text: string,
    pageDate?: string,
  ) {
    // Its day is what counts (a published date may carry a time and zone); a malformed date is no date.
    this.pageDate = pageDate === undefined ? undefined : /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(pageDate)?.[1];
    this.norm = normalize(text);
    this.tokens = tokenize(this.norm.text);
  }

  /**
   * Date expressions in sentence `s`, found on first use. Events need the dates of a few sentences
   * only (those naming a participant, those holding evidence), so the page is never searched whole.
   */
  datesIn(s: number): readonly ArabicDate[] {
    let dates = this.datesBySentence.get(s);
    if (dates) return dates;
    const { sentence } = this.tokens;
    const first = firstAtLeast(sentence, s, this.tokens.count);
    let last = first;
    let digits = false;
    while (last < this.tokens.count && sentence[last] === s) {
      if (this.tokens.kind[last] === DIGIT) digits = true;
      last++;
    }
    if (first === last || (!digits && !this.pageDate)) dates = [];
    else {
      const { start, end } = this.span(first, last);
      const text = this.text.slice(start, end);
      // Dates of digits first; then those written in words (ordinal days, Hijri, relative to the page's
      // date) where they do not overlap one already found.
      const found = digits ? findDates(text) : [];
      // Without a number, a date in words has no year: only a page's date gives it one, so without a page
      // date those sentences are not searched (most sentences have no number).
      const extra = digits || this.pageDate ? [...findWordDates(text), ...(this.pageDate ? findRelativeDates(text, this.pageDate) : [])] : [];
      for (const d of extra) if (!found.some((f) => d.start < f.end && f.start < d.end)) found.push(d);
      found.sort((a, b) => a.start - b.start);
      // The finders made these objects for this call: moved to page offsets in place.
      for (const d of found) {
        d.start += start;
        d.end += start;
      }
      dates = found;
    }
    this.datesBySentence.set(s, dates);
    return dates;
  }

  /**
   * Years written on the page: number words of four digits from 1900 to 2099 that are not part of a
   * time or a decimal (12:2021, 3.2021), not a count ("2000 شخص", "نحو 2000") and not a Hijri year
   * (1443هـ is out of range anyway); and the year of the page's date, when known. Read off the words, so
   * finding them costs nothing on a page with no use for them.
   */
  get years(): readonly number[] {
    if (this.yearsFound) return this.yearsFound;
    const found = new Set<number>();
    const { count, kind, start, end } = this.tokens;
    const text = this.norm.text;
    for (let i = 0; i < count; i++) {
      if (kind[i] !== DIGIT || end[i]! - start[i]! !== 4) continue;
      const y = Number(text.slice(start[i], end[i]));
      if (y < 1900 || y > 2099) continue;
      const before = text.charCodeAt(start[i]! - 1);
      const after = text.charCodeAt(end[i]!);
      if (before === 0x3a || after === 0x3a || (before === 0x2e && isDigit(text.charCodeAt(start[i]! - 2)))) continue;
      if (after === 0x2e && isDigit(text.charCodeAt(end[i]! + 1))) continue;
      // Normalized words are folded already; read straight off the text (no word cache for this).
      const { sentence } = this.tokens;
      const prev = i > 0 && sentence[i - 1] === sentence[i] ? text.slice(start[i - 1], end[i - 1]) : '';
      const next = i + 1 < count && sentence[i + 1] === sentence[i] ? text.slice(start[i + 1], end[i + 1]) : '';
      if (isCountFolded(prev, next)) continue;
      found.add(y);
    }
    if (this.pageDate) found.add(Number(this.pageDate.slice(0, 4)));
    this.yearsFound = [...found].sort((a, b) => a - b);
    return this.yearsFound;
  }

  /**
   * The latest full date (YYYY-MM-DD) written on the page, found on first use and kept: office titles are
   * read against it when the page gives no date of its own, and more than one step asks.
   *
   * A full date's year is written in it as four digits, so the page is read by year, latest first: the date
   * patterns run over a window around each place the year is written (merged where windows overlap), and
   * the first year with a full date there gives the answer. On a dense page (a date every few sentences,
   * over several years) that reads a small part of the text. The windows reach far enough that the patterns
   * see what a pass over the whole text sees; should they add up to more than the page (a table of bare
   * years), the whole text is read once instead.
   */
  get latestFullDate(): string | undefined {
    if (this.latestFound !== undefined) return this.latestFound ?? undefined;
    let latest = this.latestByYear();
    if (latest === undefined) latest = latestIn(findDates(this.text));
    this.latestFound = latest;
    return latest ?? undefined;
  }

  /**
   * `latestFullDate` read by windows (null: none), or undefined when the windows would cost more than the
   * whole text, or a date of the year read runs to a window's cut edge (then only the whole text can say).
   */
  private latestByYear(): string | null | undefined {
    const byYear = this.yearOffsets();
    const years = [...byYear.keys()].sort((a, b) => b - a);
    const text = this.text;
    let budget = text.length;
    for (const year of years) {
      const offsets = byYear.get(year)!;
      const found: ArabicDate[] = [];
      for (let k = 0; k < offsets.length; ) {
        // One window for this year's occurrences whose windows overlap.
        const from = Math.max(0, offsets[k]! - YEAR_BEFORE);
        let to = Math.min(text.length, offsets[k]! + YEAR_AFTER);
        k++;
        while (k < offsets.length && offsets[k]! - YEAR_BEFORE <= to) to = Math.min(text.length, offsets[k++]! + YEAR_AFTER);
        budget -= to - from;
        if (budget < 0) return undefined;
        for (const d of findDates(text.slice(from, to))) {
          if (d.year !== year) continue;
          if ((d.start === 0 && from > 0) || (d.end === to - from && to < text.length)) return undefined;
          found.push(d);
        }
      }
      const latest = latestIn(found);
      if (latest !== null) return latest;
    }
    // No full date anywhere: the windows saw every year written, so there is none in the whole text either.
    return null;
  }

  /**
   * Where each plausible year is written, by year, in text order: runs of exactly four digits (ASCII,
   * Arabic-Indic or Persian) in the original text, as `findDates` reads a year. Only digit tokens of four or
   * more normalized digits are looked at (an invisible mark between digits joins them in normalized text).
   */
  private yearOffsets(): Map<number, number[]> {
    const out = new Map<number, number[]>();
    const { count, kind, start, end } = this.tokens;
    const original = this.text;
    let done = 0;
    for (let i = 0; i < count; i++) {
      if (kind[i] !== DIGIT || end[i]! - start[i]! < 4) continue;
      // The token's digits in the original, widened to whole runs of digits (a run ends where a digit is
      // not, wherever normalization put the token's edges).
      let k = Math.max(done, this.spanStart(i));
      while (k > done && isDigitAt(original, k - 1)) k--;
      let limit = this.spanEnd(i + 1);
      while (limit < original.length && isDigitAt(original, limit)) limit++;
      while (k < limit) {
        if (!isDigitAt(original, k)) {
          k++;
          continue;
        }
        const run = k;
        while (k < limit && isDigitAt(original, k)) k++;
        const value = k - run === 4 ? digitsValue(original.slice(run, k)) : 0;
        if (plausibleYear(value)) {
          const list = out.get(value);
          if (list) list.push(run);
          else out.set(value, [run]);
        }
      }
      done = limit;
    }
    return out;
  }

  get count(): number {
    return this.tokens.count;
  }

  word(i: number): string {
    let w = this.words.get(i);
    if (w === undefined) {
      w = tokenText(this.norm.text, this.tokens, i);
      this.words.set(i, w);
    }
    return w;
  }

  /** The first token of sentence `s`, or -1 when it has none. */
  firstTokenOf(s: number): number {
    const { sentence, count } = this.tokens;
    const k = firstAtLeast(sentence, s, count);
    return k < count && sentence[k] === s ? k : -1;
  }

  sentenceOf(i: number): number {
    return this.tokens.sentence[i]!;
  }

  /** Whether the last letter of token i was written ى. */
  endsInMaksura(i: number): boolean {
    return writtenAsMaksura(this.text, this.norm, this.tokens.end[i]! - 1);
  }

  /** How word i writes its alefs, `skip` proclitic letters in (lib/arabic/alef-forms.ts). */
  alefFormsOf(i: number, skip: number): number {
    return alefForms(this.text, this.spanStart(i, skip), this.spanEnd(i + 1));
  }

  /** Whether word i is written with "+" right after it (أوبك+). */
  followedByPlus(i: number): boolean {
    return this.norm.text.charCodeAt(this.tokens.end[i]!) === 0x2b;
  }

  /** Records that tokens [first, last) read as `phrase`, `skip` proclitic letters into the first (the walk, in page order). */
  addHit(phrase: number, first: number, last: number, skip: number): void {
    if (this.grouped) {
      // Hits come from the walk, before any read; should one come later, the grouping is made again.
      this.grouped = undefined;
      this.phraseHits.clear();
    }
    const at = this.hitCount << 2;
    if (at === this.hitData.length) {
      const grown = new Int32Array(at * 2);
      grown.set(this.hitData);
      this.hitData = grown;
    }
    const data = this.hitData;
    data[at] = phrase;
    data[at + 1] = first;
    data[at + 2] = last;
    data[at + 3] = skip;
    this.hitCount++;
  }

  /** Groups the hits by phrase (a counting sort: page order is kept within each phrase). */
  private group(): { offsets: Int32Array; order: Int32Array } {
    const data = this.hitData;
    const n = this.hitCount;
    let max = -1;
    for (let h = 0; h < n; h++) if (data[h << 2]! > max) max = data[h << 2]!;
    const offsets = new Int32Array(max + 2);
    for (let h = 0; h < n; h++) offsets[data[h << 2]! + 1]!++;
    for (let p = 1; p < offsets.length; p++) offsets[p]! += offsets[p - 1]!;
    const next = offsets.slice(0, max + 1);
    const order = new Int32Array(n);
    for (let h = 0; h < n; h++) order[next[data[h << 2]!]!++] = h;
    return (this.grouped = { offsets, order });
  }

  /** Whether a phrase occurs anywhere on the page. */
  hasHits(phrase: number): boolean {
    const { offsets } = this.grouped ?? this.group();
    return phrase + 1 < offsets.length && offsets[phrase + 1]! > offsets[phrase]!;
  }

  /** Every hit of a phrase, in page order. */
  hits(phrase: number): readonly Hit[] {
    let list = this.phraseHits.get(phrase);
    if (list) return list;
    if (!this.hasHits(phrase)) return NO_HITS;
    const { offsets, order } = this.grouped!;
    const data = this.hitData;
    const made: Hit[] = [];
    for (let k = offsets[phrase]!, to = offsets[phrase + 1]!; k < to; k++) {
      const at = order[k]! << 2;
      made.push({ first: data[at + 1]!, last: data[at + 2]!, skip: data[at + 3]! });
    }
    this.phraseHits.set(phrase, (list = made));
    return list;
  }

  /**
   * Whether a phrase occurs in sentence `s`; given a mention's tokens [first, last), other than exactly there:
   * a mention's own words are never its context (النصر in a list of football words does not make every
   * النصر the club).
   */
  hasHitIn(phrase: number, s: number, first = -1, last = -1): boolean {
    const all = this.hits(phrase);
    const sentence = this.tokens.sentence;
    for (let k = this.firstHitFrom(all, s); k < all.length && sentence[all[k]!.first] === s; k++) if (!standsAt(all[k]!, first, last)) return true;
    return false;
  }

  /** Whether a phrase occurs anywhere on the page other than exactly at a mention's tokens [first, last) (see hasHitIn). */
  hasHitBesides(phrase: number, first: number, last: number): boolean {
    const all = this.hits(phrase);
    return all.length > 1 || (all.length === 1 && !standsAt(all[0]!, first, last));
  }

  /** The first of `all` in sentence `s` or later: those from the sentence's first token on (hits are in page order). */
  private firstHitFrom(all: readonly Hit[], s: number): number {
    return firstHitAt(all, firstAtLeast(this.tokens.sentence, s, this.tokens.count));
  }

  /**
   * Whether a phrase has a hit in sentence `s` that ends fewer than `before` words before the mention at tokens
   * [first, last), or starts fewer than `after` words after it: a near rule. Found by binary search over the
   * phrase's hits, so a page that repeats a phrase thousands of times in one sentence does not make every
   * check read them all.
   */
  hasHitNear(phrase: number, s: number, first: number, last: number, before: number, after: number): boolean {
    const all = this.hits(phrase);
    if (all.length === 0) return false;
    const sentence = this.tokens.sentence;
    // A hit ending before the mention starts at most MAX_PHRASE words before its end.
    for (let k = firstHitAt(all, first - before - MAX_PHRASE); k < all.length && all[k]!.first < first; k++) {
      const h = all[k]!;
      if (h.last <= first && first - h.last < before && sentence[h.first] === s) return true;
    }
    for (let k = firstHitAt(all, last); k < all.length && all[k]!.first < last + after; k++) if (sentence[all[k]!.first] === s) return true;
    return false;
  }

  /** The hits of a phrase inside sentence `s` (binary search: hits are recorded in page order). */
  hitsInSentence(phrase: number, s: number): readonly Hit[] {
    const all = this.hits(phrase);
    if (all.length === 0) return NO_HITS;
    const sentence = this.tokens.sentence;
    const lo = this.firstHitFrom(all, s);
    let end = lo;
    while (end < all.length && sentence[all[end]!.first]! === s) end++;
    return lo === end ? NO_HITS : all.slice(lo, end);
  }

  /** Original-text span of tokens [first, last), starting `skip` normalized letters into the first. */
  span(first: number, last: number, skip = 0): Span {
    const start = this.spanStart(first, skip);
    const end = this.spanEnd(last);
    return { start, end, text: this.text.slice(start, end) };
  }

  /** Where `span(first, …, skip)` starts in the original text. */
  spanStart(first: number, skip = 0): number {
    return this.norm.starts[this.tokens.start[first]! + skip]!;
  }

  /** Where `span(…, last)` ends in the original text. */
  spanEnd(last: number): number {
    return endOf(this.norm, this.tokens.end[last - 1]! - 1, this.text);
  }
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * How far around a year the patterns read for `latestFullDate`: a date starts at most a weekday, "يوم",
 * "الموافق", the day and a month pair in both calendars before its year (some 70 characters, more with
 * diacritics), and ends a few characters after it; the rest is room for what the patterns look at around it.
 */
const YEAR_BEFORE = 192;
const YEAR_AFTER = 48;

/** The latest full date (YYYY-MM-DD) among `dates`, or null. */
function latestIn(dates: readonly ArabicDate[]): string | null {
  let latest: string | null = null;
  for (const d of dates) if (FULL_DAY.test(d.iso) && (latest === null || d.iso > latest)) latest = d.iso;
  return latest;
}

/** Whether a hit stands exactly at tokens [first, last). */
const standsAt = (h: Hit, first: number, last: number): boolean => h.first === first && h.last === last;

/** The first of `all` (in page order) starting at token `from` or later; a binary search with no callback (see firstAtLeast). */
function firstHitAt(all: readonly Hit[], from: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (all[mid]!.first < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
