import { forEachProcliticCut, mayHaveProclitic, type CliticVisitor } from '../arabic/clitics';
import { EdgeTable, type EdgeTableParts } from './edge-table';
import { hashRange, prepend, WordTable, type WordTableParts } from './word-table';

const LAM = 0x0644;
const ALEF = 0x0627;

/** A sealed trie's tables, every one of them data: what is stored to skip compiling (serialize-matcher.ts). */
export interface PhraseTrieParts {
  words: WordTableParts;
  edges: EdgeTableParts;
  nodes: number;
  termStart: Int32Array;
  termList: Int32Array;
  isFirst: Uint8Array;
  firstChars: Uint8Array;
}

/**
 * A trie over whole words. Words are interned to numbers, and a transition is one probe of an integer
 * table keyed by (node, word): a page costs one lookup per word (more only where a word starts a
 * phrase), whatever the number of phrases, and a 100,000-entity set compiles in one pass.
 */
export class PhraseTrie implements CliticVisitor {
  private readonly vocab = new Map<string, number>();
  private edges = new EdgeTable();
  /** Words that start some phrase, by word id. */
  private readonly firsts = new Set<number>();
  /** Pattern ids ending at each node. */
  private readonly terminals = new Map<number, number[]>();
  private nodes = 1; // node 0 is the root
  private table: WordTable | undefined;
  /** Terminals in compressed rows: patterns of node n are termList[termStart[n] .. termStart[n + 1]). */
  private termStart: Int32Array = new Int32Array(1);
  private termList: Int32Array = new Int32Array(0);
  private isFirst: Uint8Array = new Uint8Array(0);
  /** 1 for each code unit a phrase's first word starts with: most page words are turned away on it. */
  private firstChars: Uint8Array = new Uint8Array(0x10000);
  /** Suffix hashes of the word being looked at: scratch space, so a lookup allocates nothing. */
  private readonly suffix = new Int32Array(5);

  /** A sealed trie read back from its tables (already checked: see restoreMatcher). */
  static fromParts(parts: PhraseTrieParts): PhraseTrie {
    const trie = new PhraseTrie();
    trie.table = new WordTable(parts.words);
    trie.edges = EdgeTable.fromParts(parts.edges);
    trie.nodes = parts.nodes;
    trie.termStart = parts.termStart;
    trie.termList = parts.termList;
    trie.isFirst = parts.isFirst;
    trie.firstChars = parts.firstChars;
    return trie;
  }

  /** The sealed trie's tables. */
  get parts(): PhraseTrieParts {
    if (!this.table) throw new Error('the trie is not sealed');
    return {
      words: this.table.parts,
      edges: this.edges.parts,
      nodes: this.nodes,
      termStart: this.termStart,
      termList: this.termList,
      isFirst: this.isFirst,
      firstChars: this.firstChars,
    };
  }

