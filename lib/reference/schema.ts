import { z } from 'zod';

/**
 * The reference set: what Siyaq knows, and the quotes that back it.
 * Zod is the single source of truth; every type below is inferred from a schema.
 * Aliases and context phrases are written as a reader would write them (hamza, ة, ى and all):
 * the matcher normalizes them with the same code it runs on pages.
 */

/** Stable kebab-case id, e.g. `mustafa-al-kadhimi`. Tools and tests rely on these. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: a-z, 0-9 and single hyphens');
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');
export const langSchema = z.enum(['ar', 'en']);

export const bilingualSchema = z.object({
  ar: z.string().min(1),
  en: z.string().min(1),
});

/** A phrase list: one or more words, each phrase matched as whole normalized tokens (clitics allowed on the first). */
const phrasesSchema = z.array(z.string().min(1)).min(1);

/**
 * One context condition. `requires` holds when ANY of its rules holds; `vetoes` cancel a mention when ANY holds.
 * - near: one of `phrases` stands within `before` tokens before or `after` tokens after the mention, in its sentence.
 * - sentence: one of `phrases` stands in the mention's sentence.
 * - page: one of `phrases` stands anywhere on the page.
 * - entity: entity `id` has an unconditional (strong) mention on the page — "one sense per discourse" when id is the alias's own entity.
 * - prev-definite: the token right before the mention is a definite noun (ال…), the position of an adjective
 *   (المجلس العسكري) or of another person's nisba (الحسن العسكري).
 * - era: the years written on the page, if there are any, include one in [from, to].
 */
const eraSchema = z.object({ from: isoDateSchema, to: isoDateSchema });

export const contextRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('near'),
    phrases: phrasesSchema,
    before: z.number().int().min(0).max(12).default(3),
    after: z.number().int().min(0).max(12).default(0),
    /** When set, the rule holds only on a page whose years (if any) fit: "رئيس الوزراء" means him only in his term. */
    era: eraSchema.optional(),
  }),
  z.object({ kind: z.literal('sentence'), phrases: phrasesSchema, era: eraSchema.optional() }),
  z.object({ kind: z.literal('page'), phrases: phrasesSchema, era: eraSchema.optional() }),
  z.object({ kind: z.literal('entity'), id: idSchema }),
  z.object({ kind: z.literal('prev-definite') }),
  z.object({ kind: z.literal('era'), from: isoDateSchema, to: isoDateSchema }),
]);

export const aliasSchema = z.object({
  /** The alias as written, e.g. "أبو علي العسكري" or "Kata'ib Hezbollah". */
  text: z.string().min(1),
  lang: langSchema,
  /** full: the complete name; short: a part of it; variant/misspelling: other spellings seen in print. */
  kind: z.enum(['full', 'short', 'variant', 'misspelling', 'abbreviation']),
  /** Any one of these must hold, or the mention is dropped. Empty = unconditional (a strong mention). */
  requires: z.array(contextRuleSchema).default([]),
  /** If any of these holds, the mention is dropped. */
  vetoes: z.array(contextRuleSchema).default([]),
  /** Why this alias has the rules it has: shown to maintainers, kept with the data. */
  note: z.string().optional(),
});

/** A fact shown on a card, backed by an exact quote from a source document. */
export const factSchema = z.object({
  id: idSchema,
  /** The entity or event the fact is about. */
  subject: idSchema,
  text: bilingualSchema,
  /** Must occur verbatim in the source document's text; the build checks it. */
  quote: z.string().min(4),
  source: idSchema,
  /** The date the fact is about, when it has one. */
  date: isoDateSchema.optional(),
});

export const entityTypeSchema = z.enum(['person', 'organization', 'place']);

