/**
 * Seeds → lib/reference/generated/reference-set.json, the reference set bundled into the extension.
 * Reads every seeds/*.json (records) and seeds/*.txt (source texts), runs the pure build, writes the set
 * and prints a one-line summary. On bad data prints each problem (file, record, field) and exits 1.
 *
 *   tsx scripts/build-reference.ts [--seeds DIR] [--out FILE]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildReferenceSet, ReferenceBuildError, type RecordsInput } from '../lib/reference/build';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'lib/reference/generated/reference-set.json' },
  },
});
const seedsDir = values.seeds;
const outFile = values.out;

function main(): number {
  const names = readdirSync(seedsDir).sort();
  const records: RecordsInput[] = [];
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    // Shown as given on the command line (seeds/000_x.json by default), so messages point at the file to open.
    const file = join(seedsDir, name);
    try {
      records.push({ file, data: JSON.parse(readFileSync(join(seedsDir, name), 'utf8')) as unknown });
    } catch (error) {
      console.error(`build-reference: ${file}: not valid JSON: ${(error as Error).message}`);
      return 1;
    }
  }
  const texts: Record<string, string> = {};
  for (const name of names.filter((n) => n.endsWith('.txt'))) texts[name] = readFileSync(join(seedsDir, name), 'utf8');

  let set;
  try {
    set = buildReferenceSet({ records, texts });
  } catch (error) {
    if (!(error instanceof ReferenceBuildError)) throw error;
    console.error(`build-reference: ${error.message}`);
    return 1;
  }

  mkdirSync(dirname(outFile), { recursive: true });
  const json = `${JSON.stringify(set, null, 1)}\n`;
  writeFileSync(outFile, json);
  const aliases = [...set.entities, ...set.events].reduce((sum, record) => sum + record.aliases.length, 0);
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const counts = [
    count(set.sources.length, 'source'),
    count(set.entities.length, 'entity').replace(/entitys$/, 'entities'),
    count(set.events.length, 'event'),
    count(aliases, 'alias').replace(/aliass$/, 'aliases'),
    count(set.facts.length, 'fact'),
    count(set.relations.length, 'relation'),
  ];
  console.log(`reference set ${set.version}: ${counts.join(', ')} → ${outFile} (${Math.round(json.length / 1024)} kB)`);
  return 0;
}

process.exitCode = main();
