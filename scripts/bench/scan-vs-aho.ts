/**
 * `npm run scan` from outside against @monyone/aho-corasick/fast in process, on the same 8 MB of dense
 * Arabic news text (docs/performance.md). The scan is the real command: a new Node process, the bundled
 * packs' matcher restored from the command's disk cache (the warm-up run writes it), the file read, contract 2's JSON written to a pipe. Aho–Corasick only looks for
 * the same names (every alias of the bundled packs, as written) in the raw text: no normalization, no
 * proclitics, no word boundaries, no rules; its build is timed apart and left out of its rate.
 *
 *   tsx scripts/bench/scan-vs-aho.ts        (also run at the end of npm run bench)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AhoCorasick } from '@monyone/aho-corasick/fast';
import { parseReferenceSet } from '../../lib/reference/parse-reference-set';
import { buildDenseCorpus, strongNames } from './dense-corpus';
import { loadBundledPacks } from './load-bundled-packs';
import { prng } from './prng';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REFERENCE = join(ROOT, 'lib/reference/generated/reference-set.json');
const BYTES = 8_000_000;
const ROUNDS = 5;
const fmt = (n: number, digits = 1): string => n.toFixed(digits);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export function scanVsAho(rounds = ROUNDS): void {
  const seedText = parseReferenceSet(JSON.parse(readFileSync(REFERENCE, 'utf8')) as unknown)
    .sources.map((s) => s.text)
    .join('\n');
  const packs = loadBundledPacks();
  const text = buildDenseCorpus(prng(20_211_108), seedText, strongNames(packs.set), BYTES);
  const bytes = Buffer.byteLength(text, 'utf8');
  const names = [
    ...new Set([...packs.set.entities, ...packs.set.events].flatMap((r) => r.aliases.map((a) => a.text)).filter((a) => a.length > 0)),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'siyaq-bench-'));
  const file = join(dir, 'dense.txt');
  writeFileSync(file, text);
  try {
    const t0 = performance.now();
    const ac = new AhoCorasick(names);
    const buildMs = performance.now() - t0;
    const scanOnce = () => {
      const t = performance.now();
      const run = spawnSync(process.execPath, [join(ROOT, 'scripts/scan.mjs'), '--json', file], {
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 1 << 30,
      });
      const ms = performance.now() - t;
      if (run.status !== 0) throw new Error(`npm run scan exited with ${run.status}`);
      return { ms, out: run.stdout.length };
    };
    const acOnce = () => {
      const t = performance.now();
      const hits = ac.matchInText(text).length;
      return { ms: performance.now() - t, hits };
    };
    // Warm-up: the first scan may compile scripts/scan.ts into its cache.
    const { out } = scanOnce();
    const { hits } = acOnce();
    const scanMs: number[] = [];
    const acMs: number[] = [];
    for (let r = 0; r < rounds; r++) {
      scanMs.push(scanOnce().ms);
      acMs.push(acOnce().ms);
    }
    const rate = (ms: number) => bytes / 1e6 / (ms / 1000);
    const [scan, aho] = [median(scanMs), median(acMs)];
    console.log(
      `\nnpm run scan --json against Aho–Corasick /fast, ${fmt(bytes / 1e6, 1)} MB of dense text, ${names.length} names (median of ${rounds}, interleaved)`,
    );
    console.log(`  npm run scan --json (new process, matcher from its disk cache, JSON ${fmt(out / 1e6, 1)} MB to a pipe)  ${fmt(scan, 0).padStart(6)} ms  ${fmt(rate(scan), 1).padStart(5)} MB/s  (${scanMs.map((m) => fmt(m, 0)).join(' ')})`);
    console.log(`  aho-corasick/fast in process, raw text (${hits} hits; build ${fmt(buildMs, 0)} ms not counted)  ${fmt(aho, 0).padStart(6)} ms  ${fmt(rate(aho), 1).padStart(5)} MB/s  (${acMs.map((m) => fmt(m, 0)).join(' ')})`);
    const ratio = rate(scan) / rate(aho);
    console.log(`  scan rate / Aho–Corasick rate  ${fmt(ratio, 2).padStart(7)}  ≥ 1      ${ratio >= 1 ? 'PASS' : 'MISS'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) scanVsAho();
