import { entityTypeSchema, type EntityType } from '../reference/schema';
import { matcherFrom, type Matcher, type MatcherStats, type MatcherTables } from './compile';
import type { CompiledConditions, CompiledRule, YearRange } from './context-rules';
import type { CompiledEvent, EventInfo } from './events';
import { PhraseTrie } from './phrase-trie';
import type { CompiledRole } from './roles';
import { ENTITY, EVENT, PHRASE } from './walk';

/**
 * The compiled matcher as data, for IndexedDB: a woken service worker reads it back and scans at once
 * instead of compiling (lib/db/matcher-cache.ts). Its tables go as typed arrays and long strings, which
 * the structured clone copies as blocks; the few objects the rules need (conditions, events, titles,
 * phrase texts) go as one JSON string, parsed faster than the clone rebuilds as many objects.
 *
 * Bump MATCHER_FORMAT with any change to what the tables hold or mean (a hash, a column, a rule's
 * shape): a stored matcher of another format is never read, the set is compiled instead.
 */
export const MATCHER_FORMAT = 3;

export interface SerializedMatcher {
  format: number;
  /** The trie's words, one after another, and where each starts (WordTableParts). */
  words: string;
  wordStarts: Int32Array;
  wordHashes: Int32Array;
  wordSlots: Int32Array;
  edgeNodes: Int32Array;
  edgeWords: Int32Array;
  edgeChildren: Int32Array;
  edgeCount: number;
  nodes: number;
  termStart: Int32Array;
  termList: Int32Array;
  isFirst: Uint8Array;
  firstChars: Uint8Array;
  /** PatternTable's columns. */
  kind: Uint8Array;
  value: Int32Array;
  maksura: Int8Array;
  plus: Int8Array;
  alefs: Int16Array;
  cond: Int32Array;
  /** Entity ids, one per line (ids are kebab-case). */
  entityIds: string;
  /** Index into ENTITY_TYPES. */
  entityTypes: Uint8Array;
  namesAr: string;
  namesEn: string;
  namesArStarts: Int32Array;
  namesEnStarts: Int32Array;
  named: Uint8Array;
  /** JSON of `SmallParts`. */
  json: string;
}

const ENTITY_TYPES = entityTypeSchema.options;

/** Why a stored matcher was not used. */
export class MatcherRestoreError extends Error {
  override name = 'MatcherRestoreError';
}

/** The matcher as data (see SerializedMatcher). Pure: the matcher keeps working and shares its arrays. */
export function serializeMatcher(matcher: Matcher): SerializedMatcher {
  const t = matcher.tables;
  const trie = t.trie.parts;
  for (const id of t.entities.ids) if (id.includes('\n')) throw new Error(`entity id ${JSON.stringify(id)} holds a line break`);
  const small = {
    conditions: t.patterns.conditions.map((c) => ({ anyOf: c.anyOf.map(ruleData), eras: c.eras.map(ruleData), vetoes: c.vetoes.map(ruleData) })),
    phraseTexts: [...t.phraseTexts],
    events: t.events.map((e) => ({ id: e.id, date: e.date, participants: [...e.participants] })),
    compiledEvents: t.compiledEvents.map((e) => ({ ...e, participants: [...e.participants] })),
    roles: [...t.roles],
    stats: t.stats,
  };
  return {
    format: MATCHER_FORMAT,
    words: trie.words.pool,
    wordStarts: trie.words.starts,
    wordHashes: trie.words.hashes,
    wordSlots: trie.words.slots,
    edgeNodes: trie.edges.nodes,
    edgeWords: trie.edges.words,
    edgeChildren: trie.edges.children,
    edgeCount: trie.edges.count,
    nodes: trie.nodes,
    termStart: trie.termStart,
    termList: trie.termList,
    isFirst: trie.isFirst,
    firstChars: trie.firstChars,
    kind: t.patterns.kind,
    value: t.patterns.value,
    maksura: t.patterns.maksura,
    plus: t.patterns.plus,
    alefs: t.patterns.alefs,
    cond: t.patterns.cond,
    entityIds: t.entities.ids.join('\n'),
    entityTypes: Uint8Array.from(t.entities.types, (type) => ENTITY_TYPES.indexOf(type)),
    namesAr: t.entities.names.ar,
    namesEn: t.entities.names.en,
    namesArStarts: t.entities.names.arStarts,
    namesEnStarts: t.entities.names.enStarts,
    named: t.named,
    json: JSON.stringify(small),
  };
}

/** A rule as JSON holds it: a Set as an array. */
const ruleData = (rule: CompiledRule) => (rule.kind === 'before' ? { ...rule, words: [...rule.words] } : rule);

