/** One problem found in the reference data, located precisely enough to fix it without searching. */
export interface ReferenceIssue {
  /** The records file (or pack) the problem is in, e.g. `seeds/000_7752d1d99baee141.json`. */
  file: string;
  /** The record, e.g. `entities[3] (reuters)`; absent when the problem is the file itself. */
  record?: string;
  /** The record's id when it has one (relations have none). */
  recordId?: string;
  /** Field path inside the record (or the file), e.g. `aliases[0].text`; empty for the record as a whole. */
  field: string;
  message: string;
  /** 1-based line of the field in the file, when the file's text was at hand (the pack command). */
  line?: number;
}

/** `seeds/000_x.json: entities[3] (reuters).aliases[0].text: String must not be empty` */
export function formatReferenceIssue(issue: ReferenceIssue): string {
  const where = [issue.record, issue.field].filter((part) => part !== undefined && part !== '').join('.');
  const file = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return where === '' ? `${file}: ${issue.message}` : `${file}: ${where}: ${issue.message}`;
}

/** `['aliases', 0, 'text']` → `aliases[0].text` */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
