import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../lib/arabic/normalize';
import { recordsFileSchema } from '../../../lib/reference/schema';
import { serializeRecords } from '../../../scripts/places/serialize';
import { buildPlaces } from '../../../scripts/places/build-places';
import { regionsSchema } from '../../../scripts/places/regions';
import { buildMini, miniInput } from './places-fixture';

const byId = (id: string) => buildMini().records.entities.find((e) => e.id === id);
const aliasTexts = (id: string) => byId(id)?.aliases.map((a) => a.text) ?? [];

describe('buildPlaces on the fixture', () => {
  it('is reproducible byte for byte and valid records', () => {
    const a = serializeRecords(buildMini().records);
    expect(serializeRecords(buildMini().records)).toBe(a);
    expect(() => recordsFileSchema.parse(JSON.parse(a))).not.toThrow();
  });

  it('makes countries from CLDR with the usual short form first, and no card for regions such as the world or the EU', () => {
    const { records } = buildMini();
    const countries = records.entities.filter((e) => e.place?.kind === 'country').map((e) => e.id);
    expect(countries).toEqual(['kuwait', 'lebanon', 'libya', 'palestine', 'saudi-arabia', 'syria']);
    expect(aliasTexts('palestine')).toEqual(['فلسطين', 'الأراضي الفلسطينية', 'دولة فلسطين', 'Palestine', 'Palestinian Territories']);
    expect(byId('syria')?.place).toEqual({ kind: 'country', population: { value: 25000000, source: 'unicode-cldr' } });
  });

  it('amends the core records instead of defining Iraq and Baghdad again, and points Iraqi places at the core iraq', () => {
    const { records } = buildMini();
    expect(records.entities.some((e) => e.id === 'iraq' || e.id === 'baghdad')).toBe(false);
    expect(records.amends.map((a) => a.id)).toEqual(['baghdad', 'iraq']);
    const baghdad = records.amends[0]!;
    expect(baghdad.place).toEqual({ kind: 'city', country: 'iraq', geonamesId: 98182, population: { value: 7216000, source: 'geonames' } });
    // بغداد and Baghdad are already the core's: not repeated.
    expect(baghdad.aliases).toEqual([]);
    expect(byId('al-kut')?.place?.country).toBe('iraq');
    expect(records.relations).toContainEqual({ from: 'al-kut', type: 'located-in', to: 'iraq' });
  });

  it('cleans names by rule and by override', () => {
    expect(byId('al-kut')?.name).toEqual({ ar: 'الكوت', en: 'Al Kut' }); // article rule
    expect(byId('ajdabiya')?.name.ar).toBe('إجدابيا'); // prefix rule
    expect(byId('hama')?.name).toEqual({ ar: 'حماة', en: 'Hama' }); // English override
    expect(byId('latakia')?.name.ar).toBe('اللاذقية'); // Arabic override
    expect(byId('tyre')?.name).toEqual({ ar: 'صور', en: 'Tyre' }); // transliteration replaced by the override
    expect(byId('tarut')).toBeUndefined(); // Latin in the Arabic field and no override: left out
    expect(byId('old-ruin')).toBeUndefined(); // a historical place
    expect(byId('smalltown')).toBeUndefined(); // outside the Arab states and under the world threshold
    // The same town twice in GeoNames: one card, the larger.
    expect(buildMini().records.entities.filter((e) => e.name.ar === 'الزاوية').map((e) => e.place?.geonamesId)).toEqual([2218970]);
  });

  it('gives a shared name to the capital and qualified forms to the other place, with a veto on the capital', () => {
    expect(aliasTexts('tripoli')).toContain('طرابلس');
    // "Tripoli" is shared too, and stays with the capital.
    expect(aliasTexts('tripoli-lebanon')).toEqual(['طرابلس الشام', 'طرابلس اللبنانية']);
    const bare = byId('tripoli')!.aliases.find((a) => a.text === 'طرابلس')!;
    expect(bare.vetoes).toEqual([
      { kind: 'page', phrases: ['طرابلس الشام', 'طرابلس اللبنانية'] },
      { kind: 'near', phrases: ['اللبنانية', 'اللبناني', 'لبنان'], before: 0, after: 2 },
    ]);
    // A country and its capital: the bare name is the country's.
    expect(aliasTexts('kuwait')).toContain('الكويت');
    expect(aliasTexts('kuwait-city')).toEqual(['مدينة الكويت', 'Kuwait City']);
  });

  it('puts names that are also words under context rules, and leaves the others strong', () => {
    const tyre = byId('tyre')!;
    const bare = tyre.aliases.find((a) => a.text === 'صور')!;
    expect(bare.requires.map((r) => r.kind)).toEqual(['entity', 'near', 'near', 'near', 'near']);
    expect(tyre.aliases.map((a) => a.text)).toContain('مدينة صور');
    expect(tyre.aliases.map((a) => a.text)).toContain('صور اللبنانية');
    expect(byId('aleppo')!.aliases.find((a) => a.text === 'حلب')!.requires).not.toEqual([]);
    expect(byId('damascus')!.aliases.every((a) => a.requires.length === 0)).toBe(true);
    expect(buildMini().report.ordinaryWords).toEqual(['حلب', 'حماة', 'صور']);
  });

  it('takes a name of two letters after the article as short (التل is "the hill"), not one that only looks so once normalized (إلدا)', () => {
    const input = miniInput();
    const { records } = buildPlaces({
      ...input,
      cities: [
        ...input.cities,
        { id: 900001, name: 'At Tall', country: 'SY', featureCode: 'PPL', population: 55000 },
        { id: 900002, name: 'Elda', country: 'SY', featureCode: 'PPL', population: 52000 },
      ],
      arabicNames: new Map([...input.arabicNames, ['900001', 'التل'], ['900002', 'إلدا']]),
    });
    const bare = (text: string) => records.entities.flatMap((e) => e.aliases).find((a) => a.text === text);
    expect(bare('التل')?.requires).not.toEqual([]);
    expect(bare('التل')?.note).toMatch(/two after the article/);
    expect(bare('مدينة التل')?.requires).toEqual([]);
    expect(bare('إلدا')?.requires).toEqual([]);
  });

  it('reports what it did', () => {
    const { report } = buildMini();
    expect(report.rejected).toEqual({ latin: 1, duplicate: 1 });
    expect(report.rules).toMatchObject({ article: 1, prefix: 1, diacritics: 1 });
  });

  describe('regions', () => {
    const regionsSource = { id: 'siyaq-regions', kind: 'dataset' as const, title: { ar: 'r', en: 'r' }, publisher: 'Siyaq', published: '2026-12-01', language: 'en' as const, license: 'CC BY 4.0', attribution: 'Siyaq' };
    const data = regionsSchema.parse({
      about: 'fixture',
      countries: {
        SY: { kind: { ar: 'محافظة', en: 'Governorate' }, ar: 'محافظة {}', en: '{} Governorate', regions: [{ ar: 'حلب', en: 'Aleppo' }, { ar: 'اللاذقية', en: 'Latakia' }] },
        IQ: { kind: { ar: 'محافظة', en: 'Governorate' }, ar: 'محافظة {}', en: '{} Governorate', regions: [{ ar: 'بغداد', en: 'Baghdad' }] },
      },
    });
    const withRegions = (edit?: (input: ReturnType<typeof miniInput>) => void) => {
      const input = miniInput();
      edit?.(input);
      return buildPlaces({ ...input, regions: { data, source: regionsSource } });
    };

    it('builds a region with only its prefixed forms, its country, a located-in relation and the curated source', () => {
      const { records, report } = withRegions();
      const aleppo = records.entities.find((e) => e.id === 'aleppo-governorate')!;
      expect(aleppo.aliases.map((a) => a.text)).toEqual(['محافظة حلب', 'Aleppo Governorate']);
      expect(aleppo.aliases.every((a) => a.requires.length === 0 && a.vetoes.length === 0)).toBe(true);
      expect(aleppo.place).toEqual({ kind: 'region', country: 'syria' });
      expect(aleppo.sources).toEqual(['siyaq-regions']);
      expect(records.sources.map((s) => s.id)).toContain('siyaq-regions');
      expect(records.relations).toContainEqual({ from: 'aleppo-governorate', type: 'located-in', to: 'syria' });
      // Iraq's regions point at the core's iraq.
      expect(records.entities.find((e) => e.id === 'baghdad-governorate')?.place).toEqual({ kind: 'region', country: 'iraq' });
      expect(report.regions).toEqual({ IQ: 1, SY: 2 });
      // The bare names stay the cities'.
      expect(aliasTexts('aleppo')).toContain('حلب');
      expect(records.entities.filter((e) => e.aliases.some((a) => a.text === 'حلب')).map((e) => e.id)).toEqual(['aleppo']);
    });

    it('takes a prefixed form from the city that held it', () => {
      const { records, report } = withRegions((input) => {
        input.overrides.cities['173576'] = { ...input.overrides.cities['173576']!, aliases: ['محافظة اللاذقية'] };
      });
      expect(records.entities.find((e) => e.id === 'latakia')!.aliases.map((a) => a.text)).not.toContain('محافظة اللاذقية');
      expect(records.entities.find((e) => e.id === 'latakia-governorate')!.aliases.map((a) => a.text)).toContain('محافظة اللاذقية');
      expect(report.regionTook).toEqual(['محافظة اللاذقية (latakia → latakia-governorate)']);
    });

    it('refuses a prefixed form a required pack holds', () => {
      expect(() => withRegions((input) => {
        input.taken = new Set([...input.taken, normalizeText('محافظة حلب')]);
      })).toThrow(/required pack/);
    });
  });
});
