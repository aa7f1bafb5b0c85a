import { checkParsedRecords } from './check-parsed-records';
import { ReferenceBuildError } from './reference-build-error';
import { referenceVersion } from './reference-version';
import { referenceSetSchema, type ReferenceSet } from './schema';
import { zodIssuesToReferenceIssues } from './zod-issues-to-reference-issues';

const PACK = 'reference pack';

/**
 * Validates a reference set that arrives as data (the bundled JSON, or a pack the user imports) with the
 * same checks as the build: schema, dates, unique ids, references, quotes against the pack's own source
 * texts, and a version that matches the content (so a hand-edited pack cannot pose as a known version).
 * Throws a ReferenceBuildError whose message says what is wrong and where.
 */
export function parseReferenceSet(data: unknown): ReferenceSet {
  const parsed = referenceSetSchema.safeParse(data);
  if (!parsed.success) {
    throw new ReferenceBuildError(zodIssuesToReferenceIssues(PACK, data, parsed.error.issues), 'not a valid Siyaq reference set');
  }
  const set = parsed.data;
  const issues = checkParsedRecords(PACK, data, set);
  const version = referenceVersion(set);
  if (issues.length === 0 && version !== set.version) {
    issues.push({ file: PACK, field: 'version', message: `Version ${set.version} does not match the content (expected ${version})` });
  }
  if (issues.length > 0) throw new ReferenceBuildError(issues, 'not a valid Siyaq reference set');
  return set;
}
