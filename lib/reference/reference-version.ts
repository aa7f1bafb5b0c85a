import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256-hex';
import type { ReferenceSet } from './schema';

/** The content a version is computed from: everything but the version itself and the seed file names. */
export type VersionedContent = Omit<ReferenceSet, 'version' | 'builtFrom'>;

/**
 * First 16 hex digits of the SHA-256 of the canonical JSON of the content. Renaming a records file or
 * reformatting it leaves the version alone; changing any record, alias or source text changes it.
 */
export function referenceVersion(content: VersionedContent): string {
  const { sources, entities, events, relations, facts, amends } = content;
  // Amends join the hash only when there are some, so a set without them keeps the version it always had.
  const hashed = amends.length > 0 ? { sources, entities, events, relations, facts, amends } : { sources, entities, events, relations, facts };
  return sha256Hex(canonicalJson(hashed)).slice(0, 16);
}
