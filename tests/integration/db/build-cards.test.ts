import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCards } from '../../../lib/db/build-cards';
import { installPack } from '../../../lib/db/install-pack';
import { SiyaqDb } from '../../../lib/db/siyaq-db';
import { recordVisit } from '../../../lib/db/visits-repository';
import { corePack, shippedSet } from './reference-pack';

const ATTEMPT = 'kadhimi-assassination-attempt-2021';
let db: SiyaqDb;
beforeEach(async () => {
  db = new SiyaqDb(`cards-${crypto.randomUUID()}`);
  await installPack(db, corePack, { bundled: true });
});
afterEach(() => db.delete());

describe('buildCards', () => {
  it('gives an entity its facts with quotes and sources, relations with names, and dates', async () => {
    const { cards, missing } = await buildCards(db, ['mustafa-al-kadhimi', 'no-such-id'], { onPage: new Set(['mustafa-al-kadhimi', ATTEMPT]) });
    expect(missing).toEqual(['no-such-id']);
    const card = cards[0]!;
    expect(card).toMatchObject({ kind: 'entity', type: 'person', name: { ar: 'مصطفى الكاظمي' } });
    const expectedFacts = shippedSet.facts.filter((f) => f.subject === 'mustafa-al-kadhimi');
    expect(card.facts.map((f) => f.id).sort()).toEqual(expectedFacts.map((f) => f.id).sort());
    for (const fact of card.facts) {
      const source = shippedSet.sources.find((s) => s.id === fact.source.id)!;
      expect(source.text).toContain(fact.quote);
      expect(fact.source.publisher).toBe(source.publisher);
    }
    const toAttempt = card.relations.find((r) => r.other.id === ATTEMPT);
    expect(toAttempt).toMatchObject({ type: 'target-of', direction: 'out', other: { kind: 'event', onPage: true } });
  });

  it('marks relations to things not on the page, lists event participants, and returns other pages as coverage', async () => {
    await recordVisit(db, { url: 'https://www.example.iq/a', title: 'هجوم بطائرة مسيرة على منزل الكاظمي', at: 10, ids: [ATTEMPT] });
    await recordVisit(db, { url: 'https://www.example.iq/b', title: 'الصفحة الحالية', at: 20, ids: [ATTEMPT] });
    const { cards } = await buildCards(db, [ATTEMPT], { onPage: new Set([ATTEMPT]), url: 'https://www.example.iq/b' });
    const card = cards[0]!;
    expect(card.kind).toBe('event');
    if (card.kind !== 'event') return;
    expect(card.date).toBe('2021-11-07');
    expect(card.participants.map((p) => p.id)).toContain('mustafa-al-kadhimi');
    expect(card.participants.every((p) => !p.onPage)).toBe(true);
    expect(card.relations.find((r) => r.other.id === 'mustafa-al-kadhimi')).toMatchObject({ direction: 'in', other: { onPage: false } });
    expect(card.coverage.filter((c) => c.kind === 'visit')).toEqual([
      { kind: 'visit', url: 'https://www.example.iq/a', title: 'هجوم بطائرة مسيرة على منزل الكاظمي', outlet: 'example.iq', published: null, seen: 10 },
    ]);
    expect(card.coverageMore).toBe(false);
  });
});
