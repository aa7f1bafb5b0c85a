import { describe, expect, it } from 'vitest';
import { groupCoverage } from '../../../lib/cards/group-coverage';
import { searchLinks } from '../../../lib/cards/search-links';
import { dayNumber, timelinePoints } from '../../../lib/cards/timeline-points';
import { dateForms } from '../../../lib/i18n/date-forms';
import type { Card, Coverage } from '../../../lib/messaging/protocol';

const item = (over: Partial<Coverage>): Coverage => ({ kind: 'visit', url: 'https://a.example/', title: 'خبر', outlet: 'صحيفة', published: null, seen: null, ...over });

describe('groupCoverage', () => {
  it('groups by outlet, outlets by their newest item, items newest first; undated pages by first visit', () => {
    const groups = groupCoverage([
      item({ url: 'r1', outlet: 'رويترز', published: '2021-11-06' }),
      item({ url: 'f1', outlet: 'وكالة الفرات', published: '2021-11-08T10:00:00+03:00' }),
      item({ url: 'r2', outlet: 'رويترز ', published: '2021-11-09' }),
      item({ url: 'b1', outlet: 'blog.example', seen: Date.UTC(2021, 10, 7, 12) }),
    ]);
    expect(groups.map((g) => [g.outlet, g.items.map((i) => i.url)])).toEqual([
      ['رويترز', ['r2', 'r1']],
      ['وكالة الفرات', ['f1']],
      ['blog.example', ['b1']],
    ]);
  });
});

describe('searchLinks', () => {
  it('builds https links with the name as an encoded query parameter', () => {
    const links = searchLinks('مصطفى الكاظمي');
    expect(links.map((l) => l.id)).toEqual(['news', 'misbar', 'fatabyyano', 'afp']);
    for (const l of links) {
      const u = new URL(l.url);
      expect(u.protocol).toBe('https:');
      expect([...u.searchParams.values()]).toContain('مصطفى الكاظمي');
    }
  });
  it('a name cannot break out of its parameter or change the host', () => {
    const [news] = searchLinks('x&hl=en#frag https://evil.example/');
    const u = new URL(news!.url);
    expect(u.host).toBe('news.google.com');
    expect(u.searchParams.get('q')).toBe('x&hl=en#frag https://evil.example/');
    expect(u.searchParams.getAll('hl')).toEqual(['ar']);
    expect(searchLinks('   ')).toEqual([]);
  });
});

const entity: Card = {
  kind: 'entity',
  id: 'mustafa-al-kadhimi',
  type: 'person',
  name: { ar: 'مصطفى الكاظمي', en: 'Mustafa al-Kadhimi' },
  summary: { ar: '', en: '' },
  dates: [{ date: '2020-05-07', label: { ar: 'تولى', en: 'Took office' }, fact: 'f-office' }],
  facts: [
    { id: 'f-office', text: { ar: 'تولى', en: 'Took office' }, date: '2020-05-07', source: { id: 's', title: { ar: 'م', en: 's' }, publisher: 'p', published: '2021-11-07' } },
    { id: 'f-drone', text: { ar: 'نجا', en: 'Survived' }, date: '2021-11-07', source: { id: 's', title: { ar: 'م', en: 's' }, publisher: 'p', published: '2021-11-07' } },
    { id: 'f-undated', text: { ar: 'بلا تاريخ', en: 'Undated' }, source: { id: 's', title: { ar: 'م', en: 's' }, publisher: 'p', published: '2021-11-07' } },
  ],
  relations: [],
  coverage: [item({ url: 'https://f.example/1', outlet: 'الفرات', title: 'تحليل', published: '2021-11-08T09:00:00+03:00' }), item({ url: 'https://u.example/', outlet: 'u' })],
  coverageMore: false,
  coSeen: [],
  pageDate: { date: '2021-11-09', from: 'page' },
  origin: [{ id: 'core', name: { ar: 'سياق', en: 'Siyaq' }, attribution: 'Siyaq' }],
};

describe('timelinePoints', () => {
  it('puts key dates, dated facts (not twice), dated coverage and the page on one axis, oldest first', () => {
    const points = timelinePoints(entity);
    expect(points.map((p) => [p.kind, p.date])).toEqual([
      ['date', '2020-05-07'],
      ['fact', '2021-11-07'],
      ['coverage', '2021-11-08'],
      ['page', '2021-11-09'],
    ]);
    expect(points[2]!.url).toBe('https://f.example/1');
    expect(points[1]!.day - points[0]!.day).toBe(549);
  });
  it('places partial dates at the start of their month or year', () => {
    expect(dayNumber('2021')).toBe(dayNumber('2021-01-01'));
    expect(dayNumber('2021-11')).toBe(dayNumber('2021-11-01'));
    expect(dayNumber('قبل الحرب')).toBeUndefined();
  });
});

describe('dateForms', () => {
  it('Arabic first with both month names, then English, then the ISO date in both digit sets', () => {
    expect(dateForms('ar', '2021-11-07')).toEqual({ primary: '٧ نوفمبر/تشرين الثاني ٢٠٢١', others: ['7 November 2021', '2021-11-07', '٢٠٢١-١١-٠٧'] });
    expect(dateForms('en', '2021-11-07')).toEqual({ primary: '7 November 2021', others: ['٧ نوفمبر/تشرين الثاني ٢٠٢١', '2021-11-07', '٢٠٢١-١١-٠٧'] });
  });
  it('leaves what is not a date alone', () => {
    expect(dateForms('ar', 'أمس')).toEqual({ primary: 'أمس', others: [] });
  });
});
