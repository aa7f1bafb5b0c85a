import type { Coverage } from '../messaging/protocol';

export interface OutletGroup {
  outlet: string;
  /** Items from this outlet, newest first. */
  items: Coverage[];
}

/** The date an item sorts and is placed by: its publication date, else the day it was first read. */
export function coverageDay(item: Coverage): string | undefined {
  if (item.published) return item.published.slice(0, 10);
  return item.seen === null ? undefined : new Date(item.seen).toISOString().slice(0, 10);
}

const sortKey = (c: Coverage) => c.published ?? (c.seen === null ? '' : new Date(c.seen).toISOString());

/**
 * Related coverage by outlet: outlets ordered by their newest item, items newest first inside each.
 * Outlet names are compared without case and surrounding space, so "Reuters" and "reuters " are one.
 */
export function groupCoverage(items: readonly Coverage[]): OutletGroup[] {
  const groups = new Map<string, OutletGroup>();
  for (const item of [...items].sort((a, b) => sortKey(b).localeCompare(sortKey(a)))) {
    const name = item.outlet.trim() || '—';
    const key = name.toLocaleLowerCase();
    const group = groups.get(key) ?? { outlet: name, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}
