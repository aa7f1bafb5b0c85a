import type { Lang, Translator } from '../lib/i18n';

interface Props {
  lang: Lang;
  t: Translator;
  onChange: (lang: Lang) => void;
}

/** One button that switches to the other language; its label is written in the language it switches to. */
export function LanguageToggle({ lang, t, onChange }: Props) {
  const next: Lang = lang === 'ar' ? 'en' : 'ar';
  return (
    <button
      type="button"
      id="language-toggle"
      class="ghost"
      lang={next}
      title={t('languageSwitchLabel')}
      onClick={() => onChange(next)}
    >
      {t('languageSwitch')}
    </button>
  );
}
