import { describe, expect, it } from 'vitest';
import { highlightQuotas, MAX_HIGHLIGHTS } from '../../../lib/page/highlight-quotas';

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

describe('highlightQuotas', () => {
  it('under the cap, every name keeps all its mentions', () => {
    const counts = new Map([
      ['baghdad', 40],
      ['al-kadhimi', 25],
      ['un', 1],
    ]);
    expect(highlightQuotas(counts, 66)).toEqual(counts);
    expect(highlightQuotas(counts, 1000)).toEqual(counts);
    expect(highlightQuotas(new Map(), 10)).toEqual(new Map());
  });

  it('a news article is far under the default cap', () => {
    expect(MAX_HIGHLIGHTS).toBeGreaterThanOrEqual(1000);
    const article = new Map(Array.from({ length: 60 }, (_, i) => [`name-${i}`, 8] as const));
    expect(highlightQuotas(article)).toEqual(article);
  });

  it('over the cap, the total is the cap and a rarely mentioned name keeps all of its mentions', () => {
    const counts = new Map([
      ['baghdad', 5000],
      ['al-kadhimi', 4000],
      ['un', 3],
      ['mosul', 30],
    ]);
    const quotas = highlightQuotas(counts, 1000);
    expect(sum(quotas)).toBe(1000);
    expect(quotas.get('un')).toBe(3);
    expect(quotas.get('mosul')).toBe(30);
    // What is left is shared evenly by the two that have more.
    expect(quotas.get('baghdad')).toBe(484);
    expect(quotas.get('al-kadhimi')).toBe(483);
  });

  it('what does not divide evenly goes to the names first on the page, and order is kept', () => {
    const counts = new Map([
      ['first', 100],
      ['second', 100],
      ['third', 100],
    ]);
    const quotas = highlightQuotas(counts, 11);
    expect([...quotas]).toEqual([
      ['first', 4],
      ['second', 4],
      ['third', 3],
    ]);
  });

  it('with more names than the cap, the names first on the page get one each', () => {
    const counts = new Map(Array.from({ length: 10 }, (_, i) => [`name-${i}`, 5] as const));
    const quotas = highlightQuotas(counts, 4);
    expect(sum(quotas)).toBe(4);
    expect([...quotas.values()]).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
  });

  it('a name that just fits its share keeps it all, the others share the rest', () => {
    // Share of 90 over three: 30; "exact" has 30 and keeps them, the other two split 60.
    const quotas = highlightQuotas(
      new Map([
        ['a', 1000],
        ['exact', 30],
        ['b', 1000],
      ]),
      90,
    );
    expect([...quotas]).toEqual([
      ['a', 30],
      ['exact', 30],
      ['b', 30],
    ]);
  });
});
