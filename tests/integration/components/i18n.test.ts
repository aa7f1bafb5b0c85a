import { describe, expect, it } from 'vitest';
import { LANGS, MESSAGES, formatNumber, translate, type Message, type MessageKey } from '../../../lib/i18n';

const placeholders = (m: Message) =>
  [...new Set((typeof m === 'string' ? [m] : Object.values(m)).flatMap((s) => [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((x) => x[1])))].sort();

describe('the dictionary', () => {
  const keys = Object.keys(MESSAGES.ar) as MessageKey[];

  it('has the same keys in both languages', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual([...keys].sort());
    expect(keys.length).toBeGreaterThan(40);
  });

  it.each(keys)('%s: non-empty in both languages, same placeholders', (key) => {
    for (const lang of LANGS) {
      const m = MESSAGES[lang][key];
      const texts = typeof m === 'string' ? [m] : Object.values(m);
      for (const text of texts) expect(text?.trim()).toBeTruthy();
    }
    expect(placeholders(MESSAGES.en[key])).toEqual(placeholders(MESSAGES.ar[key]));
  });

  it('gives Arabic plurals every form Arabic grammar selects', () => {
    for (const key of keys) {
      const m = MESSAGES.ar[key];
      if (typeof m === 'string') continue;
      expect(Object.keys(m).sort(), key).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
      const en = MESSAGES.en[key];
      expect(typeof en === 'object' && en.one && en.other, key).toBeTruthy();
    }
  });

  it('Arabic strings are Arabic, English strings are not', () => {
    for (const key of keys) {
      if (key === 'languageSwitch' || key === 'mentionNumber') continue; // written in the other language / digits only
      const ar = MESSAGES.ar[key];
      const en = MESSAGES.en[key];
      expect(JSON.stringify(ar), key).toMatch(/[\u0600-\u06FF]/);
      expect(JSON.stringify(en), key).not.toMatch(/[\u0600-\u06FF]/);
    }
  });
});

describe('translate', () => {
  it.each([
    [0, 'لا بطاقات لهذه الصفحة'],
    [1, 'بطاقة واحدة لهذه الصفحة'],
    [2, 'بطاقتان لهذه الصفحة'],
    [3, '٣ بطاقات لهذه الصفحة'],
    [10, '١٠ بطاقات لهذه الصفحة'],
    [11, '١١ بطاقة لهذه الصفحة'],
    [100, '١٠٠ بطاقة لهذه الصفحة'],
  ])('picks the Arabic plural for %i', (n, expected) => {
    expect(translate('ar', 'cardsCount', { n })).toBe(expected);
  });

  it('picks the English plural and Western digits', () => {
    expect(translate('en', 'mentionsCount', { n: 1 })).toBe('Mentioned once');
    expect(translate('en', 'mentionsCount', { n: 12 })).toBe('Mentioned 12 times');
  });

  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(translate('ar', 'siteSwitch', { site: 'www.aljazeera.net' })).toBe('سياق على www.aljazeera.net');
    expect(translate('en', 'enableSite')).toBe('Turn Siyaq on for {site}');
  });

  it('refuses a plural message without a count', () => {
    expect(() => translate('ar', 'cardsCount')).toThrow(/\{n\}/);
  });

  it('writes numbers with Arabic-Indic digits in Arabic', () => {
    expect(formatNumber('ar', 2021)).toMatch(/^٢[٬,]?٠٢١$/);
    expect(formatNumber('en', 2021)).toBe('2,021');
  });
});
