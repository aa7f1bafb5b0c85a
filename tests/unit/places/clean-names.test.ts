import { describe, expect, it } from 'vitest';
import { cleanArabicName, plainEnglish, slug } from '../../../scripts/places/clean-names';

describe('cleanArabicName', () => {
  it.each([
    // [raw, English, cleaned, rules applied]
    ['حماة', 'Ḩamāh', 'حماة', []],
    ['طَرَابُلُس', 'Tripoli', 'طرابلس', ['diacritics']],
    ['الزاوية\u200e\u200e', 'Az Zāwīyah', 'الزاوية', []],
    ['باقة الغربية\u200e,', 'Baqa al-Gharbiyye', 'باقة الغربية', []],
    ['شعبية إجدابيا', 'Ajdabiya', 'إجدابيا', ['prefix']],
    ['محافظة حماة', 'Ḩamāh', 'حماة', ['prefix']],
    ['إمارة الشارقة', 'Sharjah', 'الشارقة', ['prefix']],
    ['كوت', 'Al Kūt', 'الكوت', ['article']],
    ['سماوه', 'As Samawah', 'السماوة', ['article', 'ta-marbuta']],
    ['العماره', 'Al ‘Amārah', 'العمارة', ['ta-marbuta']],
    ['دَهُکْ', 'Dihok', 'دهك', ['diacritics']],
    ['رامیان', 'Rāmīān', 'راميان', []],
  ])('%s (%s) → %s', (raw, english, cleaned, applied) => {
    expect(cleanArabicName(raw, english)).toEqual({ name: cleaned, applied });
  });

  it('does not add ال to names of several words or to names without the romanized article', () => {
    expect(cleanArabicName('دير الزور', 'Deir ez-Zor').name).toBe('دير الزور');
    expect(cleanArabicName('حلب', 'Aleppo').name).toBe('حلب');
    expect(cleanArabicName('أبو غريب', 'Al Abu Ghurayb').name).toBe('أبو غريب');
  });

  it('keeps a final ه when the romanized name does not end in -a/-ah', () => {
    expect(cleanArabicName('بنه', 'Banh').name).toBe('بنه');
  });

  it('rejects transliterations, digits and non-Arabic text', () => {
    expect(cleanArabicName('Şūr', 'Tyre').rejected).toBe('latin');
    expect(cleanArabicName('Ba’qūba', 'Baqubah').rejected).toBe('latin');
    expect(cleanArabicName('حي 7', 'Block 7').rejected).toBe('digits');
    expect(cleanArabicName('\u200f', 'X').rejected).toBe('empty');
    expect(cleanArabicName('東京', 'Tokyo').rejected).toBe('not-arabic');
  });
});

describe('plainEnglish and slug', () => {
  it('drop diacritics and ayn/hamza signs', () => {
    expect(plainEnglish('Ḩamāh')).toBe('Hamah');
    expect(plainEnglish('Ta‘izz')).toBe('Taizz');
    expect(plainEnglish('Sāmarrā’')).toBe('Samarra');
    expect(plainEnglish('Şanlıurfa')).toBe('Sanliurfa');
  });
  it('make kebab-case ids', () => {
    expect(slug('Deir ez-Zor')).toBe('deir-ez-zor');
    expect(slug('Al Ḩudaydah')).toBe('al-hudaydah');
  });
});
