/** The first index in [0, count) for which `before` is false, `before` being true up to some index and false after it. */
export function lowerBound(count: number, before: (k: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
