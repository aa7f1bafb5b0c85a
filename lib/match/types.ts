import type { EntityType } from '../reference/schema';

/** A span of the scanned text: UTF-16 offsets into the text as given (not the normalized text). */
export interface Span {
  start: number;
  end: number;
  /** The original text of the span, exactly `text.slice(start, end)`. */
  text: string;
}

export interface EntityMatch {
  id: string;
  type: EntityType;
  name: { ar: string; en: string };
  /** In text order. */
  mentions: Span[];
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
