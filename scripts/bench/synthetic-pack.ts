/**
 * Writes a valid pack of `count` synthetic entities (the benchmark's name generator), for measuring
 * an import of that size in the browser. Reproducible: the same seed gives the same file.
 *
 *   tsx scripts/bench/synthetic-pack.ts --count 100000 --out /tmp/synthetic.json
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type Pack } from '../../lib/reference/pack-schema';
import { referenceVersion } from '../../lib/reference/reference-version';
import { prng } from './prng';
import { syntheticEntities } from './synthetic-set';

export function syntheticPack(count: number, seed = 20_211_107): Pack {
  const source = {
    id: 'synthetic-names',
    kind: 'dataset' as const,
    title: { ar: 'أسماء مولّدة للقياس', en: 'Names generated for benchmarks' },
    publisher: 'Siyaq benchmarks',
    published: '2026-11-30',
    language: 'ar' as const,
    license: 'CC0 1.0',
    attribution: 'Siyaq benchmarks (generated)',
  };
  const entities = syntheticEntities(prng(seed), count).map((e) => ({ ...e, sources: [source.id] }));
  const records = { sources: [source], entities, events: [], relations: [], facts: [], amends: [] };
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    meta: {
      id: 'synthetic',
      name: { ar: 'أسماء مولّدة', en: 'Synthetic names' },
      version: '1.0.0',
      description: { ar: `${count} اسم مولّد لقياس الأداء.`, en: `${count} generated names for benchmarks.` },
      license: 'CC0 1.0',
      attribution: 'Siyaq benchmarks (generated)',
      authors: ['Siyaq'],
      date: '2026-11-30',
      requires: [],
    },
    contentVersion: referenceVersion(records),
    ...records,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '100000' }, out: { type: 'string' } } });
  if (!values.out) throw new Error('--out <file> is required');
  const pack = syntheticPack(Number(values.count));
  writeFileSync(values.out, JSON.stringify(pack));
  console.log(`${values.out}: ${pack.entities.length} entities, contentVersion ${pack.contentVersion}`);
}
