import { extendToJoinedWord } from '../arabic/joined-word';
import { extractPageMeta } from '../extract/page-meta';
import { collectVisibleText, isCollectable, PAGE_TEXT_OPTIONS, type VisibleText } from '../extract/visible-text';
import type { BackgroundProtocol, PageMatches } from '../messaging/protocol';
import type { Highlighter, HighlightKind } from './highlighter';
import { highlightQuotas, MAX_HIGHLIGHTS } from './highlight-quotas';
import { toRange } from './to-range';
import type { PageChanges } from './watch-changes';

/** The longest text sent in one message; longer pages are cut (the background refuses more). */
export const MAX_TEXT = 2_000_000;
/**
 * Characters of changed text sent per rescan: a page rewriting itself cannot make one rescan costly;
 * what does not fit waits for the next one.
 */
export const CHANGE_BUDGET = 200_000;
/** The longest a slice of highlight work runs before the page gets its main thread back. */
export const SLICE_MS = 8;

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
  /** Runs `fn` in a later task (the next slice of highlight work); tests may pass their own. */
  nextTask?: (fn: () => void) => void;
  /** The clock slices are timed by (tests pass their own). */
  now?: () => number;
  /** The most ranges highlighted at once (tests pass a small one). */
  maxHighlights?: number;
  /** Whether the page is on and highlighted; by default the background's `getPageSettings`. */
  pageSettings?: () => Promise<BackgroundProtocol['getPageSettings']['output']>;
}

interface Chunk {
  /** Which read this is: a text node read again later (rewritten in place) belongs to the later chunk. */
  serial: number;
  collected: VisibleText;
  matches: PageMatches;
}

/**
 * One page's scans: the full text first, then text added later (appended chunks). Keeps each chunk's
 * segments so a match offset from the background becomes a Range, for highlights and jumps.
 */
