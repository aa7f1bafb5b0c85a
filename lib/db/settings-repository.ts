import { settingsSchema, type Settings } from '../messaging/protocol';
import { isSiteSwitchedOff, normalizeHost } from '../page/site-switched-off';
import type { SiyaqDb } from './siyaq-db';

export const DEFAULT_SETTINGS: Settings = { highlights: true, language: 'ar', disabledSites: [], recordHistory: true, searchLinks: true };

/** The user's settings; the defaults until something is saved. A stored row that fails the schema throws. */
export async function getSettings(db: SiyaqDb): Promise<Settings> {
  const row = await db.settings.get('settings');
  return row ? settingsSchema.parse(row.value) : { ...DEFAULT_SETTINGS, disabledSites: [] };
}

/** Merges `patch` into the settings, validates the result and saves it; returns what was saved. */
export async function updateSettings(db: SiyaqDb, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = settingsSchema.parse({ ...(await getSettings(db)), ...patch });
    next.disabledSites = [...new Set(next.disabledSites.map(normalizeHost))].sort();
    await db.settings.put({ key: 'settings', value: next });
    return next;
  });
}

/** Turns Siyaq on or off for a host (www.example.com); the host is stored in lower case. */
export async function setSiteEnabled(db: SiyaqDb, host: string, enabled: boolean): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const { disabledSites } = await getSettings(db);
    const h = normalizeHost(host);
    const next = enabled ? disabledSites.filter((s) => s !== h) : [...disabledSites, h];
    return updateSettings(db, { disabledSites: next });
  });
}

/** A site switched off covers its subdomains too: disabling `example.com` also stops `www.example.com`. */
export function isSiteDisabled(settings: Settings, host: string): boolean {
  return isSiteSwitchedOff(settings.disabledSites, host);
}
