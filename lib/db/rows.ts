import { z } from 'zod';
import { amendSchema, entitySchema, eventSchema, factSchema, idSchema, relationSchema, sourceSchema } from '../reference/schema';
import { settingsSchema } from '../messaging/protocol';
import { packMetaSchema } from '../reference/pack-schema';

/** Rows of the tables whose shape is not a reference-set record as is. Repositories parse with these. */


/** Every reference row names the pack it comes from: packs are replaced, switched off and removed by it. */
const fromPack = { pack: idSchema };

export const entityRowSchema = entitySchema.extend(fromPack);
export type EntityRow = z.infer<typeof entityRowSchema>;

export const eventRowSchema = eventSchema.extend(fromPack);
export type EventRow = z.infer<typeof eventRowSchema>;

/** A relation row: the record plus Dexie's auto-increment key. */
export const relationRowSchema = relationSchema.extend({ key: z.number().int().optional(), ...fromPack });
export type RelationRow = z.infer<typeof relationRowSchema>;

/** Sources keep their full text: quotes can be shown in context later without re-reading the bundle. */
export const sourceRowSchema = sourceSchema.extend({ text: z.string().optional(), ...fromPack });
export type SourceRow = z.infer<typeof sourceRowSchema>;

export const factRowSchema = factSchema.extend(fromPack);
export type FactRow = z.infer<typeof factRowSchema>;

/** An amendment of another pack's entity, kept with the pack that makes it. */
export const amendRowSchema = amendSchema.extend({ key: z.number().int().optional(), ...fromPack });
export type AmendRow = z.infer<typeof amendRowSchema>;

/** How many records of each kind an installed pack brought. */
export const packCountsSchema = z.object({
  sources: z.number().int().min(0),
  entities: z.number().int().min(0),
  events: z.number().int().min(0),
  relations: z.number().int().min(0),
  facts: z.number().int().min(0),
  amends: z.number().int().min(0),
});
export type PackCounts = z.infer<typeof packCountsSchema>;

/** An installed pack: what its file said about itself, and how it stands in this browser. */
export const packRowSchema = z.object({
  id: idSchema,
  meta: packMetaSchema,
  contentVersion: z.string().regex(/^[0-9a-f]{16}$/),
  /** Off: its records stay stored but give no matches and no cards. */
  enabled: z.boolean(),
  /** Shipped with the extension: can be switched off, not removed; updated with the extension. */
  bundled: z.boolean(),
  counts: packCountsSchema,
  /** When this version was installed (ms since epoch; 0 for a pack carried over from schema v1). */
  installedAt: z.number(),
});
export type PackRow = z.infer<typeof packRowSchema>;

/** What the last failed import left behind for the popup to show. */
export const importErrorSchema = z.object({ message: z.string(), version: z.string().nullable(), at: z.number() });

/**
 * What the matcher was last compiled from (the enabled packs with their amendments applied), as one JSON
 * string, with the combined version it belongs to: a woken worker reads one row instead of every entity
 * row (lib/db/load-matchable-set.ts). Derived data: rewritten whenever it is stale, never exported.
 */
export const matchableSnapshotSchema = z.object({ version: z.string(), json: z.string() });

/**
 * The compiled matcher itself (lib/match/serialize-matcher.ts: typed arrays, long strings and one JSON
 * string), with the combined version of the packs it was compiled from and the format of its tables: a
 * woken worker restores it instead of compiling (lib/db/stored-matcher.ts). `data` is checked by
 * restoreMatcher, not here: a check of megabytes of tables belongs where they are read. Derived data:
 * rewritten whenever it is stale or of another format, never exported.
 */
// `format` was a number (the tables' format) before it also named the code that compiled them; either is read.
export const storedMatcherSchema = z.object({ version: z.string(), format: z.union([z.string().min(1), z.number().int()]), data: z.unknown() });

export const metaRowSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('importError'), value: importErrorSchema.nullable() }),
  z.object({ key: z.literal('matchableSet'), value: matchableSnapshotSchema }),
  z.object({ key: z.literal('compiledMatcher'), value: storedMatcherSchema }),
]);
export type MetaRow = z.infer<typeof metaRowSchema>;

/**
 * A page the user read that mentions something in the reference set ("related coverage"). Keyed by
 * its canonical URL, so AMP copies and links with tracking parameters are one row.
 */
export const visitRowSchema = z.object({
  url: z.string(),
  title: z.string(),
  /** Last time the page was matched (ms since epoch). */
  at: z.number(),
  /** First time (ms since epoch): the page's date when it gives none. Rows from schema v1 lack it (= `at`). */
  firstAt: z.number().optional(),
  /** Entity and event ids found on it. */
  ids: z.array(z.string()),
  /** The page's site (`aljazeera.net`), for "forget this site" and as the outlet when the page names none. */
  site: z.string().optional(),
  /** What the page says about itself (lib/extract/page-meta.ts), as checked by the background. */
  published: z.string().optional(),
  modified: z.string().optional(),
  outlet: z.string().optional(),
  author: z.string().optional(),
  lang: z.string().optional(),
});
export type VisitRow = z.infer<typeof visitRowSchema>;

/**
 * One (entity or event, page) pair: the index related coverage is read from, newest first, without
 * reading every visit that mentions a common name. `date` sorts: the page's publication date, else
 * its first visit as an ISO date-time.
 */
export const coverageRowSchema = z.object({ id: z.string(), url: z.string(), date: z.string() });
export type CoverageRow = z.infer<typeof coverageRowSchema>;

export const settingsRowSchema = z.object({ key: z.literal('settings'), value: settingsSchema });
export type SettingsRow = z.infer<typeof settingsRowSchema>;
