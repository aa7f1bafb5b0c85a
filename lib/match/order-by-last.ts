/** Keys sort as plain numbers (no comparator call per step) while an index fits under them. */
const INDEX_BITS = 2 ** 22;

/**
 * Indexes of `sorted` (ordered by start) ordered by end; ties in any order. Mentions seldom overlap, so the
 * order is usually there already; otherwise end × 2²² + index sorts as numbers, several times faster than
 * a comparator on a dense page's thousands of mentions.
 */
export function orderByLast(sorted: readonly { last: number }[]): Int32Array {
  const n = sorted.length;
  const order = new Int32Array(n);
  let inOrder = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (i > 0 && sorted[i]!.last < sorted[i - 1]!.last) inOrder = false;
  }
  if (inOrder) return order;
  if (n >= INDEX_BITS) return order.sort((a, b) => sorted[a]!.last - sorted[b]!.last);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = sorted[i]!.last * INDEX_BITS + i;
  keys.sort();
  for (let i = 0; i < n; i++) order[i] = keys[i]! % INDEX_BITS;
  return order;
}
