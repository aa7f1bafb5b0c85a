import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { matchableSetOf } from '../../lib/reference/matchable-set-of';
import { packSchema } from '../../lib/reference/pack-schema';
import type { MatchableSet } from '../../lib/reference/schema';

const BUNDLED = fileURLToPath(new URL('../../lib/reference/generated/bundled.json', import.meta.url));

/** Every bundled pack as the extension installs them: records together, amendments' aliases on their targets. */
export function loadBundledPacks(): { ids: string[]; set: MatchableSet } {
  let raw: string;
  try {
    raw = readFileSync(BUNDLED, 'utf8');
  } catch {
    throw new Error(`cannot read ${BUNDLED}: run \`npm run build:reference\` first`);
  }
  const packs = (JSON.parse(raw) as unknown[]).map((p) => packSchema.parse(p));
  return { ids: packs.map((p) => p.meta.id), set: matchableSetOf(packs) };
}
