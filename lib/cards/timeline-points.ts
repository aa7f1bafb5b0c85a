import type { ShownCardData } from '../messaging/protocol';
import { coverageDay } from './group-coverage';

export type TimelineKind = 'event' | 'date' | 'fact' | 'coverage' | 'page';

export interface TimelinePoint {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as the record gives it. */
  date: string;
  /** Days since 1970-01-01 (the first day of a month or year given alone): the point's place on the axis. */
  day: number;
  kind: TimelineKind;
  label: { ar: string; en: string };
  /** For coverage: the page to open. */
  url?: string;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** Days since the epoch for a (partial) ISO date; undefined for anything else. */
export function dayNumber(iso: string): number | undefined {
  const m = DATE.exec(iso);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : undefined;
}

/**
 * An entity's or event's dated facts and dated coverage on one axis, oldest first: the event's own
 * date, an entity's key dates, facts with a date, related coverage by publication date (else the day
 * it was first read; none while it is still being read), and the current page's date. Undated things
 * are not placed.
 */
export function timelinePoints(card: ShownCardData): TimelinePoint[] {
  const points: TimelinePoint[] = [];
  const add = (date: string | undefined, kind: TimelineKind, label: { ar: string; en: string }, url?: string) => {
    if (!date) return;
    const day = dayNumber(date);
    if (day === undefined) return;
    points.push({ date: DATE.exec(date)![0], day, kind, label, ...(url ? { url } : {}) });
  };
  if (card.kind === 'event') add(card.date, 'event', card.name);
  else for (const d of card.dates) add(d.date, 'date', d.label);
  // A key date backed by a fact is already on the axis: its fact is not placed twice.
  const shown = new Set(card.kind === 'entity' ? card.dates.flatMap((d) => (d.fact ? [d.fact] : [])) : []);
  for (const f of card.facts) if (!shown.has(f.id)) add(f.date, 'fact', f.text);
  for (const c of card.coverage ?? []) {
    const title = c.title.trim() || c.url;
    add(coverageDay(c), 'coverage', { ar: `${c.outlet}: ${title}`, en: `${c.outlet}: ${title}` }, c.url || undefined);
  }
  if (card.pageDate) add(card.pageDate.date, 'page', { ar: 'هذه الصفحة', en: 'This page' });
  // Stable: same-day points keep the order above (the record's own dates before coverage).
  return points.sort((a, b) => a.day - b.day);
}
