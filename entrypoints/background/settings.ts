import type { SettingsCopy } from '../../lib/db/settings-copy';
import { setSiteEnabled, updateSettings } from '../../lib/db/settings-repository';
import type { SiyaqDb } from '../../lib/db/siyaq-db';
import type { BackgroundHandlers } from '../../lib/messaging/create-router';

/**
 * Settings live in IndexedDB with the rest of the user's data, and are read from the copy the background
 * holds in memory (lib/db/settings-copy.ts). Pages pick up a change when the popup or options page sends
 * them `refresh`; what a page needs of them is copied to storage.local before the change is answered, so
 * the refreshed page reads the new copy.
 */
export function settingsHandlers(db: SiyaqDb, copy: SettingsCopy): Pick<BackgroundHandlers, 'getSettings' | 'setSettings' | 'setSiteEnabled'> {
  return {
    getSettings: () => copy.read(),
    setSettings: (patch) => copy.after(updateSettings(db, patch)),
    setSiteEnabled: ({ host, enabled }) => copy.after(setSiteEnabled(db, host, enabled)),
  };
}
