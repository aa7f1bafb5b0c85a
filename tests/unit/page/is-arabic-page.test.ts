import { describe, expect, it } from 'vitest';
import { arabicRatio, isArabicPage, sampleText } from '../../../lib/page/is-arabic-page';
import { pageDocument } from './fake-range';

const ARABIC = 'قالت خلية الإعلام الأمني إن طائرة مسيرة مفخخة استهدفت منزل رئيس الوزراء مصطفى الكاظمي في المنطقة الخضراء ببغداد.';
const ENGLISH = 'Iraqi Prime Minister Mustafa al-Kadhimi survived a drone attack on his residence in Baghdad on Sunday.';

describe('arabicRatio', () => {
  it('counts Arabic letters among letters, ignoring digits, spaces and punctuation', () => {
    expect(arabicRatio(ARABIC)).toBe(1);
    expect(arabicRatio(ENGLISH)).toBe(0);
    expect(arabicRatio('٢٠٢١ - 2021 !!')).toBe(0);
    expect(arabicRatio('الكاظمي Kadhimi')).toBeCloseTo(7 / 14);
    expect(arabicRatio('ﻣﺼﻄﻔﻰ')).toBe(1); // presentation forms
  });
});

describe('isArabicPage', () => {
  it.each([
    ['lang="ar" with little text', `<html lang="ar"><body><p>Live</p></body></html>`, true],
    ['lang="ar-IQ"', `<html lang="ar-IQ"><body><p>${ENGLISH}</p></body></html>`, true],
    ['an English template with an Arabic article', `<html lang="en"><body><nav>Home News Sport</nav><p>${ARABIC}</p></body></html>`, true],
    ['an English page', `<html lang="en"><body><p>${ENGLISH}</p></body></html>`, false],
    ['an English page quoting one Arabic name', `<html><body><p>${ENGLISH} (مصطفى الكاظمي)</p></body></html>`, false],
    ['a Persian page', `<html lang="fa"><body><p>${ARABIC}</p></body></html>`, false],
    ['dir="rtl" with some Arabic among Latin menus', `<html dir="rtl"><body><p>${ENGLISH} ${ENGLISH} مصطفى الكاظمي في بغداد</p></body></html>`, true],
    ['Arabic only inside a script', `<html><body><script>var t = "${ARABIC}"</script><p>${ENGLISH}</p></body></html>`, false],
  ])('%s → %s', (_name, html, expected) => {
    expect(isArabicPage(pageDocument(html))).toBe(expected);
  });

  it('samples only the first characters of a long page', () => {
    const doc = pageDocument(`<html><body><p>${'x'.repeat(30_000)}</p><p>${ARABIC.repeat(500)}</p></body></html>`);
    expect(sampleText(doc.body, 20_000)).toHaveLength(20_000);
    expect(isArabicPage(doc)).toBe(false);
  });
});
