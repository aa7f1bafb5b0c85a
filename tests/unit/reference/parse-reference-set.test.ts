import { describe, expect, it } from 'vitest';
import { buildReferenceSet } from '../../../lib/reference/build';
import { parseReferenceSet } from '../../../lib/reference/parse-reference-set';
import { ReferenceBuildError } from '../../../lib/reference/reference-build-error';
import { fixture, fixtureTexts } from './load-fixture';

/** A pack as the extension receives it: the built set after a JSON round trip. */
const pack = () => JSON.parse(JSON.stringify(buildReferenceSet({ records: [fixture('valid.json')], texts: fixtureTexts() }))) as {
  version: string;
  entities: { id: string; aliases: { text: string }[] }[];
  facts: { quote: string; subject: string }[];
};

describe('parseReferenceSet', () => {
  it('accepts a built set and returns it unchanged', () => {
    const data = pack();
    expect(parseReferenceSet(data)).toEqual(data);
  });

  it('names the field of a schema error', () => {
    const data = pack();
    data.entities[0]!.aliases[0]!.text = '';
    expect(() => parseReferenceSet(data)).toThrow('reference pack: entities[0] (reuters).aliases[0].text: String must not be empty');
  });

  it('rejects what is not a pack at all, readably', () => {
    expect(() => parseReferenceSet('<html>')).toThrow(ReferenceBuildError);
    expect(() => parseReferenceSet({})).toThrow(/not a valid Siyaq reference set[\s\S]*version: Required/);
  });

  it('rejects a pack whose content no longer matches its version', () => {
    const data = pack();
    data.entities[0]!.aliases[0]!.text = 'وكالة رويترز';
    expect(() => parseReferenceSet(data)).toThrow(`reference pack: version: Version ${data.version} does not match the content`);
  });

  it('checks quotes and references against the pack itself', () => {
    const edited = pack();
    edited.facts[0]!.quote = 'إن الاجتماع عُقد في البصرة يوم الأحد';
    expect(() => parseReferenceSet(edited)).toThrow(/facts\[0\] \(baghdad-meeting\)\.quote: Quote not found in sample\.txt/);
    const dangling = pack();
    dangling.facts[0]!.subject = 'basra';
    expect(() => parseReferenceSet(dangling)).toThrow('reference pack: facts[0] (baghdad-meeting).subject: Unknown entity or event "basra"');
  });
});
