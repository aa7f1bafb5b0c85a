import { visitRowSchema, type VisitRow } from './rows';
import type { SiyaqDb } from './siyaq-db';

/** Visits kept for "related coverage"; the oldest beyond this are dropped. */
export const MAX_VISITS = 2_000;

/**
 * Records that `url` mentions `ids`. A full scan replaces the page's ids; `merge` (content added to
 * the page later) adds to them. Pages without matches are not recorded at all.
 */
export async function recordVisit(db: SiyaqDb, visit: VisitRow, { merge = false } = {}): Promise<void> {
  const row = visitRowSchema.parse(visit);
  await db.transaction('rw', db.visits, async () => {
    const previous = merge ? await db.visits.get(row.url) : undefined;
    const ids = previous ? [...new Set([...previous.ids, ...row.ids])] : [...new Set(row.ids)];
    if (ids.length === 0) return;
    await db.visits.put({ ...row, ids });
    const extra = (await db.visits.count()) - MAX_VISITS;
    if (extra > 0) await db.visits.orderBy('at').limit(extra).delete();
  });
}

/** Other pages that mention `id`, newest first. */
export async function findCoverage(db: SiyaqDb, id: string, { excludeUrl, limit = 10 }: { excludeUrl?: string; limit?: number } = {}): Promise<VisitRow[]> {
  const rows = await db.visits.where('ids').equals(id).toArray();
  return rows
    .map((r) => visitRowSchema.parse(r))
    .filter((r) => r.url !== excludeUrl)
    .sort((a, b) => b.at - a.at)
    .slice(0, limit);
}
