import { z } from 'zod';

/**
 * The reference set: what Siyaq knows, and the quotes that back it.
 * Zod is the single source of truth; every type below is inferred from a schema.
 * Aliases and context phrases are written as a reader would write them (hamza, ة, ى and all):
 * the matcher normalizes them with the same code it runs on pages.
 */

/** Stable kebab-case id, e.g. `mustafa-al-kadhimi`. Tools and tests rely on these. */
export const idSchema = z.string().max(120).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: a-z, 0-9 and single hyphens');
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');
export const langSchema = z.enum(['ar', 'en']);

/**
 * Longest string a pack may hold in one field. A name or a phrase this long is a mistake or an attack, and a
 * million-character alias would freeze the page it is matched on.
 */
export const MAX_SHORT_TEXT = 200;
export const MAX_LONG_TEXT = 2000;
const shortText = z.string().min(1).max(MAX_SHORT_TEXT);
const longText = z.string().min(1).max(MAX_LONG_TEXT);

export const bilingualSchema = z.object({
  ar: longText,
  en: longText,
});
/** Names and titles: short bilingual text. */
export const bilingualNameSchema = z.object({ ar: shortText, en: shortText });

/** A phrase list: one or more words, each phrase matched as whole normalized tokens (clitics allowed on the first). */
const phrasesSchema = z.array(shortText).min(1).max(500);

/**
 * One context condition. `requires` holds when ANY of its rules holds; `vetoes` cancel a mention when ANY holds.
 * - near: one of `phrases` stands within `before` tokens before or `after` tokens after the mention, in its sentence
 *   (and, with `entities`, one of those entities has a strong mention on the page).
 * - sentence: one of `phrases` stands in the mention's sentence.
 * - page: one of `phrases` stands anywhere on the page.
 *   For both, the mention's own words do not count: a phrase found exactly where the mention stands is not
 *   its context (a longer phrase holding it is).
 * - entity: entity `id` has an unconditional (strong) mention on the page — "one sense per discourse" when id is the alias's own entity.
 * - prev-definite: the token right before the mention is a definite noun (ال…), the position of an adjective
 *   (المجلس العسكري) or of another person's nisba (الحسن العسكري).
 * - era: the years written on the page, if there are any, include one in [from, to].
 * - coherence: the page is about the entity's world: it is dated (a written year or the page's date) inside
 *   `era`, and holds at least `min` of: an accepted mention of one of `entities` (its related entities), one
 *   of `phrases` (its topic words). For a bare surname on a headline or caption that names nothing else of it.
 * - before: one of `words` (single words, as written) stands within `within` words before the mention, in its
 *   sentence: another man's first name or title (عبد الرزاق الكاظمي، الشاعر الكاظمي). Cheaper than a near rule
 *   for lists of common words: nothing is looked up until a mention needs it.
 * - credit: the mention stands as a news agency's credit: alone in brackets ("(الفرنسية)") or at a dateline
 *   between a dash and a colon or dash ("بغداد - الفرنسية:"), where an adjective never stands.
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
    /**
     * When set, the rule holds only if one of these entities has a strong mention on the page: "في حماة"
     * names the city on a page that names Syria or Damascus, not on a page about "حماة الوطن".
     */
    entities: z.array(idSchema).min(1).max(50).optional(),
  }),
  z.object({ kind: z.literal('sentence'), phrases: phrasesSchema, era: eraSchema.optional() }),
  z.object({ kind: z.literal('page'), phrases: phrasesSchema, era: eraSchema.optional() }),
  z.object({ kind: z.literal('entity'), id: idSchema }),
  z.object({ kind: z.literal('prev-definite') }),
  z.object({
    kind: z.literal('era'),
    from: isoDateSchema,
    to: isoDateSchema,
    /**
     * The page must date itself inside the era (a written year or its publication date). Without it, a page
     * that gives no year at all fits every era: right for a name used in one era only, wrong for a name
     * every election of a country shares ("الانتخابات العراقية").
     */
    needsYear: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('coherence'),
    entities: z.array(idSchema).max(100).default([]),
    phrases: z.array(shortText).max(500).default([]),
    era: eraSchema,
    min: z.number().int().min(1).max(5).default(1),
  }),
  z.object({ kind: z.literal('credit') }),
  z.object({
    kind: z.literal('before'),
    words: z.array(shortText.regex(/^\S+$/, 'one word each')).min(1).max(500),
    within: z.number().int().min(1).max(5).default(1),
  }),
]);

