import Dexie from 'dexie';
import { visitRowSchema, type VisitRow } from './rows';
import type { SiyaqDb } from './siyaq-db';
import { coverageRows, siteOfUrl } from './visits-upgrade';

/** Visits kept for "related coverage"; the least recently read beyond this are dropped. */
export const MAX_VISITS = 10_000;

/** What the background knows about a page when it records a visit. */
export type VisitInput = Pick<VisitRow, 'url' | 'title' | 'at' | 'ids' | 'published' | 'modified' | 'outlet' | 'author' | 'lang'>;

/**
 * Records that `url` (the page's canonical URL) mentions `ids`. A revisit updates the one row: its
 * title, last visit, metadata (what the page says now wins; what it no longer says is kept) and ids —
 * replaced by a full scan, added to by `merge` (content added to the page later). The first visit's
 * time is kept. Pages without matches are not recorded at all.
 */
export async function recordVisit(db: SiyaqDb, visit: VisitInput, { merge = false } = {}): Promise<VisitRow | undefined> {
  const input = visitRowSchema.parse(visit);
  return db.transaction('rw', db.visits, db.coverage, async () => {
    const previous = await db.visits.get(input.url);
    const ids = merge && previous ? [...new Set([...previous.ids, ...input.ids])] : [...new Set(input.ids)];
    if (ids.length === 0) return previous;
    const row: VisitRow = { ...previous, ...definedOnly(input), url: input.url, title: input.title, at: input.at, ids, firstAt: previous?.firstAt ?? previous?.at ?? input.at, site: siteOfUrl(input.url) };
    await db.visits.put(row);
    await db.coverage.where('url').equals(row.url).delete();
    await db.coverage.bulkPut(coverageRows(row));
    const extra = (await db.visits.count()) - MAX_VISITS;
    if (extra > 0) {
      const oldest = (await db.visits.orderBy('at').limit(extra).primaryKeys()) as string[];
      await deleteVisits(db, oldest);
    }
    return row;
  });
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Deletes visits and their coverage entries (inside the caller's transaction). */
export async function deleteVisits(db: SiyaqDb, urls: readonly string[]): Promise<void> {
  if (urls.length === 0) return;
  await db.visits.bulkDelete([...urls]);
  await db.coverage.where('url').anyOf([...urls]).delete();
}

export async function getVisit(db: SiyaqDb, url: string): Promise<VisitRow | undefined> {
  const row = await db.visits.get(url);
  return row && visitRowSchema.parse(row);
}

/**
 * Other pages that mention `id`, newest first (publication date, else first visit), read through the
 * (id, date) index: only the rows shown (and one more) are read, however many pages mention a common
 * name. `more`: there are older ones. Nothing counts them all: on a name thousands of pages mention,
 * counting the index range cost more than building the card.
 */
export async function findCoverage(
  db: SiyaqDb,
  id: string,
  { excludeUrl, limit = 20 }: { excludeUrl?: string; limit?: number } = {},
): Promise<{ visits: VisitRow[]; more: boolean }> {
  // One extra for the excluded page, one more to know whether older ones exist.
  const entries = await db.coverage
    .where('[id+date]')
    .between([id, Dexie.minKey], [id, Dexie.maxKey])
    .reverse()
    .limit(limit + 2)
    .toArray();
  const urls = entries.map((e) => e.url).filter((u) => u !== excludeUrl);
  const rows = await db.visits.bulkGet(urls.slice(0, limit));
  const visits = rows.flatMap((r) => (r ? [visitRowSchema.parse(r)] : []));
  return { visits, more: urls.length > limit };
}
