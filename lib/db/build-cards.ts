import { z } from 'zod';
import type { Card, CardBody, CardCoverage, CardFact, CardOrigin, CardRelation } from '../messaging/protocol';
import { entitySchema, eventSchema, type Entity, type EventRecord } from '../reference/schema';
import { amendRowSchema, factRowSchema, packRowSchema, relationRowSchema, sourceRowSchema, type PackRow } from './rows';
import type { SiyaqDb } from './siyaq-db';
import { cardCoverage } from './card-coverage';
import type { PageDate } from '../messaging/protocol';

export interface CardContext {
  /** Ids found on the page the popup shows: decides each relation's `onPage`. */
  onPage: ReadonlySet<string>;
  /** That page's URL, left out of related coverage. */
  url?: string;
  /** The date that page was matched against, shown on each card. */
  pageDate?: PageDate;
}

/** What a card is built with: the context plus the enabled packs (records of other packs do not exist for it). */
interface Scope extends CardContext {
  packs: ReadonlyMap<string, PackRow>;
}

/**
 * Builds the popup's cards for `ids` from the database, in the order asked; unknown ids, and ids whose
 * pack is switched off, go to `missing`. Only records of enabled packs make it into a card (facts,
 * relations, participants, sources), and each card names the pack it comes from.
 */
export async function buildCards(db: SiyaqDb, ids: readonly string[], cardContext: CardContext): Promise<{ cards: Card[]; missing: string[] }> {
  return buildEach(db, ids, cardContext, (id, scope) => buildCard(db, id, scope, true));
}

/** Bodies built before, by everything they depend on (bodyKey): the background keeps the first screen's. */
export interface BodyStore {
  get(key: string): Promise<CardBody | null> | undefined;
  set(key: string, body: Promise<CardBody | null>): void;
  delete(key: string): void;
}

/**
 * The same cards without their related coverage: no visit is read (the popup's first paint). With a
 * `store`, a body built before for the same packs, page ids and page date is not read again.
 */
export async function buildCardBodies(
  db: SiyaqDb,
  ids: readonly string[],
  cardContext: CardContext,
  store?: BodyStore,
): Promise<{ cards: CardBody[]; missing: string[] }> {
  return buildEach(db, ids, cardContext, (id, scope) => {
    if (!store) return buildCard(db, id, scope, false);
    const key = bodyKey(id, scope);
    const kept = store.get(key);
    if (kept) return kept;
    const built = buildCard(db, id, scope, false);
    store.set(key, built);
    // A failed read is not remembered: the next popup tries again.
    built.catch(() => store.delete(key));
    return built;
  });
}

/**
 * Everything a body depends on: its id, the enabled packs and their contents (a pack is installed,
 * updated or switched as a whole, and its contentVersion says what it holds), the page's ids (which
 * relations and participants are on the page) and the page's date.
 */
function bodyKey(id: string, scope: Scope): string {
  const packs = [...scope.packs.values()].map((p) => `${p.id}@${p.contentVersion}`).sort();
  return JSON.stringify([id, packs, [...scope.onPage].sort(), scope.pageDate ?? null]);
}

/** The related coverage of the cards `ids` (what buildCardBodies leaves out), in the order asked; unknown ids are left out. */
export async function buildCardCoverage(db: SiyaqDb, ids: readonly string[], cardContext: CardContext): Promise<CardCoverage[]> {
  return (await buildEach(db, ids, cardContext, (id, scope) => coverageOfCard(db, id, scope))).cards;
}

async function buildEach<T>(db: SiyaqDb, ids: readonly string[], cardContext: CardContext, build: (id: string, scope: Scope) => Promise<T | null>) {
  const unique = [...new Set(ids)];
  const packs = new Map((await db.packs.toArray()).map((row) => packRowSchema.parse(row)).filter((p) => p.enabled).map((p) => [p.id, p]));
  const context: Scope = { ...cardContext, packs };
  // All cards, and every part of each card, are read at once: IndexedDB serves the reads in parallel,
  // and the popup's first card waits for the slowest read, not for the sum of them.
  const built = await Promise.all(unique.map((id) => build(id, context)));
  const cards: T[] = [];
  const missing: string[] = [];
  built.forEach((card, k) => {
    if (card) cards.push(card);
    else missing.push(unique[k]!);
  });
  return { cards, missing };
}

