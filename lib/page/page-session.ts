import { collectVisibleText, PAGE_TEXT_OPTIONS, type VisibleText } from '../extract/visible-text';
import type { BackgroundProtocol, PageMatches } from '../messaging/protocol';
import type { Highlighter, HighlightKind } from './highlighter';
import { toRange } from './to-range';

/** The longest text sent in one message; longer pages are cut (the background refuses more). */
export const MAX_TEXT = 2_000_000;
/** Appends after the first scan, then the page is left alone (infinite feeds, tickers). */
export const MAX_APPENDS = 50;

type Send = <K extends 'matchPage' | 'pageStatus' | 'getPageSettings'>(
  type: K,
  data: BackgroundProtocol[K]['input'],
) => Promise<BackgroundProtocol[K]['output']>;

export interface PageSessionDeps {
  doc: Document;
  send: Send;
  highlighter: Highlighter;
  /** Text a scan may read (e.g. not inside the extension's own UI). */
  includeNode?: (node: Node) => boolean;
  /** When this document started (ms since the epoch): `performance.timeOrigin`. */
  timeOrigin?: number;
}

interface Chunk {
  collected: VisibleText;
  matches: PageMatches;
}

/**
 * One page's scans: the full text first, then text added later (appended chunks). Keeps each chunk's
 * segments so a match offset from the background becomes a Range, for highlights and jumps.
 */
export function createPageSession({ doc, send, highlighter, includeNode, timeOrigin = performance.timeOrigin }: PageSessionDeps) {
  // Revisions start at the document's time origin, so a reloaded page (same tab, same URL) always
  // counts as newer than anything the previous document sent, however many rescans that one made.
  let revision = Math.floor(timeOrigin);
  let chunks: Chunk[] = [];
  let highlights = true;
  let active = false;
  let appends = 0;
  let sentChars = 0;
  // Text nodes already sent: a node that moves or is re-inserted is not scanned twice.
  let seen = new WeakSet<Text>();

  const page = () => ({ url: doc.location?.href ?? '', title: doc.title, lang: doc.documentElement?.getAttribute('lang') ?? '' });

  function redraw(): void {
    if (!highlights) return highlighter.clear();
    const groups = new Map<HighlightKind, Range[]>();
    const add = (kind: HighlightKind, range: Range | undefined) => {
      if (!range) return;
      const list = groups.get(kind) ?? [];
      list.push(range);
      groups.set(kind, list);
    };
    for (const { collected, matches } of chunks) {
      for (const e of matches.entities) for (const m of e.mentions) add(e.type, toRange(doc, collected.segments, m.start, m.end));
      for (const e of matches.events) for (const m of e.evidence) add('event', toRange(doc, collected.segments, m.start, m.end));
    }
    highlighter.draw(groups);
  }

  function remember(collected: VisibleText): void {
    for (const s of collected.segments) seen.add(s.node);
  }

  async function sendChunk(collected: VisibleText, append: boolean, rev: number): Promise<void> {
    const matches = await send('matchPage', { ...page(), text: collected.text, append, revision: rev });
    if (rev !== revision) return; // a newer full scan started meanwhile
    chunks.push({ collected, matches });
    const t0 = performance.now();
    redraw();
    performance.measure('siyaq:highlight', { start: t0, end: performance.now() });
  }

  return {
    get active() {
      return active;
    },

    /** Reads the settings and scans the whole page (again). Resolves false when the site is switched off. */
    async scanAll(): Promise<boolean> {
      const rev = ++revision;
      chunks = [];
      seen = new WeakSet();
      appends = 0;
      highlighter.clear();
      const settings = await send('getPageSettings', {});
      if (rev !== revision) return active;
      highlights = settings.highlights;
      if (!settings.enabled) {
        active = false;
        await send('pageStatus', { status: 'disabled', url: page().url, title: page().title });
        return false;
      }
      active = true;
      const root = doc.body ?? doc.documentElement;
      if (!root) return true;
      const t0 = performance.now();
      const collected = truncate(collectVisibleText(root, { ...PAGE_TEXT_OPTIONS, includeNode }), MAX_TEXT);
      // Named measures, so the browser benchmark (and a profiler) can see the content script's main-thread work.
      performance.measure('siyaq:collect', { start: t0, end: performance.now() });
      sentChars = collected.text.length;
      remember(collected);
      await sendChunk(collected, false, rev);
      return true;
    },

    /**
     * Scans nodes added to the page since the last scan: only their text that was never sent. Returns
     * false once the page has used up its appends (the caller stops observing).
     */
    async scanAdded(roots: readonly Node[]): Promise<boolean> {
      if (!active) return false;
      if (appends >= MAX_APPENDS || sentChars >= MAX_TEXT) return false;
      const fresh = (node: Node) => !(node.nodeType === 3 && seen.has(node as Text)) && (includeNode?.(node) ?? true);
      const connected = roots.filter((r) => r.isConnected);
      const outer = connected.filter((r) => !connected.some((o) => o !== r && o.contains(r)));
      const parts = outer.map((r) => collectVisibleText(r, { includeNode: fresh })).filter((c) => c.text.length > 0);
      if (parts.length === 0) return true;
      const collected = truncate(join(parts), MAX_TEXT - sentChars);
      appends++;
      sentChars += collected.text.length;
      remember(collected);
      await sendChunk(collected, true, revision);
      return appends < MAX_APPENDS && sentChars < MAX_TEXT;
    },

    /** Scrolls to the `index`-th mention of `id` (in page order) and flashes it. */
    jumpTo(id: string, index: number, scroll: (range: Range) => void): boolean {
      const spans: { collected: VisibleText; start: number; end: number }[] = [];
      for (const { collected, matches } of chunks) {
        const found = matches.entities.find((e) => e.id === id)?.mentions ?? matches.events.find((e) => e.id === id)?.evidence ?? [];
        for (const m of found) spans.push({ collected, ...m });
      }
      const span = spans[index];
      const range = span && toRange(doc, span.collected.segments, span.start, span.end);
      if (!range) return false;
      scroll(range);
      highlighter.flash(range);
      return true;
    },

    /** Stops drawing and forgets the matches (site switched off, or the page is going away). */
    stop(): void {
      revision++;
      active = false;
      chunks = [];
      highlighter.clear();
    },
  };
}

export type PageSession = ReturnType<typeof createPageSession>;

/** Joins chunks with a line break, shifting segment offsets. */
function join(parts: readonly VisibleText[]): VisibleText {
  if (parts.length === 1) return parts[0]!;
  const texts: string[] = [];
  const segments: VisibleText['segments'] = [];
  let length = 0;
  for (const part of parts) {
    if (length > 0) {
      texts.push('\n');
      length += 1;
    }
    for (const s of part.segments) segments.push({ ...s, start: s.start + length, end: s.end + length });
    texts.push(part.text);
    length += part.text.length;
  }
  return { text: texts.join(''), segments };
}

/** Cuts collected text to `max` characters, keeping segments consistent with the cut. */
function truncate(collected: VisibleText, max: number): VisibleText {
  if (collected.text.length <= max) return collected;
  const limit = Math.max(0, max);
  const segments = collected.segments.filter((s) => s.start < limit).map((s) => (s.end > limit ? { ...s, end: limit } : s));
  return { text: collected.text.slice(0, limit), segments };
}
