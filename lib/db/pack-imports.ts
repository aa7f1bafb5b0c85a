import type { PackImportResult } from '../messaging/protocol';
import { MAX_PACK_FILE_BYTES } from '../messaging/pack-limits';
import type { ExternalIds } from '../reference/check-references';
import { ReferenceBuildError } from '../reference/reference-build-error';
import { formatReferenceIssue } from '../reference/reference-issue';
import { externalIdsOf, missingRequiredPacks } from './external-ids';
import { installPack, type InstallablePack } from './install-pack';
import { toPackSummary } from './pack-summary';
import type { SiyaqDb } from './siyaq-db';

/** How many problems one answer lists; the rest are counted in `more`. */
export const MAX_LISTED_PROBLEMS = 1_000;

export const tooLargeMessage = (size: number) =>
  `The file is ${(size / 1024 / 1024).toFixed(1)} MB; packs larger than ${MAX_PACK_FILE_BYTES / 1024 / 1024} MB are refused.`;

interface Upload {
  id: string;
  fileName: string;
  size: number;
  chunks: string[];
  chars: number;
}

export interface PackImportsDeps {
  db: SiyaqDb;
  /** parsePack: validates a pack file's data, throwing a ReferenceBuildError that lists every problem. */
  parse: (data: unknown, external: ExternalIds, fileName: string) => InstallablePack;
  now?: () => number;
  newId?: () => string;
}

/**
 * The background's side of importing a pack file: it receives the file's text in chunks, then validates
 * it completely (JSON, the pack schema, references within the pack and to the installed packs it
 * requires, id clashes with other installed packs) before anything is written, and writes it in one
 * transaction. One upload at a time; a new one drops the last.
 */
export function createPackImports({ db, parse, now = Date.now, newId = () => crypto.randomUUID() }: PackImportsDeps) {
  let upload: Upload | null = null;

  function current(id: string): Upload {
    if (!upload || upload.id !== id) throw new Error('this upload is no longer open: choose the file again');
    return upload;
  }

  return {
    start({ size, fileName = '' }: { size: number; fileName?: string }): { uploadId: string } {
      upload = null;
      if (size > MAX_PACK_FILE_BYTES) throw new Error(tooLargeMessage(size));
      upload = { id: newId(), fileName: fileName || 'pack', size, chunks: [], chars: 0 };
      return { uploadId: upload.id };
    },

    chunk({ uploadId, index, text }: { uploadId: string; index: number; text: string }): { ok: boolean } {
      const u = current(uploadId);
      if (index !== u.chunks.length) throw new Error(`chunk ${index} arrived out of order (expected ${u.chunks.length})`);
      // UTF-8 never takes fewer bytes than UTF-16 code units: more characters than bytes is not this file.
      if (u.chars + text.length > Math.min(u.size, MAX_PACK_FILE_BYTES)) {
        upload = null;
        throw new Error('the upload is larger than the file it announced');
      }
      u.chunks.push(text);
      u.chars += text.length;
      return { ok: true };
    },

    cancel({ uploadId }: { uploadId: string }): { ok: boolean } {
      if (upload?.id === uploadId) upload = null;
      return { ok: true };
    },

    async import({ uploadId, replace }: { uploadId: string; replace: boolean }): Promise<PackImportResult> {
      const u = current(uploadId);
      const result = await importText(u.chunks.join(''), u.fileName, replace);
      // Kept only while the reader is asked whether to replace the installed version.
      if (result.status !== 'confirm') upload = null;
      return result;
    },
  };

  async function importText(text: string, fileName: string, replace: boolean): Promise<PackImportResult> {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return invalid([`The file is not JSON: ${e instanceof Error ? e.message : String(e)}`]);
    }
    const requires = requiresOf(data);
    const missing = await missingRequiredPacks(db, requires);
    let pack: InstallablePack;
    try {
      pack = parse(data, await externalIdsOf(db, requires), fileName);
    } catch (e) {
      const problems = e instanceof ReferenceBuildError ? e.issues.map(formatReferenceIssue) : [e instanceof Error ? e.message : String(e)];
      return invalid([...missing.map(requiredMessage), ...problems]);
    }
    if (missing.length > 0) return invalid(missing.map(requiredMessage));
    const result = await installPack(db, pack, { allowSameOrOlder: replace, now });
    switch (result.status) {
      case 'installed':
      case 'updated':
        return { status: result.status, pack: toPackSummary(result.pack), ...(result.previousVersion ? { previousVersion: result.previousVersion } : {}) };
      case 'confirm':
        return { status: 'confirm', id: pack.meta.id, name: pack.meta.name, installedVersion: result.installedVersion, incomingVersion: result.incomingVersion };
      case 'clash':
        return invalid(result.clashes.map((c) => `Id "${c.id}" is already defined by the installed pack "${c.pack}"`));
      case 'refused':
        return invalid([`meta.id: ${result.reason}`]);
    }
  }
}

export type PackImports = ReturnType<typeof createPackImports>;

function requiredMessage(id: string): string {
  return `meta.requires: this pack needs the pack "${id}", which is not installed: install it first`;
}

function requiresOf(data: unknown): string[] {
  const requires = (data as { meta?: { requires?: unknown } } | null)?.meta?.requires;
  return Array.isArray(requires) ? requires.filter((r): r is string => typeof r === 'string').slice(0, 100) : [];
}

function invalid(problems: string[]): PackImportResult {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => (p.length > 4_000 ? `${p.slice(0, 3_999)}…` : p));
  return { status: 'invalid', problems: listed, more: problems.length - listed.length };
}
