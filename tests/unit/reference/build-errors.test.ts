import { describe, expect, it } from 'vitest';
import { buildReferenceSet, ReferenceBuildError } from '../../../lib/reference/build';
import { fixture, fixtureTexts } from './load-fixture';

const F = 'tests/fixtures/reference';

function buildError(...names: string[]): ReferenceBuildError {
  try {
    buildReferenceSet({ records: names.map(fixture), texts: fixtureTexts() });
  } catch (error) {
    if (error instanceof ReferenceBuildError) return error;
    throw error;
  }
  throw new Error(`${names.join(', ')} built without an error`);
}

describe('buildReferenceSet on bad records', () => {
  it('builds the valid fixture', () => {
    const set = buildReferenceSet({ records: [fixture('valid.json')], texts: fixtureTexts() });
    expect(set.entities.map((entity) => entity.id)).toEqual(['reuters', 'baghdad']);
    expect(set.sources[0]?.text).toContain('قالت وكالة رويترز');
    expect(set.builtFrom).toEqual([`${F}/valid.json`]);
  });

  it.each([
    ['empty alias', 'empty-alias.json', `${F}/bad/empty-alias.json: entities[0] (reuters).aliases[0].text: String must not be empty`],
    ['bad id', 'bad-id.json', `${F}/bad/bad-id.json: entities[1] (Baghdad_City).id: ids are kebab-case: a-z, 0-9 and single hyphens`],
    ['date of the wrong shape', 'bad-date-shape.json', `${F}/bad/bad-date-shape.json: sources[0] (baghdad-talks-report).published: dates are YYYY-MM-DD`],
    ['date not on the calendar', 'bad-date-calendar.json', `${F}/bad/bad-date-calendar.json: events[0] (baghdad-talks-2021).date: Not a calendar date: 2021-02-30`],
    ['misspelt field name', 'unknown-field.json', `${F}/bad/unknown-field.json: entities[1] (baghdad).aliases[1].requiers: Unknown field "requiers"`],
    ['era ending before it starts', 'reversed-era.json', `${F}/bad/reversed-era.json: events[0] (baghdad-talks-2021).cues[0].era.to: Range ends (2021-11-01) before it starts (2021-12-31)`],
    ['unknown fact subject', 'unknown-subject.json', `${F}/bad/unknown-subject.json: facts[0] (baghdad-meeting).subject: Unknown entity or event "baghdad-talk-2021"`],
    ['unknown entity in an alias rule', 'unknown-rule-entity.json', `${F}/bad/unknown-rule-entity.json: entities[1] (baghdad).aliases[1].requires[0].id: Unknown entity "iraq"`],
    ['unknown relation fact', 'unknown-fact.json', `${F}/bad/unknown-fact.json: relations[0] (reuters reported-on baghdad-talks-2021).fact: Unknown fact "baghdad-meting"`],
    ['duplicate id in one file', 'duplicate-id.json', `${F}/bad/duplicate-id.json: entities[2] (reuters).id: Duplicate id "reuters": already used by entities[0] in ${F}/bad/duplicate-id.json`],
    ['missing source text', 'missing-text.json', `${F}/bad/missing-text.json: sources[0] (baghdad-talks-report).file: No source text "missing.txt" beside the records`],
    [
      'quote not in the source',
      'missing-quote.json',
      `${F}/bad/missing-quote.json: facts[0] (baghdad-meeting).quote: Quote not found in sample.txt; closest is line 1: ` +
        '"قالت وكالة رويترز إن الاجتماع عُقد في بغداد يوم الأحد بحضور ممثلين عن الحكومة والفصائل."',
    ],
  ])('%s: names the file, the record and the field', (_, name, message) => {
    const error = buildError(`bad/${name}`);
    expect(error.message).toBe(message);
    expect(error.issues).toHaveLength(1);
  });

  it('reports an id reused by a second file, naming both files', () => {
    const error = buildError('valid.json', 'bad/second-file-duplicate.json');
    expect(error.message).toBe(
      `${F}/bad/second-file-duplicate.json: entities[0] (baghdad).id: Duplicate id "baghdad": already used by entities[1] in ${F}/valid.json`,
    );
  });

  it('lists every problem of a stage, one per line', () => {
    const error = buildError('bad/unknown-subject.json', 'bad/unknown-fact.json');
    // The two files share every id, so duplicates are reported too; what matters is that nothing is lost.
    expect(error.message.split('\n').slice(1)).toEqual(error.issues.map((issue) => expect.stringContaining(issue.file)));
    expect(error.message).toContain('facts[0] (baghdad-meeting).subject: Unknown entity or event "baghdad-talk-2021"');
    expect(error.message).toContain('relations[0] (reuters reported-on baghdad-talks-2021).fact: Unknown fact "baghdad-meting"');
  });

  it('compares quotes after NFC only: a decomposed hamza still matches, a dropped diacritic does not', () => {
    const records = fixture('valid.json');
    const data = structuredClone(records.data) as { facts: { quote: string }[] };
    // The same إ typed as alef + combining hamza below (NFD) in the source, precomposed in the quote.
    const decomposedText = fixtureTexts()['sample.txt']!.replace('إن', 'ا\u0655ن');
    expect(decomposedText).not.toContain('إن الاجتماع');
    data.facts[0]!.quote = 'رويترز إن الاجتماع عُقد';
    expect(() => buildReferenceSet({ records: [{ ...records, data }], texts: { 'sample.txt': decomposedText } })).not.toThrow();
    data.facts[0]!.quote = 'رويترز إن الاجتماع عقد';
    expect(() => buildReferenceSet({ records: [{ ...records, data }], texts: fixtureTexts() })).toThrow(/Quote not found in sample\.txt/);
  });

  it('refuses a file that is not a records file at all', () => {
    expect(() => buildReferenceSet({ records: [{ file: 'seeds/broken.json', data: [1, 2] }], texts: {} })).toThrow(
      'seeds/broken.json: Invalid input: expected object, received array',
    );
    expect(() => buildReferenceSet({ records: [], texts: {} })).toThrow(/No records files/);
  });
});
