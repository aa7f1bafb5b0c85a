import { alefForms, NO_FORMS } from '../arabic/alef-forms';
import { isNormalized, normalize, writtenAsMaksura } from '../arabic/normalize';
import { isOneWord, tokenWords } from '../arabic/tokenize';
import type { Alias, EntityType, MatchableSet } from '../reference/schema';
import { compileConditions, MAX_PHRASE, passesVetoes, phraseFound, type CompiledConditions, type CompiledRule } from './context-rules';
import { compileEvent, findEvents, namedByEvents, type CompiledEvent, type EventInfo } from './events';
import { PageView } from './page-view';
import { PhraseTrie } from './phrase-trie';
import { conditionsOf, ENTITY, EVENT, PHRASE, walkPage, type AliasCandidate, type PatternTable } from './walk';
import { resolveEntities } from './resolve-entities';
import { addRoleMentions, compileRoles, ROLE_PATTERN, type CompiledRole } from './roles';
import type { EntityMatch, EventMatch, Mention, ScanOptions, ScanResult, Why } from './types';

export interface Matcher {
  /** Finds the entities and events of the set that `text` mentions. Offsets index `text`. */
  scan(text: string, options?: ScanOptions): ScanResult;
  readonly stats: MatcherStats;
  /** Everything `scan` reads: what serializeMatcher stores so that a woken worker need not compile. */
  readonly tables: MatcherTables;
}

export interface MatcherStats {
  entities: number;
  events: number;
  aliases: number;
  phrases: number;
  words: number;
  nodes: number;
}

/** The entities as a scan reads them: ids and types per index, names only for the ones a page names. */
export interface EntityTable {
  ids: readonly string[];
  types: readonly EntityType[];
  /**
   * Names of entity i: ar[arStarts[i], arStarts[i + 1]) and en[enStarts[i], enStarts[i + 1]). Two strings, not
   * one: English names alone are one byte a letter, and stored and read back at half the size.
   */
  names: { ar: string; en: string; arStarts: Int32Array; enStarts: Int32Array };
}

/** A compiled matcher's data: the trie, the patterns and whatever of the set the rules look at on a page. */
export interface MatcherTables {
  trie: PhraseTrie;
  patterns: PatternTable;
  /** Each context phrase as first written, for `why`. */
  phraseTexts: readonly string[];
  entities: EntityTable;
  events: readonly EventInfo[];
  compiledEvents: readonly CompiledEvent[];
  roles: readonly CompiledRole[];
  /** 1 for each entity that some event names (namedByEvents). */
  named: Uint8Array;
  stats: MatcherStats;
}

/**
 * Single words up to this length keep ى and ي apart (على، إلى، متى، لدى، علي), and a hamza the page writes
 * where the name has none, or another one, makes another word (وأن is not وان, أنا is not إنا).
 */
const SHORT_WORD = 4;

export class ReferenceCompileError extends Error {
  override name = 'ReferenceCompileError';
}

/** Conditions of a name with no rule at all: entry 0 of every pattern table. */
const NO_CONDITIONS: CompiledConditions = { anyOf: [], eras: [], vetoes: [] };

/** Compiles a reference set into a matcher. Cost is linear in the set's size. */
export function compileMatcher(set: MatchableSet): Matcher {
  return matcherFrom(compileTables(set));
}

