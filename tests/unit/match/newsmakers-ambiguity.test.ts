import { describe, expect, it } from 'vitest';
import { idsIn, newsmakersMatcher } from './newsmakers-set';

/**
 * Every context rule of the news-makers pack, in both senses: a sentence where the short form names the
 * record, and one where the same letters mean something else (a word, a first name, another person,
 * another club). Page dates are given where a rule depends on the years.
 */
const mentions = (text: string, id: string, pageDate?: string) =>
  newsmakersMatcher()
    .scan(text, pageDate ? { pageDate } : undefined)
    .entities.find((e) => e.id === id)
    ?.mentions.map((m) => m.text) ?? [];

describe('short forms that are ordinary words', () => {
  it.each([
    ['حماس: the movement with Gaza words in the sentence', 'وأكدت حماس أن وفدها سيصل إلى القاهرة لبحث وقف إطلاق النار في غزة.', 'hamas', true],
    ['حماس: enthusiasm', 'استقبلت الجماهير اللاعبين بحماس كبير في المطار.', 'hamas', false],
    ['حماس: enthusiasm of the fans, even with Gaza elsewhere on the page', 'تظاهر الآلاف تضامنا مع غزة. وكان حماس الجماهير لافتا في المدرجات.', 'hamas', false],
    ['أمل: the movement, right after Hezbollah', 'أكد حزب الله وأمل دعمهما للجيش في لبنان.', 'amal-movement', true],
    ['أمل: hope', 'يحدونا أمل كبير في التوصل إلى حل في لبنان.', 'amal-movement', false],
    ['النصر: the club, with football words', 'فاز النصر على الهلال في الجولة الخامسة من دوري روشن.', 'al-nassr', true],
    ['النصر: victory, in a sentence of war', 'وقال عبد الفتاح البرهان إن النصر على المتمردين قريب جدا في الحرب.', 'al-nassr', false],
    ['النصر: Victory Day, its own name the only football word in the sentence', 'أقيم عرض عسكري في عيد النصر في موسكو.', 'al-nassr', false],
    ['النصر: the anniversary of a victory', 'احتفل العراقيون بذكرى النصر على داعش.', 'al-nassr', false],
    ['الهلال: the club', 'تعادل الهلال مع الاتحاد في دوري روشن.', 'al-hilal', true],
    ['الهلال: the crescent in the sky', 'رأينا الهلال في السماء ليلة العيد.', 'al-hilal', false],
    ['الهلال: the crescent moon', 'لم تثبت رؤية الهلال مساء الأحد في الرياض.', 'al-hilal', false],
    ['الهلال: the Red Crescent', 'أرسل الهلال الأحمر القطري مساعدات إلى الملعب.', 'al-hilal', false],
    ['الاتحاد: the Jeddah club', 'تعادل الأهلي مع الاتحاد في دوري روشن.', 'al-ittihad-saudi', true],
    ['الاتحاد: the European Union', 'قرر الاتحاد الأوروبي فرض عقوبات جديدة بعد مباراة دبلوماسية.', 'al-ittihad-saudi', false],
    ['الزمالك: the club', 'فاز الأهلي على الزمالك في الدوري المصري.', 'zamalek', true],
    ['الزمالك: the Cairo district', 'افتتح مطعم جديد في حي الزمالك بالقاهرة.', 'zamalek', false],
    ['البرهان: the general, once named in full', 'التقى عبد الفتاح البرهان وفدا أمميا. وقال البرهان إن الحوار ممكن.', 'abdel-fattah-al-burhan', true],
    ['البرهان: the proof', 'هذا هو البرهان على صحة ما قلناه.', 'abdel-fattah-al-burhan', false],
    ['عون: the president, in his years', 'التقى الرئيس عون وفدا أمريكيا في بعبدا عام 2025.', 'joseph-aoun', true],
    ['عون: help', 'تقديم العون للمتضررين واجب على الجميع عام 2025.', 'joseph-aoun', false],
    ['عون: Michel Aoun is not Joseph Aoun', 'زار الرئيس ميشال عون دمشق عام 2018.', 'joseph-aoun', false],
    ['سلام: the prime minister, after his title, in his years', 'التقى الرئيس سلام وفدا من البنك الدولي في بيروت عام 2025.', 'nawaf-salam', true],
    ['سلام: peace', 'دعا إلى سلام عادل وشامل في المنطقة عام 2025.', 'nawaf-salam', false],
    ['سلام: Tammam Salam', 'استقبل الرئيس تمام سلام وفدا عام 2015.', 'nawaf-salam', false],
    ['رئيسي: the late president', 'استقبل الرئيس إبراهيم رئيسي الوفد. وقال الرئيس رئيسي إن التعاون مهم.', 'ebrahim-raisi', true],
    ['رئيسي: main', 'هذا هو السبب الرئيسي للأزمة، ويؤدي النفط دورا رئيسيا.', 'ebrahim-raisi', false],
    ['القاعدة: the organization', 'تبنى تنظيم القاعدة الهجوم. وقال فرع القاعدة الجهادي في اليمن إنه مسؤول.', 'al-qaeda', true],
    ['القاعدة: an air base', 'هبطت الطائرة في القاعدة الجوية الأمريكية.', 'al-qaeda', false],
    ['الحشد: the Popular Mobilization Forces', 'أكدت هيئة الحشد الشعبي جاهزيتها. وقال الحشد إن قواته انتشرت.', 'popular-mobilization-forces', true],
    ['الحشد: a military build-up', 'تحدث الوزير عن الحشد العسكري على الحدود.', 'popular-mobilization-forces', false],
    ['الدعم السريع: the RSF on a Sudanese page', 'سيطرت قوات الدعم السريع على الفاشر. وقالت الدعم السريع إنها ستواصل.', 'rapid-support-forces', true],
    ['الدعم السريع: rapid support for start-ups', 'أطلق برنامج الدعم السريع للشركات الناشئة في دبي.', 'rapid-support-forces', false],
    ['دولة القانون: the coalition on an Iraqi page', 'حصل دولة القانون بزعامة المالكي على 29 مقعدا في العراق.', 'state-of-law-coalition', true],
    ['دولة القانون: a state of law', 'نسعى إلى بناء دولة القانون والمؤسسات في تونس.', 'state-of-law-coalition', false],
    ['الإعمار والتنمية: the coalition on an Iraqi page', 'تصدر الإعمار والتنمية نتائج بغداد وفق مفوضية العراق.', 'reconstruction-and-development-coalition', true],
    ['الإعمار والتنمية: reconstruction plans', 'ناقش المؤتمر خطط إعادة الإعمار والتنمية في سوريا.', 'reconstruction-and-development-coalition', false],
    ['الجزيرة: the channel', 'قال مراسل الجزيرة إن القصف استمر طوال الليل.', 'al-jazeera', true],
    ['الجزيرة: the peninsula', 'تقع شبه الجزيرة العربية في جنوب غرب آسيا.', 'al-jazeera', false],
    ['الأناضول: the agency', 'قال مسؤول سوري بحسب مراسل الأناضول إن الطريق فتح.', 'anadolu', true],
    ['الأناضول: Anatolia', 'ضرب زلزال هضبة الأناضول فجر اليوم.', 'anadolu', false],
    ['مجلس الأمن: the UN Security Council', 'صوت مجلس الأمن على مشروع قرار بشأن غزة.', 'un-security-council', true],
    ['مجلس الأمن: a national security council', 'اجتمع مجلس الأمن الوطني لبحث الوضع على الحدود.', 'un-security-council', false],
    ['تسنيم: the Iranian agency', 'ذكرت تسنيم الإيرانية أن الهجوم لم يسفر عن إصابات.', 'tasnim', true],
    ['تسنيم: a woman', 'حصلت تسنيم على المركز الأول في مسابقة القراءة.', 'tasnim', false],
    ['إكس: the platform, after a post phrase', 'كتب في تدوينة على إكس أن الحرب انتهت.', 'twitter', true],
    ['إكس: X-rays', 'أجرى المريض صورة أشعة إكس في المستشفى.', 'twitter', false],
    ['إكس: SpaceX', 'أطلقت سبيس إكس صاروخا جديدا.', 'twitter', false],
  ])('%s', (_, text, id, expected) => {
    expect(idsIn(text).includes(id)).toBe(expected);
  });
});

