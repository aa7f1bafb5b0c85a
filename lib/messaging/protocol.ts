import { z } from 'zod';
import { EXPORT_CHUNK_CHARS, PACK_CHUNK_CHARS } from './pack-limits';

/**
 * Every message Siyaq's contexts exchange, in one place. Zod schemas are the source of truth and the
 * `*Protocol` types are inferred from them.
 *
 * Only the background imports this file at runtime (it validates every incoming message with these
 * schemas). The content script and the popup import its TYPES only (`import type`), so zod never
 * reaches their bundles; the runtime helpers they use (send-message.ts, create-listener.ts) are schema-free.
 */

/** The longest page text the content script may send in one message (UTF-16 code units). */
export const MAX_PAGE_TEXT = 2_000_000;
const MAX_URL = 8_192;
const MAX_TITLE = 2_000;
const MAX_IDS = 500;

const id = z.string().min(1).max(200);
const offsets = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) });
const bilingual = z.strictObject({ ar: z.string(), en: z.string() });
const entityType = z.enum(['person', 'organization', 'place']);
const empty = z.strictObject({});
const ok = z.strictObject({ ok: z.boolean() });

/** What a tab shows in the popup: the empty states have their own status. */
export const tabStatusSchema = z.enum(['matched', 'no-matches', 'not-arabic', 'disabled', 'not-scanned']);

export const settingsSchema = z.strictObject({
  /** Draw highlights on pages (the cards work either way). */
  highlights: z.boolean(),
  /** Language of the interface and the cards. */
  language: z.enum(['ar', 'en']),
  /** Host names (e.g. `www.aljazeera.net`) where the content script does nothing. */
  disabledSites: z.array(z.string().min(1).max(253)).max(5_000),
  /** Keep a record of the pages read (related coverage); false = paused, nothing new is stored. */
  recordHistory: z.boolean().default(true),
  /** Offer news-search and fact-checker links on cards (they open only when clicked). */
  searchLinks: z.boolean().default(true),
});

const MAX_META = 200;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)?$/);

/**
 * What a page says about itself (lib/extract/page-meta.ts). Sent by the content script, so untrusted:
 * bounded, strict, and the canonical URL is believed only for the page's own site.
 */
export const pageMetaSchema = z.strictObject({
  published: isoDate.optional(),
  modified: isoDate.optional(),
  outlet: z.string().min(1).max(MAX_META).optional(),
  author: z.string().min(1).max(MAX_META).optional(),
  lang: z.string().regex(/^[a-z]{2,3}$/).optional(),
  canonical: z.string().url().max(MAX_URL).optional(),
});

/** A page, or a piece of it, with where each entity and event was found. Offsets index the text sent. */
export const pageMatchesSchema = z.strictObject({
  entities: z.array(z.strictObject({ id, type: entityType, mentions: z.array(offsets) })),
  events: z.array(z.strictObject({ id, evidence: z.array(offsets) })),
  /** Distinct entities + events on the whole tab so far (what the badge shows). */
  count: z.number().int().min(0),
});

/** The rule that accepted a name or an event (lib/match/types.ts `Why`), kept for a reader who asks. */
export const WHY_RULES = [
  'name', 'near', 'sentence', 'page', 'entity', 'prev-definite', 'era', 'coherence', 'before', 'credit', 'role', 'event', 'cue', 'date', 'signature',
] as const;
export const whySchema = z.strictObject({ rule: z.enum(WHY_RULES), detail: z.string().max(200).optional() });
/** At most this many distinct reasons are kept per name: enough to explain, small enough for tab state. */
export const MAX_WHY = 4;
const whyList = z.array(whySchema).max(MAX_WHY).optional();

const tabMatchesSchema = z.strictObject({
  status: tabStatusSchema,
  url: z.string(),
  title: z.string(),
  /** `mentions` = how many times the page mentions it (for "N mentions" and jumpToMention's index range). */
  entities: z.array(z.strictObject({ id, type: entityType, mentions: z.number().int().min(0), why: whyList })),
  events: z.array(z.strictObject({ id, mentions: z.number().int().min(0), why: whyList })),
});

