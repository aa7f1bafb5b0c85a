import { ReferenceBuildError } from '../reference/reference-build-error';
import { formatReferenceIssue } from '../reference/reference-issue';
import { installPack, type InstallablePack } from './install-pack';
import { externalIdsOf } from './external-ids';
import type { ExternalIds } from '../reference/check-references';
import type { SiyaqDb } from './siyaq-db';

export interface BundledPack {
  /** The pack id (the file name under lib/reference/generated/packs/). */
  id: string;
  /** The pack's version and content version as the build wrote them: compared with the stored pack without reading the file. */
  version: string;
  contentVersion: string;
  /** Packs it requires (their ids are collected for validation). */
  requires: readonly string[];
  /** The built pack as shipped, not yet validated; read only when it has to be installed. */
  load: () => unknown | Promise<unknown>;
}

export type BundledResult =
  | { id: string; status: 'installed' | 'updated' | 'unchanged'; contentVersion: string }
  | { id: string; status: 'failed'; error: string };

export type ParsePack = (data: unknown, external: ExternalIds) => InstallablePack;

/**
 * Installs or updates each bundled pack, in list order (a pack may require one listed before it), when
 * the stored one has another contentVersion or metadata version; an unchanged pack costs one read, and
 * its file is not even parsed (a woken worker would pay for parsing megabytes on every start). A
 * reader's on/off switch survives updates. A pack that fails validation or its transaction is not
 * installed, the previous version stays, and the failure is stored as meta.importError for the popup;
 * a run with no failure clears it.
 */
export async function installBundledPacks(db: SiyaqDb, bundled: readonly BundledPack[], parse: ParsePack, now: () => number = Date.now): Promise<BundledResult[]> {
  const results: BundledResult[] = [];
  for (const pack of bundled) results.push(await installOne(db, pack, parse, now));
  const failures = results.filter((r) => r.status === 'failed');
  const error = failures.map((f) => `bundled pack ${f.id}: ${f.error}`).join('\n');
  try {
    if (failures.length > 0) {
      console.error(`[siyaq] ${error}`);
      await db.meta.put({ key: 'importError', value: { message: error, version: null, at: now() } });
    } else if (results.some((r) => r.status !== 'unchanged')) {
      await db.meta.put({ key: 'importError', value: null });
    }
  } catch (e) {
    // The database itself is failing (e.g. quota): the results still carry the error.
    console.error('[siyaq] could not record the import result', e);
  }
  return results;
}

async function installOne(db: SiyaqDb, bundled: BundledPack, parse: ParsePack, now: () => number): Promise<BundledResult> {
  const { id } = bundled;
  const existing = await db.packs.get(id);
  if (existing && existing.contentVersion === bundled.contentVersion && existing.meta.version === bundled.version) {
    return { id, status: 'unchanged', contentVersion: existing.contentVersion };
  }
  try {
    const pack = parse(await bundled.load(), await externalIdsOf(db, [...bundled.requires]));
    if (pack.meta.id !== id) throw new Error(`the file of bundled pack "${id}" holds pack "${pack.meta.id}"`);
    // The index and the file come from one build; if they disagreed, every start would install it again.
    if (pack.contentVersion !== bundled.contentVersion || pack.meta.version !== bundled.version) {
      throw new Error(`the file of bundled pack "${id}" is ${pack.meta.version} (${pack.contentVersion}), the build's index says ${bundled.version} (${bundled.contentVersion})`);
    }
    const result = await installPack(db, pack, { bundled: true, now });
    if (result.status === 'installed' || result.status === 'updated') {
      console.info(`[siyaq] bundled pack ${id} ${pack.meta.version} (${pack.contentVersion}) ${result.status}`);
      return { id, status: result.status, contentVersion: pack.contentVersion };
    }
    if (result.status === 'clash') return { id, status: 'failed', error: `ids already defined by other packs: ${result.clashes.map((c) => `${c.id} (${c.pack})`).join(', ')}` };
    return { id, status: 'failed', error: result.status === 'refused' ? result.reason : 'not installed' };
  } catch (e) {
    const error = e instanceof ReferenceBuildError ? e.issues.map(formatReferenceIssue).join('\n') : e instanceof Error ? e.message : String(e);
    return { id, status: 'failed', error };
  }
}
