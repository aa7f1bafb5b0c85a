import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendToJoinedWord, joinsAt } from '../../../lib/arabic/joined-word';
import { endOf, normalize } from '../../../lib/arabic/normalize';
import { tokenize } from '../../../lib/arabic/tokenize';
import { anyText } from './arbitraries';
import { FUZZ_TIMEOUT, runs } from './runs';

describe('fuzz: normalization, tokens and joined words on any text', () => {
  it('normalization maps every character back into the original, in order, and is idempotent', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const n = normalize(input);
        expect(n.starts.length).toBe(n.text.length);
        expect(n.sourceLength).toBe(input.length);
        // One check per character, one expect at the end (expect itself is the slow part).
        let previous = 0;
        const bad: number[] = [];
        for (let k = 0; k < n.text.length; k++) {
          const start = n.starts[k]!;
          const end = endOf(n, k, input);
          if (start < previous || start >= input.length || end <= start || end > input.length) bad.push(k);
          previous = start;
        }
        expect(bad).toEqual([]);
        expect(normalize(n.text).text).toBe(n.text);
      }),
      runs(300),
    );
  }, FUZZ_TIMEOUT);

  it('tokens are in order, do not overlap, stay inside the text and have increasing sentences', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const { text } = normalize(input);
        const t = tokenize(text);
        let end = 0;
        let sentence = 0;
        for (let i = 0; i < t.count; i++) {
          expect(t.start[i]!).toBeGreaterThanOrEqual(end);
          expect(t.end[i]!).toBeGreaterThan(t.start[i]!);
          expect(t.end[i]!).toBeLessThanOrEqual(text.length);
          expect(t.sentence[i]!).toBeGreaterThanOrEqual(sentence);
          end = t.end[i]!;
          sentence = t.sentence[i]!;
        }
      }),
      runs(300),
    );
  }, FUZZ_TIMEOUT);

  it('a widened span contains the original one and neither of its ends splits joined letters', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length ? a % text.length : 0;
        const end = Math.min(text.length, start + 1 + (b % 12));
        const r = extendToJoinedWord(text, start, end);
        expect(r.start).toBeLessThanOrEqual(start);
        expect(r.end).toBeGreaterThanOrEqual(end);
        expect(joinsAt(text, r.start)).toBe(false);
        expect(joinsAt(text, r.end)).toBe(false);
        // It grows only over letters, marks and joiners: never across a space or a line.
        expect(text.slice(r.start, start) + text.slice(end, r.end)).not.toMatch(/[\s.،؟]/);
      }),
      runs(500),
    );
  }, FUZZ_TIMEOUT);
});