describe('names shared with other people, and first names', () => {
  it.each([
    ['ترامب alone is the president', 'قال ترامب إن الاتفاق قريب.', 'donald-trump', true],
    ['Melania Trump is not him', 'زارت ميلانيا ترامب المستشفى.', 'donald-trump', false],
    ['Donald Trump Jr. is not him', 'وصل دونالد ترامب جونيور إلى الرياض.', 'donald-trump', false],
    ['الرئيس عباس on a Palestinian page', 'أعلن الرئيس عباس رفضه للقرار الإسرائيلي في رام الله.', 'mahmoud-abbas', true],
    ['عباس alone is a first name: Abbas Araghchi', 'قال وزير الخارجية الإيراني عباس عراقجي إن بلاده لن تتراجع.', 'mahmoud-abbas', false],
    ['نصر الله with Hezbollah and his full name on the page', 'وكان حسن نصر الله قد تحدث. وقال نصر الله إن حزب الله لن يتراجع.', 'hassan-nasrallah', true],
    ['نصر الله: God\'s victory', 'إن نصر الله قريب كما وعدنا.', 'hassan-nasrallah', false],
    ['المالكي once Nouri al-Maliki is named', 'قال نوري المالكي إن الائتلاف جاهز. وأضاف المالكي أن الحوار مستمر.', 'nouri-al-maliki', true],
    ['Turki al-Maliki is someone else', 'قال المتحدث باسم التحالف تركي المالكي إن الدفاعات اعترضت صاروخا.', 'nouri-al-maliki', false],
    ['قاسم: Naim Qassem, once named', 'وقال الشيخ نعيم قاسم إن المقاومة باقية. وأضاف الشيخ قاسم أن السلاح باق.', 'naim-qassem', true],
    ['قاسم: Hazem Qassem of Hamas', 'قال الناطق باسم حماس حازم قاسم إن الوفد وصل.', 'naim-qassem', false],
    ['الرئيس سعيد on a Tunisian page', 'استقبل الرئيس سعيد في قصر قرطاج وزير الخارجية التونسي.', 'kais-saied', true],
    ['سعيد alone is a name', 'فاز سعيد بالمركز الأول في المسابقة.', 'kais-saied', false],
    ['أبو مازن on a Palestinian page', 'قال أبو مازن إن السلطة الفلسطينية لن تقبل.', 'mahmoud-abbas', true],
    ['أبو مازن elsewhere is not him', 'افتتح أبو مازن مطعمه الجديد في عمان.', 'mahmoud-abbas', false],
  ])('%s', (_, text, id, expected) => {
    expect(idsIn(text).includes(id)).toBe(expected);
  });

  it('الأسد: the president after "regime", but not the lion on the same page', () => {
    const text = 'سقط نظام الأسد بعد هجوم المعارضة. وكان بشار الأسد قد فر. وفي حديقة الحيوانات زأر الأسد أمام الأطفال.';
    expect(mentions(text, 'bashar-al-assad')).toEqual(['الأسد', 'بشار الأسد']);
    expect(idsIn('زأر الأسد أمام الأطفال في حديقة الحيوان.')).toEqual([]);
  });

  it('الشرع: the president, but not Islamic law on the same page', () => {
    const text = 'وقال أحمد الشرع إن الانتخابات قريبة. وأضاف الشرع أن القانون يطبق وفق أحكام الشرع.';
    expect(mentions(text, 'ahmed-al-sharaa')).toEqual(['أحمد الشرع', 'الشرع']);
  });

  it('السوداني: the Iraqi prime minister, but not the adjective "Sudanese"', () => {
    const text = 'وقال محمد شياع السوداني إن الحكومة ماضية. وأضاف السوداني أن الجيش السوداني شريك في الأمن الإقليمي.';
    expect(mentions(text, 'mohammed-shia-al-sudani')).toEqual(['محمد شياع السوداني', 'السوداني']);
  });

  it('خامنئي alone is Ali Khamenei only when he is named in full; Mojtaba Khamenei is his own card', () => {
    expect(mentions('وقال علي خامنئي إن إيران لن تتراجع. وأضاف خامنئي أن الحرب مرفوضة.', 'ali-khamenei')).toEqual(['علي خامنئي', 'خامنئي']);
    expect(idsIn('انتخب مجلس خبراء القيادة مجتبى خامنئي مرشدا.')).toEqual(['assembly-of-experts', 'mojtaba-khamenei']);
  });

  it('a bare first name never makes a card', () => {
    expect(idsIn('قال حسن إن الاجتماع تأجل، وأكد عباس ومحمد وأحمد ذلك.')).toEqual([]);
  });
});

