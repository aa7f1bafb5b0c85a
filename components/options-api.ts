import type { PackImportResult, PackSummary, Settings } from '../lib/messaging/protocol';
import type { UploadOutcome, UploadProgress } from '../lib/messaging/upload-pack-file';

/** What the options page needs: the settings and the packs, through the background that owns them. */
export interface OptionsApi {
  getSettings(): Promise<Settings>;
  /** Stores `patch` and makes open pages re-read their settings at once; resolves with the stored settings. */
  setSettings(patch: Partial<Settings>): Promise<Settings>;
  listPacks(): Promise<PackSummary[]>;
  /** Checks the size, then sends the file in pieces and asks the background to import it. */
  importPack(file: File, onProgress: (p: UploadProgress) => void): Promise<UploadOutcome>;
  /** After a `confirm` answer: replace the installed version with the upload, or drop the upload. */
  confirmImport(uploadId: string): Promise<PackImportResult>;
  cancelImport(uploadId: string): Promise<void>;
  /** Each of these makes open pages rescan, so a pack's cards and highlights come or go at once. */
  setPackEnabled(id: string, enabled: boolean): Promise<PackSummary[]>;
  removePack(id: string): Promise<PackSummary[]>;
  /** Saves the installed pack as a file (the browser's download). */
  exportPack(id: string): Promise<void>;
  /** Asks the reader a yes/no question (window.confirm in the browser). */
  confirm(question: string): boolean;
}
