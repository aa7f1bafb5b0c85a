import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReferenceSet } from '../../lib/reference/build';
import type { ReferenceSet } from '../../lib/reference/schema';
import { compileMatcher, type Matcher } from '../../lib/match/compile';

export const SEEDS_DIR = join(import.meta.dirname, '../../seeds');
export const SEED_TEXT_FILE = join(SEEDS_DIR, '000_7752d1d99baee141.txt');

let cached: { set: ReferenceSet; matcher: Matcher } | undefined;

/** The reference set built from seeds/ exactly as the build step does, and its matcher. */
export function seedSet(): { set: ReferenceSet; matcher: Matcher } {
  if (cached) return cached;
  const names = readdirSync(SEEDS_DIR).sort();
  const records = names
    .filter((n) => n.endsWith('.json') && n !== 'pack.json')
    .map((n) => ({ file: `seeds/${n}`, data: JSON.parse(readFileSync(join(SEEDS_DIR, n), 'utf8')) as unknown }));
  const texts = Object.fromEntries(names.filter((n) => n.endsWith('.txt')).map((n) => [n, readFileSync(join(SEEDS_DIR, n), 'utf8')]));
  const set = buildReferenceSet({ records, texts });
  cached = { set, matcher: compileMatcher(set) };
  return cached;
}

/** Entity ids found in `text`, sorted. */
export function entityIds(text: string): string[] {
  return seedSet().matcher.scan(text).entities.map((e) => e.id).sort();
}

/** Event ids found in `text`, sorted. */
export function eventIds(text: string): string[] {
  return seedSet().matcher.scan(text).events.map((e) => e.id).sort();
}

/** The mention texts of entity `id` in `text`. */
export function mentionsOf(text: string, id: string): string[] {
  return seedSet().matcher.scan(text).entities.find((e) => e.id === id)?.mentions.map((m) => m.text) ?? [];
}