describe('spellings and rules found missing or wrong on fresh news (docs/newsmakers.md, "Measured on fresh news")', () => {
  it.each([
    ['بن سلمان: the crown prince after his title', 'وصرح الأمير بن سلمان بأن الرؤية تمضي.', 'mohammed-bin-salman', true],
    ['بن سلمان: the energy minister عبدالعزيز بن سلمان is his brother', 'قال وزير الطاقة الأمير عبدالعزيز بن سلمان إن الاتفاق نقطة تحول.', 'mohammed-bin-salman', false],
    ['التحالف بقيادة السعودية: the Yemen coalition', 'شن التحالف بقيادة السعودية غارات على صنعاء.', 'saudi-led-coalition', true],
    ['التحالف بقيادة السعودية: OPEC+ cutting output', 'تخفيضات طوعية تنفذها تسع دول من التحالف بقيادة السعودية بإجمالي مليون برميل يوميا.', 'saudi-led-coalition', false],
    ['عبدالله الثاني ابن الحسين: the king as decrees sign', 'نحن عبدالله الثاني ابن الحسين ملك المملكة الأردنية الهاشمية نأمر بما هو آت.', 'king-abdullah-ii', true],
    ['برشلونة: the club with football words', 'فاز برشلونة على ريال مدريد في الكلاسيكو.', 'fc-barcelona', true],
    ['برشلونة: the city', 'وصل الوفد إلى مدينة برشلونة لحضور المؤتمر.', 'fc-barcelona', false],
    ['يامال: the player with football words', 'سجل يامال هدفا في مرمى ريال مدريد.', 'lamine-yamal', true],
    ['يامال: the Russian gas project', 'ارتفعت صادرات مشروع يامال للغاز المسال إلى آسيا.', 'lamine-yamal', false],
    ['الجيش السوري: the state\'s army', 'انتشر الجيش السوري في ريف حلب.', 'syrian-army', true],
    ['الجيش السوري الحر: a rebel force', 'أعلن الجيش السوري الحر سيطرته على القرية عام 2013.', 'syrian-army', false],
    ['مدبولي: the prime minister after his title', 'قال رئيس الوزراء مدبولي إن الحكومة ماضية في الإصلاح.', 'mostafa-madbouly', true],
    ['مدبولي: someone else of that name', 'سجل اللاعب محمد مدبولي هدف الفوز.', 'mostafa-madbouly', false],
    ['الشيخ محمد بن عبدالرحمن: Qatar\'s prime minister', 'التقى الشيخ محمد بن عبدالرحمن وفدا من حماس في الدوحة.', 'mohammed-bin-abdulrahman-al-thani', true],
    ['الأمير محمد بن عبد الرحمن: Riyadh\'s deputy governor', 'كان في استقباله نائب أمير منطقة الرياض الأمير محمد بن عبد الرحمن.', 'mohammed-bin-abdulrahman-al-thani', false],
    ['مجلس الأمة: Kuwait\'s on a Kuwaiti page', 'أبلغ أمير الكويت مجلس الأمة بالمرسوم.', 'kuwait-national-assembly', true],
    ['مجلس الأمة: Algeria\'s upper house', 'صادق مجلس الأمة على قانون المالية في الجزائر.', 'kuwait-national-assembly', false],
    ['إكس: the platform after قال على', 'وقال على إكس إن الهجوم استهدف مواقع عسكرية.', 'twitter', true],
    ['إكس: a grade, after على', 'حصل الطالب على إكس في الاختبار.', 'twitter', false],
    ['دوري أبطال أوروبا: the European cup', 'تأهل الفريق إلى ثمن نهائي دوري أبطال أوروبا.', 'uefa-champions-league', true],
    ['دوري أبطال آسيا is another competition', 'تأهل الهلال إلى نهائي دوري أبطال آسيا.', 'uefa-champions-league', false],
    ['X: the platform after موقع', 'كشف الاتحاد عبر صفحته على موقع X عن القائمة النهائية.', 'twitter', true],
    ['X: a placeholder letter', 'اختار الباحثون العينة X من بين عشرين عينة.', 'twitter', false],
    ['الاتحاد: the Jeddah club beside a Saudi rival', 'فاز الاتحاد على النصر بهدفين في جدة.', 'al-ittihad-saudi', true],
    ['الاتحاد: a union\'s statement is not the club, though the sentence names الاتحاد', 'وقال الاتحاد في بيان إن الحوار مع الحكومة متوقف.', 'al-ittihad-saudi', false],
    ['الاتحاد: the Abu Dhabi paper credited in a dateline', 'بيروت (الاتحاد) أقرت الحكومة اللبنانية خطة الجيش.', 'al-ittihad-saudi', false],
    ['حكيمي: the captain with his club in the sentence', 'عاد قائد المنتخب المغربي حكيمي إلى تدريبات باريس سان جيرمان.', 'achraf-hakimi', true],
    ['حكيمي: someone else with that surname', 'قال المهندس عبد اللطيف حكيمي إن المشروع ينطلق الشهر المقبل.', 'achraf-hakimi', false],
    ['إكس: the platform after عبر', 'وقال المتحدث عبر إكس إن الوفد وصل إلى القاهرة.', 'twitter', true],
    ['إكس: X-rays, even after عبر', 'مرت الحقائب عبر أشعة إكس في المطار.', 'twitter', false],
    ['أف ب: AFP as a photo credit', 'اجتماع الحكومة في قصر بعبدا (أف ب)', 'afp', true],
    ['أف: an interjection is not AFP', 'قال أف من شدة الحر ثم جلس.', 'afp', false],
    ['سكاي نيوز: Sky News Arabia as Arabic pages write it', 'وقال الرئيس في مقابلة مع سكاي نيوز إن الحوار مستمر.', 'sky-news-arabia', true],
    ['سكاي نيوز البريطانية: the British channel', 'ذكرت سكاي نيوز البريطانية أن لندن تدرس القرار.', 'sky-news-arabia', false],
    ['حماس: the movement when its disarmament is the subject', 'حدد الوزير موعدا نهائيا لنزع سلاح حماس.', 'hamas', true],
    ['حماس: enthusiasm beside a weapon', 'حمل الجنود سلاحهم بحماس كبير في العرض.', 'hamas', false],
    ['نظام البعث: the Syrian party\'s rule', 'انتهى حكم نظام البعث في سوريا بعد 61 عاما.', 'baath-party', true],
    ['نظام البعث: Iraq\'s Baath under Saddam is another party', 'أعدم نظام البعث في العراق آلاف المعارضين زمن صدام.', 'baath-party', false],
  ])('%s', (_, text, id, expected) => {
    expect(idsIn(text).includes(id)).toBe(expected);
  });
});

