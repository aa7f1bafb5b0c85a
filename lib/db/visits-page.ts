import type { PageDate, PageMetaInput } from '../messaging/protocol';
import { canonicalUrl, mayClaimCanonical } from '../url/canonical-url';
import type { SiyaqDb } from './siyaq-db';
import { getVisit } from './visits-repository';

/**
 * The key a page is recorded under: the canonical URL it names when that is on its own site (a page
 * elsewhere may not claim another outlet's article), else its own address; either way without
 * tracking parameters, AMP markers or fragment.
 */
export function pageKeyOf(url: string, meta: PageMetaInput | undefined): string {
  return canonicalUrl(meta?.canonical && mayClaimCanonical(url, meta.canonical) ? meta.canonical : url);
}

/**
 * The page's date: its publication date when it gives one (now or on an earlier visit) — the date
 * titles and relative dates are read against — else the day it was first read (today for a page
 * never seen before), which is shown but not used for matching.
 */
export async function pageDateOf(db: SiyaqDb, meta: PageMetaInput | undefined, pageKey: string, at: number): Promise<PageDate> {
  if (meta?.published) return { date: meta.published.slice(0, 10), from: 'page' };
  const previous = await getVisit(db, pageKey);
  if (previous?.published) return { date: previous.published.slice(0, 10), from: 'page' };
  return { date: new Date(previous?.firstAt ?? previous?.at ?? at).toISOString().slice(0, 10), from: 'visit' };
}
