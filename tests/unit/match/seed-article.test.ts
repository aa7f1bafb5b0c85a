import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_TEXT_FILE, seedSet } from '../../support/seed-set';

const ENTITY_IDS = [
  'abu-ali-al-askari', 'afp', 'baghdad', 'green-zone', 'iran', 'iraq', 'joint-operations-command',
  'kataib-hezbollah', 'mustafa-al-kadhimi', 'reuters', 'twitter',
];
const EVENT_IDS = ['green-zone-clashes-2021-11-05', 'iraq-parliamentary-election-2021', 'kadhimi-assassination-attempt-2021'];

describe('the seed article', () => {
  const text = readFileSync(SEED_TEXT_FILE, 'utf8');
  const result = seedSet().matcher.scan(text);

  it('yields every entity of the reference set and nothing else', () => {
    expect(result.entities.map((e) => e.id).sort()).toEqual(ENTITY_IDS);
  });

  it('yields all three events and nothing else', () => {
    expect(result.events.map((e) => e.id).sort()).toEqual(EVENT_IDS);
  });

  it('reports spans whose text is the original text at those offsets', () => {
    for (const e of result.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const e of result.events) for (const m of e.evidence) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds al-Kadhimi under every form the article uses', () => {
    const texts = result.entities.find((e) => e.id === 'mustafa-al-kadhimi')!.mentions.map((m) => m.text);
    expect(texts).toContain('مصطفى الكاظمي');
    expect(texts).toContain('للكاظمي');
    expect(texts.filter((t) => t === 'الكاظمي').length).toBeGreaterThanOrEqual(5);
  });

  it('finds the misspelled and variant names the article prints', () => {
    const kataib = result.entities.find((e) => e.id === 'kataib-hezbollah')!.mentions.map((m) => m.text);
    expect(kataib).toEqual(['كتائب حزب الله', 'كتاب حزب الله العراقي']);
    const askari = result.entities.find((e) => e.id === 'abu-ali-al-askari')!.mentions.map((m) => m.text);
    expect(askari).toEqual(['أبو علي العسكري', 'أبو العلي العسكري', 'العسكري']);
  });

  it('dates the attempt from the article', () => {
    const attempt = result.events.find((e) => e.id === 'kadhimi-assassination-attempt-2021')!;
    expect(attempt.date).toBe('2021-11-07');
    expect(attempt.evidence.map((s) => s.text)).toContain('الأحد 7 نوفمبر/تشرين الثاني 2021');
  });
});
