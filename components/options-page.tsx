import { useEffect, useMemo, useState } from 'preact/hooks';
import { translator } from '../lib/i18n';
import type { Settings } from '../lib/messaging/protocol';
import type { OptionsApi } from './options-api';
import { HistorySection } from './history-section';
import { OptionsForm } from './options-form';
import { PackManager } from './pack-manager';

/** The options page: loads the settings, saves each change at once and says so. */
export function OptionsPage({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState('');
  const lang = settings?.language ?? 'ar';
  const t = useMemo(() => translator(lang), [lang]);

  useEffect(() => {
    api.getSettings().then(setSettings, (e: unknown) => setError(String(e)));
  }, [api]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    document.title = t('optionsTitle');
  }, [lang, t]);

  const onChange = async (patch: Partial<Settings>) => {
    if (!settings) return;
    setSaved(false);
    setSettings({ ...settings, ...patch }); // show the change at once; the stored value replaces it below
    try {
      setSettings(await api.setSettings(patch));
      setSaved(true);
      setError('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      api.getSettings().then(setSettings, () => undefined);
    }
  };

  return (
    <main class="options-page">
      <h1>{t('optionsTitle')}</h1>
      {error && (
        <p role="alert" class="error">
          {t('error', { message: error })}
        </p>
      )}
      {settings ? <OptionsForm settings={settings} t={t} saved={saved} onChange={onChange} /> : !error && <p class="muted">{t('loading')}</p>}
      {settings && <PackManager api={api} t={t} lang={lang} />}
      {settings && <HistorySection api={api} lang={lang} t={t} onImported={() => api.getSettings().then(setSettings, () => undefined)} />}
    </main>
  );
}
