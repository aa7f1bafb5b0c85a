import { locateIssue } from './locate-issue';
import type { ReferenceIssue } from './reference-issue';
import type { ContextRule, Entity, RecordsFile } from './schema';

/** A validated records file with what is needed to point back into it. */
export interface LocatedRecords {
  file: string;
  /** The raw input, for record ids in messages. */
  raw: unknown;
  records: RecordsFile;
}

type IdKind = 'sources' | 'entities' | 'events' | 'facts';

/**
 * Ids defined by other packs that this one may point to (a place "in" a country of the core pack, an
 * amendment of a curated record). The build of a single folder passes none.
 */
export interface ExternalIds {
  entities: ReadonlySet<string>;
  events: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}
export const NO_EXTERNAL_IDS: ExternalIds = { entities: new Set(), events: new Set(), sources: new Set() };

/**
 * Ids are unique across sources, entities, events and facts of ALL files (one namespace: a fact's subject
 * may be an entity or an event, and a card link must never be ambiguous), and every reference resolves:
 * fact subject and source, relation ends and fact, alias rule entities, cue entities, participants, date facts.
 */
export function checkReferences(files: readonly LocatedRecords[], external: ExternalIds = NO_EXTERNAL_IDS): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const owners = new Map<string, { kind: IdKind; where: string }>();

  for (const { file, raw, records } of files) {
    for (const kind of ['sources', 'entities', 'events', 'facts'] as const) {
      records[kind].forEach((record, index) => {
        const previous = owners.get(record.id);
        if (previous) {
          issues.push(locateIssue(file, raw, [kind, index, 'id'], `Duplicate id "${record.id}": already used by ${previous.where}`));
        } else {
          owners.set(record.id, { kind, where: `${kind}[${index}] in ${file}` });
        }
      });
    }
  }

  const kindOf = (id: string) => owners.get(id)?.kind;
  const isEntity = (id: string) => kindOf(id) === 'entities' || external.entities.has(id);
  const isSubject = (id: string) => isEntity(id) || kindOf(id) === 'events' || external.events.has(id);
  const isSource = (id: string) => kindOf(id) === 'sources' || external.sources.has(id);
  const sourceKinds = new Map<string, string>();
  for (const { records } of files) for (const source of records.sources) sourceKinds.set(source.id, source.kind);

  let current: [string, unknown] = ['', undefined];
  for (const { file, raw, records } of files) {
    current = [file, raw];
    const expect = (ok: boolean, path: PropertyKey[], message: string) => {
      if (!ok) issues.push(locateIssue(file, raw, path, message));
    };
    const unknown = (what: string, id: string) => `Unknown ${what} "${id}"`;
    const checkRules = (path: PropertyKey[], rules: readonly ContextRule[]) =>
      rules.forEach((rule, index) => {
        if (rule.kind === 'entity') expect(isEntity(rule.id), [...path, index, 'id'], unknown('entity', rule.id));
        if (rule.kind === 'near') rule.entities?.forEach((id, e) => expect(isEntity(id), [...path, index, 'entities', e], unknown('entity', id)));
        if (rule.kind === 'coherence')
          rule.entities.forEach((id, e) => expect(isEntity(id), [...path, index, 'entities', e], unknown('entity', id)));
      });

    for (const kind of ['entities', 'events'] as const) {
      records[kind].forEach((record, index) => {
        record.aliases.forEach((alias, a) => {
          checkRules([kind, index, 'aliases', a, 'requires'], alias.requires);
          checkRules([kind, index, 'aliases', a, 'vetoes'], alias.vetoes);
        });
      });
    }
    records.entities.forEach((entity, index) => {
      entity.dates.forEach((date, d) => {
        if (date.fact !== undefined) expect(kindOf(date.fact) === 'facts', ['entities', index, 'dates', d, 'fact'], unknown('fact', date.fact));
      });
      checkProvenance(['entities', index], entity);
    });
    records.amends.forEach((amend, index) => {
      const target = kindOf(amend.id);
      if (target !== undefined) expect(false, ['amends', index, 'id'], `"${amend.id}" is defined in this pack: edit the record instead of amending it`);
      else expect(external.entities.has(amend.id), ['amends', index, 'id'], unknown('entity to amend', amend.id));
      amend.aliases.forEach((alias, a) => {
        checkRules(['amends', index, 'aliases', a, 'requires'], alias.requires);
        checkRules(['amends', index, 'aliases', a, 'vetoes'], alias.vetoes);
      });
      checkProvenance(['amends', index], amend);
    });
    records.events.forEach((event, index) => {
      (event.signature?.places ?? []).forEach((id, k) =>
        expect(isEntity(id), ['events', index, 'signature', 'places', k], unknown('entity', id)),
      );
      event.cues.forEach((cue, c) =>
        cue.entities.forEach((id, e) => expect(isEntity(id), ['events', index, 'cues', c, 'entities', e], unknown('entity', id))),
      );
      event.participants.forEach((id, p) => expect(isEntity(id), ['events', index, 'participants', p], unknown('entity', id)));
      event.sources.forEach((id, s) => expect(isSource(id), ['events', index, 'sources', s], unknown('source', id)));
    });
    records.facts.forEach((fact, index) => {
      expect(isSubject(fact.subject), ['facts', index, 'subject'], unknown('entity or event', fact.subject));
      expect(isSource(fact.source), ['facts', index, 'source'], unknown('source', fact.source));
      const kind = sourceKinds.get(fact.source);
      if (fact.quote === undefined && kind !== undefined && kind !== 'dataset') {
        expect(false, ['facts', index, 'quote'], `A fact from document "${fact.source}" needs a quote (only data sets may go without)`);
      }
    });
    records.relations.forEach((relation, index) => {
      expect(isSubject(relation.from), ['relations', index, 'from'], unknown('entity or event', relation.from));
      expect(isSubject(relation.to), ['relations', index, 'to'], unknown('entity or event', relation.to));
      if (relation.fact !== undefined) expect(kindOf(relation.fact) === 'facts', ['relations', index, 'fact'], unknown('fact', relation.fact));
    });
  }
  return issues;

  function checkProvenance(path: PropertyKey[], record: Pick<Entity, 'sources' | 'place' | 'roles'>): void {
    const [file, raw] = current;
    const expect = (ok: boolean, at: PropertyKey[], message: string) => {
      if (!ok) issues.push(locateIssue(file, raw, at, message));
    };
    record.sources.forEach((id, s) => expect(isSource(id), [...path, 'sources', s], `Unknown source "${id}"`));
    if (record.place?.country !== undefined) expect(isEntity(record.place.country), [...path, 'place', 'country'], `Unknown entity "${record.place.country}"`);
    const population = record.place?.population;
    if (population) expect(isSource(population.source), [...path, 'place', 'population', 'source'], `Unknown source "${population.source}"`);
    record.roles.forEach((role, r) => {
      if (role.of !== undefined) expect(isEntity(role.of), [...path, 'roles', r, 'of'], `Unknown entity "${role.of}"`);
      if (role.fact !== undefined) expect(kindOf(role.fact) === 'facts', [...path, 'roles', r, 'fact'], `Unknown fact "${role.fact}"`);
    });
  }
}
