import { describe, expect, it } from 'vitest';
import { entityIds, eventIds, mentionsOf, seedSet } from '../../support/seed-set';

describe('proclitics on names', () => {
  it.each([
    ['وصل الوفد إلى بغداد ثم عاد من العراق.', 'baghdad', ['بغداد']],
    ['اجتماع ببغداد ووفد لإيران وعودة للعراق.', 'iran', ['إيران']],
    ['اجتماع ببغداد ووفد لإيران وعودة للعراق.', 'iraq', ['للعراق']],
    ['وقالت مصادر مقربة للكاظمي إن مصطفى الكاظمي بخير، والكاظمي يتابع التحقيق.', 'mustafa-al-kadhimi', ['للكاظمي', 'مصطفى الكاظمي', 'الكاظمي']],
    ['انتشار أمني بالمنطقة الخضراء في بغداد.', 'green-zone', ['المنطقة الخضراء']],
    ['نقلت وكالة رويترز وفرانس برس الخبر.', 'afp', ['فرانس برس']],
    ['بغداد (أ.ف.ب) - قال مسؤول عراقي', 'afp', ['أ.ف.ب']],
    ['بغداد (أ ف ب) - قال مسؤول عراقي', 'afp', ['أ ف ب']],
    ['وقال مصدر لوكالة الصحافة الفرنسية إن الوضع هادئ.', 'afp', ['وكالة الصحافة الفرنسية']],
  ])('%s → %s', (text, id, expected) => {
    expect(mentionsOf(text, id)).toEqual(expected);
  });

  it('never eats the first letter of a name that starts with a proclitic letter', () => {
    // بغداد starts with ب: stripping it would leave غداد, which is nothing.
    expect(mentionsOf('زار بغداد.', 'baghdad')).toEqual(['بغداد']);
  });
});

describe('Latin aliases', () => {
  it('are case-insensitive and accept apostrophe variants', () => {
    const text = "Iraqi Prime Minister Mustafa AL-KADHIMI survived; Kata'ib Hezbollah and Kata’ib Hezbollah and KATAIB HEZBOLLAH denied it, Reuters and AFP reported.";
    expect(entityIds(text)).toEqual(['afp', 'kataib-hezbollah', 'mustafa-al-kadhimi', 'reuters']);
    expect(mentionsOf(text, 'kataib-hezbollah')).toHaveLength(3);
  });

  it('do not match inside longer words or as bare Hezbollah', () => {
    expect(entityIds('Hezbollah said in Beirut that the Afpx reutersville report was wrong.')).toEqual([]);
  });
});

describe('text hazards', () => {
  it.each([
    ['diacritics', 'نَجَا مُصْطَفَى الكَاظِمِيّ مِنْ هُجُومٍ', 'mustafa-al-kadhimi'],
    ['tatweel', 'نجا مصطفى الكـــاظمي من هجوم', 'mustafa-al-kadhimi'],
    ['alef without hamza', 'قال ابو علي العسكري إن', 'abu-ali-al-askari'],
    ['invisible marks inside words', 'نجا مصطفى الكا\u200cظمي وقال ب\u200dغداد آمنة', 'baghdad'],
    ['zero-width inside the surname', 'نجا مصطفى الكا\u200dظمي من الهجوم', 'mustafa-al-kadhimi'],
    ['bidi marks', 'وصل الوفد إلى \u200fإيران\u061c أمس', 'iran'],
    ['presentation forms', 'وصل الوفد إلى ﺑﻐﺪﺍﺩ أمس', 'baghdad'],
    ['Persian letters', 'هددت کتائب حزب الله القوات، وقالت ایران إنها', 'kataib-hezbollah'],
    ['a name across a line break', 'نجا مصطفى\nالكاظمي من الهجوم', 'mustafa-al-kadhimi'],
  ])('%s', (_label, text, id) => {
    expect(entityIds(text)).toContain(id);
  });

  it('a name never runs across a full stop', () => {
    expect(mentionsOf('التقى مصطفى. الكاظمي غائب.', 'mustafa-al-kadhimi')).toEqual([]);
  });

  it('keeps the diacritics and tatweel of the name in the mention', () => {
    expect(mentionsOf('نجا مصطفى الكـاظميُّ', 'mustafa-al-kadhimi')).toEqual(['مصطفى الكـاظميُّ']);
  });
});

