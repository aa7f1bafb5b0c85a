import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PackBuildInput } from '../../lib/reference/build-pack';
import type { RecordsInput } from '../../lib/reference/build';
import { ReferenceBuildError } from '../../lib/reference/reference-build-error';

/** The file in a pack folder that holds the pack's metadata; every other .json file holds records. */
export const PACK_META_FILE = 'pack.json';

/**
 * Reads a pack folder (laid out like seeds/: pack.json, records *.json, source texts *.txt) into the
 * build's input. Sub-folders are other packs and are not read. Files that are not JSON are reported
 * together, each with its parse error, instead of stopping at the first.
 */
export function readPackFolder(folder: string): Omit<PackBuildInput, 'external'> {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ReferenceBuildError([{ file: folder, field: '', message: 'No such folder' }]);
  }
  const names = readdirSync(folder).sort();
  const issues: { file: string; field: string; message: string }[] = [];
  const parse = (name: string) => {
    const file = join(folder, name);
    const text = readFileSync(file, 'utf8');
    try {
      return { file, text, data: JSON.parse(text) as unknown };
    } catch (error) {
      issues.push({ file, field: '', message: `not valid JSON: ${(error as Error).message}` });
      return { file, text, data: undefined };
    }
  };
  if (!names.includes(PACK_META_FILE)) issues.push({ file: join(folder, PACK_META_FILE), field: '', message: 'Missing: every pack folder has a pack.json with the pack\'s id, name, version, license and attribution' });
  const meta = names.includes(PACK_META_FILE) ? parse(PACK_META_FILE) : { file: join(folder, PACK_META_FILE), data: undefined };
  const records: RecordsInput[] = names
    .filter((name) => name.endsWith('.json') && name !== PACK_META_FILE && statSync(join(folder, name)).isFile())
    .map(parse);
  if (issues.length > 0) throw new ReferenceBuildError(issues, 'the pack does not build');
  const texts: Record<string, string> = {};
  for (const name of names.filter((n) => n.endsWith('.txt'))) texts[name] = readFileSync(join(folder, name), 'utf8');
  return { meta, records, texts };
}