const sourceRefSchema = z.strictObject({
  id,
  title: bilingual,
  publisher: z.string(),
  published: z.string(),
  url: z.string().optional(),
  attribution: z.string().optional(),
});

/** A fact on a card with the quote that backs it and where the quote comes from. */
export const cardFactSchema = z.strictObject({
  id,
  text: bilingual,
  /** Absent for a fact read from a data set: the source is then shown with its attribution. */
  quote: z.string().optional(),
  date: z.string().optional(),
  source: sourceRefSchema,
});

/** A relation seen from the card's side: `direction: 'out'` reads "card <type> other". */
export const cardRelationSchema = z.strictObject({
  type: z.string(),
  direction: z.enum(['out', 'in']),
  other: z.strictObject({ id, kind: z.enum(['entity', 'event']), name: bilingual, onPage: z.boolean() }),
  fact: id.optional(),
});

/**
 * One item of related coverage: another page the reader visited that mentions the same entity or
 * event, or a source document of the reference set about it.
 */
export const coverageSchema = z.strictObject({
  kind: z.enum(['visit', 'source']),
  url: z.string(),
  title: z.string(),
  /** The outlet's name, or the site's host when the page does not say. */
  outlet: z.string(),
  /** Publication date as the page or source gives it (ISO); null when unknown. */
  published: z.string().nullable(),
  /** When the reader first opened it (ms since epoch); null for a source document. */
  seen: z.number().nullable(),
});

/** Entities that appear with this one across its related coverage, most often first. */
export const coSeenSchema = z.strictObject({ id, name: bilingual, count: z.number().int().min(1) });

/** The date the page was read against (titles, relative dates) and where it comes from. */
export const pageDateSchema = z.strictObject({ date: z.string(), from: z.enum(['page', 'visit']) });

/** A pack a card's record comes from, with the attribution its license asks to show. */
export const cardOriginSchema = z.strictObject({ id, name: bilingual, attribution: z.string() });

const cardCommon = {
  id,
  name: bilingual,
  summary: bilingual,
  facts: z.array(cardFactSchema),
  relations: z.array(cardRelationSchema),
  /** The record's own pack first, then the packs whose amendments add to it. */
  origin: z.array(cardOriginSchema).min(1),
  /** The shown page's date, when the popup asked for a tab. */
  pageDate: pageDateSchema.optional(),
};

/**
 * What a card says from the reference data and the reader's visits: the visits are read apart (they can
 * be thousands), so the popup paints a card's body first and its coverage when `getCoverage` answers.
 */
const coverageFields = {
  /** Newest first (publication date, else first visit), the current page left out. */
  coverage: z.array(coverageSchema),
  /** More visited pages mention it than `coverage` holds (the newest are shown). */
  coverageMore: z.boolean(),
  coSeen: z.array(coSeenSchema),
};

const entityBody = {
  kind: z.literal('entity'),
  type: entityType,
  /** Key dates (took office, founded…), oldest first. */
  dates: z.array(z.strictObject({ date: z.string(), label: bilingual, fact: id.optional() })),
  ...cardCommon,
};
const eventBody = {
  kind: z.literal('event'),
  date: z.string(),
  participants: z.array(z.strictObject({ id, name: bilingual, onPage: z.boolean() })),
  ...cardCommon,
};

/** A card without its related coverage (what the popup paints first). */
export const cardBodySchema = z.discriminatedUnion('kind', [z.strictObject(entityBody), z.strictObject(eventBody)]);

/** One card's related coverage, for the card of the same `id`. */
export const cardCoverageSchema = z.strictObject({ id, ...coverageFields });

/** A whole card: body and related coverage. */
export const cardSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...entityBody, ...coverageFields }),
  z.strictObject({ ...eventBody, ...coverageFields }),
]);

