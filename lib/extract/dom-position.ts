import type { TextSegment } from './visible-text';

/**
 * The text node and offset for a position of the collected text, e.g. a match's start or end, ready for
 * `Range.setStart`/`setEnd`. A position in an inserted gap (" " or "\n") moves to the next segment's start
 * (side "start") or the previous segment's end (side "end"), so a range never covers a stray separator.
 * Binary search: segments are in text order.
 */
export function domPosition(
  segments: readonly TextSegment[],
  index: number,
  side: 'start' | 'end',
): { node: Text; offset: number } | undefined {
  // First segment whose end is past `index` (for a start) or reaches `index` (for an end).
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const s = segments[mid]!;
    if (side === 'start' ? s.end <= index : s.end < index) lo = mid + 1;
    else hi = mid;
  }
  if (side === 'start') {
    const s = segments[lo];
    return s && { node: s.node, offset: s.offset + Math.max(0, index - s.start) };
  }
  let s = segments[lo];
  if (!s || s.start >= index) s = segments[lo - 1];
  return s && { node: s.node, offset: s.offset + Math.min(index, s.end) - s.start };
}
