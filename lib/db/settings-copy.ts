import type { Settings } from '../messaging/protocol';
import { type LocalArea, PAGE_SETTINGS_KEY, writePageSettingsCopy } from '../page/page-settings-copy';
import { getSettings } from './settings-repository';
import type { SiyaqDb } from './siyaq-db';

export interface SettingsCopy {
  /**
   * The settings as stored, held in memory after the first read: every change goes through `after`, so
   * the database is read again only after one (each page's match and the popup's first request asked
   * IndexedDB for the same row; while a popup opens, that read took longer than the tab's matches).
   */
  read(): Promise<Settings>;
  /** Waits for `change`, then reads the settings again and copies them; answers what `change` answered. */
  after<T>(change: Promise<T>): Promise<T>;
  /** Reads the settings as stored and copies them (on every start: a copy written before a crash, or by hand, is set right). */
  sync(): Promise<void>;
}

/**
 * Keeps the copies of the settings in step with the database: the background's own, in memory, and the
 * one pages read (lib/page/page-settings-copy.ts). Every change is copied before it is answered, so a
 * page the popup then refreshes reads the new copy.
 */
export function settingsCopy(db: SiyaqDb, area: LocalArea): SettingsCopy {
  let held: Promise<Settings> | null = null;
  const read = async () => {
    if (!held) {
      const reading = getSettings(db);
      held = reading;
      // A read that failed (a database that cannot be opened, a row the schema refuses) is not kept.
      reading.catch(() => {
        if (held === reading) held = null;
      });
    }
    // A copy each time: a caller that changes what it got changes nothing held.
    return structuredClone(await held);
  };
  const sync = async () => {
    held = null;
    try {
      await writePageSettingsCopy(area, await read());
    } catch (e) {
      // Settings that cannot be read are not copied: without a copy, pages ask the background, which says why.
      await area.remove(PAGE_SETTINGS_KEY).catch(() => undefined);
      throw e;
    }
  };
  return {
    read,
    async after(change) {
      try {
        const result = await change;
        await sync();
        return result;
      } catch (e) {
        // Forgotten when the change failed too: whatever it left in the database is read afresh.
        held = null;
        throw e;
      }
    },
    sync,
  };
}
