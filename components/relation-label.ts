import type { MessageKey } from '../lib/i18n';
import type { CardRelation } from '../lib/messaging/protocol';

const LABELS: Record<string, readonly [out: MessageKey, inverse: MessageKey]> = {
  'official-of': ['relationOfficialOf', 'relationOfficialOfInverse'],
  'backed-by': ['relationBackedBy', 'relationBackedByInverse'],
  'target-of': ['relationTargetOf', 'relationTargetOfInverse'],
  'took-place-in': ['relationTookPlaceIn', 'relationTookPlaceInInverse'],
  preceded: ['relationPreceded', 'relationPrecededInverse'],
  'reported-on': ['relationReportedOn', 'relationReportedOnInverse'],
  'located-in': ['relationLocatedIn', 'relationLocatedInInverse'],
  'capital-of': ['relationCapitalOf', 'relationCapitalOfInverse'],
  'leader-of': ['relationLeaderOf', 'relationLeaderOfInverse'],
  'member-of': ['relationMemberOf', 'relationMemberOfInverse'],
  'part-of': ['relationPartOf', 'relationPartOfInverse'],
  'successor-of': ['relationSuccessorOf', 'relationSuccessorOfInverse'],
  'opponent-in': ['relationOpponentIn', 'relationOpponentInInverse'],
  'participant-in': ['relationParticipantIn', 'relationParticipantInInverse'],
};

/**
 * The verb phrase for a relation read from the card's side ("official of" on al-Askari's card,
 * "has official" on Kata'ib Hezbollah's). Undefined for a type this version does not know, so the
 * caller can fall back to a neutral label instead of showing the raw id.
 */
export function relationLabel(relation: Pick<CardRelation, 'type' | 'direction'>): MessageKey | undefined {
  const pair = LABELS[relation.type];
  return pair?.[relation.direction === 'out' ? 0 : 1];
}
