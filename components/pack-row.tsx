import type { Lang, Translator } from '../lib/i18n';
import type { PackSummary } from '../lib/messaging/protocol';

interface Props {
  pack: PackSummary;
  t: Translator;
  lang: Lang;
  onToggle: (pack: PackSummary, enabled: boolean) => void;
  onRemove: (pack: PackSummary) => void;
  onExport: (pack: PackSummary) => void;
}

/** One installed pack: its name, version, license, attribution and counts, a switch, export, and remove (not for bundled packs). */
export function PackRow({ pack, t, lang, onToggle, onRemove, onExport }: Props) {
  const name = pack.name[lang];
  const headingId = `pack-${pack.id}-name`;
  return (
    <li class="pack-row" data-testid="pack-row" data-pack-id={pack.id} aria-labelledby={headingId}>
      <div class="pack-head">
        <input
          type="checkbox"
          role="switch"
          class="pack-switch"
          data-testid="pack-enabled"
          checked={pack.enabled}
          aria-label={t('packEnabled', { name })}
          onChange={(e) => onToggle(pack, (e.currentTarget as HTMLInputElement).checked)}
        />
        <h3 id={headingId} class="pack-name">
          {name}
        </h3>
        {pack.bundled && <span class="tag">{t('packBundled')}</span>}
      </div>
      <p class="pack-description">{pack.description[lang]}</p>
      <p class="pack-meta muted">
        <span>{t('packVersion', { version: pack.version })}</span>
        {' · '}
        <span>{t('packLicense', { license: pack.license })}</span>
        {' · '}
        <span data-testid="pack-counts">
          {t('packCounts', { entities: pack.counts.entities, events: pack.counts.events, facts: pack.counts.facts, sources: pack.counts.sources })}
        </span>
      </p>
      <p class="pack-attribution muted">{t('packAttribution', { attribution: pack.attribution })}</p>
      <div class="pack-actions">
        <button type="button" class="ghost" data-testid="pack-export" onClick={() => onExport(pack)}>
          {t('packExport', { name })}
        </button>
        {!pack.bundled && (
          <button type="button" class="ghost" data-testid="pack-remove" onClick={() => onRemove(pack)}>
            {t('packRemove', { name })}
          </button>
        )}
      </div>
    </li>
  );
}
