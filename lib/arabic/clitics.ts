/**
 * Dictionary-driven proclitic stripping. The token as written is always tried first; a stripped form
 * counts only when the matcher finds it among the alias words, so the first letter of لبنان, بغداد or
 * وكالة is never eaten. No suffix is ever stripped: light stemmers turn الكاظمي into كاظم and لبنان into
 * لبن (see ARABIC-MATCHING.md §2).
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

/** Characters a proclitic can start with: tokens starting otherwise have only their own form. */
export const PROCLITIC_INITIALS = new Set(['و', 'ف', 'ب', 'ك', 'ل']);

/**
 * The forms a token may stand for, most literal first. The first entry is the token itself.
 * The caller keeps the forms its dictionary knows.
 */
export function procliticForms(token: string): CliticForm[] {
  const forms: CliticForm[] = [{ form: token, skip: 0 }];
  if (token.length < MIN_STEM + 1 || !PROCLITIC_INITIALS.has(token[0]!)) return forms;
  const add = (form: string, skip: number) => {
    if (form.length >= MIN_STEM && !forms.some((f) => f.form === form)) forms.push({ form, skip });
  };
  const c = isConj(token[0]) ? 1 : 0;
  const rest = token.slice(c);
  if (rest.startsWith('لل') && rest.length > 2) {
    // لل: the ل of ال is swallowed; the mention starts after the conjunction only.
    add('ال' + rest.slice(2), c);
    add(rest.slice(2), c + 2);
  }
  if (isPrep(rest[0]) && rest.startsWith('ال', 1)) {
    add(rest.slice(1), c + 1);
    add(rest.slice(3), c + 3);
  }
  if (c === 1) add(rest, 1);
  if (c === 1 && isPrep(rest[0])) add(rest.slice(1), 2);
  if (c === 0 && isPrep(token[0])) add(token.slice(1), 1);
  return forms;
}
