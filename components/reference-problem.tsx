import type { Translator } from '../lib/i18n';
import type { ReferenceStatus } from '../lib/messaging/protocol';
const PROBLEM_KEYS = {
  'newer-version': 'problemNewerVersion',
  'upgrade-failed': 'problemUpgradeFailed',
  'no-room': 'problemNoRoom',
  'open-failed': 'problemOpenFailed',
  'install-failed': 'problemInstallFailed',
} as const;

/**
 * The reference data needs the reader: said in the reader's language, with the database's own words
 * (English, technical) kept as a detail a reader can open and quote in a bug report.
 */
export function ReferenceProblem({ status, t }: { status: Pick<ReferenceStatus, 'importError' | 'problem'>; t: Translator }) {
  const said = status.problem ? t(PROBLEM_KEYS[status.problem]) : status.importError;
  return (
    <div class="status-line reference-problem" role="alert" data-testid="reference-problem">
      <p>{t('referenceProblem', { message: said ?? '' })}</p>
      {status.problem && status.importError && (
        <details>
          <summary>{t('problemDetail')}</summary>
          <p lang="en" dir="ltr" data-testid="reference-problem-detail">
            {status.importError}
          </p>
        </details>
      )}
    </div>
  );
}
