import type { EntityType } from '../reference/schema';

/** A span of the scanned text: UTF-16 offsets into the text as given (not the normalized text). */
export interface Span {
  start: number;
  end: number;
  /** The original text of the span, exactly `text.slice(start, end)`. */
  text: string;
}

/**
 * The rule that accepted a mention or an event, for a reader who asks why:
 * - name: one of its names, which needs no context; near/sentence/page/entity/era/prev-definite/coherence/
 *   credit: the alias rule of that kind (docs/reference-set.md), `detail` = the phrase or entity it found;
 * - role: an office title on the page's date; event: a participant of an event found on the page (`detail`
 *   = the event id);
 * - for events: name (one of its names), cue (its cue phrases), date (its date near a participant),
 *   signature (what happened, with who, where or when; `detail` says which).
 */
export interface Why {
  rule:
    | 'name'
    | 'near'
    | 'sentence'
    | 'page'
    | 'entity'
    | 'prev-definite'
    | 'era'
    | 'coherence'
    | 'before'
    | 'credit'
    | 'role'
    | 'event'
    | 'cue'
    | 'date'
    | 'signature';
  detail?: string;
}

export interface Mention extends Span {
  /** Why this mention counts. */
  why?: Why;
}

export interface EntityMatch {
  id: string;
  type: EntityType;
  name: { ar: string; en: string };
  /** In text order. */
  mentions: Mention[];
}

export interface DateMention extends Span {
  /** ISO date, or YYYY-MM / YYYY when the text gives less. */
  iso: string;
}

export interface EventMatch {
  id: string;
  /** The event's date from the reference set (YYYY-MM-DD). */
  date: string;
  /** The spans that made the event count: its names, cue phrases, and dates written near them. In text order. */
  evidence: Span[];
  /** The first rule that found it. */
  why?: Why;
}

/** What the matcher may know about the page besides its text. */
export interface ScanOptions {
  /**
   * The page's publication date (YYYY-MM-DD), when known: titles ("رئيس الوزراء العراقي") and relative dates
   * ("الجمعة الماضية") are resolved against it rather than against the reading date.
   */
  pageDate?: string;
}

/** What scanning one text yields. Entities and events are sorted by first occurrence. */
export interface ScanResult {
  entities: EntityMatch[];
  events: EventMatch[];
}
