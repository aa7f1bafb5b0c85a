import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineOf, baselineSchema, evalFileSchema, evaluate, figuresOf, regressions } from '../../../scripts/eval/evaluate';
import { seedSet } from '../../support/seed-set';

const DIR = join(import.meta.dirname, '../../fixtures/eval');
const files = readdirSync(DIR).filter((n) => n.endsWith('.json') && n !== 'baseline.json');
const items = files.flatMap((n) => evalFileSchema.parse(JSON.parse(readFileSync(join(DIR, n), 'utf8'))).items);

describe('the evaluation (npm run eval)', () => {
  it('has enough labelled texts, short ones and near misses included', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    expect(items.filter((i) => i.kind !== 'sentence').length).toBeGreaterThanOrEqual(20);
    expect(items.filter((i) => i.ids.length === 0).length).toBeGreaterThanOrEqual(15);
  });

  it('labels only ids of the reference set', () => {
    const { set } = seedSet();
    const known = new Set([...set.entities.map((e) => e.id), ...set.events.map((e) => e.id)]);
    expect(items.flatMap((i) => i.ids).filter((id) => !known.has(id))).toEqual([]);
  });

  it('no figure falls below the recorded baseline', () => {
    const baseline = baselineSchema.parse(JSON.parse(readFileSync(join(DIR, 'baseline.json'), 'utf8')));
    const report = evaluate(seedSet().matcher, items);
    expect(regressions(report, baseline)).toEqual([]);
    expect(report.items).toBe(baseline.items);
  });
});

describe('evaluation arithmetic', () => {
  const matcher = seedSet().matcher;
  const report = evaluate(matcher, [
    { text: 'وصل الوفد إلى بغداد.', kind: 'sentence', ids: ['baghdad'] },
    { text: 'وصل الوفد إلى بغداد.', kind: 'sentence', ids: [] },
    { text: 'وصل الوفد.', kind: 'sentence', ids: ['iraq'] },
  ]);

  it('counts found and expected ids as true positives, found only as false positives, expected only as misses', () => {
    expect(report.perId.baghdad).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(report.perId.iraq).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(figuresOf(report.overall)).toEqual({ precision: 0.5, recall: 0.5 });
  });

  it('reports a figure below the baseline, and none when equal or better', () => {
    const now = baselineOf(report);
    expect(regressions(report, now)).toEqual([]);
    const better = { ...now, overall: { precision: 0.6, recall: 0.5 } };
    expect(regressions(report, better)).toEqual(['overall precision 0.5000 < 0.6000']);
  });
});