/**
 * The matcher stored by serializeMatcher, checked before use: a row of another format, a truncated or
 * altered one, or one whose tables do not fit together throws MatcherRestoreError (with the reason) and
 * is never scanned with. The checks read every table once (a few milliseconds for 100,000 entities) so
 * that no index can point outside an array and no probe can loop forever.
 */
export function restoreMatcher(data: unknown): Matcher {
  return matcherFrom(restoreTables(data));
}

export function restoreTables(data: unknown): MatcherTables {
  if (typeof data !== 'object' || data === null) throw new MatcherRestoreError('not an object');
  const d = data as Partial<Record<keyof SerializedMatcher, unknown>>;
  if (d.format !== MATCHER_FORMAT) throw new MatcherRestoreError(`format ${String(d.format)}, this code reads ${MATCHER_FORMAT}`);

  const words = text(d, 'words');
  const wordStarts = array(d, 'wordStarts', Int32Array);
  const wordHashes = array(d, 'wordHashes', Int32Array);
  const wordSlots = array(d, 'wordSlots', Int32Array);
  const wordCount = wordStarts.length - 1;
  check(wordCount >= 0 && ascending(wordStarts, words.length), 'word offsets');
  check(isPow2(wordSlots.length) && wordHashes.length === wordSlots.length, 'word table size');
  const wordsUsed = occupied(wordSlots, wordCount);
  check(wordsUsed >= 0 && wordsUsed < wordSlots.length, 'word table slots');

  const nodes = count(d, 'nodes');
  const edgeNodes = array(d, 'edgeNodes', Int32Array);
  const edgeWords = array(d, 'edgeWords', Int32Array);
  const edgeChildren = array(d, 'edgeChildren', Int32Array);
  const edgeCount = count(d, 'edgeCount');
  check(isPow2(edgeChildren.length) && edgeNodes.length === edgeChildren.length && edgeWords.length === edgeChildren.length, 'edge table size');
  const edgesUsed = occupied(edgeChildren, nodes);
  check(edgesUsed === edgeCount && edgesUsed < edgeChildren.length, 'edge table slots');
  check(within(edgeNodes, 0, nodes - 1) && within(edgeWords, 0, Math.max(0, wordCount - 1)), 'edge table keys');

  const kind = array(d, 'kind', Uint8Array);
  const patternCount = kind.length;
  const termStart = array(d, 'termStart', Int32Array);
  const termList = array(d, 'termList', Int32Array);
  check(nodes >= 1 && termStart.length === nodes + 1 && ascending(termStart, termList.length), 'terminal offsets');
  check(within(termList, 0, patternCount - 1), 'terminal patterns');
  const isFirst = array(d, 'isFirst', Uint8Array);
  const firstChars = array(d, 'firstChars', Uint8Array);
  check(isFirst.length === wordCount && firstChars.length === 0x10000, 'first-word tables');

  const { conditions, phraseTexts, events, compiledEvents, roles, stats } = smallParts(text(d, 'json'));

  const entityIds = text(d, 'entityIds');
  const entityTypes = array(d, 'entityTypes', Uint8Array);
  const entityCount = entityTypes.length;
  const ids = entityCount === 0 ? [] : entityIds.split('\n');
  check(ids.length === entityCount && entityCount === stats.entities, 'entity ids');
  const names = { ar: text(d, 'namesAr'), en: text(d, 'namesEn'), arStarts: array(d, 'namesArStarts', Int32Array), enStarts: array(d, 'namesEnStarts', Int32Array) };
  check(names.arStarts.length === entityCount + 1 && ascending(names.arStarts, names.ar.length), 'Arabic names');
  check(names.enStarts.length === entityCount + 1 && ascending(names.enStarts, names.en.length), 'English names');
  const named = array(d, 'named', Uint8Array);
  check(named.length === entityCount, 'named entities');

  const value = array(d, 'value', Int32Array);
  const maksura = array(d, 'maksura', Int8Array);
  const plus = array(d, 'plus', Int8Array);
  const alefs = array(d, 'alefs', Int16Array);
  const cond = array(d, 'cond', Int32Array);
  check(
    value.length === patternCount && maksura.length === patternCount && plus.length === patternCount && alefs.length === patternCount && cond.length === patternCount,
    'pattern columns',
  );
  check(conditions.length > 0, 'conditions');
  // One pass over the columns, each read through its own type (a helper shared by three array types runs
  // several times slower in a woken worker's unoptimized code).
  for (let p = 0; p < patternCount; p++) {
    const k = kind[p]!;
    const limit = k === PHRASE ? phraseTexts.length : k === ENTITY ? entityCount : k === EVENT ? events.length : 0;
    if (!(value[p]! >= 0 && value[p]! < limit)) throw new MatcherRestoreError(`pattern ${p} points outside its list`);
    const m = maksura[p]!;
    const pl = plus[p]!;
    const c = cond[p]!;
    if (m < -1 || m > 1 || pl < -1 || pl > 1 || alefs[p]! < -1 || c < 0 || c >= conditions.length) throw new MatcherRestoreError(`pattern ${p} has values out of range`);
  }
  check(events.length === compiledEvents.length && events.length === stats.events, 'events');
  const phraseOk = (p: number) => p < phraseTexts.length;
  const rulesOk = (rules: readonly CompiledRule[]) => rules.every((r) => !('phrases' in r) || r.phrases.every(phraseOk));
  check(conditions.every((c) => rulesOk(c.anyOf) && rulesOk(c.eras) && rulesOk(c.vetoes)), 'rule phrases');
  check(compiledEvents.every((e) => e.phrases.every(phraseOk) && e.cues.every((c) => c.groups.every((g) => g.every(phraseOk))) && (e.signature?.what.every(phraseOk) ?? true)), 'event phrases');
  check(roles.every((r) => phraseOk(r.phrase) && r.holders.every((h) => h.owner < entityCount)), 'titles');

  const trie = PhraseTrie.fromParts({
    words: { pool: words, starts: wordStarts, hashes: wordHashes, slots: wordSlots },
    edges: { nodes: edgeNodes, words: edgeWords, children: edgeChildren, count: edgeCount },
    nodes,
    termStart,
    termList,
    isFirst,
    firstChars,
  });
  // A plain loop: Array.from with a mapping function took 20-30 ms for 100,000 entities in a fresh process.
  const types = new Array<EntityType>(entityCount);
  for (let i = 0; i < entityCount; i++) {
    const type = ENTITY_TYPES[entityTypes[i]!];
    if (type === undefined) throw new MatcherRestoreError(`entity ${i} has no type`);
    types[i] = type;
  }
  return {
    trie,
    patterns: { kind, value, maksura, plus, alefs, cond, conditions },
    phraseTexts,
    entities: { ids, types, names },
    events,
    compiledEvents,
    roles,
    named,
    stats,
  };
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new MatcherRestoreError(`${what} do not fit together`);
}

