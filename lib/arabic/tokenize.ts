/**
 * Tokenizer for normalized mixed Arabic/Latin text.
 *
 * A token is a maximal run of one script: Arabic letters, Latin letters, digits, or letters of another
 * script. A change of script splits (2021م → 2021 + م; الـAFP → ال + afp). Apostrophes inside a Latin
 * word are dropped (Kata'ib = Kataib) except a possessive 's, which ends the word (Kadhimi's → kadhimi).
 * Hyphens and all punctuation separate words (al-Kadhimi → al + kadhimi). Sentences end at . ! ? ؟ ؛ ; …
 * and at line breaks, so co-occurrence rules never reach across paragraphs.
 *
 * Tokens are kept in typed arrays, not objects: a 1 MB page has some 100,000 of them.
 */

export const enum TokenKind {
  Arabic = 1,
  Latin = 2,
  Digit = 3,
  Other = 4,
}

export interface Tokens {
  count: number;
  /** Offsets into the normalized text. */
  start: Uint32Array;
  end: Uint32Array;
  /** Index of the sentence the token is in (0-based, increasing). */
  sentence: Uint32Array;
  kind: Uint8Array;
  /** 1 when the token contains an apostrophe to drop when reading its text. */
  apostrophe: Uint8Array;
  /**
   * What separates token i from token i - 1: 0 nothing but spaces and commas, 1 a line break,
   * 2 sentence punctuation. A name may run across a line break (a hard-wrapped text), never across a full stop.
   */
  gap: Uint8Array;
}

const SEP = 0;
const MARK = 5;
const APOS = 6;
const BREAK = 7;
const UNSET = 255;

const classes = new Uint8Array(0x10000).fill(UNSET);
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const COMBINING = /\p{M}/u;

function classify(c: number): number {
  const known = classes[c]!;
  if (known !== UNSET) return known;
  let k: number;
  if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff)) k = TokenKind.Arabic;
  else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) k = TokenKind.Latin;
  else if (c >= 0x30 && c <= 0x39) k = TokenKind.Digit;
  else if (c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x60 || c === 0xb4 || c === 0x2032) k = APOS;
  else if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x061b || c === 0x3b || c === 0x2026 || c === 0x0a || c === 0x0d || c === 0x06d4 || c === 0x2029 || c === 0x2028) k = BREAK;
  else if (c < 0x80) k = SEP;
  else {
    const ch = String.fromCharCode(c);
    if (LETTER.test(ch)) k = LATIN.test(ch) ? TokenKind.Latin : TokenKind.Other;
    else if (COMBINING.test(ch)) k = MARK;
    else k = SEP;
  }
  classes[c] = k;
  return k;
}

// ASCII and the Arabic block are classified up front; the loop reads the table directly.
for (let c = 0; c < 0x80; c++) classify(c);
for (let c = 0x0600; c < 0x0700; c++) classify(c);

const isLatinLetter = (text: string, at: number) => at < text.length && classify(text.charCodeAt(at)) === TokenKind.Latin;

/**
 * A full stop inside a number (3.5) or after a single letter and before another letter (أ.ف.ب, U.S.)
 * is not the end of a sentence.
 */
function isInnerDot(text: string, i: number, prevTokenLength: number): boolean {
  if (i === 0 || i + 1 >= text.length) return false;
  const before = classify(text.charCodeAt(i - 1));
  const after = classify(text.charCodeAt(i + 1));
  if (before === TokenKind.Digit && after === TokenKind.Digit) return true;
  return prevTokenLength === 1 && (before === TokenKind.Arabic || before === TokenKind.Latin) && after === before;
}

/** Splits normalized text into tokens. */
export function tokenize(text: string): Tokens {
  const n = text.length;
  // Prose has a word every five or six characters; grow in the rare text that has more.
  let cap = (n >> 2) + 16;
  let start = new Uint32Array(cap);
  let end = new Uint32Array(cap);
  let sentence = new Uint32Array(cap);
  let kind = new Uint8Array(cap);
  let apostrophe = new Uint8Array(cap);
  let gap = new Uint8Array(cap);
  let count = 0;
  let sent = 0;
  let cur = 0; // kind of the open token, 0 = none
  let pending = 0; // strongest break seen since the last token

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let k = classes[c]!;
    if (k === UNSET) k = classify(c);
    if (k === cur && cur !== 0) continue;
    if (k === MARK && cur !== 0) continue; // a combining mark stays with its letter
    if (k === APOS && cur === TokenKind.Latin) {
      // Inside a Latin word: drop it, unless it starts a possessive 's.
      const next = text.charCodeAt(i + 1);
      const possessive = (next === 0x73) && !isLatinLetter(text, i + 2);
      if (!possessive && isLatinLetter(text, i + 1)) {
        apostrophe[count] = 1;
        continue;
      }
    }
    if (cur !== 0) {
      end[count] = i;
      count++;
      cur = 0;
    }
    if (k >= TokenKind.Arabic && k <= TokenKind.Other) {
      if (count + 1 >= cap) {
        cap = Math.min(n + 1, cap * 2);
        start = grown(start, cap);
        end = grown(end, cap);
        sentence = grown(sentence, cap);
        kind = grown(kind, cap);
        apostrophe = grown(apostrophe, cap);
        gap = grown(gap, cap);
      }
      cur = k;
      if (pending > 0 && count > 0) sent++;
      start[count] = i;
      sentence[count] = sent;
      kind[count] = k;
      apostrophe[count] = 0;
      gap[count] = pending;
      pending = 0;
    } else if (k === BREAK) {
      // A full stop between digits is a decimal point, not the end of a sentence.
      const strength = c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 ? 1 : 2;
      if (strength > pending && !(c === 0x2e && isInnerDot(text, i, count > 0 ? end[count - 1]! - start[count - 1]! : 0))) pending = strength;
    }
  }
  if (cur !== 0) {
    end[count] = n;
    count++;
  }
  return { count, start, end, sentence, kind, apostrophe, gap };
}

function grown<T extends Uint32Array | Uint8Array>(a: T, cap: number): T {
  const b = new (a.constructor as new (n: number) => T)(cap);
  b.set(a);
  return b;
}

/** The text of token `i`. */
export function tokenText(text: string, tokens: Tokens, i: number): string {
  const s = text.slice(tokens.start[i], tokens.end[i]);
  return tokens.apostrophe[i] ? s.replace(/['\u2019\u2018\u02bc`\u00b4\u2032]/g, '') : s;
}

/**
 * Whether normalized `s` is one Arabic, Latin or digit token as it stands, with nothing to drop (no
 * apostrophe, mark or separator): then its words are `[s]` and no token arrays need be made.
 */
export function isOneWord(s: string): boolean {
  if (s.length === 0) return false;
  const k = classify(s.charCodeAt(0));
  if (k !== TokenKind.Arabic && k !== TokenKind.Latin && k !== TokenKind.Digit) return false;
  for (let i = 1; i < s.length; i++) if (classify(s.charCodeAt(i)) !== k) return false;
  return true;
}

/** The token texts of a short normalized string (an alias or a phrase). */
export function tokenWords(text: string): string[] {
  const t = tokenize(text);
  const words: string[] = [];
  for (let i = 0; i < t.count; i++) words.push(tokenText(text, t, i));
  return words;
}
