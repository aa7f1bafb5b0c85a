import { z } from 'zod';

/**
 * The reviewed first-level regions of scripts/places/regions.json, by ISO 3166 code. A region is named
 * only by its prefixed forms ("محافظة نينوى", "Nineveh Governorate"): the bare name is usually the city's.
 */
const pattern = z.string().regex(/^[^{}]*\{\}[^{}]*$/, 'one {} where the name goes');

export const regionsSchema = z.strictObject({
  about: z.string().min(3),
  countries: z.record(
    z.string().regex(/^[A-Z]{2}$/),
    z.strictObject({
      /** The kind word for the card: محافظة / Governorate. */
      kind: z.strictObject({ ar: z.string().min(1), en: z.string().min(1) }),
      ar: pattern,
      en: pattern,
      regions: z.array(z.strictObject({ ar: z.string().min(1), en: z.string().min(1) })).min(1),
    }),
  ),
});

export type Regions = z.infer<typeof regionsSchema>;
