import { formatReferenceIssue, type ReferenceIssue } from './reference-issue';

/**
 * Thrown when seeds (or an imported pack) are not a valid reference set. The message lists every problem
 * found, one per line, each naming the file, the record and the field.
 */
export class ReferenceBuildError extends Error {
  readonly issues: readonly ReferenceIssue[];

  constructor(issues: readonly ReferenceIssue[], heading = 'invalid reference data') {
    const lines = issues.map(formatReferenceIssue);
    super(issues.length === 1 ? lines[0] : `${heading} (${issues.length} problems):\n${lines.join('\n')}`);
    this.name = 'ReferenceBuildError';
    this.issues = issues;
  }
}
