import { checkParsedRecords } from './check-parsed-records';
import { NO_EXTERNAL_IDS, type ExternalIds } from './check-references';
import { PACK_FORMAT, PACK_FORMAT_VERSION, packSchema, type Pack } from './pack-schema';
import { ReferenceBuildError } from './reference-build-error';
import type { ReferenceIssue } from './reference-issue';
import { referenceVersion } from './reference-version';
import { zodIssuesToReferenceIssues } from './zod-issues-to-reference-issues';

export interface ParsePackOptions {
  /** Shown as the file in messages: the imported file's name. */
  name?: string;
  /** Ids of the installed packs this one may point to (those it `requires`). */
  external?: ExternalIds;
}

/**
 * Validates a pack that arrives as data (an imported file, a bundled pack) with every check of the build:
 * format, schema with its length limits, calendar dates, unknown fields, unique ids, references, quotes
 * against the pack's own texts, and a content version that matches the content (a hand-edited pack cannot
 * pose as a known version). Throws a ReferenceBuildError that lists ALL the problems.
 */
export function parsePack(data: unknown, { name = 'pack', external = NO_EXTERNAL_IDS }: ParsePackOptions = {}): Pack {
  const head = formatIssue(data, name);
  if (head) throw new ReferenceBuildError([head], 'not a Siyaq pack');
  const parsed = packSchema.safeParse(data);
  if (!parsed.success) throw new ReferenceBuildError(zodIssuesToReferenceIssues(name, data, parsed.error.issues), 'not a valid Siyaq pack');
  const pack = parsed.data;
  const issues: ReferenceIssue[] = checkParsedRecords(name, data, pack, external);
  const version = referenceVersion(pack);
  if (issues.length === 0 && version !== pack.contentVersion) {
    issues.push({ file: name, field: 'contentVersion', message: `Content version ${pack.contentVersion} does not match the content (expected ${version}): rebuild the pack with npm run pack` });
  }
  if (issues.length > 0) throw new ReferenceBuildError(issues, 'not a valid Siyaq pack');
  return pack;
}

/** A file that is not a pack at all, or of a format this version cannot read, gets one plain message. */
function formatIssue(data: unknown, file: string): ReferenceIssue | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { file, field: '', message: 'A pack is a JSON object' };
  const { format, formatVersion } = data as Record<string, unknown>;
  if (format !== PACK_FORMAT) return { file, field: 'format', message: `Not a Siyaq pack: "format" must be "${PACK_FORMAT}"` };
  if (typeof formatVersion === 'number' && formatVersion > PACK_FORMAT_VERSION) {
    return { file, field: 'formatVersion', message: `Pack format ${formatVersion} is newer than this version of Siyaq reads (${PACK_FORMAT_VERSION}): update Siyaq` };
  }
  return undefined;
}

/** The ids a set of packs defines, for checking another pack's references to them. */
export function externalIdsOf(packs: readonly Pick<Pack, 'entities' | 'events' | 'sources'>[]): ExternalIds {
  return {
    entities: new Set(packs.flatMap((p) => p.entities.map((e) => e.id))),
    events: new Set(packs.flatMap((p) => p.events.map((e) => e.id))),
    sources: new Set(packs.flatMap((p) => p.sources.map((s) => s.id))),
  };
}
