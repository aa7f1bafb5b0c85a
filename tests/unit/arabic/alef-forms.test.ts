import { describe, expect, it } from 'vitest';
import { alefForms, alefFormsAgree, NO_FORMS } from '../../../lib/arabic/alef-forms';

const agree = (page: string, name: string) => alefFormsAgree(alefForms(page), alefForms(name));

describe('alefForms', () => {
  it('reads each alef as bare, أ, إ or آ, in order', () => {
    expect(alefForms('وان')).not.toBe(alefForms('وأن'));
    expect(alefForms('وأن')).not.toBe(alefForms('وإن'));
    expect(alefForms('آبا')).not.toBe(alefForms('أبا'));
    expect(alefForms('أبا')).not.toBe(alefForms('ابأ'));
  });

  it('reads decomposed text and presentation forms as the composed letters', () => {
    expect(alefForms('وا\u0654ن')).toBe(alefForms('وأن'));
    expect(alefForms('ا\u0655نا')).toBe(alefForms('إنا'));
    expect(alefForms('ا\u0653با')).toBe(alefForms('آبا'));
    expect(alefForms('و\ufe84ن')).toBe(alefForms('وأن'));
    expect(alefForms('\ufef7')).toBe(alefForms('لأ'));
  });

  it('passes over diacritics and tatweel', () => {
    expect(alefForms('وَأَنَّ')).toBe(alefForms('وأن'));
    expect(alefForms('وأـن')).toBe(alefForms('وأن'));
  });

  it('has nothing to compare in a word without alefs, or with too many', () => {
    expect(alefForms('قطر')).toBe(NO_FORMS);
    expect(alefForms('ااااااا')).toBe(NO_FORMS);
    expect(alefForms('اااااا')).not.toBe(NO_FORMS);
  });

  it('reads only the range asked for', () => {
    expect(alefForms('قال وأن', 4, 7)).toBe(alefForms('وأن'));
  });
});

describe('alefFormsAgree', () => {
  it('a hamza left out is only a spelling', () => {
    expect(agree('وان', 'وان')).toBe(true);
    expect(agree('ادرار', 'أدرار')).toBe(true);
    expect(agree('انا', 'إنا')).toBe(true);
  });

  it('a hamza the name does not have, or another one, makes another word', () => {
    expect(agree('وأن', 'وان')).toBe(false);
    expect(agree('وإن', 'وان')).toBe(false);
    expect(agree('كأن', 'كان')).toBe(false);
    expect(agree('أنا', 'إنا')).toBe(false);
    expect(agree('أبا', 'آبا')).toBe(false);
  });

  it('the hamza the name writes, where it writes it', () => {
    expect(agree('إنا', 'إنا')).toBe(true);
    expect(agree('آبا', 'آبا')).toBe(true);
  });

  it('compares the second alef as well as the first', () => {
    expect(agree('ابأ', 'ابا')).toBe(false);
    expect(agree('أبا', 'أبا')).toBe(true);
  });

  it('does not compare words whose alefs cannot be paired', () => {
    expect(agree('أ', 'اا')).toBe(true);
    expect(alefFormsAgree(NO_FORMS, alefForms('وان'))).toBe(true);
    expect(alefFormsAgree(alefForms('وأن'), NO_FORMS)).toBe(true);
  });
});
