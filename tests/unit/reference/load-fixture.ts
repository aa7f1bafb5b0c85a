import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordsInput } from '../../../lib/reference/build';

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
