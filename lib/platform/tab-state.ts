import { MAX_WHY, type PageDate, type TabMatches, type WhyReason } from '../messaging/protocol';

type EntityCount = TabMatches['entities'][number];
type EventCount = TabMatches['events'][number];

/** One frame's findings: the top document is frame 0, same-origin and Arabic iframes have their own. */
export interface FrameState {
  url: string;
  /** That frame's content-script scan revision. */
  revision: number;
  entities: EntityCount[];
  events: EventCount[];
}

/** What the background remembers about one tab (small: counts, not offsets; the page keeps those). */
export interface TabState {
  status: Exclude<TabMatches['status'], 'not-scanned'>;
  /** The tab's page (the top frame), whichever frame reported. */
  url: string;
  title: string;
  /** The top frame's scan revision (-1 before it reported matches). */
  revision: number;
  /** All frames together, top frame first: what the badge counts and the popup shows. */
  entities: EntityCount[];
  events: EventCount[];
  /** Per frame, keyed by the browser's frameId. Absent in states written before frames were scanned. */
  frames?: Record<string, FrameState>;
  /** The page's canonical URL (its key among the visits) and its date (from the top frame's scan). */
  pageKey?: string;
  pageDate?: PageDate;
}

/** One scan's findings, reduced to counts. */
export interface Found {
  entities: { id: string; type: EntityCount['type']; mentions: number; why?: WhyReason[] }[];
  events: { id: string; mentions: number; why?: WhyReason[] }[];
}

export interface ScanInfo {
  url: string;
  title: string;
  revision: number;
  append: boolean;
  /** The sending frame, from the browser's `sender.frameId` (0 = the top document). */
  frameId?: number;
  /** The tab's URL (`sender.tab.url`), for scans from frames. */
  tabUrl?: string;
  pageKey?: string;
  pageDate?: PageDate;
}

/** The frames of a state; a state from before frames keeps its counts as frame 0. */
function framesOf(state: TabState | undefined): Record<string, FrameState> {
  if (!state) return {};
  if (state.frames) return state.frames;
  if (state.revision < 0) return {};
  return { 0: { url: state.url, revision: state.revision, entities: state.entities, events: state.events } };
}

/** A tab state whose totals are the sum of `frames`, top frame first. */
function withFrames(base: Pick<TabState, 'url' | 'title' | 'revision'>, frames: Record<string, FrameState>, empty: TabState['status']): TabState {
  const order = Object.keys(frames).sort((a, b) => Number(a) - Number(b));
  let entities: EntityCount[] = [];
  let events: EventCount[] = [];
  for (const key of order) {
    entities = mergeCounts(entities, frames[key]!.entities);
    events = mergeCounts(events, frames[key]!.events);
  }
  return { ...base, status: entities.length + events.length > 0 ? 'matched' : empty, entities, events, frames };
}

/**
 * Folds a scan into a tab's state. A frame's full scan replaces that frame's findings; an append adds
 * to the same revision's. The tab's totals are all frames together. Returns null for a stale message
 * (an older revision of that frame, or an append whose full scan the background never saw).
 */
export function applyScan(previous: TabState | undefined, scan: ScanInfo, found: Found): TabState | null {
  const frameId = scan.frameId ?? 0;
  const frames = { ...framesOf(previous) };
  const before = frames[frameId];
  const sameRevision = before !== undefined && before.revision === scan.revision && before.url === scan.url;
  if (before && before.url === scan.url && scan.revision < before.revision) return null;
  if (scan.append && !sameRevision) return null;
  const base = scan.append ? before : undefined;
  frames[frameId] = {
    url: scan.url,
    revision: scan.revision,
    entities: mergeCounts(base?.entities ?? [], found.entities),
    events: mergeCounts(base?.events ?? [], found.events),
  };
  const top = frameId === 0;
  const state = withFrames(
    {
      url: top ? scan.url : (previous?.url ?? scan.tabUrl ?? scan.url),
      title: top || !previous ? scan.title : previous.title,
      revision: top ? scan.revision : (previous?.revision ?? -1),
    },
    frames,
    !top && previous?.status === 'not-arabic' ? 'not-arabic' : 'no-matches',
  );
  return { ...state, ...pageOf(scan, top && !scan.append ? undefined : previous) };
}