/** The tables of a matcher for `set`. */
export function compileTables(set: MatchableSet): MatcherTables {
  const trie = new PhraseTrie();
  // Pattern columns, grown as phrases and names are added (typed arrays at the end).
  const kinds: number[] = [];
  const values: number[] = [];
  const maksuras: number[] = [];
  const pluses: number[] = [];
  const conds: number[] = [];
  const alefList: number[] = [];
  const conditions: CompiledConditions[] = [NO_CONDITIONS];
  const conditionIds = new Map<string, number>();
  const phraseIds = new Map<string, number>();
  /** Each phrase as first written, for `why`. */
  const phraseTexts: string[] = [];
  let aliases = 0;
  const memo = new Map<string, readonly string[]>();

  const wordsOf = (raw: string, where: string): string[] => {
    const words = aliasWords(raw, memo);
    if (words.length === 0) throw new ReferenceCompileError(`${where}: "${raw}" has no letters or digits to match`);
    return words;
  };

  const addPattern = (kind: number, value: number, maksura: number, plus: number, cond: number, alef = NO_FORMS): number => {
    kinds.push(kind);
    values.push(value);
    maksuras.push(maksura);
    pluses.push(plus);
    conds.push(cond);
    alefList.push(alef);
    return kinds.length - 1;
  };

  const phraseId = (raw: string): number => {
    const words = wordsOf(raw, 'context phrase');
    if (words.length > MAX_PHRASE) throw new ReferenceCompileError(`context phrase "${raw}" has more than ${MAX_PHRASE} words`);
    const key = words.join(' ');
    let id = phraseIds.get(key);
    if (id === undefined) {
      id = phraseIds.size;
      phraseIds.set(key, id);
      phraseTexts.push(raw);
      trie.add(words, addPattern(PHRASE, id, -1, -1, 0));
    }
    return id;
  };

  /**
   * The index of an alias's compiled conditions, one entry per distinct pair of rule lists: the phrases of a
   * repeated pair are registered already, so compiling it again would add nothing.
   */
  const conditionsId = (alias: Alias): number => {
    if (alias.requires.length === 0 && alias.vetoes.length === 0) return 0;
    const key = JSON.stringify([alias.requires, alias.vetoes]);
    let id = conditionIds.get(key);
    if (id === undefined) {
      id = conditions.length;
      conditions.push(compileConditions(alias.requires, alias.vetoes, phraseId));
      conditionIds.set(key, id);
    }
    return id;
  };

  /**
   * Word keys of the names written with a final "+" (أوبك+), found before any name is added: a name of the
   * same words without it is their plain twin (plus 0). They are rare, so no other name is keyed at all.
   */
  const plusKeys = new Set<string>();
  const endsInPlus = (alias: Alias) => alias.text.trimEnd().endsWith('+');
  set.entities.forEach((entity) =>
    entity.aliases.forEach((alias, k) => endsInPlus(alias) && plusKeys.add(wordsOf(alias.text, `entity ${entity.id} alias ${k}`).join(' '))),
  );
  set.events.forEach((event) =>
    event.aliases.forEach((alias, k) => endsInPlus(alias) && plusKeys.add(wordsOf(alias.text, `event ${event.id} alias ${k}`).join(' '))),
  );
  const addAlias = (kind: typeof ENTITY | typeof EVENT, owner: number, alias: Alias, where: string) => {
    const words = wordsOf(alias.text, where);
    const cond = conditionsId(alias);
    let maksura: -1 | 0 | 1 = -1;
    let alef = NO_FORMS;
    if (words.length === 1 && words[0]!.length <= SHORT_WORD) {
      alef = alefForms(alias.text);
      const n = normalize(alias.text);
      const last = n.text.length - 1;
      if (n.text.charCodeAt(last) === 0x064a) maksura = writtenAsMaksura(alias.text, n, last) ? 1 : 0;
    }
    const plus = endsInPlus(alias) ? 1 : plusKeys.size > 0 && plusKeys.has(words.join(' ')) ? 0 : -1;
    trie.add(words, addPattern(kind, owner, maksura, plus, cond, alef));
    aliases++;
  };

  set.entities.forEach((entity, i) => {
    entity.aliases.forEach((alias, k) => addAlias(ENTITY, i, alias, `entity ${entity.id} alias ${k}`));
  });
  const compiledEvents: CompiledEvent[] = set.events.map((event, i) => {
    event.aliases.forEach((alias, k) => addAlias(EVENT, i, alias, `event ${event.id} alias ${k}`));
    return compileEvent(event, phraseId);
  });

  // Office titles ("الرئيس السوري") name the holder on the page's date (lib/match/roles.ts).
  const roles = compileRoles(set.entities, phraseId);

  trie.seal();
  const patterns: PatternTable = {
    kind: Uint8Array.from(kinds),
    value: Int32Array.from(values),
    maksura: Int8Array.from(maksuras),
    plus: Int8Array.from(pluses),
    cond: Int32Array.from(conds),
    alefs: Int16Array.from(alefList),
    conditions,
  };
  const ids = set.entities.map((e) => e.id);
  const starts = (names: readonly string[]) => {
    const out = new Int32Array(names.length + 1);
    names.forEach((n, i) => (out[i + 1] = out[i]! + n.length));
    return out;
  };
  const ar = set.entities.map((e) => e.name.ar);
  const en = set.entities.map((e) => e.name.en);
  const size = trie.size;
  return {
    trie,
    patterns,
    phraseTexts,
    entities: { ids, types: set.entities.map((e) => e.type), names: { ar: ar.join(''), en: en.join(''), arStarts: starts(ar), enStarts: starts(en) } },
    events: set.events.map((e) => ({ id: e.id, date: e.date, participants: e.participants })),
    compiledEvents,
    roles,
    named: namedByEvents(ids, set.events),
    stats: { entities: set.entities.length, events: set.events.length, aliases, phrases: phraseIds.size, words: size.words, nodes: size.nodes },
  };
}

