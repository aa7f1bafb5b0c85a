import type { Translator } from '../lib/i18n';

interface Props {
  site: string;
  enabled: boolean;
  busy: boolean;
  t: Translator;
  onChange: (enabled: boolean) => void;
}

/** The per-site on/off switch: a real checkbox with the switch role, so it is keyboard- and reader-friendly. */
export function SiteSwitch({ site, enabled, busy, t, onChange }: Props) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        id="site-switch"
        checked={enabled}
        disabled={busy}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>{t('siteSwitch', { site: '\u2068' + site + '\u2069' })}</span>
    </label>
  );
}
