import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNewsmakers } from '../match/newsmakers-set';

/**
 * The news-makers pack builds with the pack builder (schemas, references to the core pack, provenance), and
 * its selection follows the sample: every name at least two sample articles give has a record, save the few
 * listed here with the reason.
 */
const { core, newsmakers } = buildNewsmakers();
const NOT_RECORDED: Record<string, string> = {
  'israeli-government': 'a description ("the Israeli government"), not a body with a card of its own',
  'egypt-house-election-2025': 'its phases and dates are not yet verified against several pages',
};

/**
 * People whose card has no quoted fact yet: no dated page with a quotable sentence about them has been read.
 * A person leaves this list when a fact is added (the test below fails until they do).
 */
const PEOPLE_WITHOUT_FACTS: string[] = [
];

describe('seeds/packs/newsmakers', () => {
  it('builds as pack "newsmakers", requiring the core pack', () => {
    expect(newsmakers.meta.id).toBe('newsmakers');
    expect(newsmakers.meta.requires).toEqual(['core']);
    expect(newsmakers.entities.length + newsmakers.events.length).toBeGreaterThanOrEqual(200);
  });

  it('never redefines a core record: the core records it covers are amended', () => {
    const coreIds = new Set(core.entities.map((e) => e.id));
    expect(newsmakers.entities.filter((e) => coreIds.has(e.id))).toEqual([]);
    expect(newsmakers.amends.map((a) => a.id).sort()).toEqual(['afp', 'mustafa-al-kadhimi', 'reuters', 'twitter']);
    const x = newsmakers.amends.find((a) => a.id === 'twitter')!;
    expect(x.aliases.map((a) => a.text)).toContain('منصة إكس');
  });

  it('says where every record comes from; web sources carry no article text', () => {
    for (const r of [...newsmakers.entities, ...newsmakers.events]) expect(r.sources.length, r.id).toBeGreaterThan(0);
    for (const s of newsmakers.sources) expect(s.file, s.id).toBeUndefined();
    for (const f of newsmakers.facts) expect(f.quote!.length, f.id).toBeLessThanOrEqual(200);
  });

  it('has a record for every name that at least two sample articles give', () => {
    const ids = new Set([...core.entities, ...newsmakers.entities, ...newsmakers.events].map((r) => r.id));
    const counts = readFileSync('docs/newsmakers/counts.tsv', 'utf8').split('\n').slice(2).filter(Boolean).map((l) => l.split('\t'));
    const missing = counts.filter(([name, n]) => Number(n) >= 2 && !ids.has(name!)).map(([name]) => name);
    expect(missing.sort()).toEqual(Object.keys(NOT_RECORDED).sort());
  });

  it('gives every office holder dated roles, and no two holders of a title overlap by more than the handover day', () => {
    const byPhrase = new Map<string, { id: string; from: string; to?: string }[]>();
    for (const e of newsmakers.entities) for (const r of e.roles) for (const p of r.phrases) {
      const list = byPhrase.get(p) ?? [];
      list.push({ id: e.id, from: r.from, to: r.to });
      byPhrase.set(p, list);
    }
    for (const [phrase, list] of byPhrase) {
      const sorted = [...list].sort((a, b) => (a.from < b.from ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1]!;
        expect(prev.to, `${phrase}: ${prev.id} has no end but ${sorted[i]!.id} follows`).toBeDefined();
        expect(prev.to! <= sorted[i]!.from, `${phrase}: ${prev.id} and ${sorted[i]!.id} overlap`).toBe(true);
      }
    }
  });

  it('gives every person at least one quoted fact from a dated page, save those listed', () => {
    const withFacts = new Set(newsmakers.facts.map((f) => f.subject));
    const sources = new Map(newsmakers.sources.map((s) => [s.id, s]));
    for (const f of newsmakers.facts) {
      expect(f.quote!.length, f.id).toBeGreaterThanOrEqual(20);
      expect(sources.get(f.source)?.url, f.id).toMatch(/^https?:\/\//);
      expect(sources.get(f.source)?.published, f.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const people = newsmakers.entities.filter((e) => e.type === 'person').map((e) => e.id);
    expect(people.filter((id) => !withFacts.has(id)).sort()).toEqual([...PEOPLE_WITHOUT_FACTS].sort());
  });
});
