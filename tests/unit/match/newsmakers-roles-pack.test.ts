import { describe, expect, it } from 'vitest';
import { idsIn } from './newsmakers-set';

/** Office titles through the real packs (core + news-makers, amendments applied), on both sides of each change. */
describe('titles in the news-makers pack', () => {
  it.each([
    ['رئيس الوزراء العراقي before 27 October 2022: al-Kadhimi (the core record, its term added by amendment)', 'استقبل رئيس الوزراء العراقي وفدا أوروبيا.', '2021-09-01', 'mustafa-al-kadhimi'],
    ['رئيس الوزراء العراقي after 27 October 2022: al-Sudani', 'استقبل رئيس الوزراء العراقي وفدا أوروبيا.', '2023-09-01', 'mohammed-shia-al-sudani'],
    ['الرئيس السوري before December 2024: al-Assad', 'وصل الرئيس السوري إلى موسكو.', '2024-07-24', 'bashar-al-assad'],
    ['الرئيس السوري after 29 January 2025: al-Sharaa', 'وصل الرئيس السوري إلى موسكو.', '2025-10-15', 'ahmed-al-sharaa'],
    ['الرئيس الأمريكي in 2023: Biden', 'قال الرئيس الأمريكي إن المحادثات مستمرة.', '2023-05-01', 'joe-biden'],
    ['الرئيس الأمريكي in 2025: Trump', 'قال الرئيس الأمريكي إن المحادثات مستمرة.', '2025-05-01', 'donald-trump'],
    ['الأمين العام لحزب الله before 27 September 2024: Nasrallah', 'ألقى الأمين العام لحزب الله خطابا متلفزا.', '2024-06-01', 'hassan-nasrallah'],
    ['الأمين العام لحزب الله after 29 October 2024: Qassem', 'ألقى الأمين العام لحزب الله خطابا متلفزا.', '2025-02-01', 'naim-qassem'],
    ['المرشد الإيراني before 28 February 2026: Ali Khamenei', 'قال المرشد الإيراني إن بلاده لن تتفاوض تحت الضغط.', '2025-06-01', 'ali-khamenei'],
    ['المرشد الإيراني from his election (reported 8 March 2026): Mojtaba Khamenei', 'قال المرشد الإيراني إن بلاده لن تتفاوض تحت الضغط.', '2026-03-10', 'mojtaba-khamenei'],
    ['أمير الكويت before 16 December 2023: Nawaf', 'استقبل أمير الكويت رئيس الوزراء.', '2022-03-01', 'nawaf-al-ahmad'],
    ['أمير الكويت after 16 December 2023: Mishal', 'استقبل أمير الكويت رئيس الوزراء.', '2024-03-01', 'mishal-al-ahmad'],
    ['الرئيس الإيراني in 2023: Raisi', 'زار الرئيس الإيراني بكين.', '2023-02-14', 'ebrahim-raisi'],
    ['الرئيس الإيراني in 2025: Pezeshkian', 'زار الرئيس الإيراني بكين.', '2025-09-01', 'masoud-pezeshkian'],
  ])('%s', (_, text, date, id) => {
    expect(idsIn(text, date)).toEqual([id]);
  });

  it('between two holders (Raisi\'s death and Pezeshkian\'s endorsement; Nasrallah and Qassem) nobody is named', () => {
    expect(idsIn('زار الرئيس الإيراني بكين.', '2024-06-10')).toEqual([]);
    expect(idsIn('ألقى الأمين العام لحزب الله خطابا متلفزا.', '2024-10-10')).toEqual([]);
    expect(idsIn('قال المرشد الإيراني إن بلاده لن تتفاوض تحت الضغط.', '2026-03-04')).toEqual([]);
  });
  it('a title of another time ("الرئيس الأميركي وقتها") is not the holder on the page\'s date', () => {
    expect(idsIn('فيما اعتبره الرئيس الأميركي وقتها جو بايدن أمرا شائنا.', '2025-10-17')).toEqual(['joe-biden']);
    expect(idsIn('فيما اعتبره الرئيس الأميركي أمرا شائنا.', '2025-10-17')).toEqual(['donald-trump']);
  });
  it('رئيس الوزراء المصري names Madbouly from June 2018, nobody before (his predecessor has no record)', () => {
    expect(idsIn('استقبل رئيس الوزراء المصري وفدا أوروبيا.', '2025-09-25')).toEqual(['mostafa-madbouly']);
    expect(idsIn('استقبل رئيس الوزراء المصري وفدا أوروبيا.', '2017-03-01')).toEqual([]);
  });

});