describe('events', () => {
  it('from their own names', () => {
    expect(eventIds('تحقيقات جديدة في محاولة اغتيال الكاظمي تكشف تفاصيل.')).toContain('kadhimi-assassination-attempt-2021');
  });

  it('from a trigger phrase with a participant in one sentence', () => {
    expect(eventIds('استهدفت طائرة مسيرة مفخخة منزل مصطفى الكاظمي فجر الأحد.')).toContain('kadhimi-assassination-attempt-2021');
    expect(eventIds('نجا مصطفى الكاظمي من محاولة اغتياله في بغداد.')).toContain('kadhimi-assassination-attempt-2021');
    expect(eventIds('Iraqi Prime Minister Mustafa al-Kadhimi survived a drone attack on his residence.')).toContain(
      'kadhimi-assassination-attempt-2021',
    );
  });

  it('not when the trigger and the participant are in different sentences', () => {
    expect(eventIds('سقطت طائرة مسيرة مفخخة في الصحراء. والتقى مصطفى الكاظمي وزير الدفاع.')).not.toContain(
      'kadhimi-assassination-attempt-2021',
    );
  });

  it('from their date near a participant, in either month system and digit set', () => {
    for (const date of ['7 نوفمبر 2021', '٧ تشرين الثاني ٢٠٢١']) {
      const text = `في ${date} خرج مصطفى الكاظمي في كلمة متلفزة.`;
      const found = seedSet().matcher.scan(text).events.find((e) => e.id === 'kadhimi-assassination-attempt-2021');
      expect(found?.evidence.map((e) => e.text)).toContain(date);
    }
  });

  it('clashes need protesters, clashes and the Green Zone together, in their time', () => {
    const text = 'اندلعت مواجهات بين متظاهرين وقوات الأمن قرب المنطقة الخضراء في بغداد يوم الجمعة 5 نوفمبر 2021.';
    expect(eventIds(text)).toContain('green-zone-clashes-2021-11-05');
    expect(eventIds(text.replace('2021', '2022'))).not.toContain('green-zone-clashes-2021-11-05');
    expect(eventIds('اندلعت مواجهات قرب المنطقة الخضراء في بغداد عام 2021.')).not.toContain('green-zone-clashes-2021-11-05');
  });

  it('a generic election cue needs a year of the era written on the page', () => {
    expect(eventIds('رفضت فصائل في العراق نتائج الانتخابات وهددت بالتصعيد.')).not.toContain('iraq-parliamentary-election-2021');
    expect(eventIds('أجريت الانتخابات البرلمانية العراقية وسط إقبال ضعيف عام 2025.')).not.toContain('iraq-parliamentary-election-2021');
    expect(eventIds('أجريت الانتخابات البرلمانية العراقية في 10 أكتوبر 2021.')).toContain('iraq-parliamentary-election-2021');
  });

  it('clashes with protesters against the election results at the Green Zone need no year', () => {
    const text = 'اشتبك متظاهرون من أنصار الفصائل الرافضة لنتائج الانتخابات مع القوات الأمنية عند مداخل المنطقة الخضراء في بغداد.';
    expect(eventIds(text)).toContain('green-zone-clashes-2021-11-05');
    expect(eventIds(`${text} وذلك في عام 2019.`)).not.toContain('green-zone-clashes-2021-11-05');
  });

  it("English names of the election, in its era only", () => {
    expect(eventIds("Iraq's parliamentary elections in October 2021 were followed by protests.")).toContain('iraq-parliamentary-election-2021');
    expect(eventIds("Iraq's parliamentary elections in November 2025 were calm.")).not.toContain('iraq-parliamentary-election-2021');
  });

  it('an Iraqi election of another year is not the 2021 one', () => {
    expect(eventIds('رفضت فصائل في العراق نتائج الانتخابات التي جرت عام 2021.')).toContain('iraq-parliamentary-election-2021');
    expect(eventIds('رفضت فصائل في العراق نتائج الانتخابات التي جرت عام 2018.')).not.toContain('iraq-parliamentary-election-2021');
    expect(eventIds('أعلنت مصر نتائج الانتخابات الرئاسية عام 2021.')).not.toContain('iraq-parliamentary-election-2021');
  });
});
