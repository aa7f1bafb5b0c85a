import { clearHistory, exportHistory, forgetSite, historyStats, importHistory } from '../../lib/db/visits-history';
import type { SiyaqDb } from '../../lib/db/siyaq-db';
import type { BackgroundHandlers } from '../../lib/messaging/create-router';
import type { SettingsCopy } from '../../lib/db/settings-copy';

/** The reader's history, from the options page: how much is kept, forget a site or all, export and import. */
export function historyHandlers(db: SiyaqDb, copy: SettingsCopy): Pick<BackgroundHandlers, 'getHistoryStats' | 'forgetSite' | 'clearHistory' | 'exportHistory' | 'importHistory'> {
  return {
    getHistoryStats: () => historyStats(db),
    forgetSite: async ({ site }) => ({ deleted: await forgetSite(db, site) }),
    clearHistory: async () => ({ deleted: await clearHistory(db) }),
    exportHistory: async () => ({ json: await exportHistory(db) }),
    // An imported file brings its settings with it.
    importHistory: ({ json }) => copy.after(importHistory(db, json)),
  };
}
