import { describe, expect, it } from 'vitest';
import { endOf, normalize, normalizeText, writtenAsMaksura } from '../../../lib/arabic/normalize';

describe('normalize', () => {
  it.each([
    ['diacritics', 'فَجْرَ الأَحَدِ', 'فجر الاحد'],
    ['shadda and dagger alef', 'مسيّرة مفخّخة هٰذا', 'مسيره مفخخه هذا'],
    ['tatweel', 'الكـــاظمي', 'الكاظمي'],
    ['alef forms', 'أبو إيران آمن ٱلله', 'ابو ايران امن الله'],
    ['alef maksura', 'مصطفى على', 'مصطفي علي'],
    ['teh marbuta at word end only', 'المنطقة الخضراء والقاعدةالجوية', 'المنطقه الخضراء والقاعدةالجويه'],
    ['Persian letters', 'ایران کتائب', 'ايران كتائب'],
    ['Arabic-Indic digits', '٧ نوفمبر ٢٠٢١', '7 نوفمبر 2021'],
    ['Persian digits', '۷ نوفمبر ۲۰۲۱', '7 نوفمبر 2021'],
    ['invisible marks inside a word', 'الكا\u200cظمي ب\u200dغداد \u200fالعراق\u061c \ufeffإيران', 'الكاظمي بغداد العراق ايران'],
    ['presentation forms (NFKC)', 'ﺑﻐﺪﺍﺩ ﻻ', 'بغداد لا'],
    ['Latin case', 'Mustafa AL-KADHIMI', 'mustafa al-kadhimi'],
    ['combining hamza composes like NFC', 'مسو\u0654ول شي\u0654', 'مسؤول شئ'],
  ])('%s', (_label, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('maps every normalized character back into the original', () => {
    const input = 'قال الكـاظمُي ﻻ';
    const n = normalize(input);
    expect(n.starts.length).toBe(n.text.length);
    for (let i = 0; i < n.text.length; i++) {
      expect(n.starts[i]).toBeLessThan(input.length);
      expect(endOf(n, i, input)).toBeGreaterThan(n.starts[i]!);
    }
    // The lam-alef ligature expands to two letters that both point at the one original character.
    const la = input.indexOf('ﻻ');
    expect([...n.starts.slice(-2)]).toEqual([la, la]);
    // The damma after م is part of م's span; the tatweel part of ك's.
    const meem = n.text.indexOf('م');
    expect(input.slice(n.starts[meem], endOf(n, meem, input))).toBe('مُ');
    const kaf = n.text.indexOf('ك');
    expect(input.slice(n.starts[kaf], endOf(n, kaf, input))).toBe('كـ');
  });

  it('tells the ي that was written ى', () => {
    const input = 'على علي ﻋﻠﻰ';
    const n = normalize(input);
    expect(n.text).toBe('علي علي علي');
    expect([...n.text].map((_, k) => (writtenAsMaksura(input, n, k) ? 1 : 0))).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('expands a long ligature and keeps the map aligned', () => {
    const n = normalize('النبي ﷺ قال');
    expect(n.text).toBe('النبي صلي الله عليه وسلم قال');
    expect(n.starts.length).toBe(n.text.length);
  });

  it('keeps offsets aligned past a lone surrogate in a long text', () => {
    const input = 'قال '.repeat(30) + '\ud800' + ' الكاظمي';
    const n = normalize(input);
    expect(n.text.length).toBe(n.starts.length);
    const at = n.text.indexOf('الكاظمي');
    expect(input.slice(n.starts[at], endOf(n, at + 6, input))).toBe('الكاظمي');
  });

  it('handles characters outside the BMP', () => {
    const input = '𝐀𝐅𝐏 😀 بغداد';
    const n = normalize(input);
    expect(n.text).toBe('afp 😀 بغداد');
    expect(n.starts[0]).toBe(0);
    expect(endOf(n, 0, input)).toBe(2);
  });
});
