import { describe, expect, it } from 'vitest';
import { capRelations, MAX_RELATIONS_PER_KIND } from '../../../lib/db/build-cards';

const row = (type: string, direction: 'in' | 'out', other: string) => ({ r: { type }, direction, other });

describe('capRelations', () => {
  it('keeps every relation to a name on the page and the first few others of each kind', () => {
    const cities = Array.from({ length: 1800 }, (_, i) => row('located-in', 'in' as const, `city-${i}`));
    const rows = [row('located-in', 'out', 'asia'), ...cities, row('capital-of', 'in', 'capital')];
    const onPage = new Set(['city-1500']);
    const kept = capRelations(rows, (r) => onPage.has(r.other));
    const contained = kept.filter((r) => r.r.type === 'located-in' && r.direction === 'in').map((r) => r.other);
    expect(contained).toHaveLength(MAX_RELATIONS_PER_KIND + 1);
    expect(contained).toContain('city-1500');
    expect(contained.slice(0, 3)).toEqual(['city-0', 'city-1', 'city-2']);
    expect(kept.map((r) => r.other)).toEqual(expect.arrayContaining(['asia', 'capital']));
  });
});
