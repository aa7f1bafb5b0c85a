import type { HistoryStats, PackImportResult, PackSummary, Settings } from '../lib/messaging/protocol';
import type { UploadOutcome, UploadProgress } from '../lib/messaging/upload-pack-file';

/** The reader's history, through the background that owns it. */
export interface HistoryApi {
  getHistoryStats(): Promise<HistoryStats>;
  forgetSite(site: string): Promise<number>;
  clearHistory(): Promise<number>;
  /** The export as JSON text. */
  exportHistory(): Promise<string>;
  /** Rejects with a message that says what is wrong with the file; nothing is written then. */
  importHistory(json: string): Promise<{ visits: number }>;
  /** Offers `text` to the reader as a downloaded file. */
  saveFile(name: string, text: string): void;
}

/** What the options page needs: the settings, the packs and the history, through the background that owns them. */
export interface OptionsApi extends HistoryApi {
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
