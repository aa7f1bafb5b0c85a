import { describe, expect, it } from 'vitest';
import { idsIn, newsmakersMatcher } from './newsmakers-set';

const ATTEMPT = 'kadhimi-assassination-attempt-2021';

/** An office title names its holder for event cues too, and only while he holds it. */
describe('a title names the participant of an event', () => {
  it.each([
    ['a headline with the title alone', 'رئيس الوزراء العراقي ينجو من محاولة اغتيال بطائرة مسيرة', '2021-11-07'],
    ['an attack on the title holder\'s home, the year from the page\'s date', 'العسكري يسخر من استهداف منزل رئيس الوزراء العراقي', '2021-11-08'],
    ['the title with a drone and his residence', 'قال مسؤول أمني إن طائرة مسيرة مفخخة استهدفت مقر إقامة رئيس الحكومة العراقية فجرا.', '2021-11-07'],
  ])('%s', (_, text, date) => {
    expect(idsIn(text, date)).toEqual(expect.arrayContaining(['mustafa-al-kadhimi', ATTEMPT]));
  });

  it.each([
    ['after his term the title is his successor\'s, so no 2021 attempt', 'رئيس الوزراء العراقي ينجو من محاولة اغتيال بطائرة مسيرة', '2023-05-01'],
    ['another country\'s prime minister', 'رئيس الوزراء الأردني ينجو من محاولة اغتيال بطائرة مسيرة', '2021-11-07'],
    ['the title before the attempt\'s era', 'رئيس الوزراء العراقي ينجو من محاولة اغتيال بطائرة مسيرة', '2020-09-01'],
    ['an undated page: a title names nobody', 'رئيس الوزراء العراقي ينجو من محاولة اغتيال بطائرة مسيرة', undefined],
  ])('not: %s', (_, text, date) => {
    expect(idsIn(text, date)).not.toContain(ATTEMPT);
  });

  it('the title still leaves a name beside it to that name (one mention, not two)', () => {
    const r = newsmakersMatcher().scan('رئيس الوزراء العراقي مصطفى الكاظمي ينجو من محاولة اغتيال بطائرة مسيرة', { pageDate: '2021-11-07' });
    expect(r.events.map((e) => e.id)).toEqual([ATTEMPT]);
    expect(r.entities.find((e) => e.id === 'mustafa-al-kadhimi')?.mentions.map((m) => m.text)).toEqual(['مصطفى الكاظمي']);
  });
});

/** A country inside a title says whose office it is: both it and the holder are named. */
describe('a title with its country in it', () => {
  it.each([
    ['رئيس وزراء العراق in 2021: al-Kadhimi, and Iraq', 'زار رئيس وزراء العراق طهران.', '2021-06-01', ['iraq', 'mustafa-al-kadhimi']],
    ['رئيس وزراء العراق in 2023: al-Sudani', 'زار رئيس وزراء العراق طهران.', '2023-06-01', ['iraq', 'mohammed-shia-al-sudani']],
    ["Iraq's prime minister, in English", "Iraq's prime minister met the UN envoy in Baghdad.", '2021-06-01', ['baghdad', 'iraq', 'mustafa-al-kadhimi', 'united-nations']],
  ])('%s', (_, text, date, ids) => {
    expect(idsIn(text, date)).toEqual(ids);
  });

  it('the title is one mention and the country another, inside it', () => {
    const r = newsmakersMatcher().scan('زار رئيس وزراء العراق طهران.', { pageDate: '2021-06-01' });
    const texts = (id: string) => r.entities.find((e) => e.id === id)?.mentions.map((m) => m.text);
    expect([texts('mustafa-al-kadhimi'), texts('iraq')]).toEqual([['رئيس وزراء العراق'], ['العراق']]);
  });

  it('a person\'s name over the title still keeps it (the title beside its holder stays part of the name)', () => {
    const r = newsmakersMatcher().scan('زار رئيس وزراء العراق مصطفى الكاظمي طهران.', { pageDate: '2021-06-01' });
    expect(r.entities.find((e) => e.id === 'mustafa-al-kadhimi')?.mentions.map((m) => m.text)).toEqual(['مصطفى الكاظمي']);
  });
});