/** The matcher over compiled (or restored) tables. */
export function matcherFrom(tables: MatcherTables): Matcher {
  const { trie, patterns, phraseTexts, entities, events, compiledEvents, roles, named } = tables;
  const entityIds = entities.ids;
  const entityTypes = entities.types;
  const isPlace = (owner: number) => entityTypes[owner] === 'place';
  /** Why a phrase rule accepted a mention, by rule kind and phrase id: made once, shared by every mention (read only). */
  const phraseWhys: Record<'near' | 'sentence' | 'page', Why[]> = { near: [], sentence: [], page: [] };
  const scan = (text: string, options?: ScanOptions): ScanResult => {
    const page = new PageView(text, options?.pageDate);
    const { entityCandidates, eventCandidates } = walkPage(page, trie, patterns);
    const strong = new Set<string>();
    const { accepted, rejected, rules } = resolveEntities(page, entityCandidates, patterns, entityIds, strong);
    // Titles count as their holder for events too ("رئيس الوزراء العراقي ينجو من محاولة اغتيال"): an office
    // held on the page's date names its holder in that sentence as surely as the name would.
    const titled = addRoleMentions(page, roles, accepted, options?.pageDate, isPlace);
    const foundEvents = findEvents({ page, accepted: titled, rejected, entityIds, entityTypes, strong, named }, events, compiledEvents, eventCandidates, patterns);
    const byEvent = participantsNamed(page, foundEvents, rejected, strong);
    // Participants named by an event join the names before titles are placed again, so a title beside one of
    // them stays part of that name, as it does beside any other accepted name.
    const mentions = byEvent.size
      ? addRoleMentions(page, roles, [...accepted, ...byEvent.keys()].sort((a, b) => a.first - b.first), options?.pageDate, isPlace)
      : titled;
    const whyOf = (c: AliasCandidate): Why => {
      if (c.pattern === ROLE_PATTERN) return ROLE_WHY;
      const event = byEvent.get(c);
      if (event) return { rule: 'event', detail: event };
      const rule = rules.get(c);
      return rule ? explain(rule, c, page, strong) : NAME_WHY;
    };
    return {
      entities: groupEntities(page, mentions, entities, whyOf),
      events: foundEvents,
    };
  };

  /**
   * Names of an event's participants that were held back only for want of context: the event found on the
   * page is that context (المنطقة الخضراء in a caption about the attempt on al-Kadhimi). Vetoes still hold.
   */
  function participantsNamed(page: PageView, found: readonly EventMatch[], rejected: readonly AliasCandidate[], strong: ReadonlySet<string>) {
    const out = new Map<AliasCandidate, string>();
    if (found.length === 0 || rejected.length === 0) return out;
    const eventOf = new Map<string, string>();
    for (const f of found) for (const id of events.find((e) => e.id === f.id)?.participants ?? []) if (!eventOf.has(id)) eventOf.set(id, f.id);
    for (const c of rejected) {
      const event = eventOf.get(entityIds[c.owner]!);
      if (event && patterns.kind[c.pattern] === ENTITY && passesVetoes(conditionsOf(patterns, c.pattern), c, page, strong)) out.set(c, event);
    }
    return out;
  }

  /** The rule that accepted a mention, with the phrase or entity it found. */
  function explain(rule: CompiledRule, where: AliasCandidate, page: PageView, strong: ReadonlySet<string>): Why {
    switch (rule.kind) {
      case 'near':
      case 'sentence':
      case 'page': {
        const p = rule.phrases.find((phrase) => phraseFound(rule, phrase, where, page));
        if (p === undefined) return { rule: rule.kind };
        // One object per rule kind and phrase for every scan: a dense page has thousands of such mentions.
        return (phraseWhys[rule.kind][p] ??= { rule: rule.kind, detail: phraseTexts[p]! });
      }
      case 'entity':
        return { rule: 'entity', detail: rule.id };
      case 'coherence': {
        const signals = [
          ...rule.entities.filter((id) => strong.has(id)),
          ...rule.phrases.filter((p) => page.hasHits(p)).map((p) => phraseTexts[p]!),
        ];
        return signals.length ? { rule: 'coherence', detail: signals.slice(0, 3).join(', ') } : { rule: 'coherence' };
      }
      default:
        return { rule: rule.kind };
    }
  }

  return { scan, stats: tables.stats, tables };
}

