import type { Translator } from '../lib/i18n';

/** Beyond this many, a card would be a wall of buttons; the first ones are what a reader wants anyway. */
export const MAX_MENTION_BUTTONS = 20;

interface Props {
  count: number;
  t: Translator;
  onJump: (index: number) => void;
}

/** "Mentioned 3 times" and one button per mention that scrolls the page to it. */
export function MentionButtons({ count, t, onJump }: Props) {
  const shown = Math.min(count, MAX_MENTION_BUTTONS);
  return (
    <div class="mentions">
      <span class="mentions-count">{t('mentionsCount', { n: count })}</span>
      {shown > 0 && (
        <span class="mention-buttons" role="group" aria-label={t('mentionsCount', { n: count })}>
          {Array.from({ length: shown }, (_, index) => (
            <button
              type="button"
              class="mention-button"
              data-mention-index={index}
              aria-label={t('jumpToMention', { n: index + 1 })}
              onClick={() => onJump(index)}
            >
              {t('mentionNumber', { n: index + 1 })}
            </button>
          ))}
          {count > shown && <span class="mentions-more">…</span>}
        </span>
      )}
    </div>
  );
}
