import type { EntityType, EventRecord } from '../reference/schema';
import type { ArabicDate } from '../arabic/dates';
import { conditionsHold, eraFits, passesVetoes, yearRange, type YearRange } from './context-rules';
import type { Hit, PageView } from './page-view';
import { conditionsOf, ENTITY, EVENT, type AliasCandidate, type PatternTable } from './walk';
import type { EventMatch, Span, Why } from './types';

export interface CompiledCue {
  /** Phrase ids per group: one phrase of every group must occur. */
  groups: number[][];
  entities: string[];
  scope: 'sentence' | 'page';
  era?: YearRange;
  needsYear: boolean;
}

export interface CompiledSignature {
  what: number[];
  before: number;
  after: number;
  precision: 'day' | 'month' | 'year';
  require: readonly ('who' | 'where' | 'when')[];
  places?: readonly string[];
}

export interface CompiledEvent {
  cues: CompiledCue[];
  participants: ReadonlySet<string>;
  signature?: CompiledSignature;
  /** Every phrase of its cues and signature: a date written relative to the page needs one in its sentence. */
  phrases: number[];
}

/** What a scan reads of an event record (the rest stays in the database, for cards). */
export type EventInfo = Pick<EventRecord, 'id' | 'date' | 'participants'>;

export function compileEvent(event: EventRecord, phraseId: (phrase: string) => number): CompiledEvent {
  const cues = event.cues.map((cue) => ({
    groups: cue.all.map((group) => group.map(phraseId)),
    entities: cue.entities,
    scope: cue.scope,
    era: cue.era && yearRange(cue.era),
    needsYear: cue.needsYear,
  }));
  const sig = event.signature;
  const signature: CompiledSignature | undefined = sig && {
    what: sig.what.map(phraseId),
    before: sig.window.before,
    after: sig.window.after,
    precision: sig.precision,
    require: sig.require,
    ...(sig.places ? { places: sig.places } : {}),
  };
  const phrases = [...new Set([...cues.flatMap((c) => c.groups.flat()), ...(signature?.what ?? [])])];
  return { participants: new Set(event.participants), cues, ...(signature ? { signature } : {}), phrases };
}

/** What event detection needs to know of the page beyond its phrases. */
export interface EventContext {
  page: PageView;
  /** Accepted entity mentions, page order. */
  accepted: readonly AliasCandidate[];
  /** Entity name candidates that no rule accepted: a place named without its context still says where. */
  rejected: readonly AliasCandidate[];
  entityIds: readonly string[];
  entityTypes: readonly EntityType[];
  strong: ReadonlySet<string>;
  /** 1 for each entity (by index) that some event names: a participant, a cue's entity, a signature's place. */
  named: Uint8Array;
}

/** `EventContext.named` for a set: only these entities' sentences are looked up, so only they are indexed per page. */
export function namedByEvents(entityIds: readonly string[], records: readonly EventRecord[]): Uint8Array {
  // The few ids events name, then one pass over the entities: no index of a large set's 100,000 ids.
  const wanted = new Set<string>();
  for (const event of records) {
    for (const id of event.participants) wanted.add(id);
    for (const cue of event.cues) for (const id of cue.entities) wanted.add(id);
    for (const id of event.signature?.places ?? []) wanted.add(id);
  }
  const named = new Uint8Array(entityIds.length);
  if (wanted.size > 0) for (let i = 0; i < entityIds.length; i++) if (wanted.has(entityIds[i]!)) named[i] = 1;
  return named;
}

/**
 * Openings of a sentence whose subject is the previous sentence's person ("وكان قد نجا…", "He said…"):
 * its cue phrases count as if they stood with the name. Normalized forms.
 */
const CONTINUATION = new Set(['وكان', 'كان', 'وقد', 'قد', 'وهو', 'هو', 'وكانت', 'he', 'his', 'him']);

/**
 * Arabic drops a pronoun subject into its verb: "وقال إن…", "وأكد أنه نجا…", "وكشف عن…" continue with the
 * previous sentence's man. Masculine verbs of reporting only (وقالت is someone else), and only when the
 * next word leaves him the subject (أنه/إنه "that he", a preposition, a time word): "وقال المحافظ إن…"
 * names another man, and after a bare إن/أن the clause has a subject of its own ("وقال إن فلانا نجا…").
 */
