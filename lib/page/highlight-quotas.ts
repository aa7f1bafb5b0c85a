/**
 * The most highlight ranges one page (one frame) draws. Whenever highlights change, Chromium rebuilds
 * every highlight range of the document in one task, at a cost that grows with their number (about
 * 7 µs a range on two busy cores, on top of the page's own repaint): the 11,800 ranges of the 1 MB
 * benchmark page held the main thread for 70–224 ms. With this many the task measured 19–47 ms
 * (docs/performance.md); a news article has a few hundred and is drawn whole.
 */
export const MAX_HIGHLIGHTS = 1500;

/**
 * How many of each item's mentions are highlighted when there are more than `cap` in all: every item
 * keeps the same share, an item with fewer mentions than the share keeps them all and leaves the rest
 * to the others, and what does not divide evenly goes, one each, to the items first on the page.
 * `counts` is in page order (by each item's first mention); under the cap every item keeps its count.
 * The caller highlights each item's first mentions up to its quota, so every name found on the page
 * (and so every card) keeps highlights, however many times other names are mentioned.
 */
export function highlightQuotas<K>(counts: ReadonlyMap<K, number>, cap: number = MAX_HIGHLIGHTS): Map<K, number> {
  const quotas = new Map(counts);
  let total = 0;
  for (const n of counts.values()) total += n;
  if (total <= cap) return quotas;
  // Smallest first: each item left takes what it has or an even share of what is left, whichever is less.
  const order = [...counts.keys()].sort((a, b) => counts.get(a)! - counts.get(b)!);
  let left = Math.max(0, Math.floor(cap));
  let i = 0;
  for (; i < order.length; i++) {
    const share = Math.floor(left / (order.length - i));
    const n = counts.get(order[i]!)!;
    if (n > share) break;
    left -= n;
  }
  // The rest all have more than their share: an even share each, the remainder to those first on the page.
  const rest = new Set(order.slice(i));
  const share = Math.floor(left / Math.max(1, rest.size));
  let extra = left - share * rest.size;
  for (const key of counts.keys()) {
    if (!rest.has(key)) continue;
    quotas.set(key, share + (extra > 0 ? 1 : 0));
    extra--;
  }
  return quotas;
}
