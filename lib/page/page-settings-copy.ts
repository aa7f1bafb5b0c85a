import { pageSettingsFor } from './site-switched-off';

/**
 * What a page's content script needs of the settings, copied by the background into `storage.local`
 * after every change and on every start. The top document reads it there instead of asking the
 * background (a message to the worker and a database read: 20–50 ms before a page's text could be
 * sent). The database stays the one source: a missing or unreadable copy means asking the background,
 * and the background checks the site again before it scans anything.
 */
export const PAGE_SETTINGS_KEY = 'pageSettings';
/** Changed whenever the copy's shape changes: a copy of another format is not read, just rewritten. */
export const PAGE_SETTINGS_FORMAT = 1;

export interface PageSettingsCopy {
  format: typeof PAGE_SETTINGS_FORMAT;
  highlights: boolean;
  disabledSites: string[];
}

/** The part of `storage.local` the copy needs. */
export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function pageSettingsCopyOf(settings: { highlights: boolean; disabledSites: readonly string[] }): PageSettingsCopy {
  return { format: PAGE_SETTINGS_FORMAT, highlights: settings.highlights, disabledSites: [...settings.disabledSites] };
}

/**
 * The copy as stored, or undefined when it is absent or not what the background writes (another format,
 * a wrong type, an oversized list). Checked by hand: the content script carries no schema library.
 */
export function readPageSettingsCopy(value: unknown): PageSettingsCopy | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { format, highlights, disabledSites } = value as Record<string, unknown>;
  if (format !== PAGE_SETTINGS_FORMAT || typeof highlights !== 'boolean' || !Array.isArray(disabledSites)) return undefined;
  if (disabledSites.length > 5_000 || !disabledSites.every((s) => typeof s === 'string' && s.length > 0 && s.length <= 253)) return undefined;
  return { format, highlights, disabledSites: disabledSites as string[] };
}

/** Writes the copy unless the stored one already says the same (a worker wakes often; most wakes change nothing). */
export async function writePageSettingsCopy(area: LocalArea, settings: { highlights: boolean; disabledSites: readonly string[] }): Promise<void> {
  const next = pageSettingsCopyOf(settings);
  const stored = readPageSettingsCopy((await area.get(PAGE_SETTINGS_KEY))[PAGE_SETTINGS_KEY]);
  if (stored && stored.highlights === next.highlights && sameList(stored.disabledSites, next.disabledSites)) return;
  await area.set({ [PAGE_SETTINGS_KEY]: next });
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s, i) => s === b[i]);

/**
 * What `getPageSettings` would answer for a top document on `host`, read from the copy; undefined when
 * there is no usable copy (then ask the background). Frames ask the background: they are switched on or
 * off with their tab's site, which a cross-origin frame cannot see.
 */
export async function pageSettingsFromCopy(area: LocalArea, host: string): Promise<{ enabled: boolean; highlights: boolean } | undefined> {
  let value: unknown;
  try {
    value = (await area.get(PAGE_SETTINGS_KEY))[PAGE_SETTINGS_KEY];
  } catch {
    return undefined;
  }
  const copy = readPageSettingsCopy(value);
  return copy && pageSettingsFor(copy, host);
}
