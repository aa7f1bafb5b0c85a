/**
 * Finds a page word among the reference set's words without making a string of it: an open-addressing
 * table keyed by a hash computed from the END of the word backwards. Computed that way, one backward
 * pass over a word yields the hash of every suffix of it, which are exactly its proclitic-stripped
 * forms (والعراق → العراق, بغداد → غداد …), and prepending ال to a stem is two more steps. A 1 MB page
 * then costs one pass over its letters and a probe or two per word, instead of a string and a Map
 * lookup per form.
 *
 * The words are kept as one string with their start offsets, not as an array of strings: the table is
 * then a string and three typed arrays, which a woken service worker reads back from IndexedDB as they
 * are (lib/match/serialize-matcher.ts) instead of building 100,000 strings.
 */

/** Hash step: prepend code unit `c` to a word whose hash is `h`. */
export const prepend = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

/** Hash of text[start, end). */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0;
  for (let j = end - 1; j >= start; j--) h = prepend(h, text.charCodeAt(j));
  return h;
}

/** What a word table is made of: every field is data, so a table can be stored and read back whole. */
export interface WordTableParts {
  /** Every word, one after another. */
  pool: string;
  /** Word `id` is pool[starts[id], starts[id + 1]). */
  starts: Int32Array;
  hashes: Int32Array;
  /** Word id + 1 per slot; 0 = empty. */
  slots: Int32Array;
}

export class WordTable {
  private readonly mask: number;
  private readonly pool: string;
  private readonly starts: Int32Array;
  private readonly hashes: Int32Array;
  private readonly slots: Int32Array;

  constructor(words: readonly string[] | WordTableParts) {
    if (!Array.isArray(words)) {
      const parts = words as WordTableParts;
      this.pool = parts.pool;
      this.starts = parts.starts;
      this.hashes = parts.hashes;
      this.slots = parts.slots;
      this.mask = parts.slots.length - 1;
      return;
    }
    const list = words as readonly string[];
    let size = 16;
    while (size < list.length * 2) size *= 2;
    this.mask = size - 1;
    this.pool = list.join('');
    this.starts = new Int32Array(list.length + 1);
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    let at = 0;
    list.forEach((w, id) => {
      this.starts[id] = at;
      at += w.length;
      const h = hashRange(w, 0, w.length);
      let k = h & this.mask;
      while (this.slots[k] !== 0) k = (k + 1) & this.mask;
      this.hashes[k] = h;
      this.slots[k] = id + 1;
    });
    this.starts[list.length] = at;
  }

  get parts(): WordTableParts {
    return { pool: this.pool, starts: this.starts, hashes: this.hashes, slots: this.slots };
  }

  /** How many words the table holds. */
  get count(): number {
    return this.starts.length - 1;
  }

  /** Word `id` as a string (for tests and tools; lookups never make one). */
  word(id: number): string {
    return this.pool.slice(this.starts[id], this.starts[id + 1]);
  }

  /** Id of the word `prefix` + text[start, end) with hash `h`, or -1. */
  find(h: number, text: string, start: number, end: number, prefix = ''): number {
    const len = prefix.length + end - start;
    const pool = this.pool;
    for (let k = h & this.mask; ; k = (k + 1) & this.mask) {
      const slot = this.slots[k]!;
      if (slot === 0) return -1;
      if (this.hashes[k] !== h) continue;
      const from = this.starts[slot - 1]!;
      if (this.starts[slot]! - from !== len) continue;
      let same = true;
      for (let q = 0; q < prefix.length; q++) {
        if (pool.charCodeAt(from + q) !== prefix.charCodeAt(q)) {
          same = false;
          break;
        }
      }
      if (!same) continue;
      for (let j = start, q = from + prefix.length; j < end; j++, q++) {
        if (pool.charCodeAt(q) !== text.charCodeAt(j)) {
          same = false;
          break;
        }
      }
      if (same) return slot - 1;
    }
  }
}
