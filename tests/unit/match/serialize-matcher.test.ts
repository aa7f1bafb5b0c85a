import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, type Matcher } from '../../../lib/match/compile';
import { MATCHER_FORMAT, MatcherRestoreError, restoreMatcher, serializeMatcher, type SerializedMatcher } from '../../../lib/match/serialize-matcher';
import type { MatchableSet } from '../../../lib/reference/schema';
import { buildDenseCorpus, strongNames } from '../../../scripts/bench/dense-corpus';
import { loadBundledPacks } from '../../../scripts/bench/load-bundled-packs';
import { prng } from '../../../scripts/bench/prng';
import { syntheticEntities } from '../../../scripts/bench/synthetic-set';

/**
 * A matcher stored in IndexedDB and read back by a woken worker must scan exactly as the one compiled from
 * the same set: same entities, mentions, offsets, reasons and events, byte for byte. IndexedDB stores
 * values by the structured clone, which structuredClone runs here.
 */

const SEED = readFileSync('seeds/000_7752d1d99baee141.txt', 'utf8');
const { set: bundled } = loadBundledPacks();

/** Every text the repository keeps for matching: the seed article, the evaluation items, the scan fixtures and test pages, dense text. */
function corpus(set: MatchableSet): { text: string; pageDate?: string }[] {
  const out: { text: string; pageDate?: string }[] = [{ text: SEED }, { text: SEED, pageDate: '2021-11-07' }];
  for (const file of ['events', 'mixed', 'short-names', 'spelling']) {
    const { items } = JSON.parse(readFileSync(`tests/fixtures/eval/${file}.json`, 'utf8')) as { items: { text: string; pageDate?: string }[] };
    for (const { text, pageDate } of items) out.push(pageDate ? { text, pageDate } : { text });
  }
  for (const dir of ['tests/fixtures/scan', 'tests/fixtures/pages']) {
    for (const name of readdirSync(dir)) out.push({ text: readFileSync(`${dir}/${name}`, 'utf8') });
  }
  // An era that needs a written year (the plain names of Iraq's elections), without one and with one.
  out.push({ text: 'أظهرت النتائج الأولية للانتخابات العراقية تقدم الكتلة الصدرية.' }, { text: 'أظهرت النتائج الأولية للانتخابات العراقية عام 2021 تقدم الكتلة الصدرية.' });
  out.push({ text: buildDenseCorpus(prng(7), SEED, strongNames(set), 60_000), pageDate: '2023-05-01' });
  return out;
}

const stored = (m: Matcher) => structuredClone(serializeMatcher(m));
const scans = (m: Matcher, texts: { text: string; pageDate?: string }[]) => texts.map(({ text, pageDate }) => JSON.stringify(m.scan(text, pageDate ? { pageDate } : undefined)));

describe('a restored matcher', () => {
  const compiled = compileMatcher(bundled);
  const restored = restoreMatcher(stored(compiled));
  const texts = corpus(bundled);

  it('scans every corpus text byte for byte as the compiled one (bundled packs)', () => {
    const want = scans(compiled, texts);
    const got = scans(restored, texts);
    // The corpus is not trivially empty: most texts name something.
    expect(want.filter((s) => s.includes('"mentions"')).length).toBeGreaterThan(texts.length / 2);
    got.forEach((s, i) => expect(s).toBe(want[i]));
    expect(restored.stats).toEqual(compiled.stats);
  });

  it('is stored again as it was read (a second round trip changes nothing)', () => {
    const once = serializeMatcher(restored);
    const first = serializeMatcher(compiled);
    expect(once).toEqual(first);
  });

  it('scans alike for sets with synthetic names added, on text made of their names', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 400 }), (seed, count) => {
        const set = { entities: [...bundled.entities.slice(0, 40), ...syntheticEntities(prng(seed), count)], events: bundled.events };
        const fresh = compileMatcher(set);
        const back = restoreMatcher(stored(fresh));
        const text = buildDenseCorpus(prng(seed + 1), SEED, strongNames(set), 6_000);
        expect(JSON.stringify(back.scan(text))).toBe(JSON.stringify(fresh.scan(text)));
        expect(JSON.stringify(back.scan(text, { pageDate: '2021-11-07' }))).toBe(JSON.stringify(fresh.scan(text, { pageDate: '2021-11-07' })));
      }),
      { numRuns: 25 },
    );
  });

  it('an empty set round-trips too', () => {
    const empty = compileMatcher({ entities: [], events: [] });
    expect(restoreMatcher(stored(empty)).scan(SEED)).toEqual({ entities: [], events: [] });
  });
});

