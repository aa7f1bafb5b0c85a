/**
 * The trie's transitions, (node, word) → child, in an open-addressing table of small integers that
 * grows as phrases are added. A Map keyed by node × stride + word works too, but its keys outgrow V8's
 * small integers on a large set, and every lookup then hashes a heap number; this table probes
 * Int32Arrays instead, at compile time and on every word of a page.
 */
/** What an edge table is made of (for storing it whole): three slot arrays of one power-of-two length. */
export interface EdgeTableParts {
  nodes: Int32Array;
  words: Int32Array;
  /** Child node + 1 per slot; 0 = empty. */
  children: Int32Array;
  count: number;
}

export class EdgeTable {
  private mask = 15;
  private nodes: Int32Array = new Int32Array(16);
  private words: Int32Array = new Int32Array(16);
  /** Child node + 1 per slot; 0 = empty. */
  private children: Int32Array = new Int32Array(16);
  private count = 0;

  /** A table read back from its parts (already checked: see restoreMatcher). */
  static fromParts(parts: EdgeTableParts): EdgeTable {
    const table = new EdgeTable();
    table.nodes = parts.nodes;
    table.words = parts.words;
    table.children = parts.children;
    table.mask = parts.children.length - 1;
    table.count = parts.count;
    return table;
  }

  get parts(): EdgeTableParts {
    return { nodes: this.nodes, words: this.words, children: this.children, count: this.count };
  }

  /** The child of `node` by `word`, or -1. */
  get(node: number, word: number): number {
    for (let k = slotOf(node, word) & this.mask; ; k = (k + 1) & this.mask) {
      const child = this.children[k]!;
      if (child === 0) return -1;
      if (this.nodes[k] === node && this.words[k] === word) return child - 1;
    }
  }

  /** Adds an edge that is not there yet. */
  add(node: number, word: number, child: number): void {
    if ((this.count + 1) * 2 > this.children.length) this.grow();
    this.place(node, word, child);
    this.count++;
  }

  get size(): number {
    return this.count;
  }

  private place(node: number, word: number, child: number): void {
    let k = slotOf(node, word) & this.mask;
    while (this.children[k] !== 0) k = (k + 1) & this.mask;
    this.nodes[k] = node;
    this.words[k] = word;
    this.children[k] = child + 1;
  }

  private grow(): void {
    const { nodes, words, children } = this;
    const size = children.length * 2;
    this.mask = size - 1;
    this.nodes = new Int32Array(size);
    this.words = new Int32Array(size);
    this.children = new Int32Array(size);
    for (let k = 0; k < children.length; k++) {
      if (children[k] !== 0) this.place(nodes[k]!, words[k]!, children[k]! - 1);
    }
  }
}

const slotOf = (node: number, word: number): number => (Math.imul(node, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b)) >>> 0;
