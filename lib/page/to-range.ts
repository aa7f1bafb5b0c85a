import { domPosition } from '../extract/dom-position';
import type { TextSegment } from '../extract/visible-text';

/**
 * A DOM Range for `[start, end)` of collected text, or undefined when the text nodes are gone or
 * changed since they were read (the page rewrote itself): a stale offset must not highlight other words.
 */
export function toRange(doc: Pick<Document, 'createRange'>, segments: readonly TextSegment[], start: number, end: number): Range | undefined {
  if (end <= start) return undefined;
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
