import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSeedSet, SEEDS } from './load-fixture';

/** The ids and types of the reference set contract (docs/contracts.md, contract 1): tools and tests rely on them. */
const ENTITIES = {
  'mustafa-al-kadhimi': 'person',
  'abu-ali-al-askari': 'person',
  'kataib-hezbollah': 'organization',
  'joint-operations-command': 'organization',
  afp: 'organization',
  reuters: 'organization',
  'green-zone': 'place',
  baghdad: 'place',
  iraq: 'place',
  iran: 'place',
  twitter: 'organization',
} as const;
const EVENTS = {
  'kadhimi-assassination-attempt-2021': '2021-11-07',
  'green-zone-clashes-2021-11-05': '2021-11-05',
  'iraq-parliamentary-election-2021': '2021-10-10',
} as const;
const RELATIONS = [
  'abu-ali-al-askari official-of kataib-hezbollah',
  'kataib-hezbollah backed-by iran',
  'mustafa-al-kadhimi target-of kadhimi-assassination-attempt-2021',
  'kadhimi-assassination-attempt-2021 took-place-in green-zone',
  'kadhimi-assassination-attempt-2021 took-place-in baghdad',
  'green-zone-clashes-2021-11-05 preceded kadhimi-assassination-attempt-2021',
  'afp reported-on kadhimi-assassination-attempt-2021',
  'reuters reported-on kadhimi-assassination-attempt-2021',
];

describe('the seed records', () => {
  const set = buildSeedSet();

  it('build from seeds/ and record their provenance', () => {
    expect(set.builtFrom).toEqual(['seeds/000_7752d1d99baee141.json']);
    expect(set.version).toMatch(/^[0-9a-f]{16}$/);
    const source = set.sources.find((s) => s.id === 'kadhimi-attack-report-2021-11-07');
    expect(source).toMatchObject({ file: '000_7752d1d99baee141.txt', published: '2021-11-07', language: 'ar' });
    expect(source?.text).toBe(readFileSync(join(SEEDS, '000_7752d1d99baee141.txt'), 'utf8'));
  });

  it('hold exactly the entities of the contract, with their types', () => {
    expect(Object.fromEntries(set.entities.map((e) => [e.id, e.type]))).toEqual(ENTITIES);
  });

  it('hold exactly the events of the contract, with their dates', () => {
    expect(Object.fromEntries(set.events.map((e) => [e.id, e.date]))).toEqual(EVENTS);
  });

  it('give every entity and event at least one quoted fact', () => {
    const subjects = new Set(set.facts.map((fact) => fact.subject));
    const bare = [...set.entities, ...set.events].map((r) => r.id).filter((id) => !subjects.has(id));
    expect(bare).toEqual([]);
  });

  it('hold the relations of the contract, each backed by a fact', () => {
    const byKey = new Map(set.relations.map((r) => [`${r.from} ${r.type} ${r.to}`, r]));
    for (const key of RELATIONS) {
      expect(byKey.get(key), key).toBeDefined();
      expect(byKey.get(key)?.fact, key).toBeDefined();
    }
  });

  it('keep facts from outside the seed out of the facts: the end of his term is a date without a fact', () => {
    const kadhimi = set.entities.find((e) => e.id === 'mustafa-al-kadhimi');
    const termEnd = kadhimi?.dates.find((d) => d.date === '2022-10-27');
    expect(termEnd).toBeDefined();
    expect(termEnd?.fact).toBeUndefined();
    expect(set.facts.some((fact) => /2022|10 أكتوبر|تشرين الأول/.test(fact.quote ?? ''))).toBe(false);
  });

  it('write aliases without proclitics and never list the nationality adjectives', () => {
    const aliases = [...set.entities, ...set.events].flatMap((r) => r.aliases.map((a) => a.text));
    expect(aliases.filter((text) => /^(?:بال|لل|وال|فال|كال)/.test(text))).toEqual([]);
    for (const adjective of ['العراقي', 'العراقية', 'إيراني', 'الإيرانية', 'بغدادي', 'الكاظم', 'الكاظمية', 'X']) {
      expect(aliases, adjective).not.toContain(adjective);
    }
  });

  it('gate every bare, ambiguous alias with a context rule', () => {
    const rulesOf = (entity: string, text: string) =>
      set.entities.find((e) => e.id === entity)?.aliases.find((a) => a.text === text);
    const kadhimi = rulesOf('mustafa-al-kadhimi', 'الكاظمي')?.requires;
    expect([...new Set(kadhimi?.map((r) => r.kind))].sort()).toEqual(['coherence', 'entity', 'near', 'sentence']);
    // Coherence needs the page dated in his years (a written year or the page's date).
    expect(kadhimi?.find((r) => r.kind === 'coherence')).toMatchObject({ era: { from: '2020-05-07', to: '2023-12-31' } });
    // His office means him only during his term: the era sits on the office rule, not on the whole alias.
    expect(kadhimi?.find((r) => r.kind === 'near')).toMatchObject({ era: { from: '2020-05-07', to: '2022-10-27' } });
    const askari = rulesOf('abu-ali-al-askari', 'العسكري')?.requires;
    expect(askari?.map((r) => r.kind)).toEqual(['entity', 'coherence']);
    expect(askari?.[0]).toEqual({ kind: 'entity', id: 'abu-ali-al-askari' });
    expect(rulesOf('abu-ali-al-askari', 'العسكري')?.vetoes.map((r) => r.kind)).toContain('prev-definite');
    expect(rulesOf('kataib-hezbollah', 'حزب الله')?.requires).toEqual([{ kind: 'entity', id: 'kataib-hezbollah' }]);
    expect(rulesOf('green-zone', 'المنطقة الخضراء')?.requires.length).toBeGreaterThan(0);
    expect(rulesOf('joint-operations-command', 'قيادة العمليات المشتركة')?.requires.length).toBeGreaterThan(0);
    expect(rulesOf('kataib-hezbollah', 'كتاب حزب الله')).toBeUndefined();
  });
});
