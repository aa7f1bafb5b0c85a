/**
 * Finds a page word among the reference set's words without making a string of it: an open-addressing
 * table keyed by a hash computed from the END of the word backwards. Computed that way, one backward
 * pass over a word yields the hash of every suffix of it, which are exactly its proclitic-stripped
 * forms (والعراق → العراق, بغداد → غداد …), and prepending ال to a stem is two more steps. A 1 MB page
 * then costs one pass over its letters and a probe or two per word, instead of a string and a Map
 * lookup per form.
 */

/** Hash step: prepend code unit `c` to a word whose hash is `h`. */
export const prepend = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

/** Hash of text[start, end). */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0;
  for (let j = end - 1; j >= start; j--) h = prepend(h, text.charCodeAt(j));
  return h;
}

export class WordTable {
  private readonly mask: number;
  private readonly hashes: Int32Array;
  /** Word id + 1 per slot; 0 = empty. */
  private readonly slots: Int32Array;

  constructor(private readonly words: readonly string[]) {
    let size = 16;
    while (size < words.length * 2) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    words.forEach((w, id) => {
      const h = hashRange(w, 0, w.length);
      let k = h & this.mask;
      while (this.slots[k] !== 0) k = (k + 1) & this.mask;
      this.hashes[k] = h;
      this.slots[k] = id + 1;
    });
  }

  /** Id of the word `prefix` + text[start, end) with hash `h`, or -1. */
  find(h: number, text: string, start: number, end: number, prefix = ''): number {
    const len = prefix.length + end - start;
    for (let k = h & this.mask; ; k = (k + 1) & this.mask) {
      const slot = this.slots[k]!;
      if (slot === 0) return -1;
      if (this.hashes[k] !== h) continue;
      const w = this.words[slot - 1]!;
      if (w.length !== len || !w.startsWith(prefix)) continue;
      let same = true;
      for (let j = start, q = prefix.length; j < end; j++, q++) {
        if (w.charCodeAt(q) !== text.charCodeAt(j)) {
          same = false;
          break;
        }
      }
      if (same) return slot - 1;
    }
  }
}
