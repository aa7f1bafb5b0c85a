/**
 * The evaluation's arithmetic, kept apart from files and printing so that a test can run it: labelled
 * texts in, precision and recall per id and overall out, and a comparison with a recorded baseline.
 */
import { z } from 'zod';
import type { Matcher } from '../../lib/match/compile';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const evalItemSchema = z.strictObject({
  text: z.string().min(1),
  /** The page's publication date, when the text is read as a page of that day. */
  pageDate: isoDate.optional(),
  /** headline, caption, item (a one-line list item) or sentence (the default). */
  kind: z.enum(['sentence', 'headline', 'caption', 'item']).default('sentence'),
  /** Every entity and event id of the reference set that a reader finds in the text; nothing else is right. */
  ids: z.array(z.string()),
  note: z.string().optional(),
});
export const evalFileSchema = z.strictObject({ about: z.string(), items: z.array(evalItemSchema).min(1) });
export type EvalItem = z.infer<typeof evalItemSchema>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Figures {
  precision: number;
  recall: number;
}

export interface EvalReport {
  items: number;
  perId: Record<string, Counts>;
  overall: Counts;
  /** Items whose expected ids were not exactly what was found: what a reader of the report fixes next. */
  misses: { text: string; pageDate?: string; missing: string[]; extra: string[] }[];
}

/** Precision and recall; 1 when there is nothing to be right or wrong about. */
export const figuresOf = ({ tp, fp, fn }: Counts): Figures => ({
  precision: tp + fp === 0 ? 1 : tp / (tp + fp),
  recall: tp + fn === 0 ? 1 : tp / (tp + fn),
});

export function evaluate(matcher: Matcher, items: readonly EvalItem[]): EvalReport {
  const perId: Record<string, Counts> = {};
  const overall: Counts = { tp: 0, fp: 0, fn: 0 };
  const misses: EvalReport['misses'] = [];
  const count = (id: string, key: keyof Counts) => {
    (perId[id] ??= { tp: 0, fp: 0, fn: 0 })[key]++;
    overall[key]++;
  };
  for (const item of items) {
    const result = matcher.scan(item.text, item.pageDate ? { pageDate: item.pageDate } : undefined);
    const found = new Set([...result.entities.map((e) => e.id), ...result.events.map((e) => e.id)]);
    const expected = new Set(item.ids);
    for (const id of expected) {
      count(id, found.has(id) ? 'tp' : 'fn');
    }
    for (const id of found) if (!expected.has(id)) count(id, 'fp');
    const missing = [...expected].filter((id) => !found.has(id));
    const extra = [...found].filter((id) => !expected.has(id));
    if (missing.length || extra.length) misses.push({ text: item.text, ...(item.pageDate ? { pageDate: item.pageDate } : {}), missing, extra });
  }
  return { items: items.length, perId, overall, misses };
}

export const baselineSchema = z.strictObject({
  items: z.number().int(),
  overall: z.strictObject({ precision: z.number(), recall: z.number() }),
  perId: z.record(z.string(), z.strictObject({ precision: z.number(), recall: z.number() })),
});
export type Baseline = z.infer<typeof baselineSchema>;

/** Figures are stored rounded to 4 digits, so a baseline file is stable and readable. */
const round = (x: number) => Math.round(x * 10_000) / 10_000;
const rounded = (f: Figures): Figures => ({ precision: round(f.precision), recall: round(f.recall) });

export function baselineOf(report: EvalReport): Baseline {
  const perId: Baseline['perId'] = {};
  for (const id of Object.keys(report.perId).sort()) perId[id] = rounded(figuresOf(report.perId[id]!));
  return { items: report.items, overall: rounded(figuresOf(report.overall)), perId };
}

/** Every figure of the baseline that the report falls below, as readable lines (none: no regression). */
export function regressions(report: EvalReport, baseline: Baseline): string[] {
  const now = baselineOf(report);
  const out: string[] = [];
  const check = (label: string, was: Figures, is: Figures | undefined) => {
    const current = is ?? { precision: 1, recall: 1 };
    for (const key of ['precision', 'recall'] as const) {
      if (current[key] < was[key]) out.push(`${label} ${key} ${current[key].toFixed(4)} < ${was[key].toFixed(4)}`);
    }
  };
  check('overall', baseline.overall, now.overall);
  for (const [id, was] of Object.entries(baseline.perId)) check(id, was, now.perId[id]);
  return out;
}
