import type { Lang, Translator } from '../lib/i18n';
import type { Settings } from '../lib/messaging/protocol';

interface Props {
  settings: Settings;
  t: Translator;
  /** True once the last change was stored: the status line announces it. */
  saved: boolean;
  onChange: (patch: Partial<Settings>) => void;
}

/** Highlights on/off, the sites Siyaq is off on (each removable), and the card language. */
export function OptionsForm({ settings, t, saved, onChange }: Props) {
  const setLanguage = (language: Lang) => onChange({ language });
  return (
    <form class="options" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            id="opt-highlights"
            checked={settings.highlights}
            onChange={(e) => onChange({ highlights: (e.currentTarget as HTMLInputElement).checked })}
          />
          <span>{t('optionsHighlights')}</span>
        </label>
        <p class="muted hint">{t('optionsHighlightsHint')}</p>
      </fieldset>

      <fieldset>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            id="opt-record-history"
            checked={settings.recordHistory}
            onChange={(e) => onChange({ recordHistory: (e.currentTarget as HTMLInputElement).checked })}
          />
          <span>{t('historyRecord')}</span>
        </label>
        <p class="muted hint">{t('historyRecordHint')}</p>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            id="opt-search-links"
            checked={settings.searchLinks}
            onChange={(e) => onChange({ searchLinks: (e.currentTarget as HTMLInputElement).checked })}
          />
          <span>{t('optionsSearchLinks')}</span>
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optionsLanguage')}</legend>
        {(['ar', 'en'] as const).map((lang) => (
          <label key={lang} class="radio">
            <input
              type="radio"
              name="language"
              id={`opt-language-${lang}`}
              value={lang}
              checked={settings.language === lang}
              onChange={() => setLanguage(lang)}
            />
            <span>{t(lang === 'ar' ? 'optionsLanguageAr' : 'optionsLanguageEn')}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optionsDisabledSites')}</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="muted" id="opt-no-sites">
            {t('optionsNoDisabledSites')}
          </p>
        ) : (
          <ul class="sites" id="opt-sites">
            {settings.disabledSites.map((site) => (
              <li key={site} data-site={site}>
                <bdi dir="ltr">{site}</bdi>
                <button
                  type="button"
                  class="ghost"
                  onClick={() => onChange({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}
                >
                  {t('optionsRemoveSite', { site: '\u2068' + site + '\u2069' })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <p class="muted" role="status" aria-live="polite" id="opt-status">
        {saved ? t('optionsSaved') : ''}
      </p>
      <p class="muted">{t('optionsPrivacy')}</p>
    </form>
  );
}