/** Whether the reference set is in the database, and the last import failure if there was one. */
export const referenceStatusSchema = z.strictObject({
  version: z.string().nullable(),
  entities: z.number().int(),
  events: z.number().int(),
  /** Set when the last import failed; the previous set (if any) is still in use. */
  importError: z.string().nullable(),
  /**
   * What kind of problem importError is, so the popup can say it in the reader's language (the
   * message itself is the technical detail, in English).
   */
  problem: z.enum(['newer-version', 'upgrade-failed', 'no-room', 'open-failed', 'install-failed']).nullable().optional(),
});

/** An installed pack as the options page lists it. Every string is shown as text, never as markup. */
export const packSummarySchema = z.strictObject({
  id,
  name: bilingual,
  description: bilingual,
  version: z.string(),
  license: z.string(),
  attribution: z.string(),
  authors: z.array(z.string()),
  date: z.string(),
  homepage: z.string().optional(),
  requires: z.array(z.string()),
  contentVersion: z.string(),
  enabled: z.boolean(),
  bundled: z.boolean(),
  installedAt: z.number(),
  counts: z.strictObject({
    sources: z.number().int(),
    entities: z.number().int(),
    events: z.number().int(),
    relations: z.number().int(),
    facts: z.number().int(),
    amends: z.number().int(),
  }),
});

const packListSchema = z.strictObject({ packs: z.array(packSummarySchema) });
/** A pack id as the pack format defines it (kebab-case, at most 64 characters). */
const packId = z.string().max(64).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'pack ids are kebab-case');
const uploadId = z.string().min(1).max(64);

/**
 * What an import attempt came to. `invalid`: nothing was written, `problems` lists every one with its
 * path. `confirm`: nothing was written yet, the same or a newer version is installed; the upload is kept
 * for a second `importPack` with `replace: true`. `clash` is reported as `invalid` with one problem per id.
 */
export const packImportResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.enum(['installed', 'updated']), pack: packSummarySchema, previousVersion: z.string().optional() }),
  z.strictObject({ status: z.literal('confirm'), id, name: bilingual, installedVersion: z.string(), incomingVersion: z.string() }),
  z.strictObject({ status: z.literal('invalid'), problems: z.array(z.string().max(4_000)).min(1).max(1_000), more: z.number().int().min(0) }),
]);

/** The largest history file the options page may import (characters). */
export const MAX_IMPORT = 20_000_000;

export const historyStatsSchema = z.strictObject({
  pages: z.number().int().min(0),
  /** Bytes the stored visits take (their JSON, UTF-8), an estimate of the disk they use. */
  bytes: z.number().int().min(0),
  sites: z.array(z.strictObject({ site: z.string(), pages: z.number().int().min(0) })),
});

/**
 * Messages the background answers. `from` says who may send each one: `content` = a content script
 * in a tab of this extension (the background uses `sender.tab.id`, never a tab id in the payload);
 * `extension` = one of the extension's own pages (popup, options).
 */
