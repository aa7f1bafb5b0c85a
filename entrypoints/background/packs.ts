import { exportPack } from '../../lib/db/export-pack';
import { getReferenceStatus } from '../../lib/db/get-reference-status';
import { installBundledPacks, type BundledResult } from '../../lib/db/install-bundled-packs';
import { listPacks, removePack, setPackEnabled } from '../../lib/db/manage-packs';
import { createPackImports } from '../../lib/db/pack-imports';
import { toPackSummary } from '../../lib/db/pack-summary';
import type { SiyaqDb } from '../../lib/db/siyaq-db';
import type { BackgroundHandlers } from '../../lib/messaging/create-router';
import { EXPORT_CHUNK_CHARS } from '../../lib/messaging/pack-limits';
import { bundledPackFiles, parsePackFile } from './bundled-pack-files';

/**
 * Installs or updates the packs shipped in this build. Runs on install/update and on every worker start
 * (one read per pack when nothing changed).
 */
export function ensureBundledPacks(db: SiyaqDb): Promise<BundledResult[]> {
  return installBundledPacks(db, bundledPackFiles(), parsePackFile);
}

/** The options page's pack management: list, import in chunks, switch on/off, remove, export in chunks. */
export function packHandlers(
  db: SiyaqDb,
  { ready, changed = () => undefined }: { ready: Promise<unknown>; /** After a pack was installed, switched or removed. */ changed?: () => void },
): Pick<BackgroundHandlers, 'getReferenceStatus' | 'listPacks' | 'startPackUpload' | 'sendPackChunk' | 'importPack' | 'cancelPackUpload' | 'setPackEnabled' | 'removePack' | 'exportPack'> {
  const imports = createPackImports({ db, parse: parsePackFile });
  const list = async () => ({ packs: (await listPacks(db)).map(toPackSummary) });
  // The last export, kept while its parts are fetched (a big pack does not fit in one message).
  let exported: { id: string; contentVersion: string; fileName: string; text: string } | null = null;

  return {
    getReferenceStatus: () => getReferenceStatus(db),
    async listPacks() {
      await ready;
      return list();
    },
    startPackUpload: async (input) => imports.start(input),
    sendPackChunk: async (input) => imports.chunk(input),
    async importPack(input) {
      await ready;
      const result = await imports.import(input);
      if (result.status === 'installed' || result.status === 'updated') changed();
      return result;
    },
    cancelPackUpload: async (input) => imports.cancel(input),
    async setPackEnabled({ id, enabled }) {
      await setPackEnabled(db, id, enabled);
      changed();
      return list();
    },
    async removePack({ id }) {
      await removePack(db, id);
      changed();
      return list();
    },
    async exportPack({ id, part }) {
      const row = await db.packs.get(id);
      if (!row) throw new Error(`no installed pack "${id}"`);
      if (part === 0 || exported?.id !== id || exported.contentVersion !== row.contentVersion) {
        exported = { id, contentVersion: row.contentVersion, ...(await exportPack(db, id)) };
      }
      const parts = Math.max(1, Math.ceil(exported.text.length / EXPORT_CHUNK_CHARS));
      if (part >= parts) throw new Error(`pack "${id}" has ${parts} parts`);
      const text = exported.text.slice(part * EXPORT_CHUNK_CHARS, (part + 1) * EXPORT_CHUNK_CHARS);
      const fileName = exported.fileName;
      if (part === parts - 1) exported = null;
      return { fileName, text, parts };
    },
  };
}
