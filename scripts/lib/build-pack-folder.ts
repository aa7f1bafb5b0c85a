import { buildPack } from '../../lib/reference/build-pack';
import { BUNDLED_PACKS } from '../../lib/reference/bundled-packs';
import type { Pack } from '../../lib/reference/pack-schema';
import { externalIdsOf } from '../../lib/reference/parse-pack';
import { ReferenceBuildError } from '../../lib/reference/reference-build-error';
import { readPackFolder } from './read-pack-folder';

/**
 * Builds a pack folder, first building the bundled packs it requires (so its references to their ids
 * resolve). `known` holds packs already built or given on the command line, by id.
 */
export function buildPackFolder(folder: string, known: Map<string, Pack> = new Map(), seen: Set<string> = new Set()): Pack {
  const input = readPackFolder(folder);
  const requires = requiredIds(input.meta.data);
  const required: Pack[] = [];
  for (const id of requires) {
    let pack = known.get(id);
    if (!pack) {
      const bundled = BUNDLED_PACKS.find((p) => p.id === id);
      if (!bundled || seen.has(id)) {
        throw new ReferenceBuildError([{ file: input.meta.file, field: 'requires', message: `Required pack "${id}" is neither bundled nor given with --with` }]);
      }
      seen.add(id);
      pack = buildPackFolder(bundled.folder, known, seen);
      known.set(id, pack);
    }
    required.push(pack);
  }
  return buildPack({ ...input, external: externalIdsOf(required) });
}

function requiredIds(meta: unknown): string[] {
  if (meta === null || typeof meta !== 'object') return [];
  const requires = (meta as { requires?: unknown }).requires;
  return Array.isArray(requires) ? requires.filter((id): id is string => typeof id === 'string') : [];
}
