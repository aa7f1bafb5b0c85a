import type { TabMatches, WhyReason } from '../messaging/protocol';

/** One card slot in the popup: what the tab's matches say about an entity or event. */
export interface CardSlot {
  id: string;
  kind: 'entity' | 'event';
  mentions: number;
  /** Why the matcher accepted it, for a reader who asks. */
  why?: WhyReason[];
}

/**
 * The popup's card order (also used by the background to build the first screen's cards ahead): most-mentioned first. Ties keep the background's order (entities, then
 * events, each by first occurrence on the page), so the first name a reader met comes first.
 */
export function sortCards(matches: Pick<TabMatches, 'entities' | 'events'>): CardSlot[] {
  const slots: CardSlot[] = [
    ...matches.entities.map((e) => ({ id: e.id, kind: 'entity' as const, mentions: e.mentions, ...(e.why ? { why: e.why } : {}) })),
    ...matches.events.map((e) => ({ id: e.id, kind: 'event' as const, mentions: e.mentions, ...(e.why ? { why: e.why } : {}) })),
  ];
  // Array.prototype.sort is stable, which the tie rule relies on.
  return slots.sort((a, b) => b.mentions - a.mentions);
}
