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

/**
 * `lowerBound` over the first `count` numbers of a sorted array: the first index holding `value` or more. No
 * callback: on the rules' hot path a closure per search is an allocation (7 MB per dense 2 MB scan).
 */
export function firstAtLeast(values: ArrayLike<number>, value: number, count = values.length): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
