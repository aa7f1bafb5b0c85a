import type { MessageKey, Translator } from '../lib/i18n';
import type { TabStatus } from '../lib/messaging/protocol';

/** Why the popup has no cards; `unsupported` is a tab no content script can run in (browser pages). */
export type EmptyReason = Exclude<TabStatus, 'matched'> | 'unsupported';

const TEXT: Record<EmptyReason, readonly [title: MessageKey, body: MessageKey]> = {
  'not-arabic': ['emptyNotArabicTitle', 'emptyNotArabicBody'],
  'no-matches': ['emptyNoNamesTitle', 'emptyNoNamesBody'],
  disabled: ['emptyDisabledTitle', 'emptyDisabledBody'],
  'not-scanned': ['emptyNotScannedTitle', 'emptyNotScannedBody'],
  unsupported: ['emptyUnsupportedTitle', 'emptyUnsupportedBody'],
};

interface Props {
  reason: EmptyReason;
  site: string;
  t: Translator;
  onEnableSite: () => void;
}

/** An empty popup that says why it is empty and, when the reader can change that, how. */
export function EmptyState({ reason, site, t, onEnableSite }: Props) {
  const [title, body] = TEXT[reason];
  return (
    <section class="empty" data-empty={reason} aria-labelledby="empty-title">
      <h2 id="empty-title">{t(title)}</h2>
      <p>{t(body, { site: '\u2068' + site + '\u2069' })}</p>
      {reason === 'disabled' && (
        <button type="button" class="primary" onClick={onEnableSite}>
          {t('enableSite', { site: '\u2068' + site + '\u2069' })}
        </button>
      )}
    </section>
  );
}
