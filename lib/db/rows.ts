import { z } from 'zod';
import { factSchema, relationSchema, sourceSchema } from '../reference/schema';
import { settingsSchema } from '../messaging/protocol';

/** Rows of the tables whose shape is not a reference-set record as is. Repositories parse with these. */

/** A relation row: the record plus Dexie's auto-increment key. */
export const relationRowSchema = relationSchema.extend({ key: z.number().int().optional() });
export type RelationRow = z.infer<typeof relationRowSchema>;

/** Sources keep their full text: quotes can be shown in context later without re-reading the bundle. */
export const sourceRowSchema = sourceSchema.extend({ text: z.string().optional() });
export type SourceRow = z.infer<typeof sourceRowSchema>;

export const factRowSchema = factSchema;

/** What the last failed import left behind for the popup to show. */
export const importErrorSchema = z.object({ message: z.string(), version: z.string().nullable(), at: z.number() });

export const metaRowSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('referenceVersion'), value: z.string() }),
  z.object({ key: z.literal('importError'), value: importErrorSchema.nullable() }),
]);
export type MetaRow = z.infer<typeof metaRowSchema>;

/** A page the user read that mentions something in the reference set ("related coverage"). */
export const visitRowSchema = z.object({
  url: z.string(),
  title: z.string(),
  /** Last time the page was matched (ms since epoch). */
  at: z.number(),
  /** Entity and event ids found on it. */
  ids: z.array(z.string()),
});
export type VisitRow = z.infer<typeof visitRowSchema>;

export const settingsRowSchema = z.object({ key: z.literal('settings'), value: settingsSchema });
export type SettingsRow = z.infer<typeof settingsRowSchema>;
