import { z } from 'zod';
import { packMetaSchema, packSchema } from './pack-schema';
import { recordsFileSchema } from './schema';

/**
 * JSON Schemas generated from the zod schemas, for editors: docs/pack.schema.json (a built pack file),
 * docs/pack-meta.schema.json (a folder's pack.json) and docs/pack-records.schema.json (a records file).
 * The zod schemas stay the one source of truth; a test fails when the committed files are stale.
 */
export function packJsonSchemas(): Record<'pack' | 'pack-meta' | 'pack-records', object> {
  const make = (schema: z.ZodType, title: string, id: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', reused: 'ref' }),
    $id: `https://siyaq.invalid/${id}.schema.json`,
    title,
  });
  return {
    pack: make(packSchema, 'Siyaq reference pack (built file)', 'pack'),
    'pack-meta': make(packMetaSchema, 'Siyaq pack metadata (pack.json in a pack folder)', 'pack-meta'),
    'pack-records': make(recordsFileSchema, 'Siyaq pack records file', 'pack-records'),
  };
}
