import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EdgeTable } from '../../../lib/match/edge-table';
import { hashRange, WordTable } from '../../../lib/match/word-table';

describe('EdgeTable', () => {
  it('finds every edge it was given, through growth, and nothing else', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.nat(5000), fc.nat(5000)), { maxLength: 400, selector: ([n, w]) => `${n}:${w}` }), (pairs) => {
        const table = new EdgeTable();
        pairs.forEach(([n, w], k) => table.add(n, w, k));
        expect(table.size).toBe(pairs.length);
        pairs.forEach(([n, w], k) => expect(table.get(n, w)).toBe(k));
        const taken = new Set(pairs.map(([n, w]) => `${n}:${w}`));
        for (let n = 0; n < 30; n++) if (!taken.has(`${n}:${n + 1}`)) expect(table.get(n, n + 1)).toBe(-1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('WordTable', () => {
  const words = ['العراق', 'الكاظمي', 'كاظمي', 'بغداد', 'kadhimi', 'ال'];
  const table = new WordTable(words);

  it('finds a word inside a longer text by its range', () => {
    const text = 'وصل الكاظمي إلى بغداد';
    const at = (w: string) => {
      const s = text.indexOf(w);
      return table.find(hashRange(text, s, s + w.length), text, s, s + w.length);
    };
    expect(at('الكاظمي')).toBe(1);
    expect(at('بغداد')).toBe(3);
    expect(at('إلى')).toBe(-1);
  });

  it('finds ال + a stem written without it', () => {
    const text = 'للكاظمي';
    const stem = hashRange(text, 2, text.length);
    const withArticle = hashRange('ال' + text.slice(2), 0, text.length);
    expect(table.find(withArticle, text, 2, text.length, 'ال')).toBe(1);
    expect(table.find(stem, text, 2, text.length)).toBe(2);
  });

  it('tells apart words with the same hash', () => {
    // The hash runs from the end of the word, so 'aA' and 'BB' collide (as 'Aa' and 'BB' do front to back).
    const collide = new WordTable(['aA', 'BB']);
    expect(hashRange('aA', 0, 2)).toBe(hashRange('BB', 0, 2));
    expect(collide.find(hashRange('BB', 0, 2), 'BB', 0, 2)).toBe(1);
    expect(collide.find(hashRange('aA', 0, 2), 'aA', 0, 2)).toBe(0);
  });
});

describe('PhraseTrie proclitic lookups', () => {
  it('the hashed forms of a page word are the dictionary forms of procliticForms', async () => {
    const { PhraseTrie } = await import('../../../lib/match/phrase-trie');
    const { procliticForms } = await import('../../../lib/arabic/clitics');
    const stems = ['العراق', 'الكاظمي', 'بغداد', 'لبنان', 'ايران', 'كتائب', 'وكاله', 'فرانس', 'ال', 'بال'];
    const trie = new PhraseTrie();
    stems.forEach((w, k) => trie.add([w], k));
    trie.seal();
    const word = fc
      .tuple(fc.constantFrom('', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فل', 'لل', 'ولل', 'بال', 'وال'), fc.constantFrom(...stems, 'كاظمي', 'عراق', 'غداد', 'بنان'))
      .map(([p, s]) => p + s);
    fc.assert(
      fc.property(word, (w) => {
        const text = `قال ${w} أمس`;
        const n = trie.startFormsAt(text, 4, 4 + w.length);
        const hashed = new Set(Array.from({ length: n }, (_, k) => `${trie.formIds[k]}:${trie.formSkips[k]}`));
        const expected = new Set<string>();
        for (const f of procliticForms(w)) {
          const id = trie.wordId(f.form);
          if (id >= 0 && !(expected.size && [...expected].some((e) => e.startsWith(`${id}:`)))) expected.add(`${id}:${f.skip}`);
        }
        expect(hashed).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
