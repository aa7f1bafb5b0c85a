import type { TabMatches } from '../messaging/protocol';

/** What the background remembers about one tab (small: counts, not offsets; the page keeps those). */
export interface TabState {
  status: Exclude<TabMatches['status'], 'not-scanned'>;
  url: string;
  title: string;
  /** The content script's scan revision this state belongs to. */
  revision: number;
  entities: TabMatches['entities'];
  events: TabMatches['events'];
}

/** One scan's findings, reduced to counts. */
export interface Found {
  entities: { id: string; type: TabMatches['entities'][number]['type']; mentions: number }[];
  events: { id: string; mentions: number }[];
}

export interface ScanInfo {
  url: string;
  title: string;
  revision: number;
  append: boolean;
}

/**
 * Folds a scan into a tab's state. A full scan replaces the state; an append adds to the same
 * revision's state. Returns null for a stale message (an older revision, or an append whose full
 * scan the background never saw), which the caller ignores.
 */
export function applyScan(previous: TabState | undefined, scan: ScanInfo, found: Found): TabState | null {
  const sameRevision = previous !== undefined && previous.revision === scan.revision && previous.url === scan.url;
  if (previous && previous.url === scan.url && scan.revision < previous.revision) return null;
  if (scan.append && !sameRevision) return null;
  const base = scan.append && previous ? previous : undefined;
  const entities = mergeCounts(base?.entities ?? [], found.entities);
  const events = mergeCounts(base?.events ?? [], found.events);
  return {
    status: entities.length + events.length > 0 ? 'matched' : 'no-matches',
    url: scan.url,
    title: scan.title,
    revision: scan.revision,
    entities,
    events,
  };
}

/** Keeps first-seen order (the popup lists by first occurrence) and adds mention counts. */
function mergeCounts<T extends { id: string; mentions: number }>(previous: readonly T[], added: readonly T[]): T[] {
  const out = previous.map((item) => ({ ...item }));
  const index = new Map(out.map((item, i) => [item.id, i]));
  for (const item of added) {
    const at = index.get(item.id);
    if (at === undefined) {
      index.set(item.id, out.length);
      out.push({ ...item });
    } else {
      out[at]!.mentions += item.mentions;
    }
  }
  return out;
}

/** The number on the badge: distinct entities and events on the tab. */
export function distinctCount(state: Pick<TabState, 'entities' | 'events'> | undefined): number {
  return state ? state.entities.length + state.events.length : 0;
}

/** The tab state as the popup receives it. */
export function toTabMatches(state: TabState | undefined): TabMatches {
  if (!state) return { status: 'not-scanned', url: '', title: '', entities: [], events: [] };
  const { status, url, title, entities, events } = state;
  return { status, url, title, entities, events };
}
