/** The collections of a records file, in the order they are reported. */
export const RECORD_COLLECTIONS = ['sources', 'entities', 'events', 'relations', 'facts'] as const;
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];

/**
 * How a record is named in messages: `entities[3] (reuters)`, or for a relation, which has no id,
 * `relations[0] (abu-ali-al-askari official-of kataib-hezbollah)`. Works on raw, unvalidated input.
 */
export function recordLabel(collection: string, index: number, record: unknown): { record: string; recordId?: string } {
  const base = `${collection}[${index}]`;
  if (record === null || typeof record !== 'object') return { record: base };
  const fields = record as Record<string, unknown>;
  if (typeof fields.id === 'string' && fields.id !== '') return { record: `${base} (${fields.id})`, recordId: fields.id };
  if (collection === 'relations' && [fields.from, fields.type, fields.to].every((part) => typeof part === 'string')) {
    return { record: `${base} (${String(fields.from)} ${String(fields.type)} ${String(fields.to)})` };
  }
  return { record: base };
}
