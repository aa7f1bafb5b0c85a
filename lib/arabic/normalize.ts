/**
 * Normalization of Arabic (and Latin) text for matching, keeping a map back to the original offsets.
 *
 * Order matters: NFKC first (presentation forms and ligatures become letters; ﻻ → لا, ﷺ → 18 letters),
 * then the folds CAMeL Tools and Lucene agree on, then Siyaq's own:
 * - dropped: diacritics U+064B–U+065F and U+0670, Quranic marks U+0610–U+061A and U+06D6–U+06ED, tatweel,
 *   invisible marks (U+200B–U+200F, U+061C, U+FEFF, U+00AD, U+2060–U+2064, bidi embeddings and isolates);
 * - أ إ آ ٱ ٲ ٳ ٵ → ا; ى → ي; final ة → ه; Persian ی ے → ي, ک → ك, ۀ ہ ە → ه;
 * - Arabic-Indic and Persian digits → 0–9; Latin lowercased.
 * A combining hamza (U+0654) after و or ي composes to ؤ / ئ as NFC would, so both spellings agree.
 *
 * The work is one pass over UTF-16 code units with a lazily filled per-character table: a page has a few
 * hundred distinct characters, so NFKC runs a few hundred times, not once per character.
 */

export interface Normalized {
  /** The normalized text. */
  text: string;
  /** For each normalized code unit, the offset in the original of the character it came from. */
  starts: Uint32Array;
  /** Length of the original text. */
  sourceLength: number;
}

/**
 * The original end (exclusive) of normalized character k, taking in the marks dropped right after it
 * (diacritics, tatweel, invisible marks), so a span keeps its word's marks. Every original character
 * either yields normalized text or is dropped and belongs to the letter before it, so the end is where
 * the next yielding character starts; letters that one character expanded into (ﻻ → لا) end with it.
 */
export function endOf(n: Normalized, k: number, original: string): number {
  const start = n.starts[k]!;
  const next = k + 1 < n.starts.length ? n.starts[k + 1]! : n.sourceLength;
  if (next > start) return next;
  const c = original.charCodeAt(start);
  return start + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
}

/**
 * Whether normalized character k (a ي) was written ى (alef maksura, or its presentation forms):
 * single short words must not match على as علي. Read off the original, so normalization keeps no
 * extra array for it.
 */
export function writtenAsMaksura(original: string, n: Normalized, k: number): boolean {
  const c = original.charCodeAt(n.starts[k]!);
  return c === ALEF_MAKSURA || c === 0xfeef || c === 0xfef0;
}

// Table values from SPECIAL up are markers, not letters; the main loop's fast path is `m < SPECIAL`.
const DROP = 0xffff;
const MULTI = 0xfffe;
/** A high surrogate: an astral character may follow. */
const SURROGATE = 0xfffd;
/** U+0654: composes with a preceding و or ي (as NFC would), else dropped. */
const HAMZA = 0xfffc;
/** ة: kept, and noted so the end-of-word pass runs. */
const TEH = 0xfffb;
/** U+FFFA–U+FFFF in the text itself, which must not be read as markers. */
const SELF = 0xfffa;
const SPECIAL = SELF;
const UNKNOWN = 0;

const ALEF = 0x0627;
const YEH = 0x064a;
const ALEF_MAKSURA = 0x0649;
const TEH_MARBUTA = 0x0629;
const HEH = 0x0647;
const WAW = 0x0648;
const HAMZA_ABOVE = 0x0654;

/** The fold applied to one code unit after NFKC. Returns DROP, or the replacement code unit. */
function foldUnit(c: number): number {
  if ((c >= 0x064b && c <= 0x065f) || c === 0x0670) return DROP; // harakat, shadda, sukun, small marks
  if ((c >= 0x0610 && c <= 0x061a) || (c >= 0x06d6 && c <= 0x06ed)) return DROP; // Quranic annotation
  if (c === 0x0640) return DROP; // tatweel
  if ((c >= 0x200b && c <= 0x200f) || c === 0x061c || c === 0xfeff || c === 0x00ad) return DROP;
  if ((c >= 0x2060 && c <= 0x2064) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return DROP;
  switch (c) {
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: case 0x0672: case 0x0673: case 0x0675:
      return ALEF;
    case 0x06cc: case 0x06d2: case 0x06d0:
      return YEH;
    case 0x06a9: case 0x06aa:
      return 0x0643; // ک → ك
    case 0x06c0: case 0x06c1: case 0x06c2: case 0x06d5: case 0x06be:
      return HEH;
    case 0x06c3:
      return TEH_MARBUTA;
  }
  if (c >= 0x0660 && c <= 0x0669) return 0x30 + (c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return 0x30 + (c - 0x06f0);
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c >= 0xc0 && c < 0x2000) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) return lower.charCodeAt(0);
  }
  return c;
}

/** Folds a whole (already NFKC) string: used for the rare characters that NFKC expands. */
function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const f = foldUnit(s.charCodeAt(i));
    if (f !== DROP) out += String.fromCharCode(f === ALEF_MAKSURA ? YEH : f);
  }
  return out;
}

const table = new Uint16Array(0x10000);
const multi = new Map<number, string>();

