import type { ReferenceStatus } from '../messaging/protocol';
import { combinedVersion } from './combined-version';
import { importErrorSchema } from './rows';
import type { SiyaqDb } from './siyaq-db';

/** What the popup shows about the reference data: the enabled packs' combined version and size, and the last bundled import failure. */
export async function getReferenceStatus(db: SiyaqDb): Promise<ReferenceStatus> {
  const [packs, errorRow] = await Promise.all([db.packs.toArray(), db.meta.get('importError')]);
  const enabled = packs.filter((p) => p.enabled);
  const error = errorRow?.key === 'importError' ? importErrorSchema.nullable().parse(errorRow.value) : null;
  return {
    version: combinedVersion(packs),
    entities: enabled.reduce((n, p) => n + p.counts.entities, 0),
    events: enabled.reduce((n, p) => n + p.counts.events, 0),
    importError: error?.message ?? null,
    problem: error ? 'install-failed' : null,
  };
}