export function createPageSession({ doc, send, highlighter, includeNode, timeOrigin = performance.timeOrigin, nextTask = laterTask, now = () => performance.now(), maxHighlights = MAX_HIGHLIGHTS, pageSettings = () => send('getPageSettings', {}) }: PageSessionDeps) {
  // Revisions start at the document's time origin, so a reloaded page (same tab, same URL) always
  // counts as newer than anything the previous document sent, however many rescans that one made.
  let revision = Math.floor(timeOrigin);
  let chunks: Chunk[] = [];
  let highlights = true;
  let active = false;
  // Text nodes already sent: a node that moves or is re-inserted is not scanned twice.
  // …and which read each was last sent in: text rewritten and read again belongs to the newer chunk,
  // so the older chunk's ranges over it are dropped even if the text later reads the same again.
  let seen = new WeakMap<Text, number>();
  let reads = 0;

  const page = () => ({ url: doc.location?.href ?? '', title: doc.title, lang: doc.documentElement?.getAttribute('lang') ?? '' });

  // Which redraw is current: a newer one (or a clear) makes an unfinished one stop where it is.
  let drawing = 0;

  /**
   * Draws every chunk's matches. The ranges are built in slices of at most SLICE_MS, each in its own
   * task (a 1 MB page has thousands of mentions: built in one go they held the page's main thread for
   * 40–120 ms), then registered at once, one highlight per kind: adding ranges to a highlight already
   * drawn makes the browser redo every one of them. At most `maxHighlights` ranges: the browser redoes
   * all of them whenever highlights change. Resolves when drawn, or when a newer redraw took over.
   */
  function redraw(): Promise<void> | void {
    const token = ++drawing;
    if (!highlights) return highlighter.clear();
    const current = chunks;
    const groups = new Map<HighlightKind, Range[]>();
    const live = new Set<Chunk>();
    function* build(): Generator<void> {
      // Past MAX_HIGHLIGHTS mentions, each name (and event) keeps its first ones up to a fair share.
      const quotas = highlightQuotas(mentionCounts(current), maxHighlights);
      const drawn = new Map<string, number>();
      for (const chunk of current) {
        const { serial, collected, matches } = chunk;
        const add = (kind: HighlightKind, key: string, m: { start: number; end: number }) => {
          const n = drawn.get(key) ?? 0;
          if (n >= quotas.get(key)!) return;
          const range = drawnRange(collected, m, (node) => seen.get(node) === serial);
          if (!range) return;
          drawn.set(key, n + 1);
          live.add(chunk);
          const list = groups.get(kind) ?? [];
          list.push(range);
          groups.set(kind, list);
        };
        for (const e of matches.entities) for (const m of e.mentions) yield add(e.type, entityKey(e.id), m);
        for (const e of matches.events) for (const m of e.evidence) yield add('event', eventKey(e.id), m);
      }
    }
    const finish = () => {
      // A chunk none of whose matches is still on the page (removed or rewritten text) is forgotten:
      // a live ticker must not pile up chunks for text long gone.
      chunks = chunks.filter((c) => !current.includes(c) || live.has(c));
      highlighter.draw(groups);
    };
    const steps = build();
    const slice = (): boolean => {
      const deadline = now() + SLICE_MS;
      for (let n = 1; ; n++) {
        if (steps.next().done) return true;
        if (n % 64 === 0 && now() > deadline) return false;
      }
    };
    if (slice()) return finish();
    return new Promise<void>((resolve) => {
      const next = () => {
        if (token !== drawing) return resolve();
        if (!slice()) return nextTask(next);
        finish();
        resolve();
      };
      nextTask(next);
    });
  }

  /**
   * The Range drawn for a match: widened to whole words where its ends would split joined letters
   * (a highlight between them changes how the word is drawn), and only over text still as read.
   */
  function drawnRange(collected: VisibleText, m: { start: number; end: number }, current: (node: Text) => boolean): Range | undefined {
    const { start, end } = extendToJoinedWord(collected.text, m.start, m.end);
    return toRange(doc, collected.segments, start, end, { text: collected.text, current });
  }

  function remember(collected: VisibleText): number {
    const serial = ++reads;
    for (const s of collected.segments) seen.set(s.node, serial);
    return serial;
  }

  async function sendChunk(collected: VisibleText, serial: number, append: boolean, rev: number): Promise<void> {
    // The page's metadata goes with the full scan only: appended content does not change what the page is.
    const meta = append ? undefined : extractPageMeta(doc, { url: doc.location?.href });
    const matches = await send('matchPage', { ...page(), text: collected.text, append, revision: rev, ...(meta ? { page: meta } : {}) });
    if (rev !== revision) return; // a newer full scan started meanwhile
    // Only chunks with matches are kept: they are what highlights and jumps need.
    if (matches.entities.length + matches.events.length > 0) chunks.push({ serial, collected, matches });
    const t0 = performance.now();
    await redraw();
    // From the first slice to the last: on a big page this spans several tasks.
    performance.measure('siyaq:highlight', { start: t0, end: performance.now() });
  }

  return {
    get active() {
      return active;
    },

    /**
     * Reads the settings and scans the whole page (again). Resolves false when the site is switched off.
     * `onCollected` runs as soon as the text has been read, before the background answers: the caller
     * starts watching for changes there, so text added while the first answer is on its way (the
     * background installing packs or compiling the matcher takes seconds) is not missed.
     */
    async scanAll({ onCollected }: { onCollected?: () => void } = {}): Promise<boolean> {
      const rev = ++revision;
      chunks = [];
      seen = new WeakMap();
      drawing++;
      highlighter.clear();
      const settings = await pageSettings();
      if (rev !== revision) return active;
      highlights = settings.highlights;
      if (!settings.enabled) {
        active = false;
        await send('pageStatus', { status: 'disabled', url: page().url, title: page().title });
        return false;
      }
      active = true;
      const root = doc.body ?? doc.documentElement;
      if (!root) {
        onCollected?.();
        return true;
      }
      const t0 = performance.now();
      const collected = truncate(collectVisibleText(root, { ...PAGE_TEXT_OPTIONS, includeNode }), MAX_TEXT);
      // Named measures, so the browser benchmark (and a profiler) can see the content script's main-thread work.
      performance.measure('siyaq:collect', { start: t0, end: performance.now() });
      const serial = remember(collected);
      onCollected?.();
      await sendChunk(collected, serial, false, rev);
      return true;
    },

    /**
     * Scans what changed since the last scan: text in added nodes that was never sent, and text
     * nodes rewritten in place; drops the highlights of text that is gone. At most CHANGE_BUDGET
     * characters are sent; resolves with the nodes left for the next round, or false when the page
     * is no longer scanned (site switched off) and the caller should stop watching.
     */
    async scanChanges({ added, changed, removed }: PageChanges): Promise<readonly Node[] | false> {
      if (!active) return false;
      const rev = revision;
      // Rewritten text is new text: send it again (its old highlights fail toRange's check and go).
      const rewritten = new Set(changed);
      const fresh = (node: Node) =>
        (node.nodeType !== 3 || !seen.has(node as Text) || rewritten.has(node as Text)) && (includeNode?.(node) ?? true);
      const roots = outermost([...added, ...changed].filter((r) => r.isConnected && isCollectable(r, PAGE_TEXT_OPTIONS)));
      const parts: VisibleText[] = [];
      const leftover: Node[] = [];
      let budget = CHANGE_BUDGET;
      for (const root of roots) {
        if (budget <= 0) {
          leftover.push(root);
          continue;
        }
        const part = collectVisibleText(root, { includeNode: fresh });
        if (part.text.length === 0) continue;
        if (part.text.length > budget) {
          // Too long for what is left: it waits for the next round, unless nothing else went into this
          // one (then its first CHANGE_BUDGET characters go now and the rest next round).
          leftover.push(root);
          if (parts.length > 0) continue;
        }
        const cut = truncate(part, budget, { wholeSegments: true });
        parts.push(cut);
        budget -= cut.text.length + 1;
      }
      if (parts.length === 0) {
        if (removed && rev === revision) await redraw();
        return leftover;
      }
      const collected = join(parts);
      await sendChunk(collected, remember(collected), true, rev);
      return rev === revision ? leftover : [];
    },

    /** Scrolls to the `index`-th mention of `id` (in page order) and flashes it. */
    jumpTo(id: string, index: number, scroll: (range: Range) => void): boolean {
      const spans: { serial: number; collected: VisibleText; start: number; end: number }[] = [];
      for (const { serial, collected, matches } of chunks) {
        const found = matches.entities.find((e) => e.id === id)?.mentions ?? matches.events.find((e) => e.id === id)?.evidence ?? [];
        for (const m of found) spans.push({ serial, collected, ...m });
      }
      const span = spans[index];
      const range = span && drawnRange(span.collected, span, (node) => seen.get(node) === span.serial);
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
      drawing++;
      highlighter.clear();
    },
  };
}