const SUBJECTLESS_VERBS = new Set(
  ['وقال', 'قال', 'واكد', 'اكد', 'واضاف', 'واوضح', 'واشار', 'وكشف', 'ودعا', 'وشدد', 'وتابع', 'واعلن', 'واعرب', 'ونفي', 'وتعهد', 'وتوعد', 'وظهر', 'وافاد', 'ولفت', 'واعتبر', 'وتحدث', 'وروي'],
);
const AFTER_SUBJECTLESS = new Set(['انه', 'بانه', 'في', 'عن', 'خلال', 'علي', 'الي', 'امام', 'لدي', 'عقب', 'بعد', 'قبل', 'مساء', 'صباح', 'امس', 'اليوم', 'لاحقا', 'ايضا']);
/** English openers before the pronoun: "Earlier, he survived…", "Later he said…". */
const OPENERS = new Set(['earlier', 'later', 'then', 'also', 'meanwhile', 'afterwards']);

/** Whether sentence `s`, whose first token is `first`, opens with the previous sentence's man as its subject. */
function opensWithPronounSubject(page: PageView, s: number, first: number): boolean {
  const w = page.word(first);
  if (CONTINUATION.has(w)) return true;
  const next = first + 1 < page.count && page.sentenceOf(first + 1) === s ? page.word(first + 1) : undefined;
  if (next === undefined) return false;
  if (SUBJECTLESS_VERBS.has(w)) return AFTER_SUBJECTLESS.has(next);
  return OPENERS.has(w) && CONTINUATION.has(next);
}

/**
 * Events are found four ways: by one of their own names (with the same context rules as entity aliases);
 * by a cue (a phrase of every group, with a participant, inside one sentence — or the next one when it opens
 * with the participant as its pronoun subject — or on the page, on a page whose years fit the era, or that
 * writes one inside it when the cue needs a year); by their exact date written in a sentence that names a
 * participant (a date written relative to the page's date also needs one of the event's phrases there); and
 * by their signature (what happened, with two of who, where and when; see `eventSignatureSchema`). Dates
 * written in the sentences of the evidence and compatible with the event's date are added as evidence.
 */