describe('records added for names that recur in fresh news', () => {
  it.each([
    ['الشيباني: the Syrian minister beside his counterpart', 'وقال الشيباني في مؤتمر صحفي مع نظيره التركي إن دمشق منفتحة.', 'asaad-al-shaibani', true],
    ['الشيباني: another man of that family', 'فاز اللاعب علي الشيباني بالميدالية الذهبية في البطولة.', 'asaad-al-shaibani', false],
    ['جروسي: the IAEA chief with Iran in the sentence', 'قال جروسي إن المفتشين سيعودون إلى إيران قريبا.', 'rafael-grossi', true],
    ['غروسي: a footballer of that name', 'سجل المهاجم الإيطالي غروسي هدفا في الدوري.', 'rafael-grossi', false],
    ['إمام أوغلو: the mayor with Istanbul in the sentence', 'مثل إمام أوغلو أمام محكمة في إسطنبول.', 'ekrem-imamoglu', true],
    ['إمام أوغلو: someone else of that name', 'حصل الطالب إمام أوغلو على منحة دراسية في برلين.', 'ekrem-imamoglu', false],
    ['فتح: the movement beside Hamas', 'جرت جولة مصالحة بين فتح وحماس في القاهرة.', 'fatah', true],
    ['فتح: the movement after one of its bodies', 'قال قيادي في فتح إن الاجتماع تأجل.', 'fatah', true],
    ['فتح: "opening" the crossings, right after Hamas', 'طالبت حماس بفتح المعابر أمام المساعدات.', 'fatah', false],
    ['فتح: the verb on a page that names the movement in full', 'انتقدت حركة فتح القرار. وقررت إسرائيل فتح معبر رفح.', 'fatah', true],
    ['اتحاد الشغل: the Tunisian union on a Tunisian page', 'دعا اتحاد الشغل إلى إضراب عام في تونس.', 'ugtt', true],
    ['اتحاد الشغل: a union elsewhere', 'عقد اتحاد الشغل المحلي اجتماعه السنوي في الرباط.', 'ugtt', false],
    ['قناة المسيرة: the Houthi channel', 'ذكرت قناة المسيرة أن الغارات استهدفت صعدة.', 'al-masirah', true],
    ['المسيرة: a march', 'انطلقت المسيرة من ميدان التحرير ظهرا.', 'al-masirah', false],
  ])('%s', (_, text, id, expected) => {
    expect(idsIn(text).includes(id)).toBe(expected);
  });

  it('فتح on a page that names the movement in full: only the movement\'s mention, not the verb', () => {
    expect(mentions('انتقدت حركة فتح القرار. وقررت إسرائيل فتح معبر رفح.', 'fatah')).toEqual(['حركة فتح']);
  });

  it('names with no other sense need no context', () => {
    expect(idsIn('هدد بن غفير بالانسحاب من الحكومة إذا لم يستقل سموتريتش.')).toEqual(['bezalel-smotrich', 'itamar-ben-gvir']);
    expect(idsIn('صادقت اللجنة التنفيذية لمنظمة التحرير الفلسطينية على القرار.')).toEqual(['plo']);
    expect(idsIn('نقلت الوكالة الوطنية للإعلام أن الجلسة انتهت.')).toEqual(['national-news-agency-lebanon']);
  });

  it('names with no other sense: Mbappé, the Saudi energy minister', () => {
    expect(idsIn('سجل مبابي هدفين في الكلاسيكو.')).toEqual(['kylian-mbappe']);
    expect(idsIn('قال الأمير عبدالعزيز بن سلمان إن اتفاق أوبك+ نقطة تحول.')).toEqual(['abdulaziz-bin-salman', 'opec-plus']);
  });

  it('Kurdish outlets\' spelling كوردستان, and names with no other sense', () => {
    expect(idsIn('لم يتفق الحزب الديمقراطي الكوردستاني والاتحاد الوطني الكوردستاني على مرشح.')).toEqual(['kurdistan-democratic-party', 'patriotic-union-of-kurdistan']);
    expect(idsIn('وصل وفد برئاسة خليل الحية. وقال مسرور بارزاني إن الرواتب تأخرت.')).toEqual(['khalil-al-hayya', 'masrour-barzani']);
  });

  it('الشرع beside his foreign minister is the president, from December 2024 only', () => {
    expect(idsIn('وصل الشرع والشيباني إلى البرازيل.', '2025-11-10')).toContain('ahmed-al-sharaa');
    expect(idsIn('وصل الشرع والشيباني إلى البرازيل.', '2023-05-10')).not.toContain('ahmed-al-sharaa');
    expect(idsIn('نقل الشيباني عن أهل العلم أن أحكام الشرع واضحة.', '2025-11-10')).not.toContain('ahmed-al-sharaa');
  });
});

