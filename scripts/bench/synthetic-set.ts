import type { Entity } from '../../lib/reference/schema';
import { FIRST_NAMES, NISBAS, ORG_HEADS, ORG_QUALIFIERS, ORG_TOPICS, PLACE_KINDS, PLACES } from './name-parts';
import { pick } from './prng';

const PLACE_SUFFIXES = ['', 'الجديدة', 'القديمة', 'الشمالية', 'الجنوبية', 'الشرقية', 'الغربية', 'الكبرى'];

/** One realistic multi-word name of the given type. */
export function syntheticName(random: () => number, type: Entity['type']): string {
  if (type === 'person') {
    const r = random();
    if (r < 0.45) return `${pick(random, FIRST_NAMES)} ${pick(random, NISBAS)}`;
    if (r < 0.85) return `${pick(random, FIRST_NAMES)} ${pick(random, FIRST_NAMES)} ${pick(random, NISBAS)}`;
    return `أبو ${pick(random, FIRST_NAMES)} ${pick(random, NISBAS)}`;
  }
  if (type === 'organization') {
    const head = `${pick(random, ORG_HEADS)} ${pick(random, ORG_TOPICS)}`;
    const r = random();
    if (r < 0.6) return `${head} ${pick(random, ORG_QUALIFIERS)}`;
    if (r < 0.9) return `${head} في ${pick(random, PLACES)}`;
    return head;
  }
  const suffix = pick(random, PLACE_SUFFIXES);
  const base = random() < 0.8 ? `${pick(random, PLACE_KINDS)} ${pick(random, PLACES)}` : `${pick(random, PLACE_KINDS)} ${pick(random, NISBAS)}`;
  return suffix ? `${base} ${suffix}` : base;
}

/**
 * `count` entities with distinct realistic Arabic names (about 60% people, 30% organizations, 10% places).
 * A third of the people also get a short alias (first name + nisba) when it is not taken.
 */
export function syntheticEntities(random: () => number, count: number): Entity[] {
  const taken = new Set<string>();
  const out: Entity[] = [];
  let attempts = 0;
  while (out.length < count) {
    if (++attempts > count * 50) throw new Error(`only ${out.length} distinct synthetic names`);
    const r = random();
    const type: Entity['type'] = r < 0.6 ? 'person' : r < 0.9 ? 'organization' : 'place';
    const name = syntheticName(random, type);
    if (taken.has(name)) continue;
    taken.add(name);
    const id = `synthetic-${type}-${out.length}`;
    const aliases: Entity['aliases'] = [{ text: name, lang: 'ar', kind: 'full', requires: [], vetoes: [] }];
    const words = name.split(' ');
    if (type === 'person' && words.length === 3 && words[0] !== 'أبو' && random() < 0.33) {
      const short = `${words[0]} ${words[2]}`;
      if (!taken.has(short)) {
        taken.add(short);
        aliases.push({ text: short, lang: 'ar', kind: 'short', requires: [], vetoes: [] });
      }
    }
    out.push({
      id,
      type,
      name: { ar: name, en: id },
      summary: { ar: name, en: id },
      aliases,
      dates: [],
      sources: [],
      roles: [],
    });
  }
  return out;
}
