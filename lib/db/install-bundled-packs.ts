import { ReferenceBuildError } from '../reference/reference-build-error';
import { formatReferenceIssue } from '../reference/reference-issue';
import { installPack, type InstallablePack } from './install-pack';
import { externalIdsOf } from './external-ids';
import type { ExternalIds } from '../reference/check-references';
import type { SiyaqDb } from './siyaq-db';

export interface BundledPack {
  /** The pack id (the file name under lib/reference/generated/packs/). */
  id: string;
  /** The built pack as shipped, not yet validated. */
  data: unknown;
}

export type BundledResult =
  | { id: string; status: 'installed' | 'updated' | 'unchanged'; contentVersion: string }
  | { id: string; status: 'failed'; error: string };

export type ParsePack = (data: unknown, external: ExternalIds) => InstallablePack;

/**
 * Installs or updates each bundled pack, in list order (a pack may require one listed before it), when
 * the stored one has another contentVersion or metadata version; an unchanged pack costs one read. A
 * reader's on/off switch survives updates. A pack that fails validation or its transaction is not
 * installed, the previous version stays, and the failure is stored as meta.importError for the popup;
 * a run with no failure clears it.
 */
export async function installBundledPacks(db: SiyaqDb, bundled: readonly BundledPack[], parse: ParsePack, now: () => number = Date.now): Promise<BundledResult[]> {
  const results: BundledResult[] = [];
  for (const { id, data } of bundled) results.push(await installOne(db, id, data, parse, now));
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

async function installOne(db: SiyaqDb, id: string, data: unknown, parse: ParsePack, now: () => number): Promise<BundledResult> {
  const head = data as { contentVersion?: unknown; meta?: { version?: unknown; requires?: unknown } } | null;
  const existing = await db.packs.get(id);
  if (existing && existing.contentVersion === head?.contentVersion && existing.meta.version === head?.meta?.version) {
    return { id, status: 'unchanged', contentVersion: existing.contentVersion };
  }
  try {
    const requires = Array.isArray(head?.meta?.requires) ? head.meta.requires.filter((r): r is string => typeof r === 'string') : [];
    const pack = parse(data, await externalIdsOf(db, requires));
    if (pack.meta.id !== id) throw new Error(`the file of bundled pack "${id}" holds pack "${pack.meta.id}"`);
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
