import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReferenceSet, type RecordsInput } from '../../../lib/reference/build';
import type { ReferenceSet } from '../../../lib/reference/schema';

export const FIXTURES = 'tests/fixtures/reference';
export const SEEDS = 'seeds';

/** A records file as the build script passes it: path relative to the repository root, JSON parsed. */
export function loadRecords(path: string): RecordsInput {
  return { file: path, data: JSON.parse(readFileSync(path, 'utf8')) as unknown };
}

export function fixture(name: string): RecordsInput {
  return loadRecords(join(FIXTURES, name));
}

/** The fixture's source text, keyed as records name it. */
export function fixtureTexts(): Record<string, string> {
  return { 'sample.txt': readFileSync(join(FIXTURES, 'sample.txt'), 'utf8') };
}

/** The real seeds, built the way scripts/build-reference.ts builds them. */
export function buildSeedSet(): ReferenceSet {
  const names = readdirSync(SEEDS).sort();
  const texts = Object.fromEntries(names.filter((n) => n.endsWith('.txt')).map((n) => [n, readFileSync(join(SEEDS, n), 'utf8')]));
  return buildReferenceSet({ records: names.filter((n) => n.endsWith('.json') && n !== 'pack.json').map((n) => loadRecords(join(SEEDS, n))), texts });
}