export const backgroundMessages = {
  matchPage: {
    from: 'content',
    input: z.strictObject({
      url: z.string().max(MAX_URL),
      title: z.string().max(MAX_TITLE),
      lang: z.string().max(64),
      text: z.string().max(MAX_PAGE_TEXT),
      /** true: `text` is content added to the page since the last message; the tab keeps its earlier matches. */
      append: z.boolean().optional(),
      /** Increases with every full scan of the page; an append for an older revision is dropped. */
      revision: z.number().int().min(0),
      /** The page's own metadata, sent with a full scan. */
      page: pageMetaSchema.optional(),
    }),
    output: pageMatchesSchema,
  },
  pageStatus: {
    from: 'content',
    input: z.strictObject({
      status: z.enum(['not-arabic', 'disabled']),
      url: z.string().max(MAX_URL),
      title: z.string().max(MAX_TITLE),
    }),
    output: ok,
  },
  /** A frame's document is going away (iframe removed or navigated): its findings leave the tab's. */
  frameGone: {
    from: 'content',
    input: empty,
    output: ok,
  },
  /** What the content script must do on its own page (looked up from the sender's URL). */
  getPageSettings: {
    from: 'content',
    input: empty,
    output: z.strictObject({ enabled: z.boolean(), highlights: z.boolean() }),
  },
  getTabMatches: {
    from: 'extension',
    input: z.strictObject({
      tabId: z.number().int().min(0),
      /**
       * Also build the cards of the first N slots in the popup's order, saving the popup a round trip:
       * their bodies only (no visit is read), the coverage follows with `getCoverage`.
       */
      firstCards: z.number().int().min(0).max(10).optional(),
    }),
    output: tabMatchesSchema.extend({ cards: z.array(cardBodySchema).optional() }),
  },
  getCards: {
    from: 'extension',
    input: z.strictObject({
      ids: z.array(id).max(MAX_IDS),
      /** The tab the popup shows: decides `onPage` and leaves that page out of `coverage`. */
      tabId: z.number().int().min(0).optional(),
    }),
    /** Cards in the order of `ids`; ids that are not in the reference set are listed in `missing`. */
    output: z.strictObject({ cards: z.array(cardSchema), missing: z.array(z.string()) }),
  },
  /** The related coverage of cards whose bodies the popup already has, in the order of `ids`; unknown ids are left out. */
  getCoverage: {
    from: 'extension',
    input: z.strictObject({
      ids: z.array(id).max(MAX_IDS),
      /** The tab the popup shows: its page is left out of the coverage. */
      tabId: z.number().int().min(0).optional(),
    }),
    output: z.strictObject({ coverage: z.array(cardCoverageSchema) }),
  },
  getSettings: { from: 'extension', input: empty, output: settingsSchema },
  setSettings: { from: 'extension', input: settingsSchema.partial(), output: settingsSchema },
  setSiteEnabled: {
    from: 'extension',
    input: z.strictObject({ host: z.string().min(1).max(253), enabled: z.boolean() }),
    output: settingsSchema,
  },
  getReferenceStatus: { from: 'extension', input: empty, output: referenceStatusSchema },
  /** Installed packs, bundled first. */
  listPacks: { from: 'extension', input: empty, output: packListSchema },
  /**
   * Pack import, in three steps so that a large file never travels in one message: start (with the file's
   * size, refused above the limit), the file's text in order in chunks, then importPack, which validates
   * everything and writes in one transaction. A new start drops any earlier unfinished upload.
   */
  startPackUpload: {
    from: 'extension',
    input: z.strictObject({ size: z.number().int().min(0), fileName: z.string().max(500) }),
    output: z.strictObject({ uploadId }),
  },
  sendPackChunk: {
    from: 'extension',
    input: z.strictObject({ uploadId, index: z.number().int().min(0), text: z.string().max(PACK_CHUNK_CHARS) }),
    output: ok,
  },
  importPack: {
    from: 'extension',
    input: z.strictObject({ uploadId, replace: z.boolean() }),
    output: packImportResultSchema,
  },
  cancelPackUpload: { from: 'extension', input: z.strictObject({ uploadId }), output: ok },
  setPackEnabled: { from: 'extension', input: z.strictObject({ id: packId, enabled: z.boolean() }), output: packListSchema },
  /** Bundled packs cannot be removed (the answer is an error). */
  removePack: { from: 'extension', input: z.strictObject({ id: packId }), output: packListSchema },
  /** The pack as a file again, in pieces: ask for part 0, then up to `parts - 1`. */
  exportPack: {
    from: 'extension',
    input: z.strictObject({ id: packId, part: z.number().int().min(0) }),
    output: z.strictObject({ fileName: z.string(), text: z.string().max(EXPORT_CHUNK_CHARS), parts: z.number().int().min(1) }),
  },
  /**
   * Which frame of tab `tabId` holds the `index`-th mention of `id` (tab order: top document first),
   * and its index there; null when the tab has no such mention. The popup then sends `jumpToMention`
   * to that frame alone.
   */
  locateMention: {
    from: 'extension',
    input: z.strictObject({ tabId: z.number().int().min(0), id, index: z.number().int().min(0) }),
    output: z.strictObject({ frameId: z.number().int().min(0), index: z.number().int().min(0) }).nullable(),
  },
  /** Pages kept and the space they take. */
  getHistoryStats: { from: 'extension', input: empty, output: historyStatsSchema },
  /** Deletes every visit on a site (`aljazeera.net` also covers `www.aljazeera.net`). */
  forgetSite: {
    from: 'extension',
    input: z.strictObject({ site: z.string().min(1).max(253) }),
    output: z.strictObject({ deleted: z.number().int().min(0) }),
  },
  /** Deletes every visit. */
  clearHistory: { from: 'extension', input: empty, output: z.strictObject({ deleted: z.number().int().min(0) }) },
  /** Visits and settings as one JSON text (docs/extension.md, "History"). */
  exportHistory: { from: 'extension', input: empty, output: z.strictObject({ json: z.string() }) },
  /** Reads an export back in one transaction; refused whole, with the reason, when anything is wrong. */
  importHistory: {
    from: 'extension',
    input: z.strictObject({ json: z.string().max(MAX_IMPORT) }),
    output: z.strictObject({ visits: z.number().int().min(0) }),
  },
} as const;