function lookup(c: number): number {
  const known = table[c]!;
  if (known !== UNKNOWN) return known;
  let result: number;
  if (c >= SPECIAL) result = SELF;
  else if (c >= 0xd800 && c <= 0xdbff) result = SURROGATE;
  else if (c >= 0xdc00 && c <= 0xdfff) result = c; // a lone low surrogate stays as it is
  else if (c === HAMZA_ABOVE) result = HAMZA;
  else if (c === TEH_MARBUTA) result = TEH;
  else {
    const nfkc = String.fromCharCode(c).normalize('NFKC');
    const folded = foldString(nfkc);
    if (folded.length === 0) result = DROP;
    else if (folded.length === 1 && folded.charCodeAt(0) < SPECIAL && folded.charCodeAt(0) !== TEH_MARBUTA) result = folded.charCodeAt(0);
    else {
      multi.set(c, folded);
      result = MULTI;
    }
  }
  // U+0000 is its own value; keep UNKNOWN free by never caching it (it stays a cheap miss).
  if (c !== 0) table[c] = result;
  return result;
}

// ASCII and the Arabic block are looked up once, up front: the loop then never meets UNKNOWN for them.
for (let c = 1; c < 0x80; c++) lookup(c);
for (let c = 0x0600; c < 0x0700; c++) lookup(c);

const isArabicLetter = (c: number) => (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff);

/** Normalizes `input` for matching. See the module comment for the rules. */
export function normalize(input: string): Normalized {
  const n = input.length;
  let cap = n + 16;
  let out = new Uint16Array(cap);
  let starts = new Uint32Array(cap);
  let len = 0;
  let sawTehMarbuta = false;

  const grow = (need: number) => {
    if (len + need <= cap) return;
    cap = Math.max(cap * 2, len + need + 16);
    const o = new Uint16Array(cap); o.set(out); out = o;
    const s = new Uint32Array(cap); s.set(starts); starts = s;
  };

  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    let m = table[c]!;
    if (m === UNKNOWN) m = lookup(c);
    if (m < SPECIAL) {
      // The common case: one character in, one letter out.
      if (len === cap) grow(1);
      out[len] = m;
      starts[len] = i;
      len++;
      continue;
    }
    if (m === DROP) continue; // it belongs to the letter before it (see endOf)
    if (m === TEH) {
      sawTehMarbuta = true;
      if (len === cap) grow(1);
      out[len] = TEH_MARBUTA;
      starts[len] = i;
      len++;
      continue;
    }
    if (m === HAMZA) {
      const prev = len > 0 ? out[len - 1] : 0;
      if (prev === WAW) out[len - 1] = 0x0624;
      else if (prev === YEH) out[len - 1] = 0x0626;
      continue;
    }
    let s: string;
    if (m === MULTI) s = multi.get(c)!;
    else if (m === SURROGATE && i + 1 < n && input.charCodeAt(i + 1) >= 0xdc00 && input.charCodeAt(i + 1) <= 0xdfff) {
      // Astral: NFKC folds mathematical alphanumerics to Latin; anything else passes through.
      s = foldString(input.slice(i, i + 2).normalize('NFKC'));
      grow(s.length);
      for (let k = 0; k < s.length; k++) {
        out[len] = s.charCodeAt(k); starts[len] = i; len++;
      }
      i++;
      continue;
    } else s = String.fromCharCode(c); // SELF, or a lone high surrogate
    grow(s.length);
    for (let k = 0; k < s.length; k++) {
      if (s.charCodeAt(k) === TEH_MARBUTA) sawTehMarbuta = true;
      out[len] = s.charCodeAt(k); starts[len] = i; len++;
    }
  }

  // ة → ه only at the end of a word: the few words written without a space after ة keep it.
  if (sawTehMarbuta) {
    for (let k = 0; k < len; k++) {
      if (out[k] === TEH_MARBUTA && (k + 1 === len || !isArabicLetter(out[k + 1]!))) out[k] = HEH;
    }
  }

  return { text: decodeUnits(out, len), starts: starts.subarray(0, len), sourceLength: n };
}

const utf16 = typeof TextDecoder === 'undefined' ? undefined : new TextDecoder('utf-16le');

function decodeUnits(units: Uint16Array, len: number): string {
  // TextDecoder copies the units in one go (three times faster than fromCharCode on 1 MB here). A lone
  // surrogate becomes U+FFFD, one unit for one, so offsets stay aligned; U+FEFF never reaches here.
  if (utf16 && len > 64) return utf16.decode(units.subarray(0, len));
  const CHUNK = 8192;
  if (len <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, len) as unknown as number[]);
  const parts: string[] = [];
  for (let k = 0; k < len; k += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(k, Math.min(len, k + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * Whether `s` is already in normalized form, one code unit to itself (an alias word such as "الكاظمي" or
 * "kadhimi"): then normalizing it would only copy it. Compiling a large set asks this of every name part.
 */
export function isNormalized(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let m = table[c]!;
    if (m === UNKNOWN) m = lookup(c);
    if (m !== c) return false;
  }
  return true;
}

/** Normalized form of a short string (an alias, a phrase): the text only. */
export function normalizeText(s: string): string {
  return normalize(s).text;
}
