/**
 * Dictionary-driven proclitic stripping. The token as written is always tried first; a stripped form
 * counts only when the matcher finds it among the alias words, so the first letter of لبنان, بغداد or
 * وكالة is never eaten. No suffix is ever stripped: light stemmers turn الكاظمي into كاظم and لبنان into
 * لبن ("milk"), and العراقية into عراق, the country.
 *
 * Forms, for a conjunction C ∈ {و, ف} and a preposition P ∈ {ب, ك, ل}:
 *   C?لل+X → ال+X, then X        (ل + ال is written لل)
 *   C?P+ال+X → ال+X, then X
 *   C+X, C+P+X, P+X → X
 */

export interface CliticForm {
  /** The word left after stripping. */
  form: string;
  /** How many leading characters of the token the proclitics took (for the mention's start). */
  skip: number;
}

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const KAF = 0x0643;
const LAM = 0x0644;
const ALEF = 0x0627;
const MIN_STEM = 2;

/** Whether a word starting with code unit `c` may carry a proclitic. */
export const mayHaveProclitic = (c: number): boolean => isConj(c) || isPrep(c);
const isConj = (c: number) => c === WAW || c === FA;
const isPrep = (c: number) => c === BA || c === KAF || c === LAM;

/** Receives the stripped forms of a word: (`ال` if `article`) + the word from `from` on. */
export interface CliticVisitor {
  cut(from: number, article: boolean, skip: number): void;
}

/**
 * The one statement of the rule: calls `visitor.cut` for each proclitic-stripped form of the word
 * text[s, e) (not the word itself), most literal first. It reads code units and allocates nothing, so
 * the matcher runs it on every word of a page; a form may come twice (ولل…), and visitors dedupe.
 */
export function forEachProcliticCut(text: string, s: number, e: number, visitor: CliticVisitor): void {
  const n = e - s;
  if (n < MIN_STEM + 1) return;
  const c = isConj(text.charCodeAt(s)) ? 1 : 0;
  const p0 = text.charCodeAt(s + c);
  if (c === 0 && !isPrep(p0)) return;
  // C?لل+X → ال+X, then X
  if (p0 === LAM && text.charCodeAt(s + c + 1) === LAM && n - c - 2 >= MIN_STEM) {
    visitor.cut(s + c + 2, true, c);
    visitor.cut(s + c + 2, false, c + 2);
  }
  // C?P+ال+X → ال+X, then X
  if (isPrep(p0) && text.charCodeAt(s + c + 1) === ALEF && text.charCodeAt(s + c + 2) === LAM) {
    if (n - c - 1 >= MIN_STEM) visitor.cut(s + c + 1, false, c + 1);
    if (n - c - 3 >= MIN_STEM) visitor.cut(s + c + 3, false, c + 3);
  }
  // C+X, C+P+X, P+X → X
  if (c === 1) {
    if (n - 1 >= MIN_STEM) visitor.cut(s + 1, false, 1);
    if (isPrep(p0) && n - 2 >= MIN_STEM) visitor.cut(s + 2, false, 2);
  } else if (n - 1 >= MIN_STEM) visitor.cut(s + 1, false, 1);
}

/**
 * The forms a token may stand for, most literal first, as strings. The first entry is the token
 * itself. The caller keeps the forms its dictionary knows.
 */
export function procliticForms(token: string): CliticForm[] {
  const forms: CliticForm[] = [{ form: token, skip: 0 }];
  forEachProcliticCut(token, 0, token.length, {
    cut(from, article, skip) {
      const form = (article ? 'ال' : '') + token.slice(from);
      if (!forms.some((f) => f.form === form)) forms.push({ form, skip });
    },
  });
  return forms;
}
