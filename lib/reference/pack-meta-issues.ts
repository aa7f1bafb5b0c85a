import { jsonValueLines, lineOfIssue } from './json-value-lines';
import type { ReferenceIssue } from './reference-issue';

/** Adds lines to issues about a whole-file object (pack.json), when its text is at hand. */
export function withPackIssueLines(issues: ReferenceIssue[], text: string | undefined): ReferenceIssue[] {
  if (text === undefined || issues.length === 0) return issues;
  const lines = jsonValueLines(text);
  return issues.map((issue) => {
    const line = lineOfIssue(lines, issue.record, issue.field);
    return line === undefined ? issue : { ...issue, line };
  });
}
