import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../lib/arabic/normalize';
import { tokenize, tokenWords } from '../../../lib/arabic/tokenize';

const words = (s: string) => tokenWords(normalizeText(s));

describe('tokenize', () => {
  it('splits Arabic on spaces and punctuation', () => {
    expect(words('قال "أبو علي العسكري"، إن الكاظمي-الذي')).toEqual(['قال', 'ابو', 'علي', 'العسكري', 'ان', 'الكاظمي', 'الذي']);
  });

  it('splits where the script changes', () => {
    expect(words('عام 2021م في الـAFP')).toEqual(['عام', '2021', 'م', 'في', 'ال', 'afp']);
  });

  it("drops apostrophes inside Latin words but not a possessive 's", () => {
    expect(words("Kata'ib Hezbollah and Kadhimi's office")).toEqual(['kataib', 'hezbollah', 'and', 'kadhimi', 's', 'office']);
    expect(words('Kata’ib')).toEqual(['kataib']);
  });

  it('does not end a sentence at the dots of an abbreviation', () => {
    const text = normalizeText('وقالت (أ.ف.ب) إن. الهجوم');
    const t = tokenize(text);
    expect(Array.from(t.sentence.subarray(0, t.count))).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('splits Latin words at hyphens', () => {
    expect(words('al-Kadhimi')).toEqual(['al', 'kadhimi']);
  });

  it('numbers sentences at sentence punctuation and line breaks, not at decimal points', () => {
    const text = normalizeText('نجا الكاظمي. وقال 3.5 مليون؟ ثم\nبغداد');
    const t = tokenize(text);
    const sentences = Array.from(t.sentence.subarray(0, t.count));
    expect(sentences).toEqual([0, 0, 1, 1, 1, 1, 2, 3]);
    expect(t.gap[2]).toBe(2); // after the full stop
    expect(t.gap[7]).toBe(1); // after the line break
  });
});

describe('tokenize on dense text', () => {
  it('grows past its first guess when every character is a word', () => {
    const text = 'a1'.repeat(500) + ' ب';
    const t = tokenize(text);
    expect(t.count).toBe(1001);
    expect(t.start[1000]).toBe(1001);
    expect(t.kind[999]).toBe(3);
  });
});
