/**
 * Builds a reference pack from a folder laid out like seeds/ (pack.json, records *.json, texts *.txt).
 *
 *   npm run pack -- <folder> --out <file> [--with <built-pack.json>]...
 *
 * Exits 0 after writing the pack, or 1 after printing every problem (file:line: record.field: message).
 * Packs the folder requires are taken from --with files or built from the bundled packs' folders.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { parsePack } from '../lib/reference/parse-pack';
import type { Pack } from '../lib/reference/pack-schema';
import { ReferenceBuildError } from '../lib/reference/reference-build-error';
import { buildPackFolder } from './lib/build-pack-folder';

function main(): number {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { out: { type: 'string', short: 'o' }, with: { type: 'string', multiple: true, default: [] } } });
  } catch (error) {
    return usage((error as Error).message);
  }
  const [folder, ...extra] = args.positionals;
  if (folder === undefined || extra.length > 0) return usage('give exactly one pack folder');
  if (args.values.out === undefined) return usage('--out <file> is required');

  try {
    const known = new Map<string, Pack>();
    for (const file of args.values.with) {
      const pack = parsePack(JSON.parse(readFileSync(file, 'utf8')) as unknown, { name: file });
      known.set(pack.meta.id, pack);
    }
    const pack = buildPackFolder(folder, known);
    const json = `${JSON.stringify(pack)}\n`;
    mkdirSync(dirname(args.values.out), { recursive: true });
    writeFileSync(args.values.out, json);
    const aliases = [...pack.entities, ...pack.events].reduce((sum, r) => sum + r.aliases.length, 0);
    console.log(
      `pack ${pack.meta.id} ${pack.meta.version} (${pack.contentVersion}): ${pack.entities.length} entities, ${pack.events.length} events, ` +
        `${aliases} aliases, ${pack.facts.length} facts, ${pack.relations.length} relations, ${pack.amends.length} amendments → ${args.values.out} (${kb(json.length)})`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ReferenceBuildError) {
      console.error(`pack: ${error.message}`);
      return 1;
    }
    if (error instanceof SyntaxError || (error as NodeJS.ErrnoException).code !== undefined) {
      console.error(`pack: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  }
}

function usage(problem: string): number {
  console.error(`pack: ${problem}\nusage: npm run pack -- <folder> --out <file> [--with <built-pack.json>]...`);
  return 1;
}

function kb(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

process.exitCode = main();
