import { getSettings, setSiteEnabled, updateSettings } from '../../lib/db/settings-repository';
import type { SiyaqDb } from '../../lib/db/siyaq-db';
import type { BackgroundHandlers } from '../../lib/messaging/create-router';

/**
 * Settings live in IndexedDB with the rest of the user's data. Pages pick up a change when the
 * popup or options page sends them `refresh`.
 */
export function settingsHandlers(db: SiyaqDb): Pick<BackgroundHandlers, 'getSettings' | 'setSettings' | 'setSiteEnabled'> {
  return {
    getSettings: () => getSettings(db),
    setSettings: (patch) => updateSettings(db, patch),
    setSiteEnabled: ({ host, enabled }) => setSiteEnabled(db, host, enabled),
  };
}
