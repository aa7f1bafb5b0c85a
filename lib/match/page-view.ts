import { findDates, pageYears, type ArabicDate } from '../arabic/dates';
import { normalize, writtenAsMaksura, type Normalized } from '../arabic/normalize';
import { tokenize, tokenText, type Tokens } from '../arabic/tokenize';
import type { Span } from './types';

/** A run of tokens [first, last) where a phrase was found; `skip` = proclitic letters before it. */
export interface Hit {
  first: number;
  last: number;
  skip: number;
}

const NO_HITS: readonly Hit[] = [];

/** One page as the matcher sees it: the original text, its normalized form, its tokens and what was found. */
export class PageView {
  readonly norm: Normalized;
  readonly tokens: Tokens;
  private datesFound: ArabicDate[] | undefined;
  private yearsFound: number[] | undefined;
  private readonly words: (string | undefined)[];
  private readonly phraseHits = new Map<number, Hit[]>();

  constructor(readonly text: string) {
    this.norm = normalize(text);
    this.tokens = tokenize(this.norm.text);
    this.words = new Array(this.tokens.count);
  }

  /** Date expressions on the page, found on first use: most pages never need them. */
  get dates(): readonly ArabicDate[] {
    this.datesFound ??= findDates(this.text);
    return this.datesFound;
  }

  /** Years written on the page. */
  get years(): readonly number[] {
    this.yearsFound ??= pageYears(this.dates);
    return this.yearsFound;
  }

  get count(): number {
    return this.tokens.count;
  }

  word(i: number): string {
    let w = this.words[i];
    if (w === undefined) {
      w = tokenText(this.norm.text, this.tokens, i);
      this.words[i] = w;
    }
    return w;
  }

  sentenceOf(i: number): number {
    return this.tokens.sentence[i]!;
  }

  /** Whether the last letter of token i was written ى. */
  endsInMaksura(i: number): boolean {
    return writtenAsMaksura(this.text, this.norm, this.tokens.end[i]! - 1);
  }

  addHit(phrase: number, hit: Hit): void {
    const list = this.phraseHits.get(phrase);
    if (list) list.push(hit);
    else this.phraseHits.set(phrase, [hit]);
  }

  /** Every hit of a phrase, in page order. */
  hits(phrase: number): readonly Hit[] {
    return this.phraseHits.get(phrase) ?? NO_HITS;
  }

  /** The hits of a phrase inside sentence `s` (binary search: hits are recorded in page order). */
  hitsInSentence(phrase: number, s: number): readonly Hit[] {
    const all = this.phraseHits.get(phrase);
    if (!all) return NO_HITS;
    const sentence = this.tokens.sentence;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentence[all[mid]!.first]! < s) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < all.length && sentence[all[end]!.first]! === s) end++;
    return lo === end ? NO_HITS : all.slice(lo, end);
  }

  /** Original-text span of tokens [first, last), starting `skip` normalized letters into the first. */
  span(first: number, last: number, skip = 0): Span {
    const { starts, ends } = this.norm;
    const start = starts[this.tokens.start[first]! + skip]!;
    const end = ends[this.tokens.end[last - 1]! - 1]!;
    return { start, end, text: this.text.slice(start, end) };
  }

  /** The token whose original span contains or follows `offset` (binary search). */
  tokenAtOffset(offset: number): number {
    let lo = 0;
    let hi = this.tokens.count - 1;
    let ans = this.tokens.count;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const end = this.norm.ends[this.tokens.end[mid]! - 1]!;
      if (end > offset) {
        ans = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    return ans;
  }
}
