import { describe, expect, it } from 'vitest';
import { procliticForms } from '../../../lib/arabic/clitics';

const forms = (w: string) => procliticForms(w).map((f) => f.form);

describe('procliticForms', () => {
  it('tries the word as written first', () => {
    expect(forms('لبنان')[0]).toBe('لبنان');
    expect(forms('بغداد')[0]).toBe('بغداد');
  });

  it.each([
    ['بالعراق', 'العراق'],
    ['والعراق', 'العراق'],
    ['فالعراق', 'العراق'],
    ['وبالعراق', 'العراق'],
    ['للكاظمي', 'الكاظمي'],
    ['وللكاظمي', 'الكاظمي'],
    ['لإيران', 'لإيران'.slice(1)],
    ['ببغداد', 'بغداد'],
    ['وبغداد', 'بغداد'],
    ['كالعراق', 'العراق'],
  ])('%s can stand for %s', (word, stem) => {
    expect(forms(word)).toContain(stem);
  });

  it('gives the number of letters the proclitics took', () => {
    const byForm = Object.fromEntries(procliticForms('وبالعراق').map((f) => [f.form, f.skip]));
    expect(byForm['العراق']).toBe(2);
    // ل + ال written لل: the mention keeps the whole word, since لكاظمي is not a word.
    expect(Object.fromEntries(procliticForms('للكاظمي').map((f) => [f.form, f.skip]))['الكاظمي']).toBe(0);
  });

  it('never strips a suffix', () => {
    for (const w of ['الكاظمية', 'إيراني', 'العراقية', 'بغدادي']) {
      expect(forms(w).every((f) => w.startsWith(f) || w.endsWith(f))).toBe(true);
      expect(forms(w).some((f) => ['الكاظمي', 'إيران', 'العراق', 'بغداد'].includes(f))).toBe(false);
    }
  });

  it('leaves words without a proclitic initial alone, and keeps stems of two letters or more', () => {
    expect(forms('العراق')).toEqual(['العراق']);
    expect(forms('بل')).toEqual(['بل']);
    expect(forms('وله').every((f) => f.length >= 2)).toBe(true);
  });
});
