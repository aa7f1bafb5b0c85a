import { normalizeText } from '../../lib/arabic/normalize';

/**
 * The ordinary Arabic words of a Hunspell dictionary (Debian's hunspell-ar, Ayaspell): which place names are
 * also words ("صور" pictures, "حلب" milked, "خليل" friend).
 *
 * The .dic file lists stems with a flag (an affix class), one per line: `word/flag[\tmorphology]`. Ayaspell
 * keeps proper nouns (countries, capitals, people) in classes of their own, next to the classes of ordinary
 * nouns and verbs; a name that appears only in proper-noun classes is not a word. Which classes hold proper
 * nouns is read from the data: a class is a name class when at least `NAME_CLASS_SHARE` of its stems are
 * names the generator already knows (countries and places), and it has at least `NAME_CLASS_MIN` stems.
 * (In hunspell-ar 3.2 the share is 15–100% in the classes of countries, cities, people, months and planets,
 * and under 10% in the classes of nouns and verbs.) Reviewed corrections come from the overrides file: a
 * class of ordinary words that happens to hold many place names (عين eye, رين, طين clay) is listed there.
 */
export const NAME_CLASS_SHARE = 0.12;
export const NAME_CLASS_MIN = 10;

export interface LexiconEntry {
  word: string;
  flag: string;
}

/** Parses a .dic text: the first line is the entry count, then `word[/flag][\t…]` lines. */
export function parseDic(text: string): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.split('\t')[0]!.trim();
    if (!line || line.startsWith('#')) continue;
    const slash = line.indexOf('/');
    const word = slash < 0 ? line : line.slice(0, slash);
    const flag = slash < 0 ? '' : line.slice(slash + 1);
    if (/[\u0621-\u064a]/.test(word)) out.push({ word: normalizeText(word), flag });
  }
  return out;
}

export interface Lexicon {
  /** Normalized stems that appear in at least one class of ordinary words. */
  words: ReadonlySet<string>;
  /** The classes found to hold proper nouns, sorted. */
  nameClasses: string[];
}

/** The ordinary words of a dictionary, given the normalized names (without ال) the generator knows. */
export function ordinaryWords(entries: readonly LexiconEntry[], knownNames: ReadonlySet<string>, wordClasses: readonly string[] = []): Lexicon {
  const total = new Map<string, number>();
  const names = new Map<string, number>();
  for (const { word, flag } of entries) {
    total.set(flag, (total.get(flag) ?? 0) + 1);
    if (knownNames.has(word)) names.set(flag, (names.get(flag) ?? 0) + 1);
  }
  const nameClasses = [...total]
    .filter(([flag, n]) => n >= NAME_CLASS_MIN && (names.get(flag) ?? 0) / n >= NAME_CLASS_SHARE && !wordClasses.includes(flag))
    .map(([flag]) => flag)
    .sort();
  const isName = new Set(nameClasses);
  const words = new Set<string>();
  for (const { word, flag } of entries) if (!isName.has(flag)) words.add(word);
  return { words, nameClasses };
}

/** The forms of a normalized place name to look up: itself, without ال ("الخليل" is "خليل", friend), without ة. */
export function lexiconForms(name: string): string[] {
  const forms = name.startsWith('ال') && name.length > 4 ? [name, name.slice(2)] : [name];
  // Stems are listed without the feminine ending (normalized ه): "الجديدة" is جديد, "جدة" is جد.
  for (const f of [...forms]) if (f.endsWith('ه') && f.length > 3) forms.push(f.slice(0, -1));
  return forms;
}

/** Whether a normalized one-word name is also an ordinary word of the lexicon. */
export function isOrdinaryWord(name: string, lexicon: Lexicon): boolean {
  return lexiconForms(name).some((f) => lexicon.words.has(f));
}
