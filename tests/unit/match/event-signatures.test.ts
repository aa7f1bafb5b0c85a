import { describe, expect, it } from 'vitest';
import { seedSet } from '../../support/seed-set';

const scan = (text: string, pageDate?: string) => seedSet().matcher.scan(text, pageDate ? { pageDate } : undefined);
const events = (text: string, pageDate?: string) => scan(text, pageDate).events.map((e) => e.id).sort();
const ATTEMPT = 'kadhimi-assassination-attempt-2021';
const CLASHES = 'green-zone-clashes-2021-11-05';
const ELECTION = 'iraq-parliamentary-election-2021';

describe('the attempt on al-Kadhimi, in the words reports use', () => {
  it.each([
    ['تعرض الكاظمي لمحاولة اغتيال فاشلة، بحسب بيان لقيادة العمليات المشتركة العراقية.', '2021-11-07'],
    ['الكاظمي: من نفذ الهجوم على منزلي معروف وسنكشفه', '2021-11-08'],
    ['Nine months ago, Kadhimi survived a drone attack on his home in Baghdad.', '2022-08-07'],
    ['أصيب ستة من حراس الكاظمي في الهجوم الذي استهدف منزله فجر الأحد الماضي في المنطقة الخضراء ببغداد.', '2021-11-09'],
  ])('%s (%s)', (text, pageDate) => {
    expect(events(text, pageDate)).toContain(ATTEMPT);
  });

  it('a pronoun subject in the next sentence still counts', () => {
    const text = 'استقبل مصطفى الكاظمي وفدا من بعثة الأمم المتحدة في بغداد. وكان قد نجا من محاولة اغتيال بطائرة مسيرة قبل أيام.';
    expect(events(text, '2021-11-10')).toContain(ATTEMPT);
    expect(events(text.replace('وكان قد نجا', 'ونجا المحافظ'), '2021-11-10')).not.toContain(ATTEMPT);
  });

  it.each([
    ['a verb of reporting with its subject dropped (وكشف عن…)', 'التقى رئيس الوزراء مصطفى الكاظمي قادة الأجهزة الأمنية في بغداد. وكشف عن تفاصيل محاولة الاغتيال الفاشلة التي تعرض لها.'],
    ['وأكد أنه نجا…', 'ظهر مصطفى الكاظمي في كلمة متلفزة. وأكد أنه نجا من محاولة اغتيال جبانة.'],
    ['وقال إنه…', 'ظهر مصطفى الكاظمي في كلمة متلفزة. وقال إنه لن يتراجع بعد محاولة الاغتيال الفاشلة.'],
    ['an English opener before the pronoun', 'Mustafa al-Kadhimi appeared on television. Earlier, he survived an assassination attempt.'],
  ])('the next sentence continues with him: %s', (_, text) => {
    expect(events(text, '2021-11-08')).toContain(ATTEMPT);
  });

  it.each([
    ['the verb has a subject of its own', 'ظهر مصطفى الكاظمي في كلمة متلفزة. وقال المحافظ إنه نجا من محاولة اغتيال.'],
    ['a feminine verb is someone else', 'ظهر مصطفى الكاظمي في كلمة متلفزة. وقالت إنها نجت من محاولة اغتيال.'],
    ['a clause with a subject of its own, after a bare إن', 'ظهر مصطفى الكاظمي في كلمة متلفزة. وقال إن نوري المالكي نجا من محاولة اغتيال.'],
    ['an opener before another pronoun', 'Mustafa al-Kadhimi appeared on television. Earlier, she survived an assassination attempt.'],
  ])('not a continuation: %s', (_, text) => {
    expect(events(text, '2021-11-08')).not.toContain(ATTEMPT);
  });

  it('the same words about another attack, another man or another year stay out', () => {
    expect(events('نجا محافظ ميسان من محاولة اغتيال بعبوة ناسفة في بغداد.', '2021-11-20')).toEqual([]);
    expect(events('أدان مصطفى الكاظمي محاولة اغتيال ناشط مدني في كربلاء.', '2021-05-10')).toEqual([]);
    expect(events('Kadhimi condemned a drone attack on Erbil airport on Wednesday night.', '2021-04-15')).toEqual([]);
    expect(events('تعرض منزل رئيس الوزراء الأسبق لهجوم بطائرة مسيرة في بغداد فجر الأحد.', '2023-03-12')).toEqual([]);
    // Him, but a sentence dated another year.
    expect(events('في عام 2020 نجا مصطفى الكاظمي من محاولة اغتيال بحسب مصادر.', '2021-11-20')).not.toContain(ATTEMPT);
  });

  it('a date written relative to the page is resolved: the day before or after is another day', () => {
    const text = 'فجر الأحد، استهدفت طائرة مسيرة مفخخة مقر إقامة مصطفى الكاظمي في بغداد.';
    expect(events(text, '2021-11-07')).toContain(ATTEMPT);
    expect(scan(text, '2021-11-07').events.find((e) => e.id === ATTEMPT)?.evidence.map((s) => s.text)).toContain('فجر الأحد');
  });
});