export type PageSession = ReturnType<typeof createPageSession>;

const entityKey = (id: string) => `entity:${id}`;
const eventKey = (id: string) => `event:${id}`;

/**
 * How many mentions (events: evidence) each name and event has over all chunks, in page order: chunk
 * by chunk, and within a chunk by where each is first mentioned.
 */
function mentionCounts(chunks: readonly Chunk[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { matches } of chunks) {
    const first = (spans: readonly { start: number }[]) => spans.reduce((min, s) => Math.min(min, s.start), Infinity);
    const items = [
      ...matches.entities.map((e) => ({ key: entityKey(e.id), n: e.mentions.length, at: first(e.mentions) })),
      ...matches.events.map((e) => ({ key: eventKey(e.id), n: e.evidence.length, at: first(e.evidence) })),
    ];
    items.sort((a, b) => a.at - b.at);
    for (const { key, n } of items) counts.set(key, (counts.get(key) ?? 0) + n);
  }
  return counts;
}

/**
 * A new task soon: a message to ourselves, which, unlike a timer, a background tab does not hold back
 * for a second.
 */
function laterTask(fn: () => void): void {
  if (typeof MessageChannel !== 'function') return void setTimeout(fn, 0);
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}

/** The roots that are not inside another root (their text is collected with it). */
function outermost(roots: readonly Node[]): Node[] {
  const all = new Set(roots);
  return [...all].filter((root) => {
    for (let p = root.parentNode; p; p = p.parentNode) if (all.has(p)) return false;
    return true;
  });
}

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

/**
 * Cuts collected text to `max` characters, keeping segments consistent with the cut. `wholeSegments`:
 * a text node is sent whole or not at all (unless it alone is longer than `max`), so what is left out
 * is read in full next time.
 */
function truncate(collected: VisibleText, max: number, { wholeSegments = false } = {}): VisibleText {
  if (collected.text.length <= max) return collected;
  let limit = Math.max(0, max);
  if (wholeSegments) {
    const cut = collected.segments.find((s) => s.end > limit);
    if (cut && cut !== collected.segments[0]) limit = cut.start;
  }
  const segments = collected.segments.filter((s) => s.start < limit).map((s) => (s.end > limit ? { ...s, end: limit } : s));
  return { text: collected.text.slice(0, limit), segments };
}
