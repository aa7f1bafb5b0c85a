import type { ReferenceStatus } from '../messaging/protocol';
import { importErrorSchema } from './rows';
import type { SiyaqDb } from './siyaq-db';
import { getReferenceVersion } from './load-matchable-set';

/** What the popup shows about the reference set: its version, its size and the last import failure. */
export async function getReferenceStatus(db: SiyaqDb): Promise<ReferenceStatus> {
  const [version, entities, events, errorRow] = await Promise.all([
    getReferenceVersion(db),
    db.entities.count(),
    db.events.count(),
    db.meta.get('importError'),
  ]);
  const error = errorRow?.key === 'importError' ? importErrorSchema.nullable().parse(errorRow.value) : null;
  return { version, entities, events, importError: error?.message ?? null };
}
