import { forEachStrippedForm, PROCLITIC_INITIALS, type CliticForm } from '../arabic/clitics';

/**
 * A trie over whole words. Words are interned to numbers, and a transition is one lookup in a single
 * numeric Map keyed by (node, word): a page costs one Map lookup per word (more only where a word
 * starts a phrase), whatever the number of phrases, and a 100,000-entity set compiles in one pass.
 */
export class PhraseTrie {
  private readonly vocab = new Map<string, number>();
  private readonly edges = new Map<number, number>();
  /** Words that start some phrase, by word id. */
  private readonly firsts = new Set<number>();
  /** Pattern ids ending at each node. */
  private readonly terminals = new Map<number, number[]>();
  private nodes = 1; // node 0 is the root

  /** Adds a phrase (its words, already normalized) under `pattern`. */
  add(words: readonly string[], pattern: number): void {
    let node = 0;
    words.forEach((w, i) => {
      let id = this.vocab.get(w);
      if (id === undefined) {
        id = this.vocab.size;
        this.vocab.set(w, id);
      }
      if (i === 0) this.firsts.add(id);
      const key = node * VOCAB_STRIDE + id;
      let next = this.edges.get(key);
      if (next === undefined) {
        next = this.nodes++;
        this.edges.set(key, next);
      }
      node = next;
    });
    const list = this.terminals.get(node);
    if (list) list.push(pattern);
    else this.terminals.set(node, [pattern]);
  }

  /** Id of a word, or -1 when no phrase uses it. */
  wordId(word: string): number {
    return this.vocab.get(word) ?? -1;
  }

  /** The forms of a page word (itself, then proclitic-stripped) that start a phrase. */
  startForms(word: string): CliticForm[] | undefined {
    let forms: CliticForm[] | undefined;
    if (this.startsPhrase(word)) forms = [{ form: word, skip: 0 }];
    if (!PROCLITIC_INITIALS.has(word[0]!)) return forms;
    forEachStrippedForm(word, (form, skip) => {
      if (!this.startsPhrase(form)) return;
      if (!forms) forms = [];
      if (!forms.some((f) => f.form === form)) forms.push({ form, skip });
    });
    return forms;
  }

  private startsPhrase(word: string): boolean {
    const id = this.vocab.get(word);
    return id !== undefined && this.firsts.has(id);
  }

  /** The node reached from `node` by word `wordId`, or -1. */
  step(node: number, wordId: number): number {
    if (wordId < 0) return -1;
    return this.edges.get(node * VOCAB_STRIDE + wordId) ?? -1;
  }

  patternsAt(node: number): readonly number[] | undefined {
    return this.terminals.get(node);
  }

  get size(): { words: number; nodes: number } {
    return { words: this.vocab.size, nodes: this.nodes };
  }
}

/** Word ids stay below this; node * stride + word stays an exact integer up to 2^53. */
const VOCAB_STRIDE = 2 ** 24;
