/**
 * npm run eval [-- --update] [--misses]: precision and recall of the matcher on the labelled texts of
 * tests/fixtures/eval/*.json (sentences, headlines, captions and one-line items written for the purpose,
 * near misses included), per id and overall. Exits 1 when a figure falls below the one recorded in
 * tests/fixtures/eval/baseline.json; --update records the current figures instead (do it only when they
 * are no worse, or with a reason in the commit message). --misses lists the items not read exactly.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileMatcher } from '../lib/match/compile';
import { buildReferenceSet } from '../lib/reference/build';
import { baselineOf, baselineSchema, evalFileSchema, evaluate, figuresOf, regressions, type EvalItem } from './eval/evaluate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const EVAL_DIR = join(ROOT, 'tests/fixtures/eval');
const BASELINE = join(EVAL_DIR, 'baseline.json');
const SEEDS = join(ROOT, 'seeds');

function loadItems(): EvalItem[] {
  return readdirSync(EVAL_DIR)
    .filter((n) => n.endsWith('.json') && n !== 'baseline.json')
    .sort()
    .flatMap((n) => evalFileSchema.parse(JSON.parse(readFileSync(join(EVAL_DIR, n), 'utf8'))).items);
}

function loadMatcher() {
  const names = readdirSync(SEEDS).sort();
  const records = names
    .filter((n) => n.endsWith('.json') && n !== 'pack.json')
    .map((n) => ({ file: `seeds/${n}`, data: JSON.parse(readFileSync(join(SEEDS, n), 'utf8')) as unknown }));
  const texts = Object.fromEntries(names.filter((n) => n.endsWith('.txt')).map((n) => [n, readFileSync(join(SEEDS, n), 'utf8')]));
  return compileMatcher(buildReferenceSet({ records, texts }));
}

const pct = (x: number) => x.toFixed(3);

function main(): number {
  const { values } = parseArgs({ options: { update: { type: 'boolean', default: false }, misses: { type: 'boolean', default: false } } });
  const report = evaluate(loadMatcher(), loadItems());
  const width = Math.max(8, ...Object.keys(report.perId).map((id) => id.length));
  console.log(`${'id'.padEnd(width)}  precision  recall   tp  fp  fn`);
  const row = (label: string, c: { tp: number; fp: number; fn: number }) => {
    const f = figuresOf(c);
    console.log(`${label.padEnd(width)}  ${pct(f.precision).padStart(9)}  ${pct(f.recall).padStart(6)}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`);
  };
  for (const id of Object.keys(report.perId).sort()) row(id, report.perId[id]!);
  row('overall', report.overall);
  console.log(`${report.items} items, ${report.misses.length} not read exactly`);
  if (values.misses) {
    for (const m of report.misses) {
      console.log(`- ${m.text}${m.pageDate ? ` [${m.pageDate}]` : ''}\n    missing: ${m.missing.join(', ') || '-'}; extra: ${m.extra.join(', ') || '-'}`);
    }
  }
  if (values.update) {
    writeFileSync(BASELINE, `${JSON.stringify(baselineOf(report), null, 2)}\n`);
    console.log(`baseline recorded in ${BASELINE}`);
    return 0;
  }
  let baseline;
  try {
    baseline = baselineSchema.parse(JSON.parse(readFileSync(BASELINE, 'utf8')));
  } catch {
    console.error(`eval: no readable baseline at ${BASELINE}; record one with \`npm run eval -- --update\``);
    return 1;
  }
  const worse = regressions(report, baseline);
  if (worse.length) {
    console.error(`eval: below the recorded baseline:\n  ${worse.join('\n  ')}`);
    return 1;
  }
  console.log('no figure below the recorded baseline');
  return 0;
}

process.exitCode = main();
