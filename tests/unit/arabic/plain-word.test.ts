import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNormalized, normalize } from '../../../lib/arabic/normalize';
import { isOneWord, tokenWords } from '../../../lib/arabic/tokenize';
import { aliasWords } from '../../../lib/match/compile';

/** Letters that normalize to themselves, that fold, that are dropped or that split: what name parts are made of. */
const UNITS = [...'ابتثجحخدذرسشصضطظعغفقكلمنهوي', ...'أإآىةیک', ...'kadhimiAZ', ...'0123٤', "'", '’', '-', '\u064e', '\u0640', '\u200c', ' '];
const piece = fc.array(fc.constantFrom(...UNITS), { minLength: 0, maxLength: 8 }).map((u) => u.join(''));

describe('a name part already in normal form, one word', () => {
  it('is its own words: the shortcut gives what normalizing and tokenizing give', () => {
    fc.assert(
      fc.property(piece, (s) => {
        if (isNormalized(s) && isOneWord(s)) expect(tokenWords(normalize(s).text)).toEqual([s]);
      }),
      { numRuns: 3000 },
    );
  });
  it('aliasWords agrees with normalizing and tokenizing whole pieces, shortcut or not', () => {
    fc.assert(
      fc.property(piece, (s) => {
        const expected = s.split(' ').filter(Boolean).flatMap((p) => tokenWords(normalize(p).text));
        expect(aliasWords(s)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
  it.each([
    ['الكاظمي', true],
    ['kadhimi', true],
    ['2021', true],
    ['Kadhimi', false], // capital: folds
    ['أربيل', false], // alef with hamza: folds
    ['بغدادة', false], // final ة folds
    ['kata’ib', false], // apostrophe: dropped
    ['al-kadhimi', false], // two words
  ])('%s: %s', (s, plain) => {
    expect(isNormalized(s) && isOneWord(s)).toBe(plain);
  });
});
