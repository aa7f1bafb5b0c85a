import { FILLERS, LEVANTINE_MONTHS, MONTHS, PLACES, VERBS, WEEKDAYS } from './name-parts';
import { pick } from './prng';
import { syntheticName } from './synthetic-set';

const HARAKAT = ['\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B'];
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/** Sentences of the seed article, the real-text share of the corpus. */
export function seedSentences(seed: string): string[] {
  return seed
    .split(/\n|(?<=[.!؟])\s+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const digits = (random: () => number, n: number): string =>
  random() < 0.4 ? String(n).replace(/\d/g, (d) => ARABIC_INDIC[Number(d)]!) : String(n);

/** How real pages spell things: a few words with harakat, tatweel, or an attached proclitic. */
function decorate(random: () => number, sentence: string): string {
  return sentence
    .split(' ')
    .map((word) => {
      const r = random();
      if (r < 0.05 && word.length > 2) {
        return [...word].map((ch) => (random() < 0.5 ? ch + pick(random, HARAKAT) : ch)).join('');
      }
      if (r < 0.08 && word.length > 3) return `${word.slice(0, 2)}ـ${word.slice(2)}`;
      return word;
    })
    .join(' ');
}

function date(random: () => number): string {
  const day = 1 + Math.floor(random() * 28);
  const month = Math.floor(random() * 12);
  const year = 2015 + Math.floor(random() * 10);
  const r = random();
  if (r < 0.4) return `${pick(random, WEEKDAYS)} ${digits(random, day)} ${MONTHS[month]}/${LEVANTINE_MONTHS[month]} ${digits(random, year)}`;
  if (r < 0.7) return `${digits(random, day)} ${random() < 0.5 ? MONTHS[month] : LEVANTINE_MONTHS[month]} ${digits(random, year)}`;
  if (r < 0.85) return `${digits(random, day)}/${digits(random, month + 1)}/${digits(random, year)}`;
  return `عام ${digits(random, year)}`;
}

/** A name as a sentence would carry it: bare, or with و/ف/ب/ل stuck to it (ل + ال → لل). */
function withClitic(random: () => number, name: string): string {
  const r = random();
  if (r < 0.7) return name;
  if (r < 0.8) return `و${name}`;
  if (r < 0.9) return name.startsWith('ال') ? `لل${name.slice(2)}` : `ل${name}`;
  return `ب${name}`;
}

function syntheticSentence(random: () => number): string {
  const person = withClitic(random, syntheticName(random, 'person'));
  const org = syntheticName(random, 'organization');
  const place = syntheticName(random, random() < 0.5 ? 'place' : 'organization');
  const count = digits(random, 2 + Math.floor(random() * 5000));
  switch (Math.floor(random() * 5)) {
    case 0:
      return `${pick(random, VERBS)} ${person} ${pick(random, FILLERS)}، ${date(random)}.`;
    case 1:
      return `وأعلنت ${org} أن ${count} شخصا شاركوا في الاجتماع الذي عقد في ${pick(random, PLACES)} ${date(random)}.`;
    case 2:
      return `من جانبه، ${pick(random, VERBS)} ${person} في ${place} ${pick(random, FILLERS)}.`;
    case 3:
      return `ونقلت ${org} عن ${person} قوله إن "${pick(random, FILLERS)}"، مضيفا أن ${count} عنصرا انتشروا في ${pick(random, PLACES)}.`;
    default:
      return `${pick(random, VERBS)} مصدر في ${withClitic(random, org)} ${pick(random, FILLERS)} بعد لقائه ${person}.`;
  }
}

/**
 * About `targetBytes` of UTF-8 news text: paragraphs of 3–6 sentences, one in six taken from the seed
 * article, the rest synthetic (names with proclitics, diacritics, tatweel, both digit sets, both month systems).
 */
export function buildCorpus(random: () => number, seed: string, targetBytes: number): string {
  const real = seedSentences(seed);
  const paragraphs: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const n = 3 + Math.floor(random() * 4);
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) sentences.push(random() < 1 / 6 ? pick(random, real) : decorate(random, syntheticSentence(random)));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    bytes += Buffer.byteLength(paragraph, 'utf8') + 1;
  }
  return paragraphs.join('\n');
}