describe('the Green Zone clashes', () => {
  it.each([
    ['Security forces clashed with protesters at the Green Zone gates in Baghdad last Friday.', '2021-11-08'],
    ['Protesters attempted to storm the Green Zone in Baghdad on Friday, clashing with security forces.', '2021-11-05'],
    ['قتل متظاهر في مواجهات الجمعة الماضية بين المحتجين وقوات الأمن عند بوابة المنطقة الخضراء في بغداد.', '2021-11-08'],
  ])('%s (%s)', (text, pageDate) => {
    expect(events(text, pageDate)).toContain(CLASHES);
  });

  it('another storming, another year or another Friday stays out', () => {
    expect(events('Security forces clashed with protesters at the Green Zone gates in Baghdad last Friday.', '2022-08-29')).toEqual([]);
    expect(events('Security forces clashed with protesters at the Green Zone gates in Baghdad last Friday.', '2021-11-15')).toEqual([]);
    expect(events('In 2016, supporters of Moqtada al-Sadr stormed the Green Zone in Baghdad.', '2021-11-08')).toEqual([]);
    expect(events('اقتحم أنصار التيار الصدري المنطقة الخضراء في بغداد صيف 2022.')).toEqual([]);
    // Clashes somewhere else on a page that names the Green Zone elsewhere.
    expect(events('انتشار أمني في المنطقة الخضراء. وفي ديالى وقعت اشتباكات بين القوات الأمنية ومسلحين. وأعلنت السلطات حظر التجول.', '2021-11-08')).toEqual([]);
  });
});

describe('the 2021 election', () => {
  it('a headline on a page of its days', () => {
    expect(events('نتائج الانتخابات التشريعية في العراق: الكتلة الصدرية في الصدارة', '2021-10-12')).toEqual([ELECTION]);
    expect(events('تظاهرات في بغداد ضد نتائج انتخابات العاشر من تشرين الأول.', '2021-10-25')).toEqual([ELECTION]);
  });

  it('other years and other countries stay out', () => {
    expect(events('جرت الانتخابات البرلمانية في العراق عام 2018 وسط نسبة مشاركة متدنية.', '2021-10-12')).toEqual([]);
    expect(events('Iraq held parliamentary elections in November 2025.')).toEqual([]);
    expect(events("Lebanon's parliamentary election results cost Hezbollah its majority.", '2022-05-17')).toEqual([]);
    expect(events('فاز التيار الصدري في الانتخابات البرلمانية التي أجريت في العراق قبل تسعة أشهر.', '2019-02-12')).toEqual([]);
    expect(events('فاز التيار الصدري في الانتخابات البرلمانية التي أجريت في العراق قبل تسعة أشهر.', '2022-07-10')).toEqual([ELECTION]);
  });
});

