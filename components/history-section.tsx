import { useEffect, useState } from 'preact/hooks';
import type { Lang, Translator } from '../lib/i18n';
import type { HistoryStats } from '../lib/messaging/protocol';
import type { HistoryApi } from './options-api';

interface Props {
  api: HistoryApi;
  lang: Lang;
  t: Translator;
  /** Settings may change with an import: the page reloads them. */
  onImported: () => void;
}

/** Bytes for people: "٢٫٤ ميغابايت" / "2.4 MB". */
export function formatBytes(lang: Lang, bytes: number): string {
  const [unit, value] = bytes >= 1024 * 1024 ? (['megabyte', bytes / (1024 * 1024)] as const) : (['kilobyte', bytes / 1024] as const);
  return new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-arab' : 'en', { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/**
 * The reader's history: pages kept and their size, each site with a "forget" button, clear all
 * (a second press confirms), export to a JSON file and import from one. Pausing is a setting (the
 * options form). Every action reports in the status line.
 */
export function HistorySection({ api, lang, t, onImported }: Props) {
  const [stats, setStats] = useState<HistoryStats | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);

  const reload = () => api.getHistoryStats().then(setStats, (e: unknown) => setError(String(e)));
  useEffect(() => void reload(), [api]);

  const run = async (action: () => Promise<string>) => {
    setError('');
    setStatus('');
    try {
      setStatus(await action());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    await reload();
  };

  const onForget = (site: string) => run(async () => (await api.forgetSite(site), t('historyForgotten', { site: '\u2068' + site + '\u2069' })));
  const onClear = () => {
    if (!confirming) return setConfirming(true);
    setConfirming(false);
    void run(async () => (await api.clearHistory(), t('historyCleared')));
  };
  const onExport = () =>
    run(async () => {
      api.saveFile(`siyaq-history-${new Date().toISOString().slice(0, 10)}.json`, await api.exportHistory());
      return '';
    });
  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await run(async () => {
      try {
        const { visits } = await api.importHistory(await file.text());
        onImported();
        return t('historyImported', { pages: t('coveragePages', { n: visits }) });
      } catch (err) {
        throw new Error(t('historyImportFailed', { message: err instanceof Error ? err.message : String(err) }));
      } finally {
        input.value = '';
      }
    });
  };

  return (
    <fieldset class="history" id="history">
      <legend>{t('historyHeading')}</legend>
      <p id="history-stats" data-pages={stats?.pages ?? ''} data-bytes={stats?.bytes ?? ''}>
        {stats ? t('historyStats', { pages: t('coveragePages', { n: stats.pages }), size: formatBytes(lang, stats.bytes) }) : t('loading')}
      </p>
      {stats && stats.sites.length > 0 && (
        <>
          <p class="muted">{t('historySites')}</p>
          <ul class="history-sites" id="history-sites">
            {stats.sites.map((s) => (
              <li key={s.site} data-history-site={s.site}>
                <span>
                  <bdi dir="ltr">{s.site}</bdi> <span class="muted">({t('coveragePages', { n: s.pages })})</span>
                </span>
                <button type="button" class="ghost" onClick={() => void onForget(s.site)}>
                  {t('historyForget', { site: '\u2068' + s.site + '\u2069' })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="history-actions">
        <button type="button" id="history-export" onClick={() => void onExport()}>
          {t('historyExport')}
        </button>
        <label class="button-like">
          <span>{t('historyImport')}</span>{' '}
          <input type="file" id="history-import" accept="application/json,.json" onChange={(e) => void onImport(e)} />
        </label>
        <button type="button" id="history-clear" class="danger" aria-pressed={confirming} onClick={onClear}>
          {confirming ? t('historyClearConfirm') : t('historyClear')}
        </button>
      </div>
      <p role="status" aria-live="polite" id="history-status" class="muted">
        {status}
      </p>
      {error && (
        <p role="alert" class="error" id="history-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