export function findEvents(
  ctx: EventContext,
  records: readonly EventInfo[],
  events: readonly CompiledEvent[],
  nameCandidates: readonly AliasCandidate[],
  patterns: PatternTable,
): EventMatch[] {
  const { page, accepted, entityIds, strong } = ctx;
  // Sentences naming each entity that an event asks about, in page order (accepted mentions come in page order).
  const sentencesOf = new Map<string, number[]>();
  const { named } = ctx;
  for (const c of accepted) {
    if (named[c.owner] !== 1) continue;
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
  const why: (Why | undefined)[] = records.map(() => undefined);
  const addHit = (e: number, h: Hit, reason: Why) => {
    evidence[e]!.push(page.span(h.first, h.last, h.skip));
    evidenceSentences[e]!.add(page.sentenceOf(h.first));
    why[e] ??= reason;
  };

  for (const c of nameCandidates) {
    if (patterns.kind[c.pattern] !== EVENT) continue;
    if (conditionsHold(conditionsOf(patterns, c.pattern), c, page, strong)) addHit(c.owner, c, { rule: 'name' });
  }

  /** Whether sentence `s` is dated so as to rule event `e` out (see `contradicted`). */
  const datedOtherwise = (s: number, e: number): boolean => {
    const dates = page.datesIn(s);
    if (dates.length === 0) return false;
    const day = records[e]!.date;
    return contradicted(dates, dates.some((d) => datesAgree(d.iso, day)), day, (events[e]!.signature?.precision ?? 'day') === 'day');
  };

  /** A sentence whose subject is the person named in the sentence before it, and who names no other person. */
  const continues = (s: number, named: ReadonlySet<number>, ids: readonly string[]): boolean => {
    if (s === 0 || !named.has(s - 1) || named.has(s)) return false;
    const first = page.firstTokenOf(s);
    if (first < 0 || !opensWithPronounSubject(page, s, first)) return false;
    for (const id of peopleIn(s)) if (!ids.includes(id)) return false;
    return true;
  };
  let people: Map<number, string[]> | undefined;
  /** The people named in sentence `s` (an index built on first use). */
  const peopleIn = (s: number): readonly string[] => {
    if (!people) {
      people = new Map();
      for (const c of accepted) {
        if (ctx.entityTypes[c.owner] !== 'person') continue;
        const at = page.sentenceOf(c.first);
        const list = people.get(at);
        if (list) list.push(entityIds[c.owner]!);
        else people.set(at, [entityIds[c.owner]!]);
      }
    }
    return people.get(s) ?? [];
  };

  events.forEach((event, e) => {
    for (const cue of event.cues) {
      if (!eraFits(page, cue.era, cue.needsYear)) continue;
      if (!cue.groups[0]!.some((p) => page.hasHits(p))) continue;
      const reason: Why = { rule: 'cue' };
      if (cue.scope === 'page') {
        if (cue.entities.length && !cue.entities.some((id) => sentencesOf.has(id))) continue;
        // Per group, the first hit in a sentence not dated otherwise ("الانتخابات … عام 2018" tells of another).
        const firsts: Hit[] = [];
        for (const group of cue.groups) {
          let found: Hit | undefined;
          for (const p of group) {
            for (const h of page.hits(p)) {
              if (found && h.first >= found.first) break;
              if (!datedOtherwise(page.sentenceOf(h.first), e)) found = h;
              if (found) break;
            }
          }
          if (!found) break;
          firsts.push(found);
        }
        if (firsts.length < cue.groups.length) continue;
        for (const h of firsts) addHit(e, h, reason);
        continue;
      }
      // Look only where it can hold: sentences naming one of the cue's entities (or continuing one that does),
      // else those with a first-group phrase.
      const withFirst = sentencesOfHits(page, cue.groups[0]!);
      let sentences: Iterable<number> = withFirst;
      if (cue.entities.length) {
        const named = sentencesNaming(cue.entities);
        sentences = [...withFirst].filter((s) => named.has(s) || continues(s, named, cue.entities));
      }
      for (const s of sentences) {
        if (!everyGroupIn(page, cue.groups, s)) continue;
        if (datedOtherwise(s, e)) continue;
        for (const group of cue.groups) for (const p of group) for (const h of page.hitsInSentence(p, s)) addHit(e, h, reason);
      }
    }
    // The event's own date in a sentence that names one of its participants (only if its year is written at all).
    const date = records[e]!.date;
    if (page.years.includes(Number(date.slice(0, 4)))) {
      for (const s of sentencesNaming(event.participants)) {
        for (const d of page.datesIn(s)) {
          if (d.iso !== date) continue;
          // "فجر الأحد" on the day's own page is that day, but so is everything else said that day.
          if (d.relative && !event.phrases.some((p) => page.hasHitIn(p, s))) continue;
          evidence[e]!.push({ start: d.start, end: d.end, text: d.text });
          evidenceSentences[e]!.add(s);
          why[e] ??= { rule: 'date', detail: d.text };
        }
      }
    }
    if (evidence[e]!.length === 0 && event.signature) signature(e, event, event.signature);
  });

  function signature(e: number, event: CompiledEvent, sig: CompiledSignature): void {
    const record = records[e]!;
    if (!sig.what.some((p) => page.hasHits(p))) return;
    const eventDay = dayNumber(record.date);
    const pageDay = page.pageDate === undefined ? undefined : dayNumber(page.pageDate);
    // A page written before the event (beyond the days it is talked of in advance) is about another one.
    if (pageDay !== undefined && pageDay < eventDay - sig.before) return;
    const pageWhen = pageDay !== undefined && pageDay <= eventDay + sig.after;
    const people: string[] = [];
    const places: string[] = [];
    for (const id of event.participants) {
      const owner = entityIds.indexOf(id);
      if (owner >= 0) (ctx.entityTypes[owner] === 'place' ? places : people).push(id);
    }
    if (sig.places) places.splice(0, places.length, ...sig.places);
    const who = sentencesNaming(people);
    const placeSentences = sentencesNaming(places);
    for (const s of sentencesOfHits(page, sig.what)) {
      const dates = page.datesIn(s);
      const agreeing = dates.filter((d) => agreesAt(d.iso, record.date, sig.precision));
      if (contradicted(dates, agreeing.length > 0, record.date, sig.precision === 'day')) continue;
      const whoHere = who.has(s) || continues(s, who, people);
      // Where: a place accepted in this sentence or next to it, or named in it by a name still short of its context.
      const where = [s - 1, s, s + 1].some((n) => placeSentences.has(n)) || places.some((id) => namedWithoutContext(id, s));
      const when = agreeing.length > 0 || pageWhen;
      const score = Number(whoHere) + Number(where) + Number(when);
      if (score < 2) continue;
      const held = { who: whoHere, where, when };
      if (sig.require.length && !sig.require.some((k) => held[k])) continue;
      const found = [whoHere && 'who', where && 'where', when && 'when'].filter(Boolean).join('+');
      const reason: Why = { rule: 'signature', detail: found };
      for (const p of sig.what) for (const h of page.hitsInSentence(p, s)) addHit(e, h, reason);
      for (const d of agreeing) evidence[e]!.push({ start: d.start, end: d.end, text: d.text });
      return;
    }
  }

  /** An entity named in `sentence` by a name whose vetoes do not hold, though its required context is missing. */
  function namedWithoutContext(id: string, sentence: number): boolean {
    for (const c of ctx.rejected) {
      if (entityIds[c.owner] !== id || page.sentenceOf(c.first) !== sentence) continue;
      if (patterns.kind[c.pattern] === ENTITY && passesVetoes(conditionsOf(patterns, c.pattern), c, page, strong)) return true;
    }
    return false;
  }

  const found: EventMatch[] = [];
  records.forEach((record, e) => {
    const spans = evidence[e]!;
    if (spans.length === 0) return;
    for (const s of evidenceSentences[e]!) {
      for (const d of page.datesIn(s)) if (datesAgree(d.iso, record.date)) spans.push({ start: d.start, end: d.end, text: d.text });
    }
    const match: EventMatch = { id: record.id, date: record.date, evidence: uniqueSpans(spans) };
    if (why[e]) match.why = why[e];
    found.push(match);
  });
  return found.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}

/** The sentences holding hits of `phrases`, phrase by phrase and each in page order, once each. */
function sentencesOfHits(page: PageView, phrases: readonly number[]): Set<number> {
  const out = new Set<number>();
  for (const p of phrases) {
    let last = -1;
    for (const h of page.hits(p)) {
      const s = page.sentenceOf(h.first);
      if (s !== last) out.add((last = s));
    }
  }
  return out;
}

/** Whether sentence `s` holds a phrase of every group. Plain loops: this runs for every candidate sentence of a cue. */
function everyGroupIn(page: PageView, groups: readonly (readonly number[])[], s: number): boolean {
  for (const group of groups) {
    let found = false;
    for (const p of group) {
      if (page.hasHitIn(p, s)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

const dayNumber = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/**
 * Dates that rule the event out in their sentence, unless another date there agrees with it: one of another
 * year, or — for an event known to the day — days resolved from the page's date ("last Friday") none of
 * which is its day. A written day of the same year may be a step of the story ("منذ 18 أكتوبر"), so it does
 * not; nor does "the 2019 protests" in a sentence that says "on Sunday" of the vote itself.
 */
function contradicted(dates: readonly ArabicDate[], someAgree: boolean, day: string, toTheDay: boolean): boolean {
  if (someAgree) return false;
  if (otherYear(dates, day)) return true;
  return toTheDay && dates.some((d) => d.relative === true && d.iso.length === 10 && d.iso !== day);
}

/** A date of another year than the event's in a sentence: that sentence tells of another event of its kind. */
function otherYear(dates: readonly ArabicDate[], day: string): boolean {
  return dates.some((d) => /^\d{4}/.test(d.iso) && d.iso.slice(0, 4) !== day.slice(0, 4));
}

/**
 * Whether a written date says "then" for a signature: a written day must be the event's day (with precision
 * `year`, any day of its year); a month is enough unless the day is needed; a bare year only with `year`.
 */
function agreesAt(written: string, day: string, precision: 'day' | 'month' | 'year'): boolean {
  if (written.startsWith('--')) return day.endsWith(written.slice(1));
  if (precision === 'year') return written.slice(0, 4) === day.slice(0, 4);
  if (written.length === 10) return written === day;
  return written.length === 7 && precision === 'month' && day.startsWith(written);
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