describe('an event is context for its places', () => {
  it('a caption about the clashes makes its Green Zone the one in Baghdad', () => {
    const caption = "Security forces at a Green Zone gate after Friday's clashes with protesters. (AFP)";
    const r = scan(caption, '2021-11-06');
    expect(r.events.map((e) => e.id)).toEqual([CLASHES]);
    const zone = r.entities.find((e) => e.id === 'green-zone');
    expect(zone?.mentions[0]?.why).toEqual({ rule: 'event', detail: CLASHES });
    // Without the event (a page of another year), the Green Zone has no context.
    expect(scan(caption, '2023-11-06').entities.map((e) => e.id)).toEqual(['afp']);
  });

  it('but not a vetoed one', () => {
    const r = scan("Friday's clashes with protesters. The index closed in the Green Zone. (AFP)", '2021-11-06');
    expect(r.entities.map((e) => e.id)).not.toContain('green-zone');
  });
});

describe('the 2021 election by its plainest names', () => {
  it.each([
    ['للانتخابات العراقية', 'أظهرت النتائج الأولية للانتخابات العراقية تقدم الكتلة الصدرية.', '2021-10-12'],
    ['الانتخابات النيابية العراقية', 'تأجيل الانتخابات النيابية العراقية إلى أكتوبر', '2021-01-20'],
    ['Iraqi elections', "Iraqi elections: Sadr's bloc leads", '2021-10-12'],
    ["Iraq's election", "Turnout in Iraq's election fell to 41 percent", '2021-10-11'],
  ])('%s', (_, text, date) => {
    expect(events(text, date)).toContain(ELECTION);
  });
  it.each([
    ['the 2025 vote', 'أظهرت النتائج الأولية للانتخابات العراقية تقدم ائتلاف الإعمار والتنمية.', '2025-11-13'],
    ['the 2018 vote', "Iraqi elections: Sadr's bloc leads", '2018-05-14'],
  ])('not %s', (_, text, date) => {
    expect(events(text, date)).not.toContain(ELECTION);
  });
  // Every Iraqi election shares these names: a text that gives no year at all (a snippet, a page without
  // its date) says nothing of which one, so it gets no card. A year it writes, or its date, is enough.
  it.each([
    ['الانتخابات العراقية', 'أظهرت النتائج الأولية للانتخابات العراقية تقدم الكتلة الصدرية.'],
    ['الانتخابات البرلمانية العراقية', 'دعا المرجع الشيعي إلى المشاركة الواسعة في الانتخابات البرلمانية العراقية المقبلة.'],
    ['الانتخابات النيابية العراقية', 'تأجيل الانتخابات النيابية العراقية إلى أكتوبر'],
    ['Iraqi elections', "Iraqi elections: Sadr's bloc leads"],
    ["Iraq's parliamentary election", "Turnout in Iraq's parliamentary election fell to 41 percent"],
  ])('not %s in a text that gives no year', (_, text) => {
    expect(events(text)).not.toContain(ELECTION);
    expect(events(`${text} عام 2021`)).toContain(ELECTION);
    expect(events(`${text} عام 2025`)).not.toContain(ELECTION);
  });
  it('but "the early elections", a name of the 2021 vote alone, needs no year', () => {
    expect(events('أظهرت النتائج الأولية للانتخابات العراقية المبكرة تقدم الكتلة الصدرية.')).toContain(ELECTION);
  });
});

describe('the Green Zone clashes in the words of dispersal', () => {
  it.each([
    ['tear gas to disperse the sit-in', 'أطلقت قوات الأمن الغاز المسيل للدموع لتفريق المعتصمين عند بوابة المنطقة الخضراء.'],
    ['English: a sit-in dispersed', 'A protester was killed when security forces dispersed a sit-in at the Green Zone gates.'],
  ])('%s, on a page of the days after', (_, text) => {
    expect(events(text, '2021-11-06')).toContain(CLASHES);
  });
  it.each([
    ['before the clashes', 'أطلقت قوات الأمن الغاز المسيل للدموع لتفريق المعتصمين عند بوابة المنطقة الخضراء.', '2021-10-25'],
    ['the storming of 2022', 'Security forces fired tear gas at Sadr supporters who stormed the Green Zone.', '2022-07-30'],
  ])('not %s', (_, text, date) => {
    expect(events(text, date)).not.toContain(CLASHES);
  });
});