type Found = { kind: 'entity'; entity: Entity; pack: string } | { kind: 'event'; event: EventRecord; pack: string };

/** The entity or event `id`, if an enabled pack holds it. */
async function recordOf(db: SiyaqDb, id: string, context: Scope): Promise<Found | null> {
  const [entityFound, eventFound] = await Promise.all([db.entities.get(id), db.events.get(id)]);
  if (entityFound && context.packs.has(entityFound.pack)) return { kind: 'entity', entity: entitySchema.parse(entityFound), pack: entityFound.pack };
  if (eventFound && context.packs.has(eventFound.pack)) return { kind: 'event', event: eventSchema.parse(eventFound), pack: eventFound.pack };
  return null;
}

/** Reference sources about a card (its facts' and its own provenance), whose documents join its coverage. */
const coverageFor = (db: SiyaqDb, id: string, context: Scope, facts: readonly CardFact[], provenance: readonly string[]) =>
  cardCoverage(db, id, { excludeUrl: context.url, sourceIds: [...facts.map((f) => f.source.id), ...provenance], names: (ids) => namesOf(db, ids, context) });

const provenanceOf = (found: Found) => (found.kind === 'entity' ? found.entity.sources : found.event.sources);

async function coverageOfCard(db: SiyaqDb, id: string, context: Scope): Promise<CardCoverage | null> {
  const [found, facts] = await Promise.all([recordOf(db, id, context), factsAbout(db, id, context)]);
  return found && { id, ...(await coverageFor(db, id, context, facts, provenanceOf(found))) };
}

function buildCard(db: SiyaqDb, id: string, context: Scope, withCoverage: true): Promise<Card | null>;
function buildCard(db: SiyaqDb, id: string, context: Scope, withCoverage: false): Promise<CardBody | null>;
async function buildCard(db: SiyaqDb, id: string, context: Scope, withCoverage: boolean): Promise<Card | CardBody | null> {
  const found = await recordOf(db, id, context);
  if (!found) return null;
  const facts = factsAbout(db, id, context);
  const [resolved, relations, coverage, origin, participants] = await Promise.all([
    facts,
    relationsOf(db, id, context),
    withCoverage ? facts.then((fs) => coverageFor(db, id, context, fs, provenanceOf(found))) : undefined,
    originOf(db, id, found.pack, context),
    found.kind === 'event' ? participantsOf(db, found.event, context) : undefined,
  ]);
  const common = { id, facts: resolved, relations, ...coverage, ...(context.pageDate ? { pageDate: context.pageDate } : {}), origin };
  if (found.kind === 'entity') {
    const { entity } = found;
    const dates = [...entity.dates].sort((a, b) => a.date.localeCompare(b.date));
    return { kind: 'entity', type: entity.type, name: entity.name, summary: entity.summary, dates, ...common };
  }
  const { event } = found;
  return { kind: 'event', date: event.date, name: event.name, summary: event.summary, participants: participants ?? [], ...common };
}

async function participantsOf(db: SiyaqDb, event: EventRecord, context: Scope) {
  const names = await namesOf(db, event.participants, context);
  return event.participants.flatMap((p) => {
    const name = names.get(p);
    return name ? [{ id: p, name: name.name, onPage: context.onPage.has(p) }] : [];
  });
}

