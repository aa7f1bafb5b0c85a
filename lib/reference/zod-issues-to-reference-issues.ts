import type { z } from 'zod';
import { locateIssue } from './locate-issue';
import type { ReferenceIssue } from './reference-issue';

/** Turns zod's issues on a records file (or a pack) into located issues. `data` is the raw input. */
export function zodIssuesToReferenceIssues(file: string, data: unknown, issues: readonly z.core.$ZodIssue[]): ReferenceIssue[] {
  return issues.map((issue) => locateIssue(file, data, issue.path, readableMessage(issue)));
}

/** Zod's default wording, except for the few cases a curator meets most, which get plain sentences. */
function readableMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small' && issue.minimum === 1) {
    if (issue.origin === 'string') return 'String must not be empty';
    if (issue.origin === 'array') return 'List must not be empty';
  }
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) return `Required (${issue.expected})`;
  return issue.message;
}
