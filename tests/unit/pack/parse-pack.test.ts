import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPack } from '../../../lib/reference/build-pack';
import { comparePackVersions, packSchema, type Pack } from '../../../lib/reference/pack-schema';
import { externalIdsOf, parsePack } from '../../../lib/reference/parse-pack';
import { ReferenceBuildError } from '../../../lib/reference/reference-build-error';
import { formatReferenceIssue } from '../../../lib/reference/reference-issue';
import { referenceVersion } from '../../../lib/reference/reference-version';
import { readPackFolder } from '../../../scripts/lib/read-pack-folder';

let core: Pack;
let example: Pack;
beforeAll(() => {
  core = buildPack(readPackFolder('seeds'));
  example = buildPack({ ...readPackFolder('seeds/packs/example'), external: externalIdsOf([core]) });
});

/** A deep copy to break, with a fresh content version so only the intended problem remains. */
/* eslint-disable @typescript-eslint/no-explicit-any -- tests break packs in arbitrary ways */
type Loose = Record<string, any>;
/* eslint-enable @typescript-eslint/no-explicit-any */
function variant(change: (pack: Loose) => void, { rehash = true } = {}): Loose {
  const pack = structuredClone(example) as Loose;
  change(pack);
  // Hashed as the parser sees it (defaults filled), so only the intended problem remains.
  const parsed = packSchema.safeParse(pack);
  if (rehash && parsed.success) pack.contentVersion = referenceVersion(parsed.data);
  return pack;
}

function problems(data: unknown, external = externalIdsOf([core])): string[] {
  try {
    parsePack(data, { name: 'x.json', external });
  } catch (error) {
    expect(error).toBeInstanceOf(ReferenceBuildError);
    return (error as ReferenceBuildError).issues.map(formatReferenceIssue);
  }
  return [];
}

