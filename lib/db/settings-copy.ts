import { type LocalArea, PAGE_SETTINGS_KEY, writePageSettingsCopy } from '../page/page-settings-copy';
import { getSettings } from './settings-repository';
import type { SiyaqDb } from './siyaq-db';

export interface SettingsCopy {
  /** Waits for `change`, then copies the settings as stored; answers what `change` answered. */
  after<T>(change: Promise<T>): Promise<T>;
  /** Copies the settings as stored (on every start: a copy written before a crash, or by hand, is set right). */
  sync(): Promise<void>;
}

/**
 * Keeps the copy of the settings that pages read (lib/page/page-settings-copy.ts) in step with the
 * database. Every change is copied before it is answered, so a page the popup then refreshes reads
 * the new copy.
 */
export function settingsCopy(db: SiyaqDb, area: LocalArea): SettingsCopy {
  const sync = async () => {
    try {
      await writePageSettingsCopy(area, await getSettings(db));
    } catch (e) {
      // Settings that cannot be read are not copied: without a copy, pages ask the background, which says why.
      await area.remove(PAGE_SETTINGS_KEY).catch(() => undefined);
      throw e;
    }
  };
  return {
    async after(change) {
      const result = await change;
      await sync();
      return result;
    },
    sync,
  };
}
