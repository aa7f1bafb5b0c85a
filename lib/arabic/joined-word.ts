/**
 * Arabic letters join their neighbours, and some pairs form one glyph (lam + alef: لا لأ لإ لآ). A
 * highlight boundary drawn between two joined letters makes the browser shape each side on its own:
 * the ligature falls apart and the letters take their isolated or final forms. These helpers tell
 * where a boundary would do that, and widen a span to the whole word when it would.
 *
 * Joining types from Unicode's ArabicShaping.txt, for the letters Arabic news text uses.
 */

/** Right-joining letters (type R): they join the letter before them, never the one after. */
const RIGHT_JOINING = new Set(
  Array.from('\u0622\u0623\u0624\u0625\u0627\u0629\u062F\u0630\u0631\u0632\u0648\u0671\u0672\u0673\u0675\u0676\u0677\u0688\u0689\u068A\u068B\u068C\u068D\u068E\u068F\u0690\u0691\u0692\u0693\u0694\u0695\u0696\u0697\u0698\u0699\u06C0\u06C3\u06C4\u06C5\u06C6\u06C7\u06C8\u06C9\u06CA\u06CB\u06CD\u06CF\u06D2\u06D3\u06D5\u06EE\u06EF\u0759\u075A\u075B\u076B\u076C\u0771\u0773\u0774\u0778\u0779'),
);
/** Join-causing (type C): tatweel and the zero-width joiner join on both sides. */
const JOIN_CAUSING = new Set(['\u0640', '\u200D']);

/** Marks drawn on the letter before them (type T): they do not break or cause a join. */
export function isTransparent(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06dc) ||
    (c >= 0x06df && c <= 0x06e4) ||
    c === 0x06e7 ||
    c === 0x06e8 ||
    (c >= 0x06ea && c <= 0x06ed) ||
    (c >= 0x08d3 && c <= 0x08ff && c !== 0x08e2)
  );
}

/** Arabic letters that join on both sides (type D); hamza (U+0621) joins neither. */
function isDualJoining(ch: string): boolean {
  const c = ch.charCodeAt(0);
  const letter = (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d5) || (c >= 0x06fa && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08c9);
  return letter && c !== 0x0621 && c !== 0x0640 && !RIGHT_JOINING.has(ch) && !isTransparent(ch);
}

const joinsAfter = (ch: string) => isDualJoining(ch) || JOIN_CAUSING.has(ch);
const joinsBefore = (ch: string) => isDualJoining(ch) || RIGHT_JOINING.has(ch) || JOIN_CAUSING.has(ch);

/** Letters, marks, tatweel and joiners: what a word that shapes as one piece is made of. */
function isWordPart(ch: string): boolean {
  return joinsBefore(ch) || isTransparent(ch) || ch === '\u0621' || ch === '\u200C';
}

/**
 * True when the letters on both sides of position `i` are drawn joined (marks between them are
 * skipped): a boundary at `i` would change how the word is drawn. A mark at `i` belongs to the letter
 * before it, so a boundary there always splits.
 */
export function joinsAt(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  if (isTransparent(text[i]!)) return isWordPart(text[i - 1]!);
  let before = i - 1;
  while (before >= 0 && isTransparent(text[before]!)) before--;
  if (before < 0) return false;
  return joinsAfter(text[before]!) && joinsBefore(text[i]!);
}

/**
 * `[start, end)` widened so that neither end splits joined letters: an end inside a joined run moves
 * out to the edge of the word (e.g. إيران found in لإيران is drawn as لإيران, the lam-alef stays one
 * glyph). Spans that already end where letters do not join are returned as they are.
 */
export function extendToJoinedWord(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  if (joinsAt(text, s)) while (s > 0 && isWordPart(text[s - 1]!)) s--;
  if (joinsAt(text, e)) while (e < text.length && isWordPart(text[e]!)) e++;
  return { start: s, end: e };
}