  /** Adds a phrase (its words, already normalized) under `pattern`. */
  add(words: readonly string[], pattern: number): void {
    let node = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      let id = this.vocab.get(w);
      if (id === undefined) {
        id = this.vocab.size;
        this.vocab.set(w, id);
      }
      if (i === 0) this.firsts.add(id);
      let next = this.edges.get(node, id);
      if (next === -1) {
        next = this.nodes++;
        this.edges.add(node, id, next);
      }
      node = next;
    }
    const list = this.terminals.get(node);
    if (list) list.push(pattern);
    else this.terminals.set(node, [pattern]);
  }

  /** Prepares the lookups that work on ranges of page text. Call after the last `add`. */
  seal(): void {
    const words: string[] = new Array(this.vocab.size);
    for (const [w, id] of this.vocab) words[id] = w;
    this.table = new WordTable(words);
    this.isFirst = new Uint8Array(words.length);
    for (const id of this.firsts) {
      this.isFirst[id] = 1;
      this.firstChars[words[id]!.charCodeAt(0)] = 1;
    }
    this.termStart = new Int32Array(this.nodes + 1);
    let total = 0;
    for (let n = 0; n < this.nodes; n++) {
      this.termStart[n] = total;
      total += this.terminals.get(n)?.length ?? 0;
    }
    this.termStart[this.nodes] = total;
    this.termList = new Int32Array(total);
    for (const [n, list] of this.terminals) this.termList.set(list, this.termStart[n]!);
    // Compile-time structures: the tables above are all a scan reads.
    this.vocab.clear();
    this.terminals.clear();
    this.firsts.clear();
  }

  /** Id of the word text[start, end), or -1 when no phrase uses it. */
  wordIdAt(text: string, start: number, end: number): number {
    let h = 0;
    for (let j = end - 1; j >= start; j--) h = prepend(h, text.charCodeAt(j));
    return this.table!.find(h, text, start, end);
  }

  /** Scratch output of `startFormsAt`: word ids and proclitic lengths, `formCount` of them. */
  readonly formIds = new Int32Array(8);
  readonly formSkips = new Int32Array(8);
  formCount = 0;

  /** The word `startFormsAt` is looking at, for `cut`. */
  private cutText = '';
  private cutStart = 0;
  private cutEnd = 0;

  /**
   * Finds the word ids a page word text[s, e) may stand for that start a phrase: itself, then its
   * proclitic-stripped forms (`forEachProcliticCut`, looked up by their suffix hashes). Results go to
   * `formIds`/`formSkips`; returns how many. Allocates nothing: it runs on every word of a page.
   */
  startFormsAt(text: string, s: number, e: number): number {
    // A word can start a phrase only if it, or what is left after its proclitics, starts with the
    // first letter of some phrase; a word that starts with neither that nor a proclitic is turned away
    // before any hashing.
    const c0 = text.charCodeAt(s);
    if (this.firstChars[c0] !== 1 && !mayHaveProclitic(c0)) return (this.formCount = 0);
    const suffix = this.suffix;
    let h = 0;
    for (let j = e - 1; j >= s; j--) {
      h = prepend(h, text.charCodeAt(j));
      if (j - s < 5) suffix[j - s] = h;
    }
    this.formCount = 0;
    this.addForm(this.table!.find(h, text, s, e), 0);
    this.cutText = text;
    this.cutStart = s;
    this.cutEnd = e;
    forEachProcliticCut(text, s, e, this);
    return this.formCount;
  }

  /** A stripped form of the word in `startFormsAt`: its hash is a suffix hash, ال prepended if asked. */
  cut(from: number, article: boolean, skip: number): void {
    const stem = this.suffix[from - this.cutStart]!; // proclitics take at most 4 letters: within `suffix`
    const h = article ? prepend(prepend(stem, LAM), ALEF) : stem;
    this.addForm(this.table!.find(h, this.cutText, from, this.cutEnd, article ? 'ال' : ''), skip);
  }

  /** Like `startFormsAt`, for a word already made a string (a Latin word with apostrophes dropped). */
  startFormsOfWord(word: string): number {
    this.formCount = 0;
    this.addForm(this.wordId(word), 0);
    return this.formCount;
  }

  private addForm(id: number, skip: number): void {
    if (id < 0 || this.isFirst[id] !== 1) return;
    for (let k = 0; k < this.formCount; k++) if (this.formIds[k] === id) return;
    this.formIds[this.formCount] = id;
    this.formSkips[this.formCount] = skip;
    this.formCount++;
  }

  /** Id of a word, or -1 when no phrase uses it. Through the table, which a trie read back from storage has alone. */
  wordId(word: string): number {
    return this.table!.find(hashRange(word, 0, word.length), word, 0, word.length);
  }


  /** The node reached from `node` by word `wordId`, or -1. */
  step(node: number, wordId: number): number {
    if (wordId < 0) return -1;
    return this.edges.get(node, wordId);
  }

  /** Patterns ending at `node`: indexes [from, to) into `terminalList`. */
  terminalsFrom(node: number): number {
    return this.termStart[node]!;
  }

  terminalsTo(node: number): number {
    return this.termStart[node + 1]!;
  }

  get terminalList(): Int32Array {
    return this.termList;
  }

  get size(): { words: number; nodes: number } {
    return { words: this.table ? this.table.count : this.vocab.size, nodes: this.nodes };
  }
}
