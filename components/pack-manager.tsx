import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang, Translator } from '../lib/i18n';
import type { PackImportResult, PackSummary } from '../lib/messaging/protocol';
import type { UploadProgress } from '../lib/messaging/upload-pack-file';
import type { OptionsApi } from './options-api';
import { PackRow } from './pack-row';

interface Props {
  api: OptionsApi;
  t: Translator;
  lang: Lang;
}

type Confirming = { uploadId: string; name: string; installed: string; incoming: string };

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * Importing, listing, switching, removing and exporting packs. Every string from a pack is rendered as
 * text. While a file is sent the page shows progress and stays usable; problems are listed one per
 * item, and a failed import leaves the list as it was.
 */
export function PackManager({ api, t, lang }: Props) {
  const [packs, setPacks] = useState<PackSummary[] | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [problems, setProblems] = useState<{ lines: string[]; more: number } | null>(null);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const errorsHeading = useRef<HTMLHeadingElement>(null);

  const reload = () => api.listPacks().then(setPacks, (e: unknown) => setError(String(e)));
  useEffect(() => void reload(), [api]);
  useEffect(() => {
    if (problems && problems.lines.length > 0) errorsHeading.current?.focus();
  }, [problems]);

  const nameOf = (p: { name: { ar: string; en: string } }) => p.name[lang];

  function settle(result: PackImportResult) {
    if (result.status === 'invalid') {
      setProblems({ lines: result.problems, more: result.more });
    } else if (result.status === 'confirm') {
      return;
    } else {
      setProblems({ lines: [], more: 0 });
      const name = nameOf(result.pack);
      setStatus(
        result.status === 'updated'
          ? t('packUpdated', { name, previous: result.previousVersion ?? '', version: result.pack.version })
          : t('packInstalled', { name, version: result.pack.version }),
      );
      void reload();
    }
  }

  async function importFile(file: File) {
    if (progress) return;
    setProblems(null);
    setStatus('');
    setConfirming(null);
    setError('');
    try {
      const outcome = await api.importPack(file, setProgress);
      if (outcome.status === 'too-large') {
        setProblems({ lines: [t('packTooLarge', { size: String(mb(outcome.size)), limit: String(mb(outcome.limit)) })], more: 0 });
        return;
      }
      const { result, uploadId } = outcome;
      if (result.status === 'confirm') {
        setConfirming({ uploadId, name: result.name[lang], installed: result.installedVersion, incoming: result.incomingVersion });
      }
      settle(result);
    } catch (e) {
      setProblems({ lines: [e instanceof Error ? e.message : String(e)], more: 0 });
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  }

  async function answer(replace: boolean) {
    if (!confirming) return;
    const { uploadId } = confirming;
    setConfirming(null);
    try {
      if (replace) {
        setProgress({ phase: 'checking', done: 1, total: 1 });
        settle(await api.confirmImport(uploadId));
      } else {
        await api.cancelImport(uploadId);
        setStatus(t('packCancelled'));
      }
    } catch (e) {
      setProblems({ lines: [e instanceof Error ? e.message : String(e)], more: 0 });
    } finally {
      setProgress(null);
    }
  }

  async function act(run: () => Promise<PackSummary[]>, done: string) {
    setError('');
    try {
      setPacks(await run());
      setStatus(done);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      void reload();
    }
  }

  const onToggle = (pack: PackSummary, enabled: boolean) =>
    act(() => api.setPackEnabled(pack.id, enabled), t(enabled ? 'packSwitchedOn' : 'packSwitchedOff', { name: nameOf(pack) }));
  const onRemove = (pack: PackSummary) => {
    if (!api.confirm(t('packRemoveConfirm', { name: nameOf(pack) }))) return;
    void act(() => api.removePack(pack.id), t('packRemoved', { name: nameOf(pack) }));
  };
  const onExport = (pack: PackSummary) => api.exportPack(pack.id).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));

  return (
    <section class="packs" aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('packsHeading')}</h2>
      <p class="muted hint">{t('packsHint')}</p>

      <div
        class={`pack-drop${dragging ? ' dragging' : ''}`}
        data-testid="pack-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer?.files[0];
          if (file) void importFile(file);
        }}
      >
        <label for="pack-import" class="pack-import-label">
          {t('packImport')}
        </label>
        <input
          ref={input}
          id="pack-import"
          type="file"
          accept=".json,application/json"
          data-testid="pack-import"
          disabled={progress !== null}
          onChange={(e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (file) void importFile(file);
          }}
        />
        <p class="muted hint">{t('packDrop')}</p>
      </div>

      {progress && (
        <div class="pack-progress">
          <progress
            id="pack-progress"
            aria-labelledby="pack-progress-label"
            {...(progress.phase === 'reading' ? { max: progress.total || 1, value: progress.done } : {})}
          />
          <span id="pack-progress-label">
            {progress.phase === 'reading'
              ? t('packReading', { done: String(mb(progress.done)), total: String(mb(progress.total)) })
              : t('packChecking')}
          </span>
        </div>
      )}

      {confirming && (
        <div class="pack-confirm" role="alertdialog" aria-labelledby="pack-confirm-text" data-testid="pack-confirm">
          <p id="pack-confirm-text">{t('packConfirm', { name: confirming.name, installed: confirming.installed, incoming: confirming.incoming })}</p>
          <button type="button" class="primary" data-testid="pack-confirm-replace" onClick={() => void answer(true)}>
            {t('packConfirmReplace')}
          </button>{' '}
          <button type="button" data-testid="pack-confirm-cancel" onClick={() => void answer(false)}>
            {t('packConfirmCancel')}
          </button>
        </div>
      )}

      <div data-testid="pack-errors" class="pack-errors" role="alert">
        {problems && problems.lines.length > 0 && (
          <>
            <h3 ref={errorsHeading} tabIndex={-1}>
              {t('packErrorsHeading')}
            </h3>
            {/* The validator speaks English (paths and field names): a screen reader reads it as English. */}
            <ul dir="ltr" lang="en">
              {problems.lines.map((line, i) => (
                <li key={i}>
                  <bdi>{line}</bdi>
                </li>
              ))}
            </ul>
            {problems.more > 0 && <p>{t('packErrorsMore', { n: problems.more })}</p>}
          </>
        )}
      </div>

      {error && (
        <p role="alert" class="error">
          {t('error', { message: error })}
        </p>
      )}
      <p class="muted" role="status" aria-live="polite" id="pack-status">
        {status}
      </p>

      {packs &&
        (packs.length === 0 ? (
          <p class="muted">{t('packNone')}</p>
        ) : (
          <ul class="pack-list">
            {packs.map((pack) => (
              <PackRow key={pack.id} pack={pack} t={t} lang={lang} onToggle={onToggle} onRemove={onRemove} onExport={onExport} />
            ))}
          </ul>
        ))}
    </section>
  );
}
