import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../lib/i18n';

describe('formatDate', () => {
  it.each([
    ['ar', '2021-11-07', '٧ نوفمبر ٢٠٢١'],
    ['en', '2021-11-07', '7 November 2021'],
    ['ar', '2020-05', 'مايو ٢٠٢٠'],
    ['en', '2020-05', 'May 2020'],
    ['ar', '2021', '٢٠٢١'],
    ['en', '2021', '2021'],
    ['en', '2021-10-10', '10 October 2021'],
  ] as const)('%s %s → %s', (lang, iso, expected) => {
    expect(formatDate(lang, iso)).toBe(expected);
  });

  it('does not shift the day with the time zone (first and last day of a year)', () => {
    expect(formatDate('en', '2021-01-01')).toBe('1 January 2021');
    expect(formatDate('en', '2021-12-31')).toBe('31 December 2021');
  });

  it.each(['', 'yesterday', '07/11/2021', '2021-13-01', '2021-02-30', '2021-00'])('returns %j unchanged rather than guessing', (input) => {
    expect(formatDate('ar', input)).toBe(input);
  });
});
