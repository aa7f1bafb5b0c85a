/**
 * The trie's transitions, (node, word) → child, in an open-addressing table of small integers.
 * A Map keyed by node × stride + word works too, but its keys outgrow V8's small integers on a large
 * set and every lookup then hashes a heap number; this table probes two Int32Arrays instead.
 */
export class EdgeTable {
  private readonly mask: number;
  private readonly nodes: Int32Array;
  private readonly words: Int32Array;
  /** Child node + 1 per slot; 0 = empty. */
  private readonly children: Int32Array;

  constructor(edges: ReadonlyArray<readonly [node: number, word: number, child: number]>) {
    let size = 16;
    while (size < edges.length * 2) size *= 2;
    this.mask = size - 1;
    this.nodes = new Int32Array(size);
    this.words = new Int32Array(size);
    this.children = new Int32Array(size);
    for (const [node, word, child] of edges) {
      let k = slotOf(node, word) & this.mask;
      while (this.children[k] !== 0) k = (k + 1) & this.mask;
      this.nodes[k] = node;
      this.words[k] = word;
      this.children[k] = child + 1;
    }
  }

  /** The child of `node` by `word`, or -1. */
  get(node: number, word: number): number {
    for (let k = slotOf(node, word) & this.mask; ; k = (k + 1) & this.mask) {
      const child = this.children[k]!;
      if (child === 0) return -1;
      if (this.nodes[k] === node && this.words[k] === word) return child - 1;
    }
  }
}

const slotOf = (node: number, word: number): number => (Math.imul(node, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b)) >>> 0;
