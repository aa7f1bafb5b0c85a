import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/compile';
import { entitySchema, type Entity } from '../../../lib/reference/schema';

/** A small set: two Iraqi prime ministers and two Syrian presidents, with the titles pages use for them. */
function person(id: string, ar: string, en: string, roles: Entity['roles']): Entity {
  return entitySchema.parse({
    id,
    type: 'person',
    name: { ar, en },
    summary: { ar, en },
    aliases: [{ text: ar, lang: 'ar', kind: 'full' }],
    roles,
  });
}

const IRAQ_PM = ['رئيس الوزراء العراقي', 'رئيس الحكومة العراقية', 'رئيس وزراء العراق'];
const SYRIA_PRESIDENT = ['الرئيس السوري', 'رئيس الجمهورية العربية السورية'];
const pm = (from: string, to?: string) => ({ title: { ar: 'رئيس مجلس الوزراء', en: 'Prime Minister of Iraq' }, from, to, phrases: IRAQ_PM });
const president = (from: string, to?: string) => ({ title: { ar: 'رئيس الجمهورية', en: 'President of Syria' }, from, to, phrases: SYRIA_PRESIDENT });

const matcher = compileMatcher({
  entities: [
    person('mustafa-al-kadhimi', 'مصطفى الكاظمي', 'Mustafa al-Kadhimi', [pm('2020-05-07', '2022-10-27')]),
    person('mohammed-shia-al-sudani', 'محمد شياع السوداني', 'Mohammed Shia al-Sudani', [pm('2022-10-27')]),
    person('bashar-al-assad', 'بشار الأسد', 'Bashar al-Assad', [president('2000-07-17', '2024-12-08')]),
    person('ahmed-al-sharaa', 'أحمد الشرع', 'Ahmed al-Sharaa', [president('2025-01-29')]),
  ],
  events: [],
});

const ids = (text: string, pageDate?: string) => matcher.scan(text, pageDate ? { pageDate } : undefined).entities.map((e) => e.id);

describe('titles resolve to the holder on the page date', () => {
  const iraq = 'استقبل رئيس الوزراء العراقي وفدا من رجال الأعمال في مكتبه ببغداد.';
  it('رئيس الوزراء العراقي: al-Kadhimi before 27 October 2022, al-Sudani after', () => {
    expect(ids(iraq, '2021-06-14')).toEqual(['mustafa-al-kadhimi']);
    expect(ids(iraq, '2022-10-26')).toEqual(['mustafa-al-kadhimi']);
    expect(ids(iraq, '2022-10-28')).toEqual(['mohammed-shia-al-sudani']);
    expect(ids(iraq, '2025-03-02')).toEqual(['mohammed-shia-al-sudani']);
  });

  it('on the handover day both held the title for part of the day: nobody is named', () => {
    expect(ids(iraq, '2022-10-27')).toEqual([]);
  });

  const syria = 'وصل الرئيس السوري إلى الرياض في زيارة رسمية تستغرق يومين.';
  it('الرئيس السوري: al-Assad until 8 December 2024, al-Sharaa from 29 January 2025, nobody between', () => {
    expect(ids(syria, '2023-05-19')).toEqual(['bashar-al-assad']);
    expect(ids(syria, '2024-12-07')).toEqual(['bashar-al-assad']);
    expect(ids(syria, '2025-01-05')).toEqual([]);
    expect(ids(syria, '2025-02-02')).toEqual(['ahmed-al-sharaa']);
  });

  it('the mention is the title itself; a title written beside the name is part of the name', () => {
    const alone = matcher.scan('التقى الرئيس السوري وزير الخارجية التركي في دمشق.', { pageDate: '2025-04-10' });
    expect(alone.entities.map((e) => e.mentions.map((m) => m.text))).toEqual([['الرئيس السوري']]);
    const beside = matcher.scan('التقى الرئيس السوري أحمد الشرع وزير الخارجية التركي في دمشق.', { pageDate: '2025-04-10' });
    expect(beside.entities.map((e) => e.mentions.map((m) => m.text))).toEqual([['أحمد الشرع']]);
  });

  it('takes a proclitic on the title (لرئيس الوزراء العراقي)', () => {
    expect(ids('وجه البرلمان دعوة لرئيس الوزراء العراقي لحضور الجلسة.', '2023-01-10')).toEqual(['mohammed-shia-al-sudani']);
  });
});

describe('without a page date, the latest full date written on the page', () => {
  it('a dateline of 2021 names al-Kadhimi, one of 2024 al-Sudani', () => {
    expect(ids('بغداد، 15 مارس 2021 - قال رئيس الوزراء العراقي إن الانتخابات ستجري في موعدها.')).toEqual(['mustafa-al-kadhimi']);
    expect(ids('بغداد، 3 يناير 2024 - قال رئيس الوزراء العراقي إن الحكومة ماضية في خطتها.')).toEqual(['mohammed-shia-al-sudani']);
  });

  it('the latest date wins over an older one recalled in the text', () => {
    const text = 'دمشق 20/02/2025 - قال الرئيس السوري إن ما جرى في 8 ديسمبر 2024 طوى صفحة الماضي.';
    expect(ids(text)).toEqual(['ahmed-al-sharaa']);
  });

  it('a page with no date, or only a year, names nobody (precision first)', () => {
    expect(ids('قال رئيس الوزراء العراقي إن الحكومة ماضية في خطتها.')).toEqual([]);
    expect(ids('قال رئيس الوزراء العراقي في عام 2021 إن الحكومة ماضية في خطتها.')).toEqual([]);
  });

  it('a page date with a time counts by its day', () => {
    expect(ids('قال الرئيس السوري إن الحوار مستمر.', '2024-11-30T09:15:00+03:00')).toEqual(['bashar-al-assad']);
  });

  it('a malformed page date resolves nothing rather than guessing', () => {
    expect(matcher.scan('قال الرئيس السوري إن الحوار مستمر.', { pageDate: '2025-02' }).entities).toEqual([]);
  });
});

describe('words that make the title someone else', () => {
  it('a former, late or ousted holder is not the current one', () => {
    expect(ids('قال الرئيس السوري السابق في رسالة من موسكو إنه لم يغادر طوعا.', '2025-06-01')).toEqual([]);
    expect(ids('زار الرئيس السوري المخلوع موسكو مرات عدة.', '2025-06-01')).toEqual([]);
    expect(ids('انتقد رئيس الوزراء العراقي الأسبق سياسات الحكومة.', '2024-06-01')).toEqual([]);
  });

  it('a deputy or the post itself is not the holder', () => {
    expect(ids('التقى نائب رئيس الوزراء العراقي بالسفير الفرنسي.', '2024-06-01')).toEqual([]);
    expect(ids('تتنافس الكتل على منصب رئيس الوزراء العراقي منذ أشهر.', '2024-06-01')).toEqual([]);
  });

  it('the same title with none of those words still resolves', () => {
    expect(ids('التقى رئيس الوزراء العراقي بالسفير الفرنسي.', '2024-06-01')).toEqual(['mohammed-shia-al-sudani']);
  });
});
