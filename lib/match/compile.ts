import { isNormalized, normalize, writtenAsMaksura } from '../arabic/normalize';
import { isOneWord, tokenWords } from '../arabic/tokenize';
import type { Alias, MatchableSet } from '../reference/schema';
import { compileConditions, MAX_PHRASE, passesVetoes, ruleHolds, type CompiledConditions, type CompiledRule } from './context-rules';
import { compileEvent, findEvents, namedByEvents, type CompiledEvent } from './events';
import { PageView } from './page-view';
import { PhraseTrie } from './phrase-trie';
import { patternTable, walkPage, type AliasCandidate } from './walk';
import { resolveEntities } from './resolve-entities';
import { addRoleMentions, compileRoles, ROLE_PATTERN } from './roles';
import type { EntityMatch, EventMatch, Mention, ScanOptions, ScanResult, Why } from './types';

/** What a trie terminal stands for. */
export type Pattern =
  | { kind: 'phrase'; phrase: number }
  | {
      kind: 'entity' | 'event';
      /** Index of the entity or event. */
      owner: number;
      /** Unconditional: no `requires` beyond eras. Strong mentions settle "one sense per discourse". */
      strong: boolean;
      conditions: CompiledConditions;
      /**
       * For short single-word aliases ending in ي or ى: 1 if written ى, 0 if ي; -1 otherwise. A page word must
       * agree, so folding ى into ي never makes على match علي. Longer names are left folded: Egyptian print
       * writes الكاظمى for الكاظمي, and no particle is that long.
       */
      maksura: -1 | 0 | 1;
      /**
       * 1 if the alias ends in "+" (أوبك+), 0 if another alias is the same words with "+" (أوبك), -1 otherwise.
       * Normalized words drop the "+", so the page must agree on it: OPEC's report is not OPEC+'s.
       */
      plus: -1 | 0 | 1;
    };

export interface Matcher {
  /** Finds the entities and events of the set that `text` mentions. Offsets index `text`. */
  scan(text: string, options?: ScanOptions): ScanResult;
  readonly stats: { entities: number; events: number; aliases: number; phrases: number; words: number; nodes: number };
}

/** Single words up to this length keep ى and ي apart (على، إلى، متى، لدى، علي). */
const SHORT_WORD = 4;

export class ReferenceCompileError extends Error {
  override name = 'ReferenceCompileError';
}

