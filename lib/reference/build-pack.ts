import { buildRecords, type BuildInput } from './build';
import { withPackIssueLines } from './pack-meta-issues';
import { packMetaSchema, PACK_FORMAT, PACK_FORMAT_VERSION, packSchema, type Pack } from './pack-schema';
import { ReferenceBuildError } from './reference-build-error';
import type { ReferenceIssue } from './reference-issue';
import { referenceVersion } from './reference-version';
import { zodIssuesToReferenceIssues } from './zod-issues-to-reference-issues';

export interface PackBuildInput extends BuildInput {
  /** `pack.json`, JSON-parsed, and where it was read from. */
  meta: { file: string; data: unknown; text?: string };
}

/**
 * A pack folder → the pack file. Pure, like the reference build: the `pack` command and tests call it.
 * Problems in pack.json and in the records are reported together, every one of them, with file, record,
 * field and (when the text is given) line.
 */
export function buildPack(input: PackBuildInput): Pack {
  const issues: ReferenceIssue[] = [];
  const meta = packMetaSchema.safeParse(input.meta.data);
  if (!meta.success) {
    issues.push(...withPackIssueLines(zodIssuesToReferenceIssues(input.meta.file, input.meta.data, meta.error.issues), input.meta.text));
  }
  let records;
  try {
    records = buildRecords(input);
  } catch (error) {
    if (!(error instanceof ReferenceBuildError)) throw error;
    issues.push(...error.issues);
  }
  if (issues.length > 0 || !meta.success || !records) throw new ReferenceBuildError(issues, 'the pack does not build');
  return packSchema.parse({
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    meta: meta.data,
    contentVersion: referenceVersion(records),
    ...records,
  });
}
