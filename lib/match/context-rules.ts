import { normalize } from '../arabic/normalize';
import type { ContextRule } from '../reference/schema';
import type { PageView } from './page-view';

/** A context rule with its phrases replaced by phrase ids of the matcher's trie. */
/** Years, inclusive. */
export interface YearRange {
  from: number;
  to: number;
}

export type CompiledRule =
  | { kind: 'near'; phrases: number[]; before: number; after: number; era?: YearRange; entities?: string[] }
  | { kind: 'sentence'; phrases: number[]; era?: YearRange }
  | { kind: 'page'; phrases: number[]; era?: YearRange }
  | { kind: 'entity'; id: string }
  | { kind: 'prev-definite' }
  | ({ kind: 'era'; needsYear: boolean } & YearRange)
  | { kind: 'coherence'; entities: string[]; phrases: number[]; era: YearRange; min: number }
  | { kind: 'credit' }
  | { kind: 'before'; words: ReadonlySet<string>; within: number };

export const yearRange = (era: { from: string; to: string }): YearRange => ({
  from: Number(era.from.slice(0, 4)),
  to: Number(era.to.slice(0, 4)),
});

/** The page's years fit: none written, or one inside the range. With `needsYear`, one must be written. */
export function eraFits(page: PageView, era: YearRange | undefined, needsYear = false): boolean {
  if (!era) return true;
  const years = page.years;
  if (years.length === 0) return !needsYear;
  for (const y of years) if (y >= era.from && y <= era.to) return true;
  return false;
}

export interface CompiledConditions {
  /** Rules of which one must hold (empty: none needed). */
  anyOf: CompiledRule[];
  /** Era rules: every one must hold. */
  eras: CompiledRule[];
  vetoes: CompiledRule[];
}

/** Compiles rules, registering their phrases through `phraseId`. */
export function compileRules(rules: readonly ContextRule[], phraseId: (phrase: string) => number): CompiledRule[] {
  return rules.map((r): CompiledRule => {
    switch (r.kind) {
      case 'near':
        return { kind: 'near', phrases: r.phrases.map(phraseId), before: r.before, after: r.after, era: r.era && yearRange(r.era), entities: r.entities };
      case 'sentence':
      case 'page':
        return { kind: r.kind, phrases: r.phrases.map(phraseId), era: r.era && yearRange(r.era) };
      case 'entity':
        return { kind: 'entity', id: r.id };
      case 'prev-definite':
        return { kind: 'prev-definite' };
      case 'era':
        return { kind: 'era', ...yearRange(r), needsYear: r.needsYear === true };
      case 'coherence':
        return { kind: 'coherence', entities: r.entities, phrases: r.phrases.map(phraseId), era: yearRange(r.era), min: r.min };
      case 'credit':
        return { kind: 'credit' };
      case 'before':
        return { kind: 'before', words: new Set(r.words.map((w) => normalize(w).text)), within: r.within };
    }
  });
}

export function compileConditions(
  requires: readonly ContextRule[],
  vetoes: readonly ContextRule[],
  phraseId: (phrase: string) => number,
): CompiledConditions {
  const req = compileRules(requires, phraseId);
  return {
    anyOf: req.filter((r) => r.kind !== 'era'),
    eras: req.filter((r) => r.kind === 'era'),
    vetoes: compileRules(vetoes, phraseId),
  };
}

/** Where a candidate mention stands: token range [first, last) on the page. */
export interface Where {
  first: number;
  last: number;
}

/**
 * Whether `rule` holds for a mention at `where` on `page`, given the entities whose mentions are settled
 * (strong ones; after the first round, also those accepted by a rule).
 */
export function ruleHolds(rule: CompiledRule, where: Where, page: PageView, strong: ReadonlySet<string>): boolean {
  if ((rule.kind === 'near' || rule.kind === 'sentence' || rule.kind === 'page') && !eraFits(page, rule.era)) return false;
  switch (rule.kind) {
    case 'entity':
      return strong.has(rule.id);
    case 'era':
      return eraFits(page, rule, rule.needsYear);
    case 'prev-definite': {
      const prev = where.first - 1;
      if (prev < 0 || page.sentenceOf(prev) !== page.sentenceOf(where.first)) return false;
      return isDefinite(page.word(prev));
    }
    case 'page':
    case 'sentence':
    case 'near':
      // Plain loops, no closures: rules are asked about every conditional mention of a dense page.
      if (rule.kind === 'near' && rule.entities && !settlesAny(strong, rule.entities)) return false;
      for (const p of rule.phrases) if (phraseFound(rule, p, where, page)) return true;
      return false;
    case 'coherence': {
      // Page-wide, so the same for every mention of a round: worked out once per settled set.
      let known = coherenceMemo.get(strong);
      if (!known) coherenceMemo.set(strong, (known = new Map()));
      const memo = known.get(rule);
      // A settled set only grows: a result holds while its size is unchanged.
      if (memo && memo.size === strong.size && memo.page === page) return memo.holds;
      const holds = coherent(rule, page, strong);
      known.set(rule, { size: strong.size, page, holds });
      return holds;
    }
    case 'credit':
      return isCredit(page, where);
    case 'before': {
      const s = page.sentenceOf(where.first);
      for (let k = where.first - 1; k >= 0 && k >= where.first - rule.within && page.sentenceOf(k) === s; k--) {
        if (rule.words.has(page.word(k))) return true;
      }
      return false;
    }
  }
}

