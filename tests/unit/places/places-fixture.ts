import { readFileSync } from 'node:fs';
import { normalizeText } from '../../../lib/arabic/normalize';
import type { Source } from '../../../lib/reference/schema';
import { buildPlaces, type CityRow, type PlacesInput } from '../../../scripts/places/build-places';
import { ordinaryWords, parseDic } from '../../../scripts/places/lexicon';
import { overridesSchema } from '../../../scripts/places/overrides';

interface MiniInput {
  countries: PlacesInput['countries'];
  cities: CityRow[];
  arabicNames: Record<string, string>;
  dic: string;
  englishWords: string[];
  taken: string[];
}

const source = (id: string): Source => ({ id, kind: 'dataset', title: { ar: id, en: id }, publisher: id, published: '2024-01-01', language: 'en', license: 'CC BY 4.0', attribution: id });

/** The generator's input made from the committed fixture (tests/fixtures/places/). */
export function miniInput(): PlacesInput {
  const raw = JSON.parse(readFileSync('tests/fixtures/places/mini-input.json', 'utf8')) as MiniInput;
  const overrides = overridesSchema.parse(JSON.parse(readFileSync('tests/fixtures/places/mini-overrides.json', 'utf8')));
  const arabicNames = new Map(Object.entries(raw.arabicNames));
  const known = new Set([...arabicNames.values(), ...Object.values(raw.countries.ar)].map(normalizeText));
  return {
    countries: raw.countries,
    cities: raw.cities,
    arabicNames,
    lexicon: ordinaryWords(parseDic(raw.dic), known, overrides.lexiconWordClasses.classes),
    englishWords: new Set(raw.englishWords),
    overrides,
    taken: new Set(raw.taken.map(normalizeText)),
    sources: { geonames: source('geonames'), cldr: source('unicode-cldr') },
  };
}

export const buildMini = () => buildPlaces(miniInput());