/** Compiles a reference set into a matcher. Cost is linear in the set's size. */
export function compileMatcher(set: MatchableSet): Matcher {
  const trie = new PhraseTrie();
  const patterns: Pattern[] = [];
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

  const phraseId = (raw: string): number => {
    const words = wordsOf(raw, 'context phrase');
    if (words.length > MAX_PHRASE) throw new ReferenceCompileError(`context phrase "${raw}" has more than ${MAX_PHRASE} words`);
    const key = words.join(' ');
    let id = phraseIds.get(key);
    if (id === undefined) {
      id = phraseIds.size;
      phraseIds.set(key, id);
      phraseTexts.push(raw);
      patterns.push({ kind: 'phrase', phrase: id });
      trie.add(words, patterns.length - 1);
    }
    return id;
  };

  /** Word keys of aliases written with a final "+", and each name pattern's key, to mark the plain twins. */
  const plusKeys = new Set<string>();
  const keyOf = new Map<number, string>();
  const addAlias = (kind: 'entity' | 'event', owner: number, alias: Alias, where: string) => {
    const words = wordsOf(alias.text, where);
    const conditions = compileConditions(alias.requires, alias.vetoes, phraseId);
    let maksura: -1 | 0 | 1 = -1;
    if (words.length === 1 && words[0]!.length <= SHORT_WORD) {
      const n = normalize(alias.text);
      const last = n.text.length - 1;
      if (n.text.charCodeAt(last) === 0x064a) maksura = writtenAsMaksura(alias.text, n, last) ? 1 : 0;
    }
    const plusAlias = alias.text.trim().endsWith('+');
    const key = words.join(' ');
    if (plusAlias) plusKeys.add(key);
    patterns.push({ kind, owner, strong: conditions.anyOf.length === 0, conditions, maksura, plus: plusAlias ? 1 : -1 });
    keyOf.set(patterns.length - 1, key);
    trie.add(words, patterns.length - 1);
    aliases++;
  };

  set.entities.forEach((entity, i) => {
    entity.aliases.forEach((alias, k) => addAlias('entity', i, alias, `entity ${entity.id} alias ${k}`));
  });
  const events: CompiledEvent[] = set.events.map((event, i) => {
    event.aliases.forEach((alias, k) => addAlias('event', i, alias, `event ${event.id} alias ${k}`));
    return compileEvent(event, phraseId);
  });

  for (const [id, key] of keyOf) {
    const p = patterns[id]!;
    if (p.kind !== 'phrase' && p.plus < 0 && plusKeys.has(key)) p.plus = 0;
  }

  // Office titles ("الرئيس السوري") name the holder on the page's date (lib/match/roles.ts).
  const roles = compileRoles(set.entities, phraseId);

  trie.seal();
  const table = patternTable(patterns);
  const entityIds = set.entities.map((e) => e.id);
  const entityTypes = set.entities.map((e) => e.type);
  const named = namedByEvents(entityIds, set.events);
  const scan = (text: string, options?: ScanOptions): ScanResult => {
    const page = new PageView(text, options?.pageDate);
    const { entityCandidates, eventCandidates } = walkPage(page, trie, table);
    const strong = new Set<string>();
    const { accepted, rejected, rules } = resolveEntities(page, entityCandidates, patterns, entityIds, strong);
    // Titles count as their holder for events too ("رئيس الوزراء العراقي ينجو من محاولة اغتيال"): an office
    // held on the page's date names its holder in that sentence as surely as the name would.
    const titled = addRoleMentions(page, roles, accepted, options?.pageDate);
    const foundEvents = findEvents({ page, accepted: titled, rejected, entityIds, entityTypes, strong, named }, set.events, events, eventCandidates, patterns);
    const byEvent = participantsNamed(page, foundEvents, rejected, strong);
    // Participants named by an event join the names before titles are placed again, so a title beside one of
    // them stays part of that name, as it does beside any other accepted name.
    const mentions = byEvent.size
      ? addRoleMentions(page, roles, [...accepted, ...byEvent.keys()].sort((a, b) => a.first - b.first), options?.pageDate)
      : titled;
    const whyOf = (c: AliasCandidate): Why => {
      if (c.pattern === ROLE_PATTERN) return ROLE_WHY;
      const event = byEvent.get(c);
      if (event) return { rule: 'event', detail: event };
      const rule = rules.get(c);
      return rule ? explain(rule, c, page, strong) : NAME_WHY;
    };
    return {
      entities: groupEntities(page, mentions, set, whyOf),
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
    for (const f of found) for (const id of set.events.find((e) => e.id === f.id)?.participants ?? []) if (!eventOf.has(id)) eventOf.set(id, f.id);
    for (const c of rejected) {
      const event = eventOf.get(entityIds[c.owner]!);
      const p = patterns[c.pattern]!;
      if (event && p.kind === 'entity' && passesVetoes(p.conditions, c, page, strong)) out.set(c, event);
    }
    return out;
  }

  /** The rule that accepted a mention, with the phrase or entity it found. */
  function explain(rule: CompiledRule, where: AliasCandidate, page: PageView, strong: ReadonlySet<string>): Why {
    switch (rule.kind) {
      case 'near':
      case 'sentence':
      case 'page': {
        const p = rule.phrases.find((phrase) => ruleHolds({ ...rule, phrases: [phrase] }, where, page, strong));
        return p === undefined ? { rule: rule.kind } : { rule: rule.kind, detail: phraseTexts[p]! };
      }
      case 'entity':
        return { rule: 'entity', detail: rule.id };
      case 'coherence': {
        const signals = [
          ...rule.entities.filter((id) => strong.has(id)),
          ...rule.phrases.filter((p) => page.hits(p).length > 0).map((p) => phraseTexts[p]!),
        ];
        return signals.length ? { rule: 'coherence', detail: signals.slice(0, 3).join(', ') } : { rule: 'coherence' };
      }
      default:
        return { rule: rule.kind };
    }
  }

  const size = trie.size;
  return {
    scan,
    stats: {
      entities: set.entities.length,
      events: set.events.length,
      aliases,
      phrases: phraseIds.size,
      words: size.words,
      nodes: size.nodes,
    },
  };
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
function groupEntities(page: PageView, accepted: readonly AliasCandidate[], set: MatchableSet, whyOf: (c: AliasCandidate) => Why): EntityMatch[] {
  const byEntity = new Map<number, EntityMatch>();
  for (const c of accepted) {
    let m = byEntity.get(c.owner);
    if (!m) {
      const e = set.entities[c.owner]!;
      m = { id: e.id, type: e.type, name: { ar: e.name.ar, en: e.name.en }, mentions: [] };
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
