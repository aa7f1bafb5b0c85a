import { alefFormsAgree, NO_FORMS } from '../arabic/alef-forms';
import type { CompiledConditions } from './context-rules';
import type { PageView } from './page-view';
import type { PhraseTrie } from './phrase-trie';

/** Kinds of pattern, in `PatternTable.kind`. */
export const PHRASE = 0;
export const ENTITY = 1;
export const EVENT = 2;

/**
 * Every pattern of the trie (a context phrase, or a name of an entity or event), as typed arrays indexed
 * by pattern id: a large set has 100,000 patterns, and reading objects on every terminal of every page
 * word costs more than these few numbers; typed arrays are also stored and read back as they are.
 */
export interface PatternTable {
  /** PHRASE, ENTITY or EVENT. */
  kind: Uint8Array;
  /** The phrase id of a phrase; the owner (entity or event index) of a name. */
  value: Int32Array;
  /**
   * For short single-word names ending in ي or ى: 1 if written ى, 0 if ي; -1 otherwise (and for phrases). A page
   * word must agree, so folding ى into ي never makes على match علي. Longer names are left folded: Egyptian print
   * writes الكاظمى for الكاظمي, and no particle is that long.
   */
  maksura: Int8Array;
  /**
   * 1 if the name ends in "+" (أوبك+), 0 if another name is the same words with "+" (أوبك), -1 otherwise (and
   * for phrases). Normalized words drop the "+", so the page must agree on it: OPEC's report is not OPEC+'s.
   */
  plus: Int8Array;
  /**
   * For short single-word names with an alef: how the name writes its alefs (lib/arabic/alef-forms.ts), else
   * NO_FORMS. A page word with a hamza the name does not have is another word: وأن is not the city وان.
   */
  alefs: Int16Array;
  /** A name's conditions, as an index into `conditions` (0 for phrases). */
  cond: Int32Array;
  /**
   * The distinct conditions of the set's names; entry 0 has none. Names with the same rules share one entry:
   * in a large set most names have none, and the places pack repeats the same few for thousands of towns.
   */
  conditions: readonly CompiledConditions[];
}

/** A name with no condition beyond vetoes and eras: its mentions are strong ("one sense per discourse"). */
export const isStrong = (table: PatternTable, pattern: number): boolean => table.conditions[table.cond[pattern]!]!.anyOf.length === 0;

/** The conditions of a name. */
export const conditionsOf = (table: PatternTable, pattern: number): CompiledConditions => table.conditions[table.cond[pattern]!]!;

/** A longest alias match at a position, before context rules. */
export interface AliasCandidate {
  pattern: number;
  owner: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Proclitic letters before the name in the first token. */
  skip: number;
}

/**
 * One pass over the page's words. At each word, the trie is entered with the word and its proclitic
 * forms; every phrase ending there is recorded, and for entity and event names the longest match
 * wins, leftmost first (كتائب حزب الله, not حزب الله inside it), and of two readings of the same words the one
 * that strips fewer proclitic letters: a word that is itself a name is that name (بريدة is Buraydah, never
 * ب + ريدة). When several entities share that longest name as written (حزب الله of Lebanon and of Kata'ib
 * Hezbollah, الأهلي of Cairo and of Jeddah), each is a candidate, in pattern order, and context rules pick
 * one (resolveEntities). Entity names and event names are two channels, so "محاولة اغتيال الكاظمي" still
 * yields the person.
 * A name may run across a line break but never across sentence punctuation.
 */
export function walkPage(page: PageView, trie: PhraseTrie, patterns: PatternTable) {
  const { kind, value, maksura, plus, alefs } = patterns;
  const entityCandidates: AliasCandidate[] = [];
  const eventCandidates: AliasCandidate[] = [];
  const count = page.count;
  const text = page.norm.text;
  const { start, end, apostrophe, gap } = page.tokens;
  // Looked up afresh each time: a word is a phrase's second or later word only after a phrase start,
  // and a cache would cost an array the size of the page.
  const wordIdAt = (j: number) => (apostrophe[j] ? trie.wordId(page.word(j)) : trie.wordIdAt(text, start[j]!, end[j]!));
  let entityBlocked = 0;
  let eventBlocked = 0;

  for (let i = 0; i < count; i++) {
    const forms = apostrophe[i] ? trie.startFormsOfWord(page.word(i)) : trie.startFormsAt(text, start[i]!, end[i]!);
    if (forms === 0) continue;
    // The longest entity and event names so far, as numbers: an object is made only for the one kept.
    let entityPattern = -1;
    let entityOwner = 0;
    let entityLast = 0;
    let entitySkip = 0;
    /** Other entities' names of the same span as the best entity (rare: the list is made only when needed). */
    let sameSpan: AliasCandidate[] | undefined;
    let eventPattern = -1;
    let eventOwner = 0;
    let eventLast = 0;
    let eventSkip = 0;
    for (let f = 0; f < forms; f++) {
      const skip = trie.formSkips[f]!;
      let node = trie.step(0, trie.formIds[f]!);
      let j = i + 1;
      while (node >= 0) {
        const list = trie.terminalList;
        for (let t = trie.terminalsFrom(node), to = trie.terminalsTo(node); t < to; t++) {
          const id = list[t]!;
          const k = kind[id]!;
          if (k === PHRASE) {
            page.addHit(value[id]!, i, j, skip);
            continue;
          }
          const m = maksura[id]!;
          if (m >= 0 && (page.endsInMaksura(i) ? 1 : 0) !== m) continue;
          const pl = plus[id]!;
          if (pl >= 0 && (page.followedByPlus(j - 1) ? 1 : 0) !== pl) continue;
          const af = alefs[id]!;
          if (af !== NO_FORMS && !alefFormsAgree(page.alefFormsOf(i, skip), af)) continue;
          const owner = value[id]!;
          if (k === ENTITY) {
            // Longest first; on the same span, the reading with fewer proclitic letters (the word as written:
            // بكين is Beijing, not ب + كين).
            if (entityPattern < 0 || j > entityLast || (j === entityLast && skip < entitySkip)) {
              entityPattern = id;
              entityOwner = owner;
              entityLast = j;
              entitySkip = skip;
              sameSpan = undefined;
            } else if (j === entityLast && skip === entitySkip && owner !== entityOwner && !sameSpan?.some((c) => c.owner === owner)) {
              (sameSpan ??= []).push({ pattern: id, owner, first: i, last: j, skip });
            }
          } else if (eventPattern < 0 || j > eventLast || (j === eventLast && skip < eventSkip)) {
            eventPattern = id;
            eventOwner = owner;
            eventLast = j;
            eventSkip = skip;
          }
        }
        if (j >= count || gap[j] === 2) break;
        node = trie.step(node, wordIdAt(j));
        j++;
      }
    }
    if (entityPattern >= 0 && i >= entityBlocked) {
      entityCandidates.push({ pattern: entityPattern, owner: entityOwner, first: i, last: entityLast, skip: entitySkip });
      if (sameSpan) for (const c of sameSpan) entityCandidates.push(c);
      entityBlocked = entityLast;
    }
    if (eventPattern >= 0 && i >= eventBlocked) {
      eventCandidates.push({ pattern: eventPattern, owner: eventOwner, first: i, last: eventLast, skip: eventSkip });
      eventBlocked = eventLast;
    }
  }
  return { entityCandidates, eventCandidates };
}
