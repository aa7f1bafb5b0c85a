import { describe, expect, it } from 'vitest';
import { seedSet } from '../../support/seed-set';

const KADHIMI = 'mustafa-al-kadhimi';
const ATTEMPT = 'kadhimi-assassination-attempt-2021';
const ids = (text: string, pageDate?: string) => {
  const r = seedSet().matcher.scan(text, pageDate ? { pageDate } : undefined);
  return [...r.entities.map((e) => e.id), ...r.events.map((e) => e.id)];
};

/** Headlines and captions that name him by his surname alone, in the words of the attack on his home. */
describe('a bare al-Kadhimi in the words of the attack', () => {
  it.each([
    ['the targeting of his home', 'الكاظمي يدعو إلى التهدئة بعد استهداف منزله', '2021-11-08'],
    ['his residence, in a caption', 'صورة: الكاظمي يتفقد الحراس المصابين في مقر إقامته', '2021-11-08'],
    ['the drones of his own words', 'الكاظمي: الطائرات المسيرة الجبانة لا تبني أوطانا', '2021-11-07'],
    ['targeted, right before the name', 'مصادر أمنية: استهداف الكاظمي تم بطائرتين', '2021-11-09'],
    ['English: drones in the sentence', 'Kadhimi says the drones will not shake his resolve', '2021-11-08'],
    ['English: the attack on him', "Kataib Hezbollah's security official mocks the attack on Kadhimi", '2021-11-08'],
    ['English: his home', 'Kadhimi thanks the guards who were hurt at his home', '2021-11-08'],
    ['English: unhurt, his bodyguards wounded', 'Kadhimi was unhurt in the attack, which wounded several of his bodyguards.', '2021-11-07'],
    ['unharmed, his guards wounded', 'الكاظمي لم يصب بأذى وأصيب اثنان من حراسه', '2021-11-07'],
  ])('%s', (_, text, date) => {
    expect(ids(text, date)).toContain(KADHIMI);
  });

  it.each([
    ['years before the attack (the words are of its era only)', 'الكاظمي يدعو إلى التهدئة بعد استهداف منزله', '2015-06-01'],
    ['another man of that surname, his first name before it', 'حيدر الكاظمي يتفقد المصابين في مقر إقامته', '2021-11-08'],
    ['the shrine district', 'استهداف حي الكاظمية بقذيفة هاون', '2021-11-08'],
    ['the Imam', 'الطائرات المسيرة تحلق فوق مرقد الإمام الكاظم', '2021-11-08'],
    ['English: another Kadhimi, a first name before it', 'Haider Kadhimi said the drones flew over the farm', '2021-11-08'],
    ['English: years before the attack', 'Kadhimi inspected drones at an army base', '2015-03-01'],
    ['English: another Kadhimi unhurt', 'Haider Kadhimi was unhurt in the attack on the convoy.', '2021-11-09'],
  ])('not: %s', (_, text, date) => {
    expect(ids(text, date)).not.toContain(KADHIMI);
  });
});

describe('the attack named by its target', () => {
  it.each([
    ['استهداف منزل الكاظمي', 'أدانت دول عربية استهداف منزل الكاظمي', '2021-11-08'],
    ['الهجوم على منزل الكاظمي', 'لم تتبن أي جهة الهجوم على منزل الكاظمي', '2021-11-10'],
    ['استهداف الكاظمي, undated', 'التحقيق في استهداف الكاظمي يقترب من نهايته', undefined],
    ['attack on Kadhimi', 'Investigators say the attack on Kadhimi used two drones', '2021-11-12'],
    ["attack on Kadhimi's home", "The UN condemned the attack on Kadhimi's home", '2021-11-07'],
    ['unhurt in the attack', 'Kadhimi was unhurt in the attack, which wounded several of his bodyguards.', '2021-11-07'],
  ])('%s', (_, text, date) => {
    expect(ids(text, date)).toEqual(expect.arrayContaining([KADHIMI, ATTEMPT]));
  });

  it.each([
    ['on a page of another year', 'أدانت دول عربية استهداف منزل الكاظمي', '2024-02-01'],
    ['English, on a page of another year', "The UN condemned the attack on Kadhimi's home", '2019-05-01'],
  ])('not %s', (_, text, date) => {
    expect(ids(text, date)).not.toContain(ATTEMPT);
  });
});

/** Bare العسكري in headlines about his world; the soldier, the spokesman and the Imam stay out. */
describe('a bare al-Askari in the headlines of his world', () => {
  it.each([
    ['the US forces in Iraq', 'العسكري يتوعد القوات الأمريكية في العراق'],
    ['the attack on al-Kadhimi', 'العسكري يسخر من استهداف منزل الكاظمي'],
    ['English: US forces', 'al-Askari threatens US forces in Iraq'],
  ])('%s', (_, text) => {
    expect(ids(text, '2021-11-08')).toContain('abu-ali-al-askari');
  });

  it.each([
    ['a soldier: a nationality adjective right after', 'العسكري الأمريكي المصاب نقل إلى قاعدة عين الأسد بعد هجوم بطائرة مسيرة'],
    ['the adjective after a definite noun', 'قال المتحدث العسكري إن القوات الأمريكية ستنسحب'],
    ['the Imam', 'زار وفد مرقد الإمام الحسن العسكري بعد انسحاب القوات الأمريكية'],
    ['a page of another era', 'العسكري يتوعد القوات الأمريكية في العراق', '2012-05-01'],
  ])('not: %s', (_, text, date = '2021-11-08') => {
    expect(ids(text, date)).not.toContain('abu-ali-al-askari');
  });
});
