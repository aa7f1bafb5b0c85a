import { CURRENT_SCHEMA_VERSION } from './schema-history';

/**
 * What to tell the reader when the database cannot be opened, and whether they must act. Nothing is
 * written or deleted on any of these paths: IndexedDB runs an upgrade in one transaction, so a failed
 * upgrade leaves the old database exactly as it was, and a database from a newer release is not
 * touched at all. The extension never opens a fresh empty database in its place (which would look
 * like lost visits and settings).
 */
export type OpenProblem = 'newer-version' | 'upgrade-failed' | 'no-room' | 'open-failed';

export function describeOpenError(error: unknown): { kind: OpenProblem; message: string; readerMustAct: boolean } {
  const name = errorName(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'VersionError')
    return {
      kind: 'newer-version',
      message:
        `Siyaq's data was saved by a newer version of the extension (its database is newer than schema v${CURRENT_SCHEMA_VERSION}). ` +
        'Nothing was changed or deleted. Update Siyaq to use it again.',
      readerMustAct: true,
    };
  if (name === 'UpgradeError' || /upgrade/i.test(detail))
    return {
      kind: 'upgrade-failed',
      message: `Siyaq could not upgrade its data to schema v${CURRENT_SCHEMA_VERSION}: ${detail}. The data is kept as it was, unchanged; the next start tries again.`,
      readerMustAct: false,
    };
  if (name === 'QuotaExceededError' || /quota/i.test(detail))
    return { kind: 'no-room', message: `The browser has no room left for Siyaq's data (${detail}). Nothing was half-written; free disk space and try again.`, readerMustAct: true };
  return { kind: 'open-failed', message: `Siyaq's database could not be opened: ${detail}`, readerMustAct: false };
}

/** Dexie wraps the DOM error; the cause's name is what tells the cases apart. */
function errorName(error: unknown): string {
  const e = error as { name?: unknown; inner?: { name?: unknown } } | null;
  const inner = typeof e?.inner?.name === 'string' ? e.inner.name : undefined;
  const outer = typeof e?.name === 'string' ? e.name : '';
  return outer === 'OpenFailedError' || outer === 'DatabaseClosedError' ? (inner ?? outer) : outer;
}
