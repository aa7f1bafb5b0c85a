/**
 * Cleaning rules for GeoNames' names. Each rule is a function of the raw value alone (and the English name
 * for the article rule), so the same input always gives the same output; the reviewed overrides file
 * handles what no rule can.
 */

/** Marks that GeoNames' Arabic field carries around names: directional marks, embeddings, the Arabic letter mark. */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Arabic diacritics (harakat, shadda, sukun, superscript alef) and tatweel: not part of how news writes a name. */
const DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
/** Administrative words GeoNames sometimes puts before the name itself ("شعبية سرت", "محافظة حماة", "إمارة الشارقة"). */
const ADMIN_PREFIXES = ['شعبية', 'محافظة', 'بلدية', 'مدينة', 'قضاء', 'ناحية', 'مركز', 'إمارة'];
/** The romanized Arabic article: Al Kūt, As Samawah, Ad Dīwānīyah, El Jadida. */
const ROMAN_ARTICLE = /^(?:al|ad|ar|as|az|an|at|ash|adh|ath|aş|aḑ|aţ|az̧|el|ed|er|es|ez|en|et)[ ‘’'ʿ-]/i;

export type Rejection = 'latin' | 'empty' | 'digits' | 'not-arabic';

export interface CleanedName {
  name?: string;
  rejected?: Rejection;
  /** Rules that changed the name, for the generator's report. */
  applied: string[];
}

/**
 * The Arabic name as Arabic news writes it, or why the raw value is not one:
 * invisible marks, diacritics and stray punctuation dropped; Persian ک/ی written ك/ي; an administrative
 * prefix dropped; ال added when the romanized name has the article and the Arabic (one word) lacks it;
 * a final ه written ة when the romanized name ends in -ah/-a/-at (the data's ه is a typing shortcut).
 * Rejected: Latin letters (a transliteration left in the Arabic field), digits, no Arabic letters.
 */
export function cleanArabicName(raw: string, english: string): CleanedName {
  const applied: string[] = [];
  let s = raw.normalize('NFC').replace(INVISIBLE, '');
  const stripped = s.replace(DIACRITICS, '');
  if (stripped !== s) applied.push('diacritics');
  s = stripped.replace(/ک/g, 'ك').replace(/ی/g, 'ي');
  s = s.replace(/[,،.;؛:]+\s*$/u, '').replace(/\s+/g, ' ').trim();
  if (/[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/.test(s)) return { rejected: 'latin', applied };
  if (/[0-9\u0660-\u0669\u06f0-\u06f9]/.test(s)) return { rejected: 'digits', applied };
  if (s === '') return { rejected: 'empty', applied };
  if (!/^[\u0621-\u064a\u0671-\u06d3 \-']+$/.test(s)) return { rejected: 'not-arabic', applied };
  for (const prefix of ADMIN_PREFIXES) {
    if (s.startsWith(`${prefix} `) && s.length > prefix.length + 2) {
      s = s.slice(prefix.length + 1);
      applied.push('prefix');
      break;
    }
  }
  if (!s.includes(' ') && !s.startsWith('ال') && ROMAN_ARTICLE.test(english.trim())) {
    s = `ال${s}`;
    applied.push('article');
  }
  if (s.endsWith('ه') && s.length >= 3 && /(?:ah|a|at)$/i.test(plainEnglish(english))) {
    s = `${s.slice(0, -1)}ة`;
    applied.push('ta-marbuta');
  }
  return { name: s, applied };
}

/** Letters GeoNames uses for ʿayn and hamza in romanized names: dropped, as English news drops them. */
const APOSTROPHES = /[ʿʾ‘’'`ʻʼ]/g;

/**
 * A romanized name without diacritics or ayn/hamza signs: Ḩamāh → Hamah, Ta‘izz → Taizz. Well-known names
 * that English news writes differently (Hama, Taiz, Aleppo) come from the overrides.
 */
export function plainEnglish(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(APOSTROPHES, '')
    .replace(/ı/g, 'i')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Stable kebab-case id from an English name: "Deir ez-Zor" → "deir-ez-zor". */
export function slug(name: string): string {
  return plainEnglish(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
