import type { CoSeen, Coverage } from '../messaging/protocol';
import { canonicalUrl } from '../url/canonical-url';
import type { VisitRow } from './rows';
import { sourceRowSchema } from './rows';
import type { SiyaqDb } from './siyaq-db';
import { findCoverage } from './visits-repository';

/** Visited pages shown per card (the newest); `coverageMore` says whether there are older ones. */
export const COVERAGE_LIMIT = 12;
/** "Often seen with": at most this many names, each seen with the card's on at least MIN_CO_SEEN pages. */
export const MAX_CO_SEEN = 5;
export const MIN_CO_SEEN = 2;

type Names = (ids: readonly string[]) => Promise<Map<string, { kind: 'entity' | 'event'; name: { ar: string; en: string } }>>;

export interface CoverageContext {
  /** The page the popup shows: left out of its own related coverage. */
  excludeUrl?: string;
  /** Reference sources about the card (its facts' and its own provenance): documents join the coverage. */
  sourceIds: readonly string[];
  names: Names;
}

/**
 * A card's related coverage: the reader's visits that mention it and the reference set's source
 * documents about it, newest first by publication date (a visit the page did not date sorts by its
 * first visit), and the entities most often seen with it across those visits.
 */
export async function cardCoverage(db: SiyaqDb, id: string, { excludeUrl, sourceIds, names }: CoverageContext) {
  const excluded = excludeUrl === undefined ? undefined : canonicalUrl(excludeUrl);
  const [{ visits, more }, sourceRows] = await Promise.all([
    findCoverage(db, id, { excludeUrl: excluded, limit: COVERAGE_LIMIT }),
    db.sources.bulkGet([...new Set(sourceIds)]),
  ]);
  const items: Coverage[] = visits.map(fromVisit);
  const seen = new Set(items.map((c) => c.url));
  for (const row of sourceRows) {
    if (!row) continue;
    const source = sourceRowSchema.parse(row);
    if (source.kind !== 'document') continue;
    const url = source.url ? canonicalUrl(source.url) : '';
    if (url && (url === excluded || seen.has(url))) continue;
    if (url) seen.add(url);
    items.push({ kind: 'source', url: source.url ?? '', title: source.title.ar || source.title.en, outlet: source.publisher, published: source.published, seen: null });
  }
  items.sort((a, b) => sortKey(b).localeCompare(sortKey(a)));
  return { coverage: items, coverageMore: more, coSeen: await coSeenWith(id, visits, names) };
}

const sortKey = (c: Coverage) => c.published ?? (c.seen === null ? '' : new Date(c.seen).toISOString());

function fromVisit(v: VisitRow): Coverage {
  return { kind: 'visit', url: v.url, title: v.title, outlet: v.outlet ?? (v.site || hostOf(v.url)), published: v.published ?? null, seen: v.firstAt ?? v.at };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Entities named on the same pages as `id`, by how many of those pages name them; one shared page is not a pattern. */
async function coSeenWith(id: string, visits: readonly VisitRow[], names: Names): Promise<CoSeen[]> {
  const counts = new Map<string, number>();
  for (const v of visits) for (const other of new Set(v.ids)) if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
  const frequent = [...counts].filter(([, n]) => n >= MIN_CO_SEEN);
  if (frequent.length === 0) return [];
  const named = await names(frequent.map(([other]) => other));
  return frequent
    .flatMap(([other, count]) => {
      const n = named.get(other);
      return n?.kind === 'entity' ? [{ id: other, name: n.name, count }] : [];
    })
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, MAX_CO_SEEN);
}