function text(d: Partial<Record<string, unknown>>, key: string): string {
  const v = d[key];
  if (typeof v !== 'string') throw new MatcherRestoreError(`${key} is missing`);
  return v;
}

function count(d: Partial<Record<string, unknown>>, key: string): number {
  const v = d[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new MatcherRestoreError(`${key} is missing`);
  return v;
}

type ArrayKind = typeof Int32Array | typeof Int16Array | typeof Uint8Array | typeof Int8Array;
function array<A extends ArrayKind>(d: Partial<Record<string, unknown>>, key: string, kind: A): InstanceType<A> {
  const v = d[key];
  if (!(v instanceof kind)) throw new MatcherRestoreError(`${key} is missing or not an ${kind.name}`);
  return v as InstanceType<A>;
}


const isPow2 = (n: number) => n >= 16 && (n & (n - 1)) === 0;

/** Offsets that start at 0, never go back, and end at `end`. */
function ascending(a: Int32Array, end: number): boolean {
  if (a[0] !== 0 || a[a.length - 1] !== end) return false;
  for (let i = 1; i < a.length; i++) if (a[i]! < a[i - 1]!) return false;
  return true;
}

function within(a: Int32Array, min: number, max: number): boolean {
  for (let i = 0; i < a.length; i++) if (a[i]! < min || a[i]! > max) return false;
  return true;
}

/**
 * How many open-addressing slots (id + 1, 0 = empty) are taken, or -1 when one points past id `count - 1`.
 * The caller checks that one is left empty, so that every probe ends.
 */
function occupied(slots: Int32Array, count: number): number {
  let n = 0;
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i]!;
    if (s < 0 || s > count) return -1;
    if (s !== 0) n++;
  }
  return n;
}

// ---- the JSON part ----------------------------------------------------------------------------------
// Objects are rebuilt with the keys compile gives them, in its order (an absent era as `era: undefined`),
// so that they share its objects' shapes and the rules run at the same speed. Checked by hand rather than
// by a zod schema: in a woken worker zod's first pass over these few hundred rules took 26-57 ms in Node,
// a hand check under 2 ms.

export interface SmallParts {
  conditions: CompiledConditions[];
  phraseTexts: string[];
  events: EventInfo[];
  compiledEvents: CompiledEvent[];
  roles: CompiledRole[];
  stats: MatcherStats;
}

