import { checkQuotes } from './check-quotes';
import { checkRecordFields } from './check-record-fields';
import { checkReferences, NO_EXTERNAL_IDS, type ExternalIds, type LocatedRecords } from './check-references';
import { jsonValueLines, lineOfIssue } from './json-value-lines';
import { locateIssue } from './locate-issue';
import { ReferenceBuildError } from './reference-build-error';
import type { ReferenceIssue } from './reference-issue';
import { referenceVersion } from './reference-version';
import type { PackRecords } from './pack-schema';
import { recordsFileSchema, referenceSetSchema, type ReferenceSet } from './schema';
import { zodIssuesToReferenceIssues } from './zod-issues-to-reference-issues';

export { ReferenceBuildError } from './reference-build-error';

/** One curated records file, already read and JSON-parsed. */
export interface RecordsInput {
  /** The path shown in messages and in `builtFrom`, e.g. `seeds/000_7752d1d99baee141.json`. */
  file: string;
  data: unknown;
  /** The file's JSON text, when at hand: problems then carry the line they are on. */
  text?: string;
}

export interface BuildInput {
  /** In the order they are merged (callers sort by file name). */
  records: readonly RecordsInput[];
  /** Source document texts, keyed by the file name a source names in `file`. */
  texts: Readonly<Record<string, string>>;
  /** Ids of other packs this one may point to (see ExternalIds). */
  external?: ExternalIds;
}

/**
 * Seeds → the reference set the extension ships. Pure: no file system, so Node scripts, tests and the
 * extension share it. Problems are collected per stage and thrown together as a ReferenceBuildError
 * whose every line names the file, the record and the field.
 */
export function buildReferenceSet(input: BuildInput): ReferenceSet {
  const content = buildRecords(input);
  return referenceSetSchema.parse({
    version: referenceVersion(content),
    builtFrom: input.records.map((record) => record.file),
    ...content,
  });
}

/**
 * The records of a folder (seeds/ or a pack folder), validated and merged in file order: the shared core
 * of the reference build and the pack build.
 */
export function buildRecords({ records, texts, external = NO_EXTERNAL_IDS }: BuildInput): PackRecords {
  const fail = (issues: ReferenceIssue[]) => new ReferenceBuildError(withLines(issues, records));
  if (records.length === 0) throw new ReferenceBuildError([{ file: '(seeds)', field: '', message: 'No records files to build from' }]);

  // Stage 1: each file on its own. Cross-file checks on a file that failed its schema would only add noise.
  const located: LocatedRecords[] = [];
  const shapeIssues: ReferenceIssue[] = [];
  for (const { file, data } of records) {
    const parsed = recordsFileSchema.safeParse(data);
    if (!parsed.success) {
      shapeIssues.push(...zodIssuesToReferenceIssues(file, data, parsed.error.issues));
      continue;
    }
    shapeIssues.push(...checkRecordFields(file, data, parsed.data));
    located.push({ file, raw: data, records: parsed.data });
  }
  if (shapeIssues.length > 0) throw fail(shapeIssues);

  // Stage 2: across files: texts exist, ids are unique and resolve, quotes are really in their sources.
  const textBySource = new Map<string, { name: string; text: string }>();
  const issues: ReferenceIssue[] = [];
  for (const { file, raw, records: content } of located) {
    content.sources.forEach((source, index) => {
      // A source without a file (a web page or a data set) has no text to bundle or check quotes against.
      if (source.file === undefined) return;
      const text = Object.hasOwn(texts, source.file) ? texts[source.file] : undefined;
      if (text === undefined) issues.push(locateIssue(file, raw, ['sources', index, 'file'], `No source text "${source.file}" beside the records`));
      else if (!textBySource.has(source.id)) textBySource.set(source.id, { name: source.file, text });
    });
  }
  issues.push(...checkReferences(located, external), ...checkQuotes(located, (id) => textBySource.get(id)));
  if (issues.length > 0) throw fail(issues);

  const merged = located.map((entry) => entry.records);
  return {
    sources: merged.flatMap((file) =>
      file.sources.map((source) => {
        const text = textBySource.get(source.id)?.text;
        return text === undefined ? source : { ...source, text };
      }),
    ),
    entities: merged.flatMap((file) => file.entities),
    events: merged.flatMap((file) => file.events),
    relations: merged.flatMap((file) => file.relations),
    facts: merged.flatMap((file) => file.facts),
    amends: merged.flatMap((file) => file.amends),
  };
}

/** Adds the line each problem is on, for the files whose text was given. */
function withLines(issues: ReferenceIssue[], records: readonly RecordsInput[]): ReferenceIssue[] {
  const texts = new Map(records.flatMap((r) => (r.text === undefined ? [] : [[r.file, r.text] as const])));
  if (texts.size === 0) return issues;
  const lineMaps = new Map<string, Map<string, number>>();
  return issues.map((issue) => {
    const text = texts.get(issue.file);
    if (text === undefined) return issue;
    let lines = lineMaps.get(issue.file);
    if (!lines) lineMaps.set(issue.file, (lines = jsonValueLines(text)));
    const line = lineOfIssue(lines, issue.record, issue.field);
    return line === undefined ? issue : { ...issue, line };
  });
}
