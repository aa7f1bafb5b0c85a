import { useEffect, useRef } from 'preact/hooks';
import type { Lang, Translator } from '../lib/i18n';
import type { ShownCardData, WhyReason } from '../lib/messaging/protocol';
import { Card } from './card';

export interface ShownCard {
  /** Without coverage fields until the background has read its related coverage. */
  card: ShownCardData;
  mentions: number;
  onPage: boolean;
  /** Why the page's mention counts (absent for cards opened from a relation). */
  why?: WhyReason[];
}

/** Ask the list to move focus to a card; `seq` makes a repeated request for the same card count again. */
export interface FocusRequest {
  id: string;
  seq: number;
}

interface Props {
  cards: ShownCard[];
  lang: Lang;
  t: Translator;
  focus: FocusRequest | null;
  onJump: (id: string, index: number) => void;
  onOpenRelated: (id: string, kind: 'entity' | 'event') => void;
  onOpenPage: (url: string) => void;
  showSearch?: boolean;
}

const CARD_SELECTOR = 'article.card';

/**
 * The cards as a list. Tab walks through each card's buttons; ArrowDown/ArrowUp (and Home/End) move
 * between cards, so a keyboard user can skip a long card without tabbing through all of it.
 */
export function CardList({ cards, lang, t, focus, onJump, onOpenRelated, onOpenPage, showSearch = true }: Props) {
  const root = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!focus || !root.current) return;
    const target = Array.from(root.current.querySelectorAll<HTMLElement>(CARD_SELECTOR)).find(
      (el) => (el.dataset.entityId ?? el.dataset.eventId) === focus.id,
    );
    if (!target) return;
    target.scrollIntoView?.({ block: 'start' });
    target.focus();
  }, [focus]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key) || !root.current) return;
    const all = Array.from(root.current.querySelectorAll<HTMLElement>(CARD_SELECTOR));
    const current = (e.target as HTMLElement | null)?.closest?.(CARD_SELECTOR);
    const at = current ? all.indexOf(current as HTMLElement) : -1;
    if (at < 0) return;
    const next =
      e.key === 'Home' ? 0 : e.key === 'End' ? all.length - 1 : e.key === 'ArrowDown' ? Math.min(at + 1, all.length - 1) : Math.max(at - 1, 0);
    const el = all[next];
    if (!el) return;
    e.preventDefault();
    el.scrollIntoView?.({ block: 'nearest' });
    el.focus();
  };

  return (
    <ul class="cards" ref={root} aria-label={t('cardsList')} onKeyDown={onKeyDown}>
      {cards.map(({ card, mentions, onPage, why }) => (
        <li key={`${card.kind}:${card.id}`}>
          <Card
            card={card}
            lang={lang}
            t={t}
            mentions={mentions}
            onPage={onPage}
            why={why}
            onJump={onJump}
            onOpenRelated={onOpenRelated}
            onOpenPage={onOpenPage}
            showSearch={showSearch}
          />
        </li>
      ))}
    </ul>
  );
}
