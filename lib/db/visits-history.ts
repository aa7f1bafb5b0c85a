import { z } from 'zod';
import { settingsSchema, type HistoryStats } from '../messaging/protocol';
import { siteOf } from '../url/canonical-url';
import { visitRowSchema, type VisitRow } from './rows';
import { getSettings } from './settings-repository';
import type { SiyaqDb } from './siyaq-db';
import { deleteVisits, MAX_VISITS } from './visits-repository';
import { coverageRows, siteOfUrl } from './visits-upgrade';

export const HISTORY_FORMAT = 'siyaq-history';
export const HISTORY_FORMAT_VERSION = 1;
/** Sites listed in the options page, most pages first. */
export const MAX_LISTED_SITES = 500;

const shortText = z.string().max(2_000);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)?$/, 'not an ISO date');
const time = z.number().int().min(0).max(8.64e15);

/** A visit as exported: checked field by field, since an import file may come from anywhere. */
const exportedVisitSchema = z.strictObject({
  url: z
    .string()
    .max(8_192)
    .refine((u) => /^(?:https?|file):/i.test(u) && URL.canParse(u), 'not an http(s) or file URL'),
  title: shortText,
  at: time,
  firstAt: time.optional(),
  ids: z.array(z.string().min(1).max(200)).min(1).max(500),
  site: z.string().max(253).optional(),
  published: isoDate.optional(),
  modified: isoDate.optional(),
  outlet: z.string().max(200).optional(),
  author: z.string().max(200).optional(),
  lang: z.string().regex(/^[a-z]{2,3}$/).optional(),
});

export const historyFileSchema = z.strictObject({
  format: z.literal(HISTORY_FORMAT),
  formatVersion: z.literal(HISTORY_FORMAT_VERSION),
  exported: z.string(),
  settings: settingsSchema,
  visits: z.array(exportedVisitSchema).max(MAX_VISITS),
});
export type HistoryFile = z.infer<typeof historyFileSchema>;

/** Thrown with a message a reader can act on; nothing has been written. */
export class HistoryImportError extends Error {
  override name = 'HistoryImportError';
}

/** Everything the reader's history holds, with the settings, as one JSON text. */
export async function exportHistory(db: SiyaqDb, now: () => number = Date.now): Promise<string> {
  return db.transaction('r', db.visits, db.settings, async () => {
    const [settings, visits] = await Promise.all([getSettings(db), db.visits.toArray()]);
    const file: HistoryFile = {
      format: HISTORY_FORMAT,
      formatVersion: HISTORY_FORMAT_VERSION,
      exported: new Date(now()).toISOString(),
      settings,
      visits: visits.map((v) => visitRowSchema.parse(v)),
    };
    return JSON.stringify(file, null, 1);
  });
}

/**
 * Reads an export back: validated whole first (a clear message naming the first problems), then
 * written in ONE transaction — the visits merged with those already kept (one row per URL: ids
 * united, the earliest first visit and the latest visit kept), the settings replaced.
 */
export async function importHistory(db: SiyaqDb, json: string): Promise<{ visits: number }> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new HistoryImportError(`the file is not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = historyFileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || 'file'}: ${i.message}`);
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    throw new HistoryImportError(`not a Siyaq history file: ${issues.join('; ')}${more}`);
  }
  const file = parsed.data;
  return db.transaction('rw', db.visits, db.coverage, db.settings, async () => {
    const existing = await db.visits.bulkGet(file.visits.map((v) => v.url));
    const rows: VisitRow[] = file.visits.map((v, i) => {
      const old = existing[i];
      const merged: VisitRow = old
        ? {
            ...v,
            ...old,
            ids: [...new Set([...old.ids, ...v.ids])],
            at: Math.max(old.at, v.at),
            firstAt: Math.min(old.firstAt ?? old.at, v.firstAt ?? v.at),
          }
        : { ...v, firstAt: v.firstAt ?? v.at };
      return { ...merged, site: siteOfUrl(merged.url) };
    });
    await db.visits.bulkPut(rows);
    await db.coverage.where('url').anyOf(rows.map((r) => r.url)).delete();
    await db.coverage.bulkPut(rows.flatMap(coverageRows));
    await db.settings.put({ key: 'settings', value: file.settings });
    const extra = (await db.visits.count()) - MAX_VISITS;
    if (extra > 0) await deleteVisits(db, (await db.visits.orderBy('at').limit(extra).primaryKeys()) as string[]);
    return { visits: rows.length };
  });
}

/** Deletes every visit on `site` (given as a host or a site: `www.aljazeera.net` = `aljazeera.net`). */
export async function forgetSite(db: SiyaqDb, site: string): Promise<number> {
  const key = siteOf(site.trim());
  return db.transaction('rw', db.visits, db.coverage, async () => {
    const urls = (await db.visits.where('site').equals(key).primaryKeys()) as string[];
    await deleteVisits(db, urls);
    return urls.length;
  });
}

/**
 * Deletes every visit and the coverage index. IndexedDB's clear() removes the records; the browser
 * reclaims the disk pages on its own compaction (the reader cannot get them back from Siyaq either way).
 */
export async function clearHistory(db: SiyaqDb): Promise<number> {
  return db.transaction('rw', db.visits, db.coverage, async () => {
    const n = await db.visits.count();
    await Promise.all([db.visits.clear(), db.coverage.clear()]);
    return n;
  });
}

const utf8 = new TextEncoder();

/** Pages kept, an estimate of the space they take (their JSON in UTF-8, index entries included), and the sites. */
export async function historyStats(db: SiyaqDb): Promise<HistoryStats> {
  let bytes = 0;
  const sites = new Map<string, number>();
  await db.transaction('r', db.visits, db.coverage, async () => {
    await db.visits.each((v) => {
      bytes += utf8.encode(JSON.stringify(v)).length;
      const site = v.site ?? '';
      sites.set(site, (sites.get(site) ?? 0) + 1);
    });
    await db.coverage.each((c) => {
      bytes += utf8.encode(JSON.stringify(c)).length;
    });
  });
  const pages = [...sites.values()].reduce((a, b) => a + b, 0);
  const listed = [...sites]
    .filter(([site]) => site !== '')
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_LISTED_SITES)
    .map(([site, n]) => ({ site, pages: n }));
  return { pages, bytes, sites: listed };
}