/** The top frame's full scan says which page and date; appends and frames keep what it said. */
function pageOf(scan: ScanInfo, kept: TabState | undefined): Pick<TabState, 'pageKey' | 'pageDate'> {
  const pageKey = kept?.pageKey ?? scan.pageKey;
  const pageDate = kept?.pageDate ?? scan.pageDate;
  return { ...(pageKey ? { pageKey } : {}), ...(pageDate ? { pageDate } : {}) };
}

/**
 * The top frame says its page is not Arabic, or that Siyaq is off on this site. Off: nothing of the tab
 * counts. Not Arabic: an Arabic page embedded in it (a frame in its own right) still does.
 */
export function applyStatus(previous: TabState | undefined, status: 'not-arabic' | 'disabled', url: string, title: string): TabState {
  // revision -1: any later scan of the page replaces this state, and no append can merge into it.
  if (status === 'disabled') return { status, url, title, revision: -1, entities: [], events: [] };
  const frames = { ...framesOf(previous) };
  delete frames[0];
  return withFrames({ url, title, revision: -1 }, frames, status);
}

/**
 * A frame's document went away (the iframe was removed, or navigated elsewhere): its findings leave the
 * tab's totals. Null (nothing to change) for the top frame, for a frame the state does not hold, and for a
 * frame that already reported another document (its new page scanned before the old one's goodbye came).
 */
export function applyFrameGone(previous: TabState | undefined, frameId: number, url: string): TabState | null {
  if (frameId === 0 || !previous?.frames) return null;
  const gone = previous.frames[frameId];
  if (!gone || gone.url !== url) return null;
  const frames = { ...previous.frames };
  delete frames[frameId];
  const { url: tabUrl, title, revision, pageKey, pageDate } = previous;
  // With nothing left: the top document scanned and found nothing, or it never scanned (it said it is
  // not Arabic, and only the frame spoke); any other status stays as it was.
  const empty = previous.status !== 'matched' ? previous.status : frames[0] || revision >= 0 ? 'no-matches' : 'not-arabic';
  return { ...withFrames({ url: tabUrl, title, revision }, frames, empty), ...(pageKey ? { pageKey } : {}), ...(pageDate ? { pageDate } : {}) };
}

/** Keeps first-seen order (the popup lists by first occurrence), adds mention counts and unites the reasons. */
function mergeCounts<T extends { id: string; mentions: number; why?: WhyReason[] }>(previous: readonly T[], added: readonly T[]): T[] {
  const out = previous.map((item) => ({ ...item }));
  const index = new Map(out.map((item, i) => [item.id, i]));
  for (const item of added) {
    const at = index.get(item.id);
    if (at === undefined) {
      index.set(item.id, out.length);
      out.push({ ...item });
    } else {
      const kept = out[at]!;
      kept.mentions += item.mentions;
      const why = distinctWhy([...(kept.why ?? []), ...(item.why ?? [])]);
      if (why.length > 0) kept.why = why;
    }
  }
  return out;
}

/** The first MAX_WHY distinct reasons, in order. */
export function distinctWhy(reasons: readonly (WhyReason | undefined)[]): WhyReason[] {
  const seen = new Set<string>();
  const out: WhyReason[] = [];
  for (const why of reasons) {
    if (!why) continue;
    const key = `${why.rule}\u0000${why.detail ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(why.detail === undefined ? { rule: why.rule } : { rule: why.rule, detail: why.detail.slice(0, 200) });
    if (out.length === MAX_WHY) break;
  }
  return out;
}

/**
 * Which frame holds the `index`-th mention of `id` (tab order: top frame first), and its index there:
 * the popup numbers mentions over the whole tab, each frame's content script over its own document.
 */
export function locateMention(state: TabState | undefined, id: string, index: number): { frameId: number; index: number } | null {
  let rest = index;
  for (const [key, frame] of Object.entries(framesOf(state)).sort(([a], [b]) => Number(a) - Number(b))) {
    const count = (frame.entities.find((e) => e.id === id) ?? frame.events.find((e) => e.id === id))?.mentions ?? 0;
    if (rest < count) return { frameId: Number(key), index: rest };
    rest -= count;
  }
  return null;
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
