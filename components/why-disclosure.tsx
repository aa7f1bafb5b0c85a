import type { MessageKey, Translator } from '../lib/i18n';
import type { WhyReason } from '../lib/messaging/protocol';

const RULE_LABEL: Record<WhyReason['rule'], MessageKey> = {
  name: 'whyName',
  near: 'whyNear',
  sentence: 'whySentence',
  page: 'whyPage',
  entity: 'whyEntity',
  'prev-definite': 'whyPrevDefinite',
  era: 'whyEra',
  coherence: 'whyCoherence',
  before: 'whyBefore',
  credit: 'whyCredit',
  role: 'whyRole',
  event: 'whyEvent',
  cue: 'whyCue',
  date: 'whyDate',
  signature: 'whySignature',
};

interface Props {
  why: WhyReason[];
  t: Translator;
}

/**
 * "Why this card?": the rules that accepted the page's mention, closed until the reader opens it (a native
 * <details>, so keyboard and screen readers get a disclosure for free). The detail is the phrase or name
 * the rule found, quoted from the reference set or the page and rendered as text.
 */
export function WhyDisclosure({ why, t }: Props) {
  return (
    <details class="card-why">
      <summary>{t('whyHeading')}</summary>
      <ul>
        {why.map((w) => (
          <li key={`${w.rule}:${w.detail ?? ''}`} data-why-rule={w.rule}>
            {t(RULE_LABEL[w.rule])}
            {w.detail !== undefined && <q dir="auto">{w.detail}</q>}
          </li>
        ))}
      </ul>
    </details>
  );
}
