import { describe, expect, it } from 'vitest';
import { seedSet } from '../../support/seed-set';

const scan = (text: string, pageDate?: string) => seedSet().matcher.scan(text, pageDate ? { pageDate } : undefined);
const ids = (text: string, pageDate?: string) => {
  const r = scan(text, pageDate);
  return [...r.entities.map((e) => e.id), ...r.events.map((e) => e.id)].sort();
};

describe('a bare surname on a page about its world (coherence)', () => {
  it.each([
    ['الكاظمي يستقبل وزير الخارجية الإيراني في بغداد', '2021-06-01'],
    ['الكاظمي يتفقد قيادة العمليات المشتركة', '2021-03-02'],
    ['Kadhimi’s visit to Washington ends with a deal on US troops in Iraq', '2021-07-27'],
    ['• الكاظمي يأمر بفتح تحقيق في أحداث المنطقة الخضراء', '2021-11-06'],
  ])('%s (%s)', (text, pageDate) => {
    expect(ids(text, pageDate)).toContain('mustafa-al-kadhimi');
  });

  it('needs the page dated in his years: no date, or another era, is not enough', () => {
    expect(ids('الكاظمي يستقبل وزير الخارجية الإيراني في بغداد')).not.toContain('mustafa-al-kadhimi');
    expect(ids('الكاظمي يستقبل وزير الخارجية الإيراني في بغداد', '2012-06-01')).not.toContain('mustafa-al-kadhimi');
  });

  it('needs something of his world on the page, not the date alone', () => {
    expect(ids('الكاظمي يفتتح معرضا للكتاب', '2021-06-01')).not.toContain('mustafa-al-kadhimi');
  });

  it('keeps other people of the name out: a first name or a title before it', () => {
    expect(ids('قال الشاعر عبد الرزاق الكاظمي في بغداد إن القصيدة كتبت في المنفى.', '2021-06-01')).not.toContain('mustafa-al-kadhimi');
    expect(ids('قال حيدر الكاظمي من بغداد إن الفريق سيفوز.', '2021-06-01')).not.toContain('mustafa-al-kadhimi');
    expect(ids('قال النائب ستار الكاظمي في بغداد إن الجلسة تأجلت.', '2021-06-01')).not.toContain('mustafa-al-kadhimi');
    expect(ids('Poet Abdul Razzaq al-Kadhimi read in Baghdad.', '2021-06-01')).not.toContain('mustafa-al-kadhimi');
  });

  it('keeps the shrine and the district out', () => {
    expect(ids('توافد الزوار إلى مرقد الإمام موسى الكاظم في بغداد.', '2021-03-09')).toEqual(['baghdad']);
    expect(ids('احتشد الزائرون في صحن الكاظمي ببغداد.', '2021-03-09')).toEqual(['baghdad']);
  });

  it('a name accepted by coherence gives context to the next round: the Joint Operations Command becomes Iraqi', () => {
    expect(ids('الكاظمي يتفقد قيادة العمليات المشتركة', '2021-03-02')).toEqual(['joint-operations-command', 'mustafa-al-kadhimi']);
    expect(ids('أعلنت قيادة العمليات المشتركة في الجيش الأردني انتهاء المناورات.', '2021-03-02')).toEqual([]);
  });

  it('العسكري by coherence only on his world, and the adjective never', () => {
    expect(ids('قالت كتائب حزب الله إن العسكري كتب على تلغرام أن الهجوم مسرحية.', '2021-11-07')).toContain('abu-ali-al-askari');
    expect(ids('وقال العسكري في تدوينة إن الهجوم مسرحية.', '2021-11-07')).not.toContain('abu-ali-al-askari');
    expect(ids('أكد المتحدث العسكري باسم كتائب حزب الله على تلغرام أن الهجوم مسرحية.', '2021-11-07')).not.toContain('abu-ali-al-askari');
  });

  it("Lebanon's Hezbollah stays out", () => {
    expect(ids('قال الأمين العام لحزب الله حسن نصر الله إن المقاومة جاهزة.', '2021-11-07')).toEqual([]);
  });
});

describe('agency credits', () => {
  it.each(['بغداد (أ ف ب) - أعلنت السلطات حظر التجول.', 'بغداد - (أ.ف.ب): قال مسؤول.', 'قال مصدر أمني إن الهجوم نفذ بثلاث طائرات. (الفرنسية)', 'بغداد - الفرنسية: أعلنت الوزارة.'])(
    '%s',
    (text) => {
      expect(ids(text)).toContain('afp');
    },
  );

  it('الفرنسية as an adjective is not the agency', () => {
    expect(ids('أعلنت الحكومة الفرنسية دعمها للعراق.')).toEqual(['iraq']);
    expect(ids('تدرس الطالبة اللغة الفرنسية (في بغداد).')).toEqual(['baghdad']);
  });
});

describe('the names things go by now', () => {
  it('منصة إكس is Twitter on a page since the renaming', () => {
    expect(ids('نشر الوزير تغريدة على منصة إكس.', '2024-01-10')).toEqual(['twitter']);
    expect(ids('Kadhimi wrote on X, formerly Twitter.', '2024-01-10')).toContain('twitter');
  });

  it('إكس alone is a letter, and a page of before the renaming means something else', () => {
    expect(ids('يرمز الحرف إكس في المعادلة إلى المجهول.')).toEqual([]);
    expect(ids('أعلنت شركة إكس للطاقة توسيع أعمالها.')).toEqual([]);
    expect(ids('أطلقت الشركة منصة إكس للمدفوعات عام 2019.')).toEqual([]);
  });
});

describe('Latin spellings', () => {
  it.each(['Kataeb Hezbollah denied it.', 'Kata’ib Hezbollah denied it.', "Kata'ib Hizballah denied it.", 'Kataeb Hizbollah denied it.', 'Hizballah Brigades denied it.'])('%s', (text) => {
    expect(ids(text)).toEqual(['kataib-hezbollah']);
  });

  it('possessives with either apostrophe', () => {
    expect(scan('Mustafa al-Kadhimi’s office said so.').entities[0]?.mentions.map((m) => m.text)).toEqual(['Mustafa al-Kadhimi']);
    expect(scan("Mustafa al-Kadhimi's office said so.").entities[0]?.mentions.map((m) => m.text)).toEqual(['Mustafa al-Kadhimi']);
  });

  it('Hezbollah alone is not the brigades', () => {
    expect(ids('Hezbollah fired rockets at northern Israel from southern Lebanon.')).toEqual([]);
  });
});
