import type { RecordsFile } from '../../lib/reference/schema';

/**
 * A records file as committed: one record per line, keys in schema order, so that a regenerated pack diffs
 * record by record and the same records always give the same bytes.
 */
export function serializeRecords(records: RecordsFile): string {
  const section = (name: keyof RecordsFile) => {
    const list = records[name] as unknown[];
    if (list.length === 0) return `"${name}":[]`;
    return `"${name}":[\n${list.map((r) => JSON.stringify(r)).join(',\n')}\n]`;
  };
  const keys: (keyof RecordsFile)[] = ['sources', 'entities', 'events', 'relations', 'facts', 'amends'];
  return `{${keys.map(section).join(',\n')}}\n`;
}
