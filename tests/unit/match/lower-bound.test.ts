import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAtLeast, lowerBound } from '../../../lib/match/lower-bound';

describe('firstAtLeast', () => {
  it('is lowerBound over a sorted array, for every value and prefix', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -1, max: 52 }), fc.nat(), (raw, value, cut) => {
        const values = Uint32Array.from(raw.sort((a, b) => a - b));
        const count = values.length === 0 ? 0 : cut % (values.length + 1);
        expect(firstAtLeast(values, value, count)).toBe(lowerBound(count, (k) => values[k]! < value));
      }),
    );
  });
  it('reads only the first `count` values', () => {
    expect(firstAtLeast([1, 2, 9, 0], 5, 2)).toBe(2);
    expect(firstAtLeast([1, 2, 9], 5)).toBe(2);
  });
});