/** The card's pack first, then the enabled packs whose amendments add to the record. */
async function originOf(db: SiyaqDb, id: string, owner: string, context: Scope): Promise<CardOrigin[]> {
  const amends = z.array(amendRowSchema).parse(await db.amends.where('id').equals(id).toArray());
  const ids = [owner, ...amends.map((a) => a.pack).filter((p) => p !== owner && context.packs.has(p))];
  return [...new Set(ids)].flatMap((packId) => {
    const pack = context.packs.get(packId);
    return pack ? [{ id: pack.id, name: pack.meta.name, attribution: pack.meta.attribution }] : [];
  });
}

async function factsAbout(db: SiyaqDb, id: string, context: Scope): Promise<CardFact[]> {
  const facts = z
    .array(factRowSchema)
    .parse(await db.facts.where('subject').equals(id).toArray())
    .filter((f) => context.packs.has(f.pack));
  const sourceIds = [...new Set(facts.map((f) => f.source))];
  const sources = new Map(
    (await db.sources.bulkGet(sourceIds))
      .flatMap((row) => (row && context.packs.has(row.pack) ? [sourceRowSchema.parse(row)] : []))
      .map((s) => [s.id, s]),
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

async function relationsOf(db: SiyaqDb, id: string, context: Scope): Promise<CardRelation[]> {
  const [outgoing, incoming] = await Promise.all([
    db.relations.where('from').equals(id).toArray(),
    db.relations.where('to').equals(id).toArray(),
  ]);
  const rows = [
    ...outgoing.map((r) => ({ r: relationRowSchema.parse(r), direction: 'out' as const })),
    ...incoming.map((r) => ({ r: relationRowSchema.parse(r), direction: 'in' as const })),
  ].filter(({ r }) => context.packs.has(r.pack));
  const kept = capRelations(rows, (row) => context.onPage.has(row.direction === 'out' ? row.r.to : row.r.from));
  const names = await namesOf(db, kept.map(({ r, direction }) => (direction === 'out' ? r.to : r.from)), context);
  return kept.flatMap(({ r, direction }): CardRelation[] => {
    const otherId = direction === 'out' ? r.to : r.from;
    const other = names.get(otherId);
    if (!other) return [];
    return [{ type: r.type, direction, other: { id: otherId, kind: other.kind, name: other.name, onPage: context.onPage.has(otherId) }, fact: r.fact }];
  });
}

/** Relations of one kind a card lists besides those whose other end is on the page. */
export const MAX_RELATIONS_PER_KIND = 12;

/**
 * A country "contains" hundreds of places (the United States 1,800 in the places pack): a card lists those
 * the page names and the first MAX_RELATIONS_PER_KIND others of each type and direction, so building and
 * painting it stays cheap and the list stays readable.
 */
export function capRelations<T extends { r: { type: string }; direction: 'in' | 'out' }>(rows: readonly T[], onPage: (row: T) => boolean): T[] {
  const others = new Map<string, number>();
  return rows.filter((row) => {
    if (onPage(row)) return true;
    const kind = `${row.direction}:${row.r.type}`;
    const seen = others.get(kind) ?? 0;
    others.set(kind, seen + 1);
    return seen < MAX_RELATIONS_PER_KIND;
  });
}

type Named = { kind: 'entity' | 'event'; name: Entity['name'] | EventRecord['name'] };

/** Names of the ids that are records of enabled packs; the others are left out (their links would lead nowhere). */
async function namesOf(db: SiyaqDb, ids: readonly string[], context: Scope): Promise<Map<string, Named>> {
  const unique = [...new Set(ids)];
  const [entities, events] = await Promise.all([db.entities.bulkGet(unique), db.events.bulkGet(unique)]);
  const names = new Map<string, Named>();
  unique.forEach((id, i) => {
    const entity = entities[i] && context.packs.has(entities[i].pack) ? entities[i] : undefined;
    const event = events[i] && context.packs.has(events[i].pack) ? events[i] : undefined;
    if (entity) names.set(id, { kind: 'entity', name: entity.name });
    else if (event) names.set(id, { kind: 'event', name: event.name });
  });
  return names;
}
