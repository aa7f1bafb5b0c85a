import { describe, expect, it } from 'vitest';
import { applyAmends } from '../../../lib/reference/apply-amends';
import type { Amend, Entity } from '../../../lib/reference/schema';

const baghdad: Entity = {
  id: 'baghdad',
  type: 'place',
  name: { ar: 'بغداد', en: 'Baghdad' },
  summary: { ar: 'عاصمة العراق.', en: 'Capital of Iraq.' },
  aliases: [{ text: 'بغداد', lang: 'ar', kind: 'full', requires: [], vetoes: [] }],
  dates: [],
  sources: ['core-src'],
  roles: [],
  place: { kind: 'city' },
};

const amend = (over: Partial<Amend> = {}): Amend => ({ id: 'baghdad', aliases: [], sources: [], roles: [], ...over });

describe('applyAmends', () => {
  it('unites aliases (no repeats) and sources, the target\'s first', () => {
    const [out] = applyAmends(
      [baghdad],
      [
        amend({
          aliases: [
            { text: 'بغداد', lang: 'ar', kind: 'variant', requires: [], vetoes: [] },
            { text: 'مدينة السلام', lang: 'ar', kind: 'variant', requires: [{ kind: 'sentence', phrases: ['العراق'] }], vetoes: [] },
          ],
          sources: ['geonames', 'core-src'],
        }),
      ],
    );
    expect(out!.aliases.map((a) => a.text)).toEqual(['بغداد', 'مدينة السلام']);
    expect(out!.aliases[0]!.kind).toBe('full');
    expect(out!.sources).toEqual(['core-src', 'geonames']);
  });

  it('fills only missing fields: the target\'s place wins, roles come in only when it has none', () => {
    const roles = [{ title: { ar: 'عاصمة', en: 'Capital' }, from: '1921-08-23', phrases: [] }];
    const [out] = applyAmends([baghdad], [amend({ place: { kind: 'city', geonamesId: 98182, country: 'iraq' }, roles })]);
    expect(out!.place).toEqual({ kind: 'city' });
    expect(out!.roles).toEqual(roles);
    const [noPlace] = applyAmends([{ ...baghdad, place: undefined }], [amend({ place: { kind: 'city', geonamesId: 98182 } })]);
    expect(noPlace!.place).toEqual({ kind: 'city', geonamesId: 98182 });
  });

  it('ignores amendments of entities that are absent, and leaves its inputs untouched', () => {
    const input = [baghdad];
    const out = applyAmends(input, [amend({ id: 'basra', aliases: [{ text: 'البصرة', lang: 'ar', kind: 'full', requires: [], vetoes: [] }] })]);
    expect(out).toEqual(input);
    expect(baghdad.aliases).toHaveLength(1);
  });
});
