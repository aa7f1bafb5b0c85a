import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByLast } from '../../../lib/match/order-by-last';

/** What a title's holder check reads: each mention's end, in the order of the indexes given back. */
const endsIn = (mentions: readonly { last: number }[], order: Int32Array) => [...order].map((i) => mentions[i]!.last);

describe('orderByLast', () => {
  it('orders mentions by where they end, each index once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5_000_000 }), { maxLength: 300 }), (ends) => {
        const mentions = ends.map((last) => ({ last }));
        const order = orderByLast(mentions);
        expect([...order].sort((a, b) => a - b)).toEqual(mentions.map((_, i) => i));
        expect(endsIn(mentions, order)).toEqual([...ends].sort((a, b) => a - b));
      }),
    );
  });

  it('keeps the order when the mentions already end in order (no overlap)', () => {
    const mentions = [{ last: 3 }, { last: 3 }, { last: 9 }, { last: 12 }];
    expect([...orderByLast(mentions)]).toEqual([0, 1, 2, 3]);
  });

  it('puts a mention that ends before an earlier one in its place (overlapping names)', () => {
    // «رئيس الوزراء العراقي مصطفى الكاظمي» (0–5) holds «العراقي» (2–3): the inner one ends first.
    const mentions = [{ last: 5 }, { last: 3 }, { last: 8 }];
    expect([...orderByLast(mentions)]).toEqual([1, 0, 2]);
  });
});
