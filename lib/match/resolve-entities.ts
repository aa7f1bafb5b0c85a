import { acceptedBy, ruleHolds, type CompiledConditions, type CompiledRule } from './context-rules';
import type { PageView } from './page-view';
import { conditionsOf, isStrong, type AliasCandidate, type PatternTable } from './walk';

/** What the entity pass leaves: accepted mentions in page order, the rest, and the rule that accepted each conditional one. */
export interface Resolved {
  accepted: AliasCandidate[];
  rejected: AliasCandidate[];
  /** The required rule that accepted a conditional mention (none for names that need no context). */
  rules: Map<AliasCandidate, CompiledRule>;
}

/**
 * Applies context rules in rounds. Strong (unconditional) aliases are settled first, so that conditional ones
 * can rely on them: bare العسكري counts only once أبو علي العسكري is on the page ("one sense per discourse"),
 * المنطقة الخضراء only with Baghdad or Iraq. A second round lets conditional mentions lean on entities the
 * first round accepted by a rule (a headline's bare الكاظمي accepted by its page's coherence makes قيادة
 * العمليات المشتركة Iraqi); nothing leans on itself, since a round uses only what earlier rounds settled.
 * The set of entities with strong mentions is left in `strongOut` for event rules.
 */
export function resolveEntities(
  page: PageView,
  candidates: readonly AliasCandidate[],
  patterns: PatternTable,
  entityIds: readonly string[],
  strongOut: Set<string>,
): Resolved {
  const keep = new Uint8Array(candidates.length);
  const rules = new Map<AliasCandidate, CompiledRule>();
  // The caller's set, empty on entry, is filled in place: a large set's page has thousands of strong names to copy.
  strongOut.clear();
  const strong = strongOut;
  // Plain loops: a page of a large set has thousands of candidates.
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (!isStrong(patterns, c.pattern)) continue;
    if (acceptedBy(conditionsOf(patterns, c.pattern), c, page, strong) !== false) keep[k] = 1;
  }
  const shared = (a: number, b: number) =>
    b >= 0 && b < candidates.length && candidates[a]!.first === candidates[b]!.first && candidates[a]!.last === candidates[b]!.last;
  // A name two entities share is no evidence that either is on the page ("one sense per discourse").
  const alone = (k: number) => !shared(k, k - 1) && !shared(k, k + 1);
  for (let k = 0; k < candidates.length; k++) if (keep[k] && alone(k)) strong.add(entityIds[candidates[k]!.owner]!);

  /**
   * "One sense per discourse" holds for a spelling, not for every word that folds to the same letters: a
   * hamza the page writes makes another word where the confirmed mentions have none or another one
   * («وأن» after «مدينة وان», «أنا» after «إنا»). A hamza left out is only a spelling («ادرار» after
   * «ولاية أدرار»). So a candidate whose own letters carry a hamza counts only when a mention of the same
   * entity kept so far has those very letters.
   */
  // Per entity, the letters of its mentions kept so far: made on first need, then kept up to date. The
  // kept mentions are listed per entity once, on the first question: reading every candidate for each entity
  // asked about would be quadratic on a long page that names hundreds of places.
  const spellings = new Map<number, Set<string>>();
  let keptByOwner: Map<number, number[]> | undefined;
  const spelledAsConfirmed = (k: number): boolean => {
    const c = candidates[k]!;
    const surface = letters(page, c);
    if (!HAMZA_ALEF.test(surface)) return true;
    let known = spellings.get(c.owner);
    if (!known) {
      if (!keptByOwner) {
        keptByOwner = new Map();
        for (let m = 0; m < candidates.length; m++) {
          if (keep[m] !== 1) continue;
          const owner = candidates[m]!.owner;
          const list = keptByOwner.get(owner);
          if (list) list.push(m);
          else keptByOwner.set(owner, [m]);
        }
      }
      known = new Set();
      for (const m of keptByOwner.get(c.owner) ?? []) known.add(letters(page, candidates[m]!));
      spellings.set(c.owner, known);
    }
    for (const s of known) if (s.includes(surface)) return true;
    return false;
  };
  /** Records a mention kept in a round, for the spellings asked about later. */
  const kept = (k: number) => {
    const c = candidates[k]!;
    spellings.get(c.owner)?.add(letters(page, c));
    if (!keptByOwner) return;
    const list = keptByOwner.get(c.owner);
    if (list) list.push(k);
    else keptByOwner.set(c.owner, [k]);
  };

  const round = (settled: ReadonlySet<string>, only?: ReadonlySet<string>): string[] => {
    const newly: string[] = [];
    // In a later round only rules that name a newly settled entity can hold where they did not.
    const relevant = new Map<number, boolean>();
    const mayChange = (pattern: number, conditions: CompiledConditions): boolean => {
      let r = relevant.get(pattern);
      if (r === undefined) {
        r = conditions.anyOf.some((rule) => (rule.kind === 'entity' && only!.has(rule.id)) || (rule.kind === 'coherence' && rule.entities.some((id) => only!.has(id))));
        relevant.set(pattern, r);
      }
      return r;
    };
    for (let k = 0; k < candidates.length; k++) {
      if (keep[k]) continue;
      const c = candidates[k]!;
      const conditions = conditionsOf(patterns, c.pattern);
      if (conditions.anyOf.length === 0) continue;
      if (only && !mayChange(c.pattern, conditions)) continue;
      // Cheap rules first: in a later round most candidates fail on them, before any veto is looked at.
      if (only && !conditions.anyOf.some((r) => (r.kind === 'entity' || r.kind === 'coherence') && ruleHolds(r, c, page, settled))) continue;
      let rule = acceptedBy(conditions, c, page, settled);
      if (rule === false) continue;
      // Its own name elsewhere on the page accepts it only in a spelling the page has confirmed (see below).
      if (rule && rule.kind === 'entity' && rule.id === entityIds[c.owner] && !spelledAsConfirmed(k)) {
        const other = conditions.anyOf.find((r) => r !== rule && ruleHolds(r, c, page, settled));
        if (!other) continue;
        rule = other;
      }
      keep[k] = 1;
      kept(k);
      if (rule) rules.set(c, rule);
      const id = entityIds[c.owner]!;
      if (!settled.has(id) && alone(k)) newly.push(id);
    }
    return newly;
  };
  const first = round(strong);
  if (first.length > 0) round(new Set([...strong, ...first]), new Set(first));

  // Candidates of one span (entities sharing a name) are adjacent, in pattern order. The first kept one that
  // a context rule accepted names the span, else the first kept: a reading with evidence on the page (ليفربول
  // beside football words: the club) beats one that needs none (the city), and otherwise the older record's
  // reading wins a tie. Either way a name never yields two entities.
  for (let k = 0; k < candidates.length; ) {
    let end = k + 1;
    while (shared(k, end)) end++;
    if (end - k > 1) {
      let name = -1;
      for (let m = k; m < end && name < 0; m++) if (keep[m] === 1 && rules.has(candidates[m]!)) name = m;
      for (let m = k; m < end && name < 0; m++) if (keep[m] === 1) name = m;
      for (let m = k; m < end; m++) if (m !== name && keep[m] === 1) keep[m] = 2; // shadowed: neither accepted nor waiting for context
    }
    k = end;
  }
  const accepted: AliasCandidate[] = [];
  const rejected: AliasCandidate[] = [];
  for (let k = 0; k < candidates.length; k++) {
    if (keep[k] === 1) accepted.push(candidates[k]!);
    else if (keep[k] === 0) rejected.push(candidates[k]!);
  }
  return { accepted, rejected, rules };
}

const HAMZA_ALEF = /[\u0622\u0623\u0625]/;
/** Marks that do not change a word: diacritics, Quranic marks, tatweel, invisible joiners and direction marks. */
const MARKS = /[\u0610-\u061a\u061c\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u2060-\u2064\ufeff]/g;

/** A mention's letters as the page writes them (proclitics left out), hamza forms kept, marks dropped. */
function letters(page: PageView, c: AliasCandidate): string {
  return page.text.slice(page.spanStart(c.first, c.skip), page.spanEnd(c.last)).replace(MARKS, '');
}
