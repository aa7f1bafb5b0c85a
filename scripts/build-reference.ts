/**
 * Seeds → the packs bundled into the extension.
 *
 * Builds every pack in lib/reference/bundled-packs.ts (core from seeds/, the others from their folders)
 * into lib/reference/generated/packs/<id>.json and all of them, in order, into
 * lib/reference/generated/bundled.json, with their ids and versions in bundled-index.json (what the
 * background reads on every start); the core pack also as the reference set
 * lib/reference/generated/reference-set.json (its records with a content version). Rewrites the JSON
 * Schemas in docs/ from the zod schemas. On bad data prints each problem (file:line, record, field) and exits 1.
 *
 *   tsx scripts/build-reference.ts [--out DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BUNDLED_PACKS } from '../lib/reference/bundled-packs';
import { packJsonSchemas } from '../lib/reference/pack-json-schemas';
import { externalIdsOf } from '../lib/reference/parse-pack';
import type { Pack } from '../lib/reference/pack-schema';
import { ReferenceBuildError } from '../lib/reference/reference-build-error';
import { referenceSetSchema } from '../lib/reference/schema';
import { buildPackFolder } from './lib/build-pack-folder';
import { readPackFolder } from './lib/read-pack-folder';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'lib/reference/generated' } } });
const outDir = values.out;

function main(): number {
  const built = new Map<string, Pack>();
  const packs: Pack[] = [];
  try {
    for (const { id, folder } of BUNDLED_PACKS) {
      const pack = buildPackFolder(folder, built);
      if (pack.meta.id !== id) throw new ReferenceBuildError([{ file: join(folder, 'pack.json'), field: 'id', message: `Bundled as "${id}" but the pack says "${pack.meta.id}"` }]);
      // The extension refuses a pack whose ids another installed pack defines: catch it here, not at install.
      const taken = externalIdsOf(packs);
      const clashes = [...pack.entities, ...pack.events, ...pack.sources]
        .map((r) => r.id)
        .filter((rid) => taken.entities.has(rid) || taken.events.has(rid) || taken.sources.has(rid));
      if (clashes.length > 0) {
        throw new ReferenceBuildError([{ file: join(folder, 'pack.json'), field: 'id', message: `Ids already defined by an earlier bundled pack: ${clashes.join(', ')}` }]);
      }
      built.set(id, pack);
      packs.push(pack);
    }
  } catch (error) {
    if (!(error instanceof ReferenceBuildError)) throw error;
    console.error(`build-reference: ${error.message}`);
    return 1;
  }

  mkdirSync(join(outDir, 'packs'), { recursive: true });
  for (const pack of packs) {
    const json = `${JSON.stringify(pack)}\n`;
    writeFileSync(join(outDir, 'packs', `${pack.meta.id}.json`), json);
    const aliases = [...pack.entities, ...pack.events].reduce((sum, r) => sum + r.aliases.length, 0) + pack.amends.reduce((sum, a) => sum + a.aliases.length, 0);
    console.log(
      `pack ${pack.meta.id} ${pack.meta.version} (${pack.contentVersion}): ${pack.sources.length} sources, ${pack.entities.length} entities, ` +
        `${pack.events.length} events, ${aliases} aliases, ${pack.facts.length} facts, ${pack.relations.length} relations (${Math.round(json.length / 1024)} kB)`,
    );
  }
  writeFileSync(join(outDir, 'bundled.json'), `${JSON.stringify(packs)}\n`);
  // What the background checks on every start without parsing the packs themselves (it parses a pack
  // only when its version or content version differs from the installed one).
  const index = packs.map((p) => ({ id: p.meta.id, version: p.meta.version, contentVersion: p.contentVersion, requires: p.meta.requires ?? [] }));
  writeFileSync(join(outDir, 'bundled-index.json'), `${JSON.stringify(index, null, 1)}\n`);

  // The core pack as a versioned reference set, the shape the matcher benchmarks and older tests read.
  const core = built.get('core');
  if (core) {
    const { meta: _meta, format: _format, formatVersion: _fv, contentVersion, $schema: _s, ...records } = core;
    const set = referenceSetSchema.parse({ version: contentVersion, builtFrom: readPackFolder('seeds').records.map((r) => r.file), ...records });
    writeFileSync(join(outDir, 'reference-set.json'), `${JSON.stringify(set, null, 1)}\n`);
  }
  for (const [name, schema] of Object.entries(packJsonSchemas())) writeFileSync(join('docs', `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}

process.exitCode = main();
