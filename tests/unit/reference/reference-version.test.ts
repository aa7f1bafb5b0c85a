import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildReferenceSet } from '../../../lib/reference/build';
import { canonicalJson } from '../../../lib/reference/canonical-json';
import { sha256Hex } from '../../../lib/reference/sha256-hex';
import { fixture, fixtureTexts } from './load-fixture';

type Records = {
  entities: { id: string; summary: { ar: string }; aliases: { requires?: unknown[] }[] }[];
  [key: string]: unknown;
};

/** Rebuilds a copy of the records in reverse key order, at every level. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  }
  return value;
}

const build = (data: unknown, file = 'seeds/001_talks.json', texts = fixtureTexts()) =>
  buildReferenceSet({ records: [{ file, data }], texts });

describe('reference set version', () => {
  const original = fixture('valid.json').data as Records;
  const version = build(original).version;

  it('stays the same for the same content: key order, file name, an explicit default', () => {
    expect(build(structuredClone(original)).version).toBe(version);
    expect(build(reverseKeys(original)).version).toBe(version);
    expect(build(original, 'seeds/999_renamed.json').version).toBe(version);
    const explicit = structuredClone(original);
    explicit.entities[0]!.aliases[0]!.requires = [];
    expect(build(explicit).version).toBe(version);
  });

  it('changes when a record changes', () => {
    const edited = structuredClone(original);
    edited.entities[0]!.summary.ar = 'وكالة أنباء دولية مقرها لندن.';
    expect(build(edited).version).not.toBe(version);
  });

  it('changes when the order of records changes (alias order is meaningful)', () => {
    const reordered = structuredClone(original);
    reordered.entities.reverse();
    expect(build(reordered).version).not.toBe(version);
  });

  it('changes when a source text changes', () => {
    const texts = { 'sample.txt': `${fixtureTexts()['sample.txt']}وختم المصدر بأن اللقاء كان إيجابياً.\n` };
    expect(build(original, undefined, texts).version).not.toBe(version);
  });
});

describe('sha256Hex', () => {
  it.each(['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'سياق: الكاظمي في المنطقة الخضراء ✓'.repeat(40)])(
    'agrees with node:crypto on %#',
    (text) => {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    },
  );

  it('matches the FIPS 180-4 test vector', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level, keeps array order and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
  });
});