/** A rule that looks for phrases on the page. */
export type PhraseRule = Extract<CompiledRule, { kind: 'near' | 'sentence' | 'page' }>;

/**
 * Whether phrase `p` of a phrase rule stands where the rule looks for it (the rule's era and entities aside).
 * The mention's own words are not its context: a phrase found exactly where the mention stands does not count
 * (a near rule looks only before and after it). A longer phrase holding the mention («سلطنة عمان» for عمان) does.
 */
export function phraseFound(rule: PhraseRule, p: number, where: Where, page: PageView): boolean {
  switch (rule.kind) {
    case 'page':
      return page.hasHitBesides(p, where.first, where.last);
    case 'sentence':
      return page.hasHitIn(p, page.sentenceOf(where.first), where.first, where.last);
    case 'near':
      return page.hasHitNear(p, page.sentenceOf(where.first), where.first, where.last, rule.before, rule.after);
  }
}

const settlesAny = (strong: ReadonlySet<string>, ids: readonly string[]): boolean => {
  for (const id of ids) if (strong.has(id)) return true;
  return false;
};

/** Results of coherence rules per settled set (a set lives for one page's round). */
const coherenceMemo = new WeakMap<ReadonlySet<string>, Map<CompiledRule, { size: number; page: PageView; holds: boolean }>>();

function coherent(rule: Extract<CompiledRule, { kind: 'coherence' }>, page: PageView, strong: ReadonlySet<string>): boolean {
  if (!eraFits(page, rule.era, true)) return false;
  let signals = 0;
  for (const id of rule.entities) if (strong.has(id) && ++signals >= rule.min) return true;
  for (const p of rule.phrases) if (page.hasHits(p) && ++signals >= rule.min) return true;
  return false;
}

const DASHES = new Set(['-', '–', '—', '_']);

/** The mention alone in brackets, or between a dateline's dash and a colon or dash. */
function isCredit(page: PageView, where: Where): boolean {
  const { start, end } = page.span(where.first, where.last);
  const text = page.text;
  let b = start - 1;
  while (b >= 0 && /\s/.test(text[b]!)) b--;
  let a = end;
  while (a < text.length && /\s/.test(text[a]!)) a++;
  const before = text[b] ?? '';
  const after = text[a] ?? '';
  if (before === '(' && after === ')') return true;
  return DASHES.has(before) && (after === ':' || DASHES.has(after));
}

/** Longest context phrase, in words, that a near rule looks back over. */
export const MAX_PHRASE = 8;

/** Whether a mention passes its conditions: no veto holds, every era holds, and one required rule holds. */
export function conditionsHold(c: CompiledConditions, where: Where, page: PageView, strong: ReadonlySet<string>): boolean {
  return acceptedBy(c, where, page, strong) !== false;
}

/** The required rule that accepts a mention; null when none is needed (only vetoes and eras); false when rejected. */
export function acceptedBy(c: CompiledConditions, where: Where, page: PageView, strong: ReadonlySet<string>): CompiledRule | null | false {
  if (!passesVetoes(c, where, page, strong)) return false;
  if (c.anyOf.length === 0) return null;
  for (const r of c.anyOf) if (ruleHolds(r, where, page, strong)) return r;
  return false;
}

/** No veto holds and every era holds: what is left when a page's context settles the rest. */
export function passesVetoes(c: CompiledConditions, where: Where, page: PageView, strong: ReadonlySet<string>): boolean {
  for (const r of c.vetoes) if (ruleHolds(r, where, page, strong)) return false;
  for (const r of c.eras) if (!ruleHolds(r, where, page, strong)) return false;
  return true;
}

/** A definite noun: ال… (after an optional و/ف), or لل…; long enough not to be a particle. */
export function isDefinite(word: string): boolean {
  const w = word.startsWith('و') || word.startsWith('ف') ? word.slice(1) : word;
  return (w.startsWith('ال') && w.length > 3) || (w.startsWith('لل') && w.length > 3);
}
