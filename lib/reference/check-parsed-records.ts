import { checkQuotes } from './check-quotes';
import { checkRecordFields } from './check-record-fields';
import { checkReferences, NO_EXTERNAL_IDS, type ExternalIds } from './check-references';
import type { ReferenceIssue } from './reference-issue';
import type { RecordsFile, Source } from './schema';

/**
 * The checks after the schema for records that arrive as data (a pack, a reference set): unknown fields and
 * calendar dates against the raw input, ids and references, and quotes against the texts the data carries.
 */
export function checkParsedRecords(
  name: string,
  raw: unknown,
  records: Omit<RecordsFile, 'sources'> & { sources: (Source & { text?: string | undefined })[] },
  external: ExternalIds = NO_EXTERNAL_IDS,
): ReferenceIssue[] {
  const located = [{ file: name, raw, records }];
  const texts = new Map(
    records.sources.flatMap((source) => (source.text === undefined ? [] : [[source.id, { name: source.file ?? source.id, text: source.text }] as const])),
  );
  return [...checkRecordFields(name, raw, records), ...checkReferences(located, external), ...checkQuotes(located, (id) => texts.get(id))];
}
