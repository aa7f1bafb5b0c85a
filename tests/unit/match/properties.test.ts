import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { procliticForms } from '../../../lib/arabic/clitics';
import { endOf, normalize } from '../../../lib/arabic/normalize';
import { tokenize, tokenWords } from '../../../lib/arabic/tokenize';
import { seedSet } from '../../support/seed-set';

const { set, matcher } = seedSet();
const aliasWords = new Map<string, string[][]>(
  set.entities.map((e) => [e.id, e.aliases.map((a) => tokenWords(normalize(a.text).text))]),
);

/** Pieces of real-looking text: alias texts, everyday words, near misses, punctuation and hazards. */
const fragments = fc.constantFrom(
  ...set.entities.flatMap((e) => e.aliases.map((a) => a.text)),
  'قال', 'في', 'على', 'إن', 'رئيس الوزراء', 'المجلس', 'الإمام', 'حزب الله', 'اللبناني', 'نصر الله', 'الكاظمية',
  'بغدادي', 'مؤشر', 'عام 2021', '7 نوفمبر 2021', 'مواجهات', 'متظاهرين', 'محاولة اغتيال', 'طائرة مسيرة',
  'said', 'the', 'Prime Minister', '.', '،', '؟', '\n', '"', '(', ')', '-',
);
const proclitic = fc.constantFrom('', '', '', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'لل', 'ك');
const hazard = fc.constantFrom('', '', '', '\u064e', '\u0651', '\u0640', '\u200c', '\u200f', '\u061c');

/** Inserts hazards after random characters of a fragment. */
const decorated = fc
  .tuple(proclitic, fragments, fc.array(fc.tuple(fc.nat(), hazard), { maxLength: 3 }))
  .map(([p, f, marks]) => {
    let s = /^[\u0600-\u06ff]/.test(f) ? p + f : f;
    for (const [at, mark] of marks) {
      const k = s.length ? 1 + (at % s.length) : 0;
      s = s.slice(0, k) + mark + s.slice(k);
    }
    return s;
  });
const pageText = fc.array(decorated, { minLength: 1, maxLength: 40 }).map((parts) => parts.join(' '));

describe('properties of the matcher', () => {
  it('every mention normalizes to an alias of its entity (after the proclitics the dictionary allows)', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        for (const entity of matcher.scan(text).entities) {
          for (const m of entity.mentions) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            const words = tokenWords(normalize(m.text).text);
            const [first, ...rest] = words;
            const ok = aliasWords.get(entity.id)!.some(
              (alias) =>
                alias.length === words.length &&
                procliticForms(first!).some((f) => f.form === alias[0]) &&
                rest.every((w, k) => w === alias[k + 1]),
            );
            expect(ok, `"${m.text}" is not an alias of ${entity.id}`).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

const arabicish = fc.constantFrom(
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة'.split(''),
  '\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u0670', '\u0640', '\u200c', '\u200d', '\u200f', '\u061c', '\ufeff',
  'ﻻ', 'ﷲ', 'ﺑ', '٧', '۲', 'a', 'B', "'", ' ', ' ', '\n', '.', '،', '-',
);

describe('properties of normalization', () => {
  it('never moves an offset outside its word', () => {
    fc.assert(
      fc.property(fc.array(arabicish, { maxLength: 80 }).map((cs) => cs.join('')), (input) => {
        const n = normalize(input);
        const t = tokenize(n.text);
        for (let i = 0; i < t.count; i++) {
          const start = n.starts[t.start[i]!]!;
          const end = endOf(n, t.end[i]! - 1, input);
          expect(start).toBeLessThan(end);
          expect(end).toBeLessThanOrEqual(input.length);
          // The original span of a word holds no separator: it is that word, its marks and invisible joiners.
          expect(input.slice(start, end)).not.toMatch(/[ \n.،-]/);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.array(arabicish, { maxLength: 80 }).map((cs) => cs.join('')), (input) => {
        const once = normalize(input).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('alias words', () => {
  it('normalizing piece by piece gives the words of normalizing the whole alias', async () => {
    const { aliasWords } = await import('../../../lib/match/compile');
    const all = set.entities.flatMap((e) => e.aliases.map((a) => a.text));
    for (const text of all) expect(aliasWords(text)).toEqual(tokenWords(normalize(text).text));
    fc.assert(
      fc.property(fc.array(arabicish, { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
        expect(aliasWords(text)).toEqual(tokenWords(normalize(text).text));
      }),
      { numRuns: 500 },
    );
  });
});