describe('parsePack', () => {
  it('accepts the built example pack and the core pack as they are', () => {
    expect(problems(example)).toEqual([]);
    expect(problems(core)).toEqual([]);
    expect(parsePack(JSON.parse(JSON.stringify(example)), { external: externalIdsOf([core]) }).meta.id).toBe('example');
  });

  it('refuses what is not a pack, or a newer format, with one plain sentence', () => {
    expect(problems([])).toEqual(['x.json: A pack is a JSON object']);
    expect(problems('text')).toEqual(['x.json: A pack is a JSON object']);
    expect(problems({ entities: [] })).toEqual(['x.json: format: Not a Siyaq pack: "format" must be "siyaq-pack"']);
    expect(problems({ ...example, formatVersion: 7 })).toEqual(['x.json: formatVersion: Pack format 7 is newer than this version of Siyaq reads (1): update Siyaq']);
  });

  it('lists every problem at once, each with its record and field', () => {
    const found = problems(
      variant((p) => {
        delete p.meta.license;
        p.entities[0].type = 'planet';
        p.entities[1].aliases[0].text = 42;
        p.facts[0].source = undefined;
      }, { rehash: false }),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'x.json: meta.license: Required (string)',
        expect.stringMatching(/^x\.json: entities\[0\] \(nuri-mosque\)\.type: Invalid option: expected one of "person"\|"organization"\|"place"/),
        expect.stringMatching(/^x\.json: entities\[1\] \(hadba-minaret\)\.aliases\[0\]\.text: Invalid input: expected string, received number/),
        'x.json: facts[0] (nuri-built).source: Required (string)',
      ]),
    );
    expect(found).toHaveLength(4);
  });

  it('refuses duplicate ids, naming the first owner', () => {
    const found = problems(variant((p) => p.entities.push({ ...p.entities[0] })));
    expect(found).toContain('x.json: entities[3] (nuri-mosque).id: Duplicate id "nuri-mosque": already used by entities[0] in x.json');
  });

  it('refuses references to unknown ids, and ids of packs it does not require', () => {
    const found = problems(variant((p) => {
      p.relations[0].to = 'atlantis';
      p.events[0].participants.push('nobody');
    }));
    expect(found).toEqual(
      expect.arrayContaining([
        'x.json: relations[0] (hadba-minaret part-of atlantis).to: Unknown entity or event "atlantis"',
        'x.json: events[0] (nuri-mosque-destruction-2017).participants[2]: Unknown entity "nobody"',
      ]),
    );
    // Without the core pack, its "iraq" is unknown too.
    expect(problems(example, externalIdsOf([]))).toEqual(
      expect.arrayContaining(['x.json: entities[0] (nuri-mosque).place.country: Unknown entity "iraq"', 'x.json: relations[1] (nuri-mosque located-in iraq).to: Unknown entity or event "iraq"']),
    );
  });

  it('refuses strings past their limits: a million-character alias is an error, not a frozen page', () => {
    const found = problems(variant((p) => {
      p.entities[0].aliases[0].text = 'ب'.repeat(1_000_000);
      p.entities[0].summary.en = 'x'.repeat(5000);
    }));
    expect(found.sort()).toEqual([
      'x.json: entities[0] (nuri-mosque).aliases[0].text: Too big: expected string to have <=200 characters',
      'x.json: entities[0] (nuri-mosque).summary.en: Too big: expected string to have <=2000 characters',
    ]);
  });

  it('refuses unknown fields, impossible dates, a document fact without its quote, and a quote its text lacks', () => {
    const found = problems(variant((p) => {
      p.entities[0].colour = 'green';
      p.events[0].date = '2017-02-30';
      delete p.facts[0].quote;
      p.facts[1].quote = 'جملة لم ترد في النص';
    }));
    expect(found).toEqual(
      expect.arrayContaining([
        'x.json: entities[0] (nuri-mosque).colour: Unknown field "colour"',
        'x.json: events[0] (nuri-mosque-destruction-2017).date: Not a calendar date: 2017-02-30',
        'x.json: facts[0] (nuri-built).quote: A fact from document "example-nuri-mosque-note" needs a quote (only data sets may go without)',
        expect.stringMatching(/^x\.json: facts\[1\] \(hadba-leaning\)\.quote: Quote not found in nuri-mosque\.txt/),
      ]),
    );
  });

  it('lets facts from a data set go without a quote', () => {
    const found = problems(variant((p) => {
      p.sources.push({ id: 'geonames', kind: 'dataset', title: { ar: 'جيونيمز', en: 'GeoNames' }, publisher: 'GeoNames', published: '2026-01-01', language: 'en', license: 'CC BY 4.0' });
      p.facts.push({ id: 'nuri-population', subject: 'nuri-mosque', text: { ar: 'نص', en: 'text' }, source: 'geonames' });
    }));
    expect(found).toEqual([]);
  });

  it('refuses a hand-edited pack whose content no longer matches its version', () => {
    const found = problems(variant((p) => (p.entities[0].name.en = 'Edited'), { rehash: false }));
    expect(found).toEqual([expect.stringMatching(/^x\.json: contentVersion: Content version [0-9a-f]{16} does not match the content \(expected [0-9a-f]{16}\): rebuild the pack/)]);
  });

  it('checks amendments: only of another pack\'s entity', () => {
    const own = problems(variant((p) => p.amends.push({ id: 'nuri-mosque', aliases: [] })));
    expect(own).toEqual(['x.json: amends[0] (nuri-mosque).id: "nuri-mosque" is defined in this pack: edit the record instead of amending it']);
    const unknown = problems(variant((p) => p.amends.push({ id: 'atlantis', aliases: [] })));
    expect(unknown).toEqual(['x.json: amends[0] (atlantis).id: Unknown entity to amend "atlantis"']);
    const ok = problems(variant((p) => p.amends.push({ id: 'baghdad', aliases: [{ text: 'بغداد المدورة', lang: 'ar', kind: 'variant' }] })));
    expect(ok).toEqual([]);
  });

  it('checks the metadata: id, semantic version, authors', () => {
    const found = problems(variant((p) => {
      p.meta.id = 'My Pack';
      p.meta.version = '2';
      p.meta.authors = [];
    }));
    expect(found).toEqual([
      'x.json: meta.id: ids are kebab-case: a-z, 0-9 and single hyphens',
      'x.json: meta.version: versions are semantic: MAJOR.MINOR.PATCH, e.g. 1.0.0',
      'x.json: meta.authors: List must not be empty',
    ]);
  });
});

describe('comparePackVersions', () => {
  it.each([
    ['1.0.0', '1.0.0', 0],
    ['1.0.1', '1.0.0', 1],
    ['1.10.0', '1.9.9', 1],
    ['2.0.0', '10.0.0', -1],
    ['1.0.0-beta', '1.0.0', -1],
    ['1.0.0-alpha', '1.0.0-beta', -1],
  ])('%s against %s', (a, b, sign) => {
    expect(Math.sign(comparePackVersions(a, b))).toBe(sign);
  });
});

describe('docs/*.schema.json', () => {
  it('are generated from the zod schemas (npm run build:reference rewrites them)', async () => {
    const { packJsonSchemas } = await import('../../../lib/reference/pack-json-schemas');
    for (const [name, schema] of Object.entries(packJsonSchemas())) {
      expect(JSON.parse(readFileSync(join('docs', `${name}.schema.json`), 'utf8')), name).toEqual(schema);
    }
  });
});