/**
 * The normalized words of an alias, as the page tokenizer would cut them. Normalized one
 * space-separated piece at a time through a memo: in a large set the same name parts recur
 * (محمد، عبد، الله، حزب …), and normalizing each once keeps compiling 100,000 entities fast.
 * Spaces always separate words, so piecewise and whole normalization agree.
 */
export function aliasWords(raw: string, memo: Map<string, readonly string[]> = new Map()): string[] {
  const out: string[] = [];
  for (const piece of raw.split(/[\t\n\v\f\r \u00a0]+/)) {
    if (!piece) continue;
    let words = memo.get(piece);
    if (!words) {
      // Most name parts are one word already in normal form: no normalizing or tokenizing to do.
      words = isNormalized(piece) && isOneWord(piece) ? [piece] : tokenWords(normalize(piece).text);
      memo.set(piece, words);
    }
    for (const w of words) out.push(w);
  }
  return out;
}

const NAME_WHY: Why = { rule: 'name' };
const ROLE_WHY: Why = { rule: 'role' };

/** Accepted mentions grouped per entity, entities in order of first mention. */
function groupEntities(page: PageView, accepted: readonly AliasCandidate[], entities: EntityTable, whyOf: (c: AliasCandidate) => Why): EntityMatch[] {
  const byEntity = new Map<number, EntityMatch>();
  const { ar, en, arStarts, enStarts } = entities.names;
  for (const c of accepted) {
    let m = byEntity.get(c.owner);
    if (!m) {
      const i = c.owner;
      const name = { ar: ar.slice(arStarts[i], arStarts[i + 1]), en: en.slice(enStarts[i], enStarts[i + 1]) };
      m = { id: entities.ids[i]!, type: entities.types[i]!, name, mentions: [] };
      byEntity.set(c.owner, m);
    }
    // One object per mention, made whole (no span first and a field added after).
    const start = page.spanStart(c.first, c.skip);
    const end = page.spanEnd(c.last);
    const mention: Mention = { start, end, text: page.text.slice(start, end), why: whyOf(c) };
    m.mentions.push(mention);
  }
  return [...byEntity.values()];
}