describe('a stored matcher that cannot be trusted is refused with its reason', () => {
  const compiled = compileMatcher({ entities: bundled.entities.slice(0, 60), events: bundled.events });
  const good = () => stored(compiled);
  const refused = (data: unknown, reason: RegExp) => {
    expect(() => restoreMatcher(data)).toThrow(MatcherRestoreError);
    expect(() => restoreMatcher(data)).toThrow(reason);
  };

  it('of another format', () => {
    refused({ ...good(), format: MATCHER_FORMAT + 1 }, new RegExp(`format ${MATCHER_FORMAT + 1}, this code reads ${MATCHER_FORMAT}`));
    const { format: _, ...without } = good();
    refused(without, /format undefined/);
  });

  it('missing, or not what was stored', () => {
    refused(undefined, /not an object/);
    refused('{"format":1}', /not an object/);
    refused({ format: MATCHER_FORMAT }, /missing/);
    refused({ ...good(), wordSlots: Array.from(good().wordSlots) }, /wordSlots is missing or not an Int32Array/);
    refused({ ...good(), kind: new Int32Array(good().kind) }, /kind is missing or not an Uint8Array/);
    refused({ ...good(), alefs: new Int8Array(good().alefs) }, /alefs is missing or not an Int16Array/);
    refused({ ...good(), json: good().json.slice(0, -10) }, /rules:/);
    refused({ ...good(), json: JSON.stringify({ ...JSON.parse(good().json), roles: [{ phrase: 'x' }] }) }, /rules:/);
  });

  it('with tables that do not fit together', () => {
    const slots = good();
    slots.wordSlots[slots.wordSlots.findIndex((s) => s !== 0)] = slots.wordStarts.length + 5;
    refused(slots, /word table slots/);
    const full = good();
    full.edgeChildren.fill(1);
    refused(full, /edge table slots/);
    const terms = good();
    terms.termList[0] = terms.kind.length;
    refused(terms, /terminal patterns/);
    const owner = good();
    owner.value[owner.kind.findIndex((k) => k === 1)] = 1_000_000;
    refused(owner, /points outside its list/);
    const short = good();
    refused({ ...short, termStart: short.termStart.subarray(1) }, /terminal offsets/);
    refused({ ...good(), alefs: good().alefs.subarray(1) }, /pattern columns/);
    const alefs = good();
    alefs.alefs[0] = -2;
    refused(alefs, /values out of range/);
    refused({ ...good(), entityIds: good().entityIds + '\nextra' }, /entity ids/);
  });

  it('whatever single value is altered, restoring either refuses or gives a matcher that scans without failing', () => {
    const arrays = (Object.keys(good()) as (keyof SerializedMatcher)[]).filter((k) => ArrayBuffer.isView(good()[k]));
    const text = SEED.slice(0, 4000);
    fc.assert(
      fc.property(fc.constantFrom(...arrays), fc.nat(), fc.integer({ min: -5, max: 70_000 }), (key, at, value) => {
        const data = good();
        const array = data[key] as Int32Array;
        if (array.length === 0) return;
        array[at % array.length] = value;
        let matcher: Matcher;
        try {
          matcher = restoreMatcher(data);
        } catch (e) {
          expect(e).toBeInstanceOf(MatcherRestoreError);
          return;
        }
        expect(() => matcher.scan(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
