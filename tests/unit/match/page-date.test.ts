import { describe, expect, it } from 'vitest';
import { seedSet } from '../../support/seed-set';

const ids = (text: string, pageDate?: string) => {
  const r = seedSet().matcher.scan(text, pageDate ? { pageDate } : undefined);
  return [...r.entities.map((e) => e.id), ...r.events.map((e) => e.id)].sort();
};

describe('the page date', () => {
  const office = 'رئيس الوزراء الكاظمي يصل إلى باريس في زيارة رسمية';

  it('dates a title: the office means him on a page of his term, not on a page of another year', () => {
    expect(ids(office, '2021-08-26')).toContain('mustafa-al-kadhimi');
    expect(ids(office, '2025-08-26')).not.toContain('mustafa-al-kadhimi');
  });

  it('is ignored when malformed', () => {
    expect(ids(office, '26/08/2025')).toEqual(ids(office));
  });

  it('gives a needed year to a page that writes none', () => {
    const text = 'نتائج الانتخابات التشريعية في العراق: الكتلة الصدرية في الصدارة';
    expect(ids(text, '2021-10-12')).toContain('iraq-parliamentary-election-2021');
    expect(ids(text)).not.toContain('iraq-parliamentary-election-2021');
    expect(ids(text, '2018-05-14')).not.toContain('iraq-parliamentary-election-2021');
  });
});

describe('a count is not a year', () => {
  it('"2000 شخص" does not put the page in the year 2000', () => {
    expect(ids('استقبل رئيس الوزراء الكاظمي وفدا ضم 2000 شخص.')).toContain('mustafa-al-kadhimi');
    // A year it is, when written as one.
    expect(ids('استقبل رئيس الوزراء الكاظمي وفدا في عام 2000.')).not.toContain('mustafa-al-kadhimi');
  });
});
