import type { Transaction } from 'dexie';
import type { z } from 'zod';
import type { PackMeta } from '../reference/pack-schema';
import { entitySchema, eventSchema, factSchema, relationSchema, sourceSchema } from '../reference/schema';
import type { PackRow } from './rows';

/** The pack every record of a v1 database came from: the set bundled with the extension. */
export const CORE_PACK_ID = 'core';

/**
 * Stands in for the core pack's metadata until the bundled core pack is installed over it at the next
 * start (version 0.0.0 is older than any release, so that install always happens).
 */
export const CARRIED_OVER_CORE_META: PackMeta = {
  id: CORE_PACK_ID,
  name: { ar: 'سياق: المجموعة الأساسية', en: 'Siyaq core set' },
  version: '0.0.0',
  description: { ar: 'المجموعة المضمّنة في سياق.', en: 'The set bundled with Siyaq.' },
  license: 'see the extension',
  attribution: 'Siyaq',
  authors: ['Siyaq'],
  date: '1970-01-01',
  requires: [],
};

const RECORD_TABLES = ['sources', 'entities', 'events', 'relations', 'facts'] as const;

/** Each table's record schema: its defaults fill fields that v1 rows predate (sources, roles…). */
export const RECORD_SCHEMAS: Record<(typeof RECORD_TABLES)[number], z.ZodType<object>> = {
  sources: sourceSchema,
  entities: entitySchema,
  events: eventSchema,
  relations: relationSchema,
  facts: factSchema,
};

/**
 * Schema v1 → v2: the one reference set becomes the core pack. Every reference row gets `pack: 'core'`
 * and the fields of today's schema that it predates, with their defaults (`sources: []`, `roles: []`…),
 * so that readers can take rows as they are; nothing it had changes. The set's version moves from
 * meta.referenceVersion to the core pack's row. Visits and settings are not read or written.
 */
export async function upgradeToPacks(tx: Transaction): Promise<void> {
  const counts = { sources: 0, entities: 0, events: 0, relations: 0, facts: 0, amends: 0 };
  for (const table of RECORD_TABLES) {
    const schema = RECORD_SCHEMAS[table];
    counts[table] = await tx
      .table(table)
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        // Parsing strips keys the record schema does not know (a relation's `key`, a source's `text`):
        // assign the parsed fields onto the row instead of replacing it.
        Object.assign(row, schema.parse(row), { pack: CORE_PACK_ID });
      });
  }
  const meta = tx.table('meta');
  const version = (await meta.get('referenceVersion')) as { value?: unknown } | undefined;
  await meta.delete('referenceVersion');
  const total = RECORD_TABLES.reduce((n, table) => n + counts[table], 0);
  if (total === 0 && version === undefined) return; // nothing was ever imported: the bundled install fills it
  const row: PackRow = {
    id: CORE_PACK_ID,
    meta: CARRIED_OVER_CORE_META,
    contentVersion: typeof version?.value === 'string' && /^[0-9a-f]{16}$/.test(version.value) ? version.value : '0'.repeat(16),
    enabled: true,
    bundled: true,
    counts,
    installedAt: 0,
  };
  await tx.table('packs').put(row);
}
