import bundled from '../../lib/reference/generated/reference-set.json';
import { parseReferenceSet } from '../../lib/reference/parse-reference-set';
import { importReferenceSet, type ImportResult } from '../../lib/db/import-reference-set';
import { getReferenceVersion } from '../../lib/db/load-matchable-set';
import { getReferenceStatus } from '../../lib/db/get-reference-status';
import type { SiyaqDb } from '../../lib/db/siyaq-db';
import type { BackgroundHandlers } from '../../lib/messaging/create-router';

/**
 * Puts the reference set shipped in this build into IndexedDB unless it is already there. Runs on
 * install/update and on every worker start (a cheap version check when nothing changed). A pack that
 * fails validation is not imported: the previous set stays and the failure is stored for the popup.
 */
export async function ensureBundledReferenceSet(db: SiyaqDb): Promise<ImportResult> {
  const version = (bundled as { version?: unknown }).version;
  if (typeof version === 'string' && (await getReferenceVersion(db)) === version) return { status: 'unchanged', version };
  let pack: unknown;
  try {
    pack = parseReferenceSet(bundled);
  } catch (e) {
    // importReferenceSet re-validates and records the failure; hand it the raw pack so it can.
    console.error('[siyaq] the bundled reference set does not validate', e);
    pack = { invalid: true };
  }
  const result = await importReferenceSet(db, pack);
  if (result.status === 'imported') console.info(`[siyaq] reference set ${result.version} imported`);
  return result;
}

export function referenceHandlers(db: SiyaqDb): Pick<BackgroundHandlers, 'getReferenceStatus'> {
  return { getReferenceStatus: () => getReferenceStatus(db) };
}
