/** Syntax characters only: with the `u` flag any other escape (e.g. `\-`) is a syntax error. */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/**
 * The naive baseline: every alias in one RegExp alternation, longest first, bounded by non-letters
 * (JS `\b` is ASCII-only, so Arabic needs explicit lookarounds).
 */
export function aliasRegex(aliases: readonly string[]): RegExp {
  const sorted = [...new Set(aliases)].filter((a) => a.length > 0).sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${sorted.map(escape).join('|')})(?![\\p{L}\\p{M}])`, 'gu');
}

export function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Aho–Corasick reports hits inside words too; a real matcher keeps only whole words. */
export function wholeWordHits(text: string, hits: readonly { begin: number; end: number }[]): number {
  let n = 0;
  for (const h of hits) {
    if (h.begin > 0 && LETTER_OR_MARK.test(text[h.begin - 1]!)) continue;
    if (h.end < text.length && LETTER_OR_MARK.test(text[h.end]!)) continue;
    n++;
  }
  return n;
}
