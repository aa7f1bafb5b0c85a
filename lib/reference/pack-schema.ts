import { z } from 'zod';
import {
  amendSchema,
  bilingualNameSchema,
  bilingualSchema,
  entitySchema,
  eventSchema,
  factSchema,
  idSchema,
  isoDateSchema,
  MAX_LONG_TEXT,
  MAX_SHORT_TEXT,
  relationSchema,
  sourceSchema,
} from './schema';

/** The pack file format this build writes and reads. A reader refuses a newer one instead of guessing. */
export const PACK_FORMAT = 'siyaq-pack';
export const PACK_FORMAT_VERSION = 1;

/** Semantic version of a pack's content ("1.4.0"): a newer one replaces an installed older one. */
export const packVersionSchema = z
  .string()
  .max(40)
  .regex(/^\d{1,6}\.\d{1,6}\.\d{1,6}(?:-[0-9A-Za-z.-]+)?$/, 'versions are semantic: MAJOR.MINOR.PATCH, e.g. 1.0.0');

/** What a pack says about itself: `pack.json` in a pack folder, `meta` in a built pack. */
export const packMetaSchema = z.strictObject({
  $schema: z.string().max(MAX_LONG_TEXT).optional(),
  id: idSchema.max(64),
  name: bilingualNameSchema,
  version: packVersionSchema,
  description: bilingualSchema,
  /** The license of the pack's content, e.g. "CC BY 4.0"; "proprietary" is a license too. */
  license: z.string().min(1).max(MAX_SHORT_TEXT),
  /** Shown on every card built from the pack. */
  attribution: z.string().min(1).max(MAX_LONG_TEXT),
  authors: z.array(z.string().min(1).max(MAX_SHORT_TEXT)).min(1).max(100),
  /** When this version was made. */
  date: isoDateSchema,
  /** Packs whose ids this one points to (a place in a core country, an amendment of a core record). */
  requires: z.array(idSchema).max(20).default([]),
  homepage: z.string().url().max(MAX_LONG_TEXT).optional(),
});

/** Caps that keep one pack from exhausting the browser: far above any real pack, far below a hostile one. */
export const PACK_LIMITS = {
  entities: 200_000,
  events: 20_000,
  sources: 20_000,
  facts: 400_000,
  relations: 400_000,
  amends: 20_000,
  /** A source document's bundled text. */
  sourceText: 2_000_000,
} as const;

/** A built pack: one JSON file, what `npm run pack` writes and the options page imports. */
export const packSchema = z.strictObject({
  $schema: z.string().max(MAX_LONG_TEXT).optional(),
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  meta: packMetaSchema,
  /** Content hash of the records (16 hex digits): what changes when any record, alias or text changes. */
  contentVersion: z.string().regex(/^[0-9a-f]{16}$/),
  sources: z.array(sourceSchema.extend({ text: z.string().max(PACK_LIMITS.sourceText).optional() })).max(PACK_LIMITS.sources),
  entities: z.array(entitySchema).max(PACK_LIMITS.entities),
  events: z.array(eventSchema).max(PACK_LIMITS.events),
  relations: z.array(relationSchema).max(PACK_LIMITS.relations),
  facts: z.array(factSchema).max(PACK_LIMITS.facts),
  amends: z.array(amendSchema).max(PACK_LIMITS.amends).default([]),
});

export type PackMeta = z.infer<typeof packMetaSchema>;
export type Pack = z.infer<typeof packSchema>;
/** The records of a pack, without its metadata. */
export type PackRecords = Pick<Pack, 'sources' | 'entities' | 'events' | 'relations' | 'facts' | 'amends'>;

/** Compares two semantic versions: negative when a is older. Pre-releases sort before their release. */
export function comparePackVersions(a: string, b: string): number {
  const split = (v: string) => {
    const [core = '', pre] = v.split(/-(.*)/s, 2);
    return { parts: core.split('.').map(Number), pre };
  };
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.parts[i] ?? 0) - (y.parts[i] ?? 0);
    if (d !== 0) return d;
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre < y.pre ? -1 : 1;
}