export const aliasSchema = z.object({
  /** The alias as written, e.g. "أبو علي العسكري" or "Kata'ib Hezbollah". */
  text: shortText,
  lang: langSchema,
  /** full: the complete name; short: a part of it; variant/misspelling: other spellings seen in print. */
  kind: z.enum(['full', 'short', 'variant', 'misspelling', 'abbreviation']),
  /** Any one of these must hold, or the mention is dropped. Empty = unconditional (a strong mention). */
  requires: z.array(contextRuleSchema).default([]),
  /** If any of these holds, the mention is dropped. */
  vetoes: z.array(contextRuleSchema).default([]),
  /** Why this alias has the rules it has: shown to maintainers, kept with the data. */
  note: longText.optional(),
});

/** A fact shown on a card, backed by an exact quote from a source document. */
export const factSchema = z.object({
  id: idSchema,
  /** The entity or event the fact is about. */
  subject: idSchema,
  text: bilingualSchema,
  /**
   * Must occur verbatim in the source document's text when the pack carries that text (the build checks it).
   * Required, except for facts read from a data set (a source of kind `dataset`), which have no prose to quote.
   */
  quote: z.string().min(4).max(MAX_LONG_TEXT).optional(),
  source: idSchema,
  /** The date the fact is about, when it has one. */
  date: isoDateSchema.optional(),
});

export const entityTypeSchema = z.enum(['person', 'organization', 'place']);

/** What a place record adds to its card: kind, country, population (with its source) and the data set's id. */
export const placeSchema = z.object({
  kind: z.enum(['country', 'territory', 'region', 'city', 'area']),
  /** The entity id of the country it is in (absent for countries). */
  country: idSchema.optional(),
  /** GeoNames id, when the record comes from or is matched to GeoNames. */
  geonamesId: z.number().int().positive().optional(),
  population: z
    .object({ value: z.number().int().min(0), source: idSchema, date: isoDateSchema.optional() })
    .optional(),
});

/**
 * An office or position held over a time span. `phrases` are the titles a page uses for the holder
 * ("رئيس الوزراء العراقي", "الرئيس السوري"): such a title names this person only on a page dated inside
 * [from, to]. `of` is the organization or country the role belongs to.
 */
export const roleSchema = z.object({
  title: bilingualNameSchema,
  of: idSchema.optional(),
  from: isoDateSchema,
  /** Absent: still in office. */
  to: isoDateSchema.optional(),
  phrases: z.array(shortText).max(50).default([]),
  fact: idSchema.optional(),
});

