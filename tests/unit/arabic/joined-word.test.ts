import { describe, expect, it } from 'vitest';
import { extendToJoinedWord, joinsAt } from '../../../lib/arabic/joined-word';

/** Where `found` sits in `text` (first occurrence at or after `from`), widened. */
function widen(text: string, found: string, from = 0) {
  const start = text.indexOf(found, from);
  if (start < 0) throw new Error(`${found} not in ${text}`);
  const r = extendToJoinedWord(text, start, start + found.length);
  return text.slice(r.start, r.end);
}

describe('joinsAt', () => {
  it('lam before any alef is one glyph: a boundary there splits it', () => {
    for (const word of ['لا', 'لأ', 'لإ', 'لآ']) expect(joinsAt(word, 1), word).toBe(true);
  });
  it('letters that do not join the next one (alef, dal, waw, ta marbuta…) leave a safe boundary', () => {
    for (const [text, i] of [['والكاظمي', 1], ['بغداد', 5], ['دار', 1], ['مدرسة ثم', 5], ['ءا', 1]] as const)
      expect(joinsAt(text, i), text).toBe(false);
  });
  it('a mark belongs to the letter before it; marks between two joined letters do not break the join', () => {
    expect(joinsAt('الكاظميُّ', 7)).toBe(true);
    expect(joinsAt('بَغداد', 2)).toBe(true); // ب + fatha | غ
  });
  it('tatweel and the zero-width joiner join both sides; the non-joiner does not', () => {
    expect(joinsAt('بـغداد', 1)).toBe(true);
    expect(joinsAt('ب\u200Dا', 2)).toBe(true);
    expect(joinsAt('ب\u200Cغ', 2)).toBe(false);
  });
  it('the edges of the text and Latin letters never join', () => {
    expect(joinsAt('لإيران', 0)).toBe(false);
    expect(joinsAt('لإيران', 6)).toBe(false);
    expect(joinsAt('Iraq', 2)).toBe(false);
  });
});

describe('extendToJoinedWord', () => {
  it('a name found after a joining proclitic is drawn with it (lam-alef stays one glyph)', () => {
    expect(widen('أعلنت طهران دعمها لإيران في', 'إيران')).toBe('لإيران');
    expect(widen('قال لأمريكا إن', 'أمريكا')).toBe('لأمريكا');
    expect(widen('وصل بالكاظمي إلى', 'الكاظمي')).toBe('بالكاظمي');
    expect(widen('في لبغداد', 'بغداد')).toBe('لبغداد');
  });
  it('a proclitic that does not join (waw, alef) is left out, as the matcher found it', () => {
    expect(widen('قال والكاظمي إن', 'الكاظمي')).toBe('الكاظمي');
    expect(widen('وبغداد تستعد', 'بغداد')).toBe('بغداد');
  });
  it('an end inside joined letters moves to the end of the word; trailing marks come along', () => {
    expect(widen('الحكومة العراقية قالت', 'العراق')).toBe('العراقية');
    expect(widen('نجا الكاظميُّ من', 'الكاظمي')).toBe('الكاظميُّ');
    expect(widen('زار بغدادَ أمس', 'بغداد')).toBe('بغدادَ');
  });
  it('spans that end where letters do not join are returned as they are', () => {
    for (const [text, found] of [
      ['نجا مصطفى الكاظمي من', 'مصطفى الكاظمي'],
      ['في بغداد.', 'بغداد'],
      ['Reuters said', 'Reuters'],
      ['«الكاظمي»', 'الكاظمي'],
    ] as const)
      expect(widen(text, found)).toBe(found);
  });
  it('never crosses a space or a line break', () => {
    const r = extendToJoinedWord('ل إيران', 2, 7);
    expect(r).toEqual({ start: 2, end: 7 });
    expect(widen('ل\nإيرانية', 'إيران')).toBe('إيرانية');
  });
});
