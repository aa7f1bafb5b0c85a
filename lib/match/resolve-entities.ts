import type { Pattern } from './compile';
import { conditionsHold } from './context-rules';
import type { PageView } from './page-view';
import type { AliasCandidate } from './walk';

/**
 * Applies context rules. Strong (unconditional) aliases are settled first, so that conditional ones can
 * rely on them: bare العسكري counts only once أبو علي العسكري is on the page ("one sense per
 * discourse"), المنطقة الخضراء only with Baghdad or Iraq. Returns the accepted candidates in page order.
 * The set of entities with strong mentions is left in `strongOut` for event rules.
 */
export function resolveEntities(
  page: PageView,
  candidates: readonly AliasCandidate[],
  patterns: readonly Pattern[],
  entityIds: readonly string[],
  strongOut: Set<string>,
): AliasCandidate[] {
  const keep = new Uint8Array(candidates.length);
  const strong = new Set<string>();
  const strongOwners = new Uint8Array(entityIds.length);
  // Plain loops: a page of a large set has thousands of candidates.
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const p = patterns[c.pattern]!;
    if (p.kind === 'phrase' || !p.strong) continue;
    if (conditionsHold(p.conditions, c, page, strong)) keep[k] = 1;
  }
  const shared = (a: number, b: number) =>
    b >= 0 && b < candidates.length && candidates[a]!.first === candidates[b]!.first && candidates[a]!.last === candidates[b]!.last;
  for (let k = 0; k < candidates.length; k++) {
    const owner = candidates[k]!.owner;
    // A name two entities share is no evidence that either is on the page ("one sense per discourse").
    if (keep[k] && !strongOwners[owner] && !shared(k, k - 1) && !shared(k, k + 1)) {
      strongOwners[owner] = 1;
      strong.add(entityIds[owner]!);
    }
  }
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const p = patterns[c.pattern]!;
    if (p.kind === 'phrase' || p.strong) continue;
    if (conditionsHold(p.conditions, c, page, strong)) keep[k] = 1;
  }
  // Candidates of one span (entities sharing a name) are adjacent, in pattern order: the first kept names
  // the span, so a name never yields two entities and the older record's reading wins a tie.
  for (let k = 1; k < candidates.length; k++) {
    for (let m = k - 1; shared(k, m); m--) {
      if (keep[m]) {
        keep[k] = 0;
        break;
      }
    }
  }
  for (const id of strong) strongOut.add(id);
  return candidates.filter((_, k) => keep[k]);
}