describe('names two records share', () => {
  it('حزب الله: Lebanon\'s on a Lebanese page, Kata\'ib Hezbollah\'s on a page naming that group', () => {
    expect(idsIn('قال حزب الله في بيان إن مقاتليه استهدفوا موقعا في جنوب لبنان.')).toContain('hezbollah');
    const iraq = idsIn('أعلنت كتائب حزب الله تعليق عملياتها في العراق. وقال حزب الله إن القرار نهائي.');
    expect(iraq).toContain('kataib-hezbollah');
    expect(iraq).not.toContain('hezbollah');
    expect(idsIn('قال حزب الله إن القرار نهائي.')).toEqual([]);
  });

  it('أوبك is OPEC and أوبك+ is OPEC+, though the matcher\'s words drop the "+"', () => {
    expect(idsIn('قالت أوبك في تقريرها الشهري إن الطلب على النفط سيرتفع.')).toEqual(['opec']);
    expect(idsIn('قرر تحالف أوبك+ تعليق زيادات الإنتاج.')).toEqual(['opec-plus']);
  });

  it('الأهلي: Cairo\'s club with Egyptian football, Jeddah\'s with the Saudi league, neither for civil work', () => {
    const cairo = idsIn('فاز الأهلي على الزمالك في الدوري المصري.');
    expect(cairo).toContain('al-ahly');
    expect(cairo).not.toContain('al-ahli-saudi');
    const jeddah = idsIn('تعادل الأهلي مع الاتحاد في دوري روشن.');
    expect(jeddah).toContain('al-ahli-saudi');
    expect(jeddah).not.toContain('al-ahly');
    expect(idsIn('يدعم العمل الأهلي الأسر المحتاجة.')).toEqual([]);
  });
});
