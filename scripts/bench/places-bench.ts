import { gzipSync } from 'node:zlib';
import { compileMatcher } from '../../lib/match/compile';
import { externalIdsOf, parsePack } from '../../lib/reference/parse-pack';
import type { MatchableSet } from '../../lib/reference/schema';
import { buildPackFolder } from '../lib/build-pack-folder';
import { retainedBy } from './heap';
import { interleave } from './interleave';

const PLACES = 'seeds/packs/places';
const fmt = (n: number, digits = 1): string => n.toFixed(digits);

/**
 * The places pack (seeds/packs/places, not bundled yet) on top of the core set: the built file's size, its
 * import check (parsePack, what the options page runs), matcher compile time and heap, and the scan rate on
 * the benchmark corpus against the core set alone.
 */
export function benchPlaces(corpus: string, core: MatchableSet, rounds: number): void {
  const built = buildPackFolder(PLACES);
  const json = JSON.stringify(built);
  const coreBuilt = buildPackFolder('seeds');
  const t0 = performance.now();
  parsePack(JSON.parse(json) as unknown, { external: externalIdsOf([coreBuilt]) });
  const importMs = performance.now() - t0;
  const byId = new Map(core.entities.map((e) => [e.id, { ...e, aliases: [...e.aliases] }]));
  for (const amend of built.amends) byId.get(amend.id)?.aliases.push(...amend.aliases);
  const set: MatchableSet = { entities: [...byId.values(), ...built.entities], events: core.events };
  const cold = retainedBy(() => compileMatcher(set));
  const again = retainedBy(() => compileMatcher(set));
  const coreMatcher = compileMatcher(core);
  const count = (r: ReturnType<ReturnType<typeof compileMatcher>['scan']>) => r.entities.reduce((n, e) => n + e.mentions.length, 0);
  const [alone, withPlaces] = interleave([() => count(coreMatcher.scan(corpus)), () => count(again.result.scan(corpus))], rounds) as [
    { ms: number; result: number },
    { ms: number; result: number },
  ];
  const bytes = Buffer.byteLength(corpus, 'utf8');
  const rate = (ms: number) => bytes / 1e6 / (ms / 1000);
  console.log(
    `\nplaces pack: ${built.entities.length} entities, ${again.result.stats.aliases - coreMatcher.stats.aliases} aliases; built file ${fmt(json.length / 1e6, 2)} MB ` +
      `(${fmt(gzipSync(json).length / 1e6, 2)} MB gzip); import check (parsePack) ${fmt(importMs, 0)} ms`,
  );
  console.log(
    `  compile core + places: ${fmt(cold.ms, 0)} ms first, ${fmt(again.ms, 0)} ms again; heap kept ${fmt(again.bytes / 1e6, 1)} MB`,
  );
  console.log(
    `  scan of the corpus: core ${fmt(rate(alone.ms), 1)} MB/s (${alone.result} mentions), core + places ${fmt(rate(withPlaces.ms), 1)} MB/s (${withPlaces.result} mentions)`,
  );
  const slowdown = withPlaces.ms / alone.ms;
  console.log(`  core + places time / core time  ${fmt(slowdown, 2).padStart(7)}  ≤ 1.5    ${slowdown <= 1.5 ? 'PASS' : 'MISS'}`);
  console.log(`  compile core + places (ms)      ${fmt(again.ms, 0).padStart(7)}  < 500    ${again.ms < 500 ? 'PASS' : 'MISS'}`);
}

