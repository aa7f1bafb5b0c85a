import { describe, expect, it } from 'vitest';
import { entityIds, mentionsOf } from '../../support/seed-set';

// The near misses of the reference set (docs/reference-set.md): each must yield nothing for the entity it resembles.

describe("Lebanon's Hezbollah is not Kata'ib Hezbollah", () => {
  it.each([
    'أعلن حزب الله مسؤوليته عن استهداف موقع إسرائيلي في مزارع شبعا.',
    'قال الأمين العام لحزب الله حسن نصر الله في خطاب متلفز إن المقاومة جاهزة.',
    'شارك وفد من حزب الله اللبناني في المؤتمر المنعقد في طهران.',
    'اجتمع حسن نصرالله مع قيادات الحزب في الضاحية الجنوبية.',
  ])('%s', (sentence) => {
    expect(entityIds(sentence)).not.toContain('kataib-hezbollah');
  });

  it('bare حزب الله after كتائب حزب الله is the brigades again (one sense per discourse)', () => {
    const text = 'هددت كتائب حزب الله القوات الأمريكية في العراق. وقال بيان حزب الله إن الرد قادم.';
    expect(mentionsOf(text, 'kataib-hezbollah')).toEqual(['كتائب حزب الله', 'حزب الله']);
  });

  it('but not when the same page speaks of the Lebanese party or of Nasrallah', () => {
    const lebanese = 'هددت كتائب حزب الله القوات الأمريكية. وفي بيروت قال حزب الله اللبناني إنه يراقب الوضع.';
    expect(mentionsOf(lebanese, 'kataib-hezbollah')).toEqual(['كتائب حزب الله']);
    const nasrallah = 'هددت كتائب حزب الله القوات الأمريكية. ورحب حسن نصر الله ببيان حزب الله الأخير.';
    expect(mentionsOf(nasrallah, 'kataib-hezbollah')).toEqual(['كتائب حزب الله']);
  });

  it('the longest name wins: كتائب حزب الله is one mention, not حزب الله inside it', () => {
    expect(mentionsOf('أصدرت كتائب حزب الله بيانا.', 'kataib-hezbollah')).toEqual(['كتائب حزب الله']);
  });
});

describe('العسكري, the adjective and other people', () => {
  const withAskari = (s: string) => `سخر أبو علي العسكري من الحكومة. ${s}`;

  it.each([
    'أعلن المجلس العسكري حالة الطوارئ في البلاد.',
    'عاشت البلاد سنوات تحت الحكم العسكري.',
    'قال الناطق العسكري باسم الجيش إن العملية انتهت.',
    'زار الوفد مرقد الإمام الحسن العسكري في سامراء.',
  ])('%s', (sentence) => {
    expect(entityIds(sentence)).not.toContain('abu-ali-al-askari');
    // Even on a page that names Abu Ali al-Askari, these are not him.
    expect(mentionsOf(withAskari(sentence), 'abu-ali-al-askari')).toEqual(['أبو علي العسكري']);
  });

  it('bare العسكري needs the full name on the page', () => {
    expect(entityIds('وقال العسكري في تدوينة إن الهجوم مسرحية.')).not.toContain('abu-ali-al-askari');
    expect(mentionsOf(withAskari('وقال العسكري في تدوينة إن الهجوم مسرحية.'), 'abu-ali-al-askari')).toEqual([
      'أبو علي العسكري',
      'العسكري',
    ]);
  });
});