export const entitySchema = z.object({
  id: idSchema,
  type: entityTypeSchema,
  name: bilingualNameSchema,
  /** One line for the card. */
  summary: bilingualSchema,
  aliases: z.array(aliasSchema).min(1).max(500),
  /** Key dates (took office, founded…): each must be backed by a fact or marked as outside the seeds. */
  dates: z
    .array(z.object({ date: isoDateSchema, label: bilingualNameSchema, fact: idSchema.optional() }))
    .default([]),
  /** Where the record itself comes from (source ids): every record says where it comes from. */
  sources: z.array(idSchema).default([]),
  place: placeSchema.optional(),
  roles: z.array(roleSchema).default([]),
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

/**
 * An event's signature, read over the whole document: what happened in the words documents use
 * (`what`: "تعرض لمحاولة اغتيال فاشلة", "attempted to storm the Green Zone"), who (a participant that is not a
 * place, named in the sentence of a `what` phrase or the one before it), where (a place participant on the
 * page) and when (a date in that sentence agreeing with the event's date to `precision`, or a page dated
 * within `window` days of it). A `what` phrase with two of who, where and when, one of them among `require`,
 * is the event. A date in the sentence of another year (or another day, for a date relative to the page's),
 * or a page dated more than `window.before` days ahead of the event, rules it out: that is another event of
 * the same kind. `places` (default: the place participants) are what says where.
 */
export const eventSignatureSchema = z.object({
  what: phrasesSchema,
  window: z
    .object({ before: z.number().int().min(0).max(3650).default(0), after: z.number().int().min(0).max(3650).default(30) })
    .default({ before: 0, after: 30 }),
  precision: z.enum(['day', 'month', 'year']).default('month'),
  /** At least one of these must hold (empty: any two of the three). An attempt on a man's life needs him. */
  require: z.array(z.enum(['who', 'where', 'when'])).max(3).default([]),
  places: z.array(idSchema).max(50).optional(),
  note: longText.optional(),
});

export const eventSchema = z.object({
  id: idSchema,
  name: bilingualNameSchema,
  summary: bilingualSchema,
  /** The day it happened. */
  date: isoDateSchema,
  /** Names of the event itself ("محاولة اغتيال الكاظمي"); they use the same rules as entity aliases. */
  aliases: z.array(aliasSchema).default([]),
  cues: z.array(eventCueSchema).default([]),
  signature: eventSignatureSchema.optional(),
  /** Entities that take part: used by cards and by the date cue (the event's date near one of them). */
  participants: z.array(idSchema).default([]),
  /** Where the record itself comes from (source ids). */
  sources: z.array(idSchema).default([]),
});

export const relationSchema = z.object({
  from: idSchema,
  /** Verb phrase read from `from` to `to`: official-of, backed-by, target-of, took-place-in, preceded, reported-on. */
  type: z.enum([
    'official-of',
    'backed-by',
    'target-of',
    'took-place-in',
    'preceded',
    'reported-on',
    'located-in',
    'capital-of',
    'leader-of',
    'member-of',
    'part-of',
    'successor-of',
    'opponent-in',
    'participant-in',
  ]),
  to: idSchema,
  /** The fact that backs the relation, if the seeds contain one. */
  fact: idSchema.optional(),
});

export const sourceSchema = z.object({
  id: idSchema,
  /**
   * document: a text (article, report, encyclopedia entry) that facts quote; dataset: open data (GeoNames,
   * CLDR) whose values facts restate without a quote.
   */
  kind: z.enum(['document', 'dataset']).default('document'),
  /**
   * Name of the text file beside the records, e.g. "000_7752d1d99baee141.txt". When present, its text is
   * bundled and every quote from this source is checked against it. Web sources without a copy omit it.
   */
  file: z.string().regex(/^[\w.-]+\.txt$/).optional(),
  title: bilingualNameSchema,
  publisher: shortText,
  published: isoDateSchema,
  language: langSchema,
  /** Where the text was published, shown as plain text; the extension never fetches it. */
  url: z.string().url().max(MAX_LONG_TEXT).optional(),
  /** The license the source's content is under ("CC BY 4.0", "CC BY-SA 4.0"), when it is open. */
  license: shortText.optional(),
  /** What must be shown with anything taken from it ("GeoNames, CC BY 4.0"). */
  attribution: longText.optional(),
});

/**
 * Additions to a record of another pack: its aliases are united with the target's, and fields the target
 * lacks are filled; the target's own fields always win. Lets a places pack add spellings to the curated
 * Baghdad instead of a second Baghdad card.
 */
export const amendSchema = z.object({
  /** Id of the entity being amended, defined by another pack. */
  id: idSchema,
  aliases: z.array(aliasSchema).max(500).default([]),
  sources: z.array(idSchema).default([]),
  place: placeSchema.optional(),
  roles: z.array(roleSchema).default([]),
  note: longText.optional(),
});

/** What a curated records file under seeds/ holds (one JSON file per source, merged by the build). */
export const recordsFileSchema = z.object({
  /** Lets an editor validate the file against docs/pack-records.schema.json. */
  $schema: z.string().max(MAX_LONG_TEXT).optional(),
  sources: z.array(sourceSchema).default([]),
  entities: z.array(entitySchema).default([]),
  events: z.array(eventSchema).default([]),
  relations: z.array(relationSchema).default([]),
  facts: z.array(factSchema).default([]),
  amends: z.array(amendSchema).default([]),
});

/** The bundle shipped in the extension: everything validated, plus each source's full text. */
export const referenceSetSchema = z.object({
  /** Content hash of everything below: the extension re-imports only when it changes. */
  version: z.string().regex(/^[0-9a-f]{16}$/),
  builtFrom: z.array(z.string()),
  sources: z.array(sourceSchema.extend({ text: z.string().optional() })),
  entities: z.array(entitySchema),
  events: z.array(eventSchema),
  relations: z.array(relationSchema),
  facts: z.array(factSchema),
  amends: z.array(amendSchema).default([]),
});

export type ContextRule = z.infer<typeof contextRuleSchema>;
export type Alias = z.infer<typeof aliasSchema>;
export type Fact = z.infer<typeof factSchema>;
export type EntityType = z.infer<typeof entityTypeSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type EventCue = z.infer<typeof eventCueSchema>;
export type EventSignature = z.infer<typeof eventSignatureSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Amend = z.infer<typeof amendSchema>;
export type RecordsFile = z.infer<typeof recordsFileSchema>;
export type ReferenceSet = z.infer<typeof referenceSetSchema>;
/** The part of a reference set the matcher needs (no sources, facts or relations). */
export type MatchableSet = Pick<ReferenceSet, 'entities' | 'events'>;
