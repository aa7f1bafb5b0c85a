import { z } from 'zod';
import type { Card, CardFact, CardRelation } from '../messaging/protocol';
import { entitySchema, eventSchema, type Entity, type EventRecord } from '../reference/schema';
import { factRowSchema, relationRowSchema, sourceRowSchema } from './rows';
import type { SiyaqDb } from './siyaq-db';
import { findCoverage } from './visits-repository';

export interface CardContext {
  /** Ids found on the page the popup shows: decides each relation's `onPage`. */
  onPage: ReadonlySet<string>;
  /** That page's URL, left out of related coverage. */
  url?: string;
}

/** Builds the popup's cards for `ids` from the database, in the order asked; unknown ids go to `missing`. */
export async function buildCards(db: SiyaqDb, ids: readonly string[], context: CardContext): Promise<{ cards: Card[]; missing: string[] }> {
  const unique = [...new Set(ids)];
  // All cards, and every part of each card, are read at once: IndexedDB serves the reads in parallel,
  // and the popup's first card waits for the slowest read, not for the sum of them.
  const built = await Promise.all(unique.map((id) => buildCard(db, id, context)));
  const cards: Card[] = [];
  const missing: string[] = [];
  built.forEach((card, k) => {
    if (card) cards.push(card);
    else missing.push(unique[k]!);
  });
  return { cards, missing };
}

async function buildCard(db: SiyaqDb, id: string, context: CardContext): Promise<Card | null> {
  const [entityRow, eventRow] = await Promise.all([db.entities.get(id), db.events.get(id)]);
  const common = async () => {
    const [facts, relations, coverage] = await Promise.all([
      factsAbout(db, id),
      relationsOf(db, id, context),
      findCoverage(db, id, { excludeUrl: context.url }),
    ]);
    return { id, facts, relations, coverage: coverage.map(({ url, title, at }) => ({ url, title, at })) };
  };
  if (entityRow) {
    const entity = entitySchema.parse(entityRow);
    const dates = [...entity.dates].sort((a, b) => a.date.localeCompare(b.date));
    return { kind: 'entity', type: entity.type, name: entity.name, summary: entity.summary, dates, ...(await common()) };
  }
  if (eventRow) {
    const event = eventSchema.parse(eventRow);
    const names = await namesOf(db, event.participants);
    const participants = event.participants.flatMap((p) => {
      const name = names.get(p);
      return name ? [{ id: p, name: name.name, onPage: context.onPage.has(p) }] : [];
    });
    return { kind: 'event', date: event.date, name: event.name, summary: event.summary, participants, ...(await common()) };
  }
  return null;
}

async function factsAbout(db: SiyaqDb, id: string): Promise<CardFact[]> {
  const facts = z.array(factRowSchema).parse(await db.facts.where('subject').equals(id).toArray());
  const sourceIds = [...new Set(facts.map((f) => f.source))];
  const sources = new Map(
    (await db.sources.bulkGet(sourceIds)).flatMap((row) => (row ? [sourceRowSchema.parse(row)] : [])).map((s) => [s.id, s]),
  );
  return facts
    .flatMap((fact): CardFact[] => {
      const source = sources.get(fact.source);
      // A fact whose source is missing cannot show where its quote comes from: leave it out.
      // A fact without its quote or its source cannot show where it comes from: leave it out.
      if (!source) return [];
      const { id: sid, title, publisher, published, url, attribution } = source;
      return [{ id: fact.id, text: fact.text, quote: fact.quote, date: fact.date, source: { id: sid, title, publisher, published, url, attribution } }];
    })
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}

async function relationsOf(db: SiyaqDb, id: string, context: CardContext): Promise<CardRelation[]> {
  const [outgoing, incoming] = await Promise.all([
    db.relations.where('from').equals(id).toArray(),
    db.relations.where('to').equals(id).toArray(),
  ]);
  const rows = [
    ...outgoing.map((r) => ({ r: relationRowSchema.parse(r), direction: 'out' as const })),
    ...incoming.map((r) => ({ r: relationRowSchema.parse(r), direction: 'in' as const })),
  ];
  const names = await namesOf(db, rows.map(({ r, direction }) => (direction === 'out' ? r.to : r.from)));
  return rows.flatMap(({ r, direction }): CardRelation[] => {
    const otherId = direction === 'out' ? r.to : r.from;
    const other = names.get(otherId);
    if (!other) return [];
    return [{ type: r.type, direction, other: { id: otherId, kind: other.kind, name: other.name, onPage: context.onPage.has(otherId) }, fact: r.fact }];
  });
}

type Named = { kind: 'entity' | 'event'; name: Entity['name'] | EventRecord['name'] };

async function namesOf(db: SiyaqDb, ids: readonly string[]): Promise<Map<string, Named>> {
  const unique = [...new Set(ids)];
  const [entities, events] = await Promise.all([db.entities.bulkGet(unique), db.events.bulkGet(unique)]);
  const names = new Map<string, Named>();
  unique.forEach((id, i) => {
    const entity = entities[i];
    const event = events[i];
    if (entity) names.set(id, { kind: 'entity', name: entity.name });
    else if (event) names.set(id, { kind: 'event', name: event.name });
  });
  return names;
}
