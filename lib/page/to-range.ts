import { domPosition } from '../extract/dom-position';
import type { TextSegment } from '../extract/visible-text';

/**
 * A DOM Range for `[start, end)` of collected text, or undefined when the text nodes are gone or
 * changed since they were read (the page rewrote itself): a stale offset must not highlight other words.
 * With `check.text` (the collected text the offsets are in), every text node the range covers must
 * still hold what was read from it, so text replaced in place (characterData) is caught too; with
 * `check.current`, each of those nodes must pass it (e.g. not read again since by a newer scan).
 */
export function toRange(
  doc: Pick<Document, 'createRange'>,
  segments: readonly TextSegment[],
  start: number,
  end: number,
  check?: { text: string; current?: (node: Text) => boolean },
): Range | undefined {
  if (end <= start) return undefined;
  if (check && !unchanged(segments, start, end, check.text, check.current)) return undefined;
  const from = domPosition(segments, start, 'start');
  const to = domPosition(segments, end, 'end');
  if (!from || !to) return undefined;
  if (!from.node.isConnected || !to.node.isConnected) return undefined;
  if (from.offset > from.node.data.length || to.offset > to.node.data.length) return undefined;
  const range = doc.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return undefined;
  }
  return range.collapsed ? undefined : range;
}

/** The segments overlapping `[start, end)` still read as they did in `text`. */
function unchanged(
  segments: readonly TextSegment[],
  start: number,
  end: number,
  text: string,
  current: (node: Text) => boolean = () => true,
): boolean {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < segments.length && segments[i]!.start < end; i++) {
    const s = segments[i]!;
    const from = Math.max(s.start, start);
    const to = Math.min(s.end, end);
    const at = s.offset + from - s.start;
    if (!current(s.node) || s.node.data.slice(at, at + to - from) !== text.slice(from, to)) return false;
  }
  return true;
}