export const entitySchema = z.object({
  id: idSchema,
  type: entityTypeSchema,
  name: bilingualSchema,
  /** One line for the card. */
  summary: bilingualSchema,
  aliases: z.array(aliasSchema).min(1),
  /** Key dates (took office, founded…): each must be backed by a fact or marked as outside the seeds. */
  dates: z
    .array(z.object({ date: isoDateSchema, label: bilingualSchema, fact: idSchema.optional() }))
    .default([]),
});

/**
 * How an event is recognized beyond its own names: in one sentence (or on the page, for scope "page"),
 * a phrase from EVERY group of `all`, plus a mention of at least one of `entities` when given,
 * and the page's years compatible with `era` when given.
 */
export const eventCueSchema = z.object({
  all: z.array(phrasesSchema).min(1),
  entities: z.array(idSchema).default([]),
  scope: z.enum(['sentence', 'page']).default('sentence'),
  era: eraSchema.optional(),
  /**
   * With an era: the page must write a year inside it (not merely no year outside it). For cues as common
   * as "clashes" or "elections", a page with no year is not evidence enough.
   */
  needsYear: z.boolean().default(false),
  note: z.string().optional(),
});

export const eventSchema = z.object({
  id: idSchema,
  name: bilingualSchema,
  summary: bilingualSchema,
  /** The day it happened. */
  date: isoDateSchema,
  /** Names of the event itself ("محاولة اغتيال الكاظمي"); they use the same rules as entity aliases. */
  aliases: z.array(aliasSchema).default([]),
  cues: z.array(eventCueSchema).default([]),
  /** Entities that take part: used by cards and by the date cue (the event's date near one of them). */
  participants: z.array(idSchema).default([]),
});

export const relationSchema = z.object({
  from: idSchema,
  /** Verb phrase read from `from` to `to`: official-of, backed-by, target-of, took-place-in, preceded, reported-on. */
  type: z.enum(['official-of', 'backed-by', 'target-of', 'took-place-in', 'preceded', 'reported-on', 'located-in']),
  to: idSchema,
  /** The fact that backs the relation, if the seeds contain one. */
  fact: idSchema.optional(),
});

export const sourceSchema = z.object({
  id: idSchema,
  /** Path of the text file under seeds/, e.g. "000_7752d1d99baee141.txt". */
  file: z.string().regex(/^[\w.-]+\.txt$/),
  title: bilingualSchema,
  publisher: z.string().min(1),
  published: isoDateSchema,
  language: langSchema,
  /** Where the text was published, shown as plain text; the extension never fetches it. */
  url: z.string().url().optional(),
});

/** What a curated records file under seeds/ holds (one JSON file per source, merged by the build). */
export const recordsFileSchema = z.object({
  sources: z.array(sourceSchema).default([]),
  entities: z.array(entitySchema).default([]),
  events: z.array(eventSchema).default([]),
  relations: z.array(relationSchema).default([]),
  facts: z.array(factSchema).default([]),
});

/** The bundle shipped in the extension: everything validated, plus each source's full text. */
export const referenceSetSchema = z.object({
  /** Content hash of everything below: the extension re-imports only when it changes. */
  version: z.string().regex(/^[0-9a-f]{16}$/),
  builtFrom: z.array(z.string()),
  sources: z.array(sourceSchema.extend({ text: z.string() })),
  entities: z.array(entitySchema),
  events: z.array(eventSchema),
  relations: z.array(relationSchema),
  facts: z.array(factSchema),
});

export type ContextRule = z.infer<typeof contextRuleSchema>;
export type Alias = z.infer<typeof aliasSchema>;
export type Fact = z.infer<typeof factSchema>;
export type EntityType = z.infer<typeof entityTypeSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type EventCue = z.infer<typeof eventCueSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type RecordsFile = z.infer<typeof recordsFileSchema>;
export type ReferenceSet = z.infer<typeof referenceSetSchema>;
/** The part of a reference set the matcher needs (no sources, facts or relations). */
export type MatchableSet = Pick<ReferenceSet, 'entities' | 'events'>;