/** Messages a content script answers (sent with `tabs.sendMessage` from the popup or background). */
export const contentMessages = {
  /** Scroll the `index`-th mention (0-based, page order) of entity or event `id` into view and flash it. */
  jumpToMention: {
    input: z.strictObject({ id, index: z.number().int().min(0) }),
    output: ok,
  },
  /** Re-read the settings and rescan the page from scratch. */
  refresh: { input: empty, output: ok },
} as const;

type Infer<M extends Record<string, { input: z.ZodType; output: z.ZodType }>> = {
  [K in keyof M]: { input: z.input<M[K]['input']>; output: z.output<M[K]['output']> };
};

export type BackgroundProtocol = Infer<typeof backgroundMessages>;
export type ContentProtocol = Infer<typeof contentMessages>;
export type BackgroundMessageType = keyof BackgroundProtocol;
export type ContentMessageType = keyof ContentProtocol;

export type Settings = z.infer<typeof settingsSchema>;
export type TabStatus = z.infer<typeof tabStatusSchema>;
export type PageMatches = z.infer<typeof pageMatchesSchema>;
export type TabMatches = z.infer<typeof tabMatchesSchema>;
export type WhyReason = z.infer<typeof whySchema>;
export type Card = z.infer<typeof cardSchema>;
export type CardBody = z.infer<typeof cardBodySchema>;
export type CardCoverage = z.infer<typeof cardCoverageSchema>;
/** A card as the popup holds it: its coverage fields are absent until `getCoverage` has answered. */
export type ShownCardData = CardBody & Partial<Omit<CardCoverage, 'id'>>;
export type EntityCard = Extract<Card, { kind: 'entity' }>;
export type EventCard = Extract<Card, { kind: 'event' }>;
export type CardFact = z.infer<typeof cardFactSchema>;
export type CardRelation = z.infer<typeof cardRelationSchema>;
export type CardOrigin = z.infer<typeof cardOriginSchema>;
export type Coverage = z.infer<typeof coverageSchema>;
export type CoSeen = z.infer<typeof coSeenSchema>;
export type PageDate = z.infer<typeof pageDateSchema>;
export type PageMetaInput = z.infer<typeof pageMetaSchema>;
export type HistoryStats = z.infer<typeof historyStatsSchema>;
export type ReferenceStatus = z.infer<typeof referenceStatusSchema>;
export type PackSummary = z.infer<typeof packSummarySchema>;
export type PackImportResult = z.infer<typeof packImportResultSchema>;
