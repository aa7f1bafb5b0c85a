import type { Transaction } from 'dexie';
import { siteOf } from '../url/canonical-url';
import type { CoverageRow, VisitRow } from './rows';

/** The site a visit's URL belongs to (`aljazeera.net`); '' for a page without a host (file:). */
export function siteOfUrl(url: string): string {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? siteOf(hostname) : '';
  } catch {
    return '';
  }
}

/** The key related coverage sorts on: the page's own date, else when it was first read. */
export function coverageDate(visit: Pick<VisitRow, 'published' | 'firstAt' | 'at'>): string {
  return visit.published ?? new Date(visit.firstAt ?? visit.at).toISOString();
}

export function coverageRows(visit: VisitRow): CoverageRow[] {
  const date = coverageDate(visit);
  return [...new Set(visit.ids)].map((id) => ({ id, url: visit.url, date }));
}

/** Schema v3: visits get their first-visit time and site, and the coverage index is filled from them. */
export async function upgradeVisitsToV3(tx: Transaction): Promise<void> {
  const visits = tx.table<VisitRow, string>('visits');
  const rows: CoverageRow[] = [];
  await visits.toCollection().modify((visit) => {
    visit.firstAt ??= visit.at;
    visit.site ??= siteOfUrl(visit.url);
    rows.push(...coverageRows(visit));
  });
  await tx.table<CoverageRow, [string, string]>('coverage').bulkPut(rows);
}
