import { formatFieldPath, type ReferenceIssue } from './reference-issue';
import { recordLabel } from './record-label';

/**
 * A located issue from a path into a records file: the first two steps name the record
 * (`entities[3] (reuters)`), the rest is the field. `data` is the raw file, used to find the record's id.
 */
export function locateIssue(file: string, data: unknown, path: readonly PropertyKey[], message: string): ReferenceIssue {
  const [collection, index, ...rest] = path;
  if (typeof collection === 'string' && typeof index === 'number') {
    const records = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[collection] : undefined;
    const raw = Array.isArray(records) ? (records[index] as unknown) : undefined;
    return { file, ...recordLabel(collection, index, raw), field: formatFieldPath(rest), message };
  }
  return { file, field: formatFieldPath(path), message };
}
