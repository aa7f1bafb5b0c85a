/**
 * How a word writes its alefs: bare (ا), or with a hamza or madda (أ إ آ). Normalization folds them all into
 * ا, which is right for names (a hamza left out is only a spelling: ادرار is أدرار), but in a short word a
 * hamza the page writes can make another word: وأن (and that) is not the Turkish city وان, كأن (as if) is not
 * Cannes (كان), أنا (I) is not the Japanese town إنا. The matcher compares the two forms for short names.
 *
 * The forms are packed into one number: the count of alefs times FORMS_SHIFT, plus two bits per alef in
 * order (0 bare, 1 أ, 2 إ, 3 آ). A word with more than MAX_ALEFS alefs gets NO_FORMS: nothing is compared.
 */

export const NO_FORMS = -1;
const MAX_ALEFS = 6;
const FORMS_SHIFT = 1 << (2 * MAX_ALEFS);

const BARE = 0;
const HAMZA_ABOVE = 1;
const HAMZA_BELOW = 2;
const MADDA = 3;

/** The form of an alef at code unit c (presentation forms too), -1 for any other character. */
function formOf(c: number): number {
  switch (c) {
    case 0x0627: // ا
    case 0x0671: // ٱ (wasla): a bare alef as far as hamza goes
    case 0xfe8d:
    case 0xfe8e:
    case 0xfefb: // لا
    case 0xfefc:
      return BARE;
    case 0x0623: // أ
    case 0xfe83:
    case 0xfe84:
    case 0xfef7: // لأ
    case 0xfef8:
      return HAMZA_ABOVE;
    case 0x0625: // إ
    case 0xfe87:
    case 0xfe88:
    case 0xfef9: // لإ
    case 0xfefa:
      return HAMZA_BELOW;
    case 0x0622: // آ
    case 0xfe81:
    case 0xfe82:
    case 0xfef5: // لآ
    case 0xfef6:
      return MADDA;
    default:
      return -1;
  }
}

/**
 * The alef forms of text[from, to). A bare alef followed by a combining hamza or madda (U+0654, U+0655,
 * U+0653, as decomposed text writes them) counts as the composed letter; other marks are passed over.
 */
export function alefForms(text: string, from = 0, to = text.length): number {
  let count = 0;
  let forms = 0;
  for (let k = from; k < to; k++) {
    let form = formOf(text.charCodeAt(k));
    if (form < 0) continue;
    if (form === BARE && k + 1 < to) {
      const next = text.charCodeAt(k + 1);
      if (next === 0x0654) form = HAMZA_ABOVE;
      else if (next === 0x0655) form = HAMZA_BELOW;
      else if (next === 0x0653) form = MADDA;
    }
    if (count === MAX_ALEFS) return NO_FORMS;
    forms |= form << (2 * count);
    count++;
  }
  return count === 0 ? NO_FORMS : count * FORMS_SHIFT + forms;
}

/**
 * Whether a page word's alefs may be the name's: each one bare (a hamza left out), or written as the name
 * writes it. Words whose alefs cannot be compared one for one (NO_FORMS, or another count) agree.
 */
export function alefFormsAgree(page: number, name: number): boolean {
  if (page === NO_FORMS || name === NO_FORMS || page === name) return true;
  const count = Math.floor(page / FORMS_SHIFT);
  if (count !== Math.floor(name / FORMS_SHIFT)) return true;
  for (let j = 0; j < count; j++) {
    const p = (page >> (2 * j)) & 3;
    if (p !== BARE && p !== ((name >> (2 * j)) & 3)) return false;
  }
  return true;
}
