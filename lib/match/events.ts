import type { EventRecord } from '../reference/schema';
import type { Pattern } from './compile';
import { conditionsHold, eraFits, yearRange, type YearRange } from './context-rules';
import type { Hit, PageView } from './page-view';
import type { AliasCandidate } from './walk';
import type { EventMatch, Span } from './types';

export interface CompiledCue {
  /** Phrase ids per group: one phrase of every group must occur. */
  groups: number[][];
  entities: string[];
  scope: 'sentence' | 'page';
  era?: YearRange;
  needsYear: boolean;
}

export interface CompiledEvent {
  cues: CompiledCue[];
  participants: ReadonlySet<string>;
}

export function compileEvent(event: EventRecord, phraseId: (phrase: string) => number): CompiledEvent {
  return {
    participants: new Set(event.participants),
    cues: event.cues.map((cue) => ({
      groups: cue.all.map((group) => group.map(phraseId)),
      entities: cue.entities,
      scope: cue.scope,
      era: cue.era && yearRange(cue.era),
      needsYear: cue.needsYear,
    })),
  };
}

/** What event detection needs to know of the page beyond its phrases. */
export interface EventContext {
  page: PageView;
  /** Accepted entity mentions, page order. */
  accepted: readonly AliasCandidate[];
  entityIds: readonly string[];
  strong: ReadonlySet<string>;
}

/**
 * Events are found three ways: by one of their own names (with the same context rules as entity
 * aliases); by a cue (a phrase of every group, with a participant, inside one sentence or on the page,
 * on a page whose years fit the era, or that writes one inside it when the cue needs a year); and by their exact date written in a sentence that names a
 * participant. Dates written in the sentences of the evidence and compatible with the event's date
 * are added as evidence.
 */
export function findEvents(
  ctx: EventContext,
  records: readonly EventRecord[],
  events: readonly CompiledEvent[],
  nameCandidates: readonly AliasCandidate[],
  patterns: readonly Pattern[],
): EventMatch[] {
  const { page, accepted, entityIds, strong } = ctx;
  // Sentences naming each entity, in page order (accepted mentions come in page order).
  const sentencesOf = new Map<string, number[]>();
  for (const c of accepted) {
    const id = entityIds[c.owner]!;
    const s = page.sentenceOf(c.first);
    const list = sentencesOf.get(id);
    if (!list) sentencesOf.set(id, [s]);
    else if (list[list.length - 1] !== s) list.push(s);
  }
  /** Sentences naming any of `ids`. */
  const sentencesNaming = (ids: Iterable<string>): Set<number> => {
    const out = new Set<number>();
    for (const id of ids) for (const s of sentencesOf.get(id) ?? []) out.add(s);
    return out;
  };
  const evidence = records.map(() => [] as Span[]);
  const evidenceSentences = records.map(() => new Set<number>());
  const addHit = (e: number, h: Hit) => {
    evidence[e]!.push(page.span(h.first, h.last, h.skip));
    evidenceSentences[e]!.add(page.sentenceOf(h.first));
  };

  for (const c of nameCandidates) {
    const p = patterns[c.pattern]!;
    if (p.kind !== 'event') continue;
    if (conditionsHold(p.conditions, c, page, strong)) addHit(c.owner, c);
  }

  events.forEach((event, e) => {
    for (const cue of event.cues) {
      if (!eraFits(page, cue.era, cue.needsYear)) continue;
      const firstGroup = cue.groups[0]!.flatMap((p) => page.hits(p));
      if (firstGroup.length === 0) continue;
      if (cue.scope === 'page') {
        const hitsPerGroup = cue.groups.map((group) => group.flatMap((p) => page.hits(p)));
        if (hitsPerGroup.some((h) => h.length === 0)) continue;
        if (cue.entities.length && !cue.entities.some((id) => sentencesOf.has(id))) continue;
        for (const hits of hitsPerGroup) addHit(e, hits[0]!);
        continue;
      }
      // Look only where it can hold: sentences naming one of the cue's entities, else those with a first-group phrase.
      const withFirst = new Set(firstGroup.map((h) => page.sentenceOf(h.first)));
      const sentences = cue.entities.length ? [...sentencesNaming(cue.entities)].filter((s) => withFirst.has(s)) : withFirst;
      for (const s of sentences) {
        if (!cue.groups.every((group) => group.some((p) => page.hasHitIn(p, s)))) continue;
        for (const group of cue.groups) for (const p of group) for (const h of page.hitsInSentence(p, s)) addHit(e, h);
      }
    }
    // The event's own date in a sentence that names one of its participants (only if its year is written at all).
    const date = records[e]!.date;
    if (!page.years.includes(Number(date.slice(0, 4)))) return;
    for (const s of sentencesNaming(event.participants)) {
      for (const d of page.datesIn(s)) {
        if (d.iso !== date) continue;
        evidence[e]!.push({ start: d.start, end: d.end, text: d.text });
        evidenceSentences[e]!.add(s);
      }
    }
  });

  const found: EventMatch[] = [];
  records.forEach((record, e) => {
    const spans = evidence[e]!;
    if (spans.length === 0) return;
    for (const s of evidenceSentences[e]!) {
      for (const d of page.datesIn(s)) if (datesAgree(d.iso, record.date)) spans.push({ start: d.start, end: d.end, text: d.text });
    }
    found.push({ id: record.id, date: record.date, evidence: uniqueSpans(spans) });
  });
  return found.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}

/** A written date agrees with an event's day when it names that day, its month or its year. */
function datesAgree(written: string, day: string): boolean {
  if (written.startsWith('--')) return day.endsWith(written.slice(1));
  return day.startsWith(written);
}

/** Spans in text order, without repeats and without spans that lie inside another. */
function uniqueSpans(spans: Span[]): Span[] {
  const sorted = spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.end <= last.end) continue;
    out.push(s);
  }
  return out;
}
