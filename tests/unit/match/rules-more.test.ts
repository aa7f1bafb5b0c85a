import { describe, expect, it } from 'vitest';
import { entityIds, eventIds, mentionsOf } from '../../support/seed-set';

// Rules not covered by the near misses elsewhere: each veto and requirement with a sentence that
// would match without it.

describe("Kata'ib Hezbollah's bare حزب الله on a page that names the brigades", () => {
  const brigades = 'أعلنت كتائب حزب الله مسؤوليتها عن الهجوم. ';

  it('is vetoed after "الأمين العام"', () => {
    expect(mentionsOf(`${brigades}وقال الأمين العام لحزب الله في خطاب إن المقاومة مستمرة.`, 'kataib-hezbollah')).toEqual([
      'كتائب حزب الله',
    ]);
  });

  it('is vetoed when Lebanon follows it', () => {
    expect(mentionsOf(`${brigades}ونفى حزب الله في لبنان أي علاقة له بالعملية.`, 'kataib-hezbollah')).toEqual(['كتائب حزب الله']);
  });
});

describe('English surnames with their vetoes', () => {
  it('al-Askari is not Imam Hassan al-Askari', () => {
    const text = 'Abu Ali al-Askari mocked the government. Pilgrims visited the shrine of Imam Hassan al-Askari in Samarra.';
    expect(mentionsOf(text, 'abu-ali-al-askari')).toEqual(['Abu Ali al-Askari']);
  });

  it('Kadhimi next to the shrine or Imam Musa is not the prime minister', () => {
    const text = 'Mustafa al-Kadhimi visited Samarra. Crowds gathered at the shrine Kadhimi district, home of Imam Musa Kadhimi.';
    expect(mentionsOf(text, 'mustafa-al-kadhimi')).toEqual(['Mustafa al-Kadhimi']);
  });
});

describe('the Joint Operations Command needs Iraq', () => {
  it('not another country’s joint command', () => {
    expect(entityIds('أعلنت قيادة العمليات المشتركة في اليمن تنفيذ غارات على مواقع الحوثيين.')).not.toContain('joint-operations-command');
  });

  it('yes when the page is about Iraq', () => {
    expect(entityIds('قالت قيادة العمليات المشتركة إن القوات أمنت الحدود مع سوريا، وفق بيان صدر في العراق.')).toContain(
      'joint-operations-command',
    );
  });
});

describe('a "green zone" in another city', () => {
  it('is vetoed next to Gaza even on a page that names Baghdad', () => {
    const text = 'وصل الوزير إلى بغداد أمس. وفي سياق آخر، أعلن الجيش توسيع المنطقة الخضراء قرب غزة لتسهيل عبور المساعدات.';
    expect(entityIds(text)).toContain('baghdad');
    expect(entityIds(text)).not.toContain('green-zone');
  });
});

describe('Baghdad Street in Damascus', () => {
  it('is not the city', () => {
    expect(entityIds('وقع انفجار في شارع بغداد وسط دمشق صباح اليوم.')).not.toContain('baghdad');
    expect(entityIds('An explosion hit Baghdad Street in central Damascus.')).not.toContain('baghdad');
    expect(entityIds('وصل الوفد إلى بغداد قادما من دمشق.')).toContain('baghdad');
  });
});

describe('the attempt on al-Kadhimi, not attacks he spoke about', () => {
  it('not when he condemns an attempt on an activist', () => {
    expect(eventIds('أدان رئيس الوزراء مصطفى الكاظمي محاولة اغتيال الناشط في كربلاء عام 2021.')).not.toContain(
      'kadhimi-assassination-attempt-2021',
    );
  });

  it('not when he condemns a drone attack on Erbil airport', () => {
    expect(eventIds('أدان مصطفى الكاظمي الهجوم بطائرة مسيرة على مطار أربيل في أبريل 2021.')).not.toContain(
      'kadhimi-assassination-attempt-2021',
    );
    expect(eventIds('Mustafa al-Kadhimi condemned the drone attack on Erbil airport in 2021.')).not.toContain(
      'kadhimi-assassination-attempt-2021',
    );
  });

  it('yes when the drone struck his residence, or he survived the attempt', () => {
    expect(eventIds('استهدفت طائرة مسيرة مفخخة مقر إقامة مصطفى الكاظمي في بغداد.')).toContain('kadhimi-assassination-attempt-2021');
    expect(eventIds('نجا مصطفى الكاظمي من محاولة اغتيال.')).toContain('kadhimi-assassination-attempt-2021');
    expect(eventIds('Mustafa al-Kadhimi survived an assassination attempt.')).toContain('kadhimi-assassination-attempt-2021');
  });
});
