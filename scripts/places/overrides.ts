import { z } from 'zod';
import { contextRuleSchema } from '../../lib/reference/schema';

/**
 * The reviewed overrides of scripts/places/overrides.json: what no cleaning rule can know. Every entry
 * carries a `note` saying why, so a reviewer can check it against the data.
 */
const note = z.string().min(3);

export const overridesSchema = z.strictObject({
  about: z.string().optional(),
  /** Records of the core pack that GeoNames/CLDR entries stand for: amended, never defined again. */
  core: z.strictObject({
    countries: z.record(z.string(), z.string()),
    places: z.record(z.string(), z.string()),
    /** ISO code of each core place, for "another place of the same country". */
    placeCountries: z.record(z.string(), z.string()),
    note,
  }),
  /** Lexicon classes (hunspell-ar flags) reviewed as ordinary words though many of their stems are place names. */
  lexiconWordClasses: z.strictObject({ classes: z.array(z.string()), note }),
  /** ISO codes whose CLDR entry is a dependent territory, not a country. */
  territories: z.array(z.string().regex(/^[A-Z]{2}$/)),
  /** Feminine then masculine nisba with ال, by ISO code: "صور اللبنانية". */
  demonyms: z.record(z.string(), z.array(z.string()).min(2)),
  countries: z.record(
    z.string(),
    z.strictObject({ id: z.string().optional(), ar: z.string().optional(), en: z.string().optional(), aliases: z.array(z.string()).optional(), aliasesEn: z.array(z.string()).optional(), note }),
  ),
  /** By GeoNames id. */
  cities: z.record(
    z.string(),
    z.strictObject({
      id: z.string().optional(),
      ar: z.string().optional(),
      en: z.string().optional(),
      aliases: z.array(z.string()).optional(),
      aliasesEn: z.array(z.string()).optional(),
      drop: z.boolean().optional(),
      keep: z.boolean().optional(),
      /** No country on the card (a place whose status is disputed). */
      noCountry: z.boolean().optional(),
      note,
    }),
  ),
  /** Arabic names (as the card writes them) that need context though the lexicon does not list them. */
  ambiguous: z.record(
    z.string(),
    z.strictObject({
      requires: z.array(contextRuleSchema).optional(),
      vetoes: z.array(contextRuleSchema).optional(),
      /** A preposition does not make it the place even on a page about its country ("في صور" = in pictures). */
      strict: z.boolean().optional(),
      note,
    }),
  ),
  /** Names the lexicon lists as words that news uses overwhelmingly for the place. */
  notAmbiguous: z.record(z.string(), note),
});

export type Overrides = z.infer<typeof overridesSchema>;
export type CountryOverride = Overrides['countries'][string];
export type CityOverride = Overrides['cities'][string];
