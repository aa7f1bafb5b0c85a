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

const WAW = 'و';
const FA = 'ف';
const MIN_STEM = 2;

const isConj = (ch: string | undefined) => ch === WAW || ch === FA;
const isPrep = (ch: string | undefined) => ch === 'ب' || ch === 'ك' || ch === 'ل';

/**
 * The forms a token may stand for, most literal first. The first entry is the token itself.
 * The caller keeps the forms its dictionary knows.
 */
export function procliticForms(token: string): CliticForm[] {
  const forms: CliticForm[] = [{ form: token, skip: 0 }];
  forEachStrippedForm(token, (form, skip) => {
    if (!forms.some((f) => f.form === form)) forms.push({ form, skip });
  });
  return forms;
}

/**
 * Calls `visit` with each proclitic-stripped form of `token` (not the token itself), most literal first,
 * without allocating arrays: the matcher runs this on every word that starts with و ف ب ك ل.
 * A form may be visited twice (ولل…); visitors that care must dedupe.
 */
export function forEachStrippedForm(token: string, visit: (form: string, skip: number) => void): void {
  const n = token.length;
  if (n < MIN_STEM + 1) return;
  const c = isConj(token[0]) ? 1 : 0;
  const p0 = token[c];
  if (c === 0 && !isPrep(p0)) return;
  // C?لل+X → ال+X, then X
  if (p0 === 'ل' && token[c + 1] === 'ل' && n - c - 2 >= MIN_STEM) {
    visit('ال' + token.slice(c + 2), c);
    visit(token.slice(c + 2), c + 2);
  }
  // C?P+ال+X → ال+X, then X
  if (isPrep(p0) && token[c + 1] === 'ا' && token[c + 2] === 'ل') {
    if (n - c - 1 >= MIN_STEM) visit(token.slice(c + 1), c + 1);
    if (n - c - 3 >= MIN_STEM) visit(token.slice(c + 3), c + 3);
  }
  // C+X, C+P+X, P+X → X
  if (c === 1) {
    if (n - 1 >= MIN_STEM) visit(token.slice(1), 1);
    if (isPrep(p0) && n - 2 >= MIN_STEM) visit(token.slice(2), 2);
  } else if (n - 1 >= MIN_STEM) visit(token.slice(1), 1);
}
