import { locateIssue } from './locate-issue';
import type { ReferenceIssue } from './reference-issue';
import type { ContextRule, RecordsFile } from './schema';

/** A validated records file with what is needed to point back into it. */
export interface LocatedRecords {
  file: string;
  /** The raw input, for record ids in messages. */
  raw: unknown;
  records: RecordsFile;
}

type IdKind = 'sources' | 'entities' | 'events' | 'facts';

/**
 * Ids are unique across sources, entities, events and facts of ALL files (one namespace: a fact's subject
 * may be an entity or an event, and a card link must never be ambiguous), and every reference resolves:
 * fact subject and source, relation ends and fact, alias rule entities, cue entities, participants, date facts.
 */
export function checkReferences(files: readonly LocatedRecords[]): ReferenceIssue[] {
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
  const isEntity = (id: string) => kindOf(id) === 'entities';
  const isSubject = (id: string) => kindOf(id) === 'entities' || kindOf(id) === 'events';

  for (const { file, raw, records } of files) {
    const expect = (ok: boolean, path: PropertyKey[], message: string) => {
      if (!ok) issues.push(locateIssue(file, raw, path, message));
    };
    const unknown = (what: string, id: string) => `Unknown ${what} "${id}"`;
    const checkRules = (path: PropertyKey[], rules: readonly ContextRule[]) =>
      rules.forEach((rule, index) => {
        if (rule.kind === 'entity') expect(isEntity(rule.id), [...path, index, 'id'], unknown('entity', rule.id));
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
    });
    records.events.forEach((event, index) => {
      event.cues.forEach((cue, c) =>
        cue.entities.forEach((id, e) => expect(isEntity(id), ['events', index, 'cues', c, 'entities', e], unknown('entity', id))),
      );
      event.participants.forEach((id, p) => expect(isEntity(id), ['events', index, 'participants', p], unknown('entity', id)));
    });
    records.facts.forEach((fact, index) => {
      expect(isSubject(fact.subject), ['facts', index, 'subject'], unknown('entity or event', fact.subject));
      expect(kindOf(fact.source) === 'sources', ['facts', index, 'source'], unknown('source', fact.source));
    });
    records.relations.forEach((relation, index) => {
      expect(isSubject(relation.from), ['relations', index, 'from'], unknown('entity or event', relation.from));
      expect(isSubject(relation.to), ['relations', index, 'to'], unknown('entity or event', relation.to));
      if (relation.fact !== undefined) expect(kindOf(relation.fact) === 'facts', ['relations', index, 'fact'], unknown('fact', relation.fact));
    });
  }
  return issues;
}