/** A JSON value that is not what serializeMatcher wrote. */
class Bad extends Error {}

const obj = (v: unknown): Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Bad('not an object');
  return v as Record<string, unknown>;
};
const list = <T>(v: unknown, item: (x: unknown) => T): T[] => {
  if (!Array.isArray(v)) throw new Bad('not a list');
  return v.map(item);
};
const str = (v: unknown): string => {
  if (typeof v !== 'string') throw new Bad('not a string');
  return v;
};
const int = (v: unknown): number => {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new Bad('not an integer');
  return v;
};
const nat = (v: unknown): number => {
  const n = int(v);
  if (n < 0) throw new Bad('negative');
  return n;
};
const oneOf = <T extends string>(v: unknown, options: readonly T[]): T => {
  if (!options.includes(v as T)) throw new Bad(`not one of ${options.join(', ')}`);
  return v as T;
};
const bool = (v: unknown): boolean => {
  if (typeof v !== 'boolean') throw new Bad('not a boolean');
  return v;
};
const optional = <T>(v: unknown, item: (x: unknown) => T): T | undefined => (v === undefined ? undefined : item(v));
const years = (v: unknown): YearRange => {
  const o = obj(v);
  return { from: int(o.from), to: int(o.to) };
};
function rule(v: unknown): CompiledRule {
  const o = obj(v);
  switch (o.kind) {
    case 'near':
      return { kind: 'near', phrases: list(o.phrases, nat), before: nat(o.before), after: nat(o.after), era: optional(o.era, years), entities: optional(o.entities, (x) => list(x, str)) };
    case 'sentence':
    case 'page':
      return { kind: o.kind, phrases: list(o.phrases, nat), era: optional(o.era, years) };
    case 'entity':
      return { kind: 'entity', id: str(o.id) };
    case 'prev-definite':
    case 'credit':
      return { kind: o.kind };
    case 'era':
      return { kind: 'era', from: int(o.from), to: int(o.to), needsYear: bool(o.needsYear) };
    case 'coherence':
      return { kind: 'coherence', entities: list(o.entities, str), phrases: list(o.phrases, nat), era: years(o.era), min: nat(o.min) };
    case 'before':
      return { kind: 'before', words: new Set(list(o.words, str)), within: nat(o.within) };
    default:
      throw new Bad(`a rule of kind ${String(o.kind)}`);
  }
}

function compiledEvent(v: unknown): CompiledEvent {
  const o = obj(v);
  const cues = list(o.cues, (c) => {
    const cue = obj(c);
    return {
      groups: list(cue.groups, (g) => list(g, nat)),
      entities: list(cue.entities, str),
      scope: oneOf(cue.scope, ['sentence', 'page'] as const),
      era: optional(cue.era, years),
      needsYear: cue.needsYear === true,
    };
  });
  const signature = optional(o.signature, (x) => {
    const sig = obj(x);
    const places = optional(sig.places, (p) => list(p, str));
    return {
      what: list(sig.what, nat),
      before: nat(sig.before),
      after: nat(sig.after),
      precision: oneOf(sig.precision, ['day', 'month', 'year'] as const),
      require: list(sig.require, (r) => oneOf(r, ['who', 'where', 'when'] as const)),
      ...(places ? { places } : {}),
    };
  });
  return { participants: new Set(list(o.participants, str)), cues, ...(signature ? { signature } : {}), phrases: list(o.phrases, nat) };
}

function smallParts(json: string): SmallParts {
  try {
    const o = obj(JSON.parse(json));
    const stats = obj(o.stats);
    return {
      conditions: list(o.conditions, (c) => {
        const co = obj(c);
        return { anyOf: list(co.anyOf, rule), eras: list(co.eras, rule), vetoes: list(co.vetoes, rule) };
      }),
      phraseTexts: list(o.phraseTexts, str),
      events: list(o.events, (e) => {
        const eo = obj(e);
        return { id: str(eo.id), date: str(eo.date), participants: list(eo.participants, str) };
      }),
      compiledEvents: list(o.compiledEvents, compiledEvent),
      roles: list(o.roles, (r) => {
        const ro = obj(r);
        return { phrase: nat(ro.phrase), holders: list(ro.holders, (h) => {
          const ho = obj(h);
          return { owner: nat(ho.owner), from: str(ho.from), to: optional(ho.to, str) };
        }) };
      }),
      stats: { entities: nat(stats.entities), events: nat(stats.events), aliases: nat(stats.aliases), phrases: nat(stats.phrases), words: nat(stats.words), nodes: nat(stats.nodes) },
    };
  } catch (e) {
    throw new MatcherRestoreError(`rules: ${e instanceof Error ? e.message : String(e)}`);
  }
}