describe('الكاظم, الكاظمية and other Kadhimis', () => {
  it.each([
    'توافد الزوار إلى مرقد الإمام موسى الكاظم في بغداد.',
    'شهدت مدينة الكاظمية إجراءات أمنية مشددة.',
    'أغلقت القوات الطرق المؤدية إلى الكاظمية شمالي بغداد.',
    'احتشد الزائرون في صحن الكاظمي خلال المناسبة الدينية.',
    'قال الشاعر عبد الرزاق الكاظمي إن القصيدة كتبت في المنفى.',
  ])('%s', (sentence) => {
    expect(entityIds(sentence)).not.toContain('mustafa-al-kadhimi');
  });

  it('bare الكاظمي counts after the full name, or next to his office in his years', () => {
    expect(mentionsOf('التقى مصطفى الكاظمي السفير. وقال الكاظمي إن العلاقات متينة.', 'mustafa-al-kadhimi')).toEqual([
      'مصطفى الكاظمي',
      'الكاظمي',
    ]);
    expect(entityIds('استقبل رئيس الوزراء الكاظمي وفدا أمريكيا في بغداد عام 2021.')).toContain('mustafa-al-kadhimi');
    // The office alone, on a page dated long after his term, is someone else's.
    expect(entityIds('استقبل رئيس الوزراء الكاظمي وفدا أمريكيا عام 2025.')).not.toContain('mustafa-al-kadhimi');
  });

  it('after his full name, the bare surname is him whatever the year', () => {
    expect(mentionsOf('قال مصطفى الكاظمي في مقابلة عام 2024 إن الكاظمي لم يقرر العودة.', 'mustafa-al-kadhimi')).toEqual([
      'مصطفى الكاظمي',
      'الكاظمي',
    ]);
  });

  it('the bare surname after "former prime minister" (from the end of his term) or in "حكومة الكاظمي" is him', () => {
    expect(entityIds('انتقد رئيس الوزراء السابق الكاظمي الحكومة الحالية في مقابلة عام 2024.')).toContain('mustafa-al-kadhimi');
    // Before his term ended he was not "the former prime minister".
    expect(entityIds('قال رئيس الوزراء السابق الكاظمي إن الوضع مستقر، عام 2019.')).not.toContain('mustafa-al-kadhimi');
    expect(entityIds('أعلنت حكومة الكاظمي خطة لإصلاح الكهرباء.')).toContain('mustafa-al-kadhimi');
    expect(entityIds("Kadhimi's government announced a new budget; former Prime Minister Kadhimi left Iraq in 2023.")).toContain(
      'mustafa-al-kadhimi',
    );
  });

  it('the bare surname in a sentence about the drone attack is him', () => {
    expect(entityIds('نجا الكاظمي من محاولة اغتيال بطائرة مسيرة مفخخة.')).toContain('mustafa-al-kadhimi');
  });

  it('Egyptian spelling with ى still matches the surname', () => {
    expect(mentionsOf('نجا مصطفى الكاظمى من محاولة اغتيال.', 'mustafa-al-kadhimi')).toEqual(['مصطفى الكاظمى']);
  });
});

describe('the Green Zone', () => {
  it.each([
    'بقي مؤشر البورصة في المنطقة الخضراء طوال جلسة التداول.',
    'أعلنت البلدية توسيع المنطقة الخضراء في وسط المدينة وزراعة الأشجار.',
  ])('%s', (sentence) => {
    expect(entityIds(sentence)).not.toContain('green-zone');
  });

  it('counts next to the Iraqi government or the US embassy', () => {
    expect(entityIds('تضم المنطقة الخضراء مقار الحكومة العراقية والسفارة الأمريكية.')).toContain('green-zone');
    expect(entityIds('The Green Zone houses the Iraqi government and the U.S. embassy.')).toContain('green-zone');
  });

  it('counts in a Baghdad or Iraq context', () => {
    expect(entityIds('سقطت صواريخ على المنطقة الخضراء في بغداد فجر اليوم.')).toContain('green-zone');
    expect(entityIds('أغلقت السلطات العراقية المنطقة الخضراء. وقالت مصادر في العراق إن الإجراء مؤقت.')).toContain('green-zone');
  });

  it('a chart on an Iraqi page is still not the Green Zone', () => {
    expect(entityIds('أغلقت بورصة العراق وبقي المؤشر في المنطقة الخضراء.')).not.toContain('green-zone');
  });
});

describe('places that are only letters of another word', () => {
  it.each([
    ['قال الكاتب البغدادي إن روايته الجديدة تصدر قريبا.', 'baghdad'],
    ['يعيش محمد بغدادي في القاهرة منذ عشرين عاما.', 'baghdad'],
    ['وصل وفد إيراني إلى المطار أمس.', 'iran'],
    ['قالت الحكومة العراقية إن الاجتماع مثمر.', 'iraq'],
    ['أكد المسؤول العراقي أن الحدود آمنة.', 'iraq'],
  ])('%s', (sentence, id) => {
    expect(entityIds(sentence)).not.toContain(id);
  });
});

describe('على is not علي', () => {
  it('the preposition never completes أبو علي العسكري when folded alone', () => {
    expect(entityIds('رد الوزير على العسكري الذي انتقد الخطة.')).not.toContain('abu-ali-al-askari');
  });
});
