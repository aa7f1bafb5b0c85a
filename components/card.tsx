import { formatDate, type Lang, type MessageKey, type Translator } from '../lib/i18n';
import type { ShownCardData, WhyReason } from '../lib/messaging/protocol';
import { CoverageList } from './coverage-list';
import { FactList } from './fact-list';
import { MentionButtons } from './mention-buttons';
import { PageDateLine } from './page-date-line';
import { RelationList } from './relation-list';
import { SearchLinks } from './search-links';
import { Timeline } from './timeline';
import { WhyDisclosure } from './why-disclosure';

const TYPE_LABEL: Record<'person' | 'organization' | 'place' | 'event', MessageKey> = {
  person: 'typePerson',
  organization: 'typeOrganization',
  place: 'typePlace',
  event: 'typeEvent',
};

export interface CardProps {
  /** Its related coverage may still be on its way (absent): that part shows a busy placeholder. */
  card: ShownCardData;
  lang: Lang;
  t: Translator;
  /** How many times the page mentions it; 0 for a card opened from a relation. */
  mentions: number;
  onPage: boolean;
  onJump: (id: string, index: number) => void;
  onOpenRelated: (id: string, kind: 'entity' | 'event') => void;
  onOpenPage: (url: string) => void;
  /** Offer news-search and fact-checker links (a setting). */
  showSearch?: boolean;
  /** Why the page's mention counts, shown on request. */
  why?: WhyReason[] | undefined;
}

/**
 * One background card. Every string in it comes from the reference set or the visited pages and is
 * rendered as text (JSX children and attributes), never as markup.
 */
export function Card({ card, lang, t, mentions, onPage, onJump, onOpenRelated, onOpenPage, showSearch = true, why }: CardProps) {
  const base = `card-${card.kind}-${card.id}`;
  const titleId = `${base}-title`;
  const other: Lang = lang === 'ar' ? 'en' : 'ar';
  const typeKey = TYPE_LABEL[card.kind === 'entity' ? card.type : 'event'];
  const hook = card.kind === 'entity' ? { 'data-entity-id': card.id } : { 'data-event-id': card.id };

  return (
    <article class={`card card-${card.kind === 'entity' ? card.type : 'event'}`} {...hook} aria-labelledby={titleId} tabIndex={-1}>
      <header class="card-header">
        <h2 id={titleId} class="card-title">
          {card.name[lang]}
        </h2>
        <p class="card-alt-name" lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
          {card.name[other]}
        </p>
        <p class="card-meta">
          <span class="tag tag-type">{t(typeKey)}</span>
          {card.kind === 'event' && <span class="card-date">{t('eventDate', { date: formatDate(lang, card.date) })}</span>}
          {!onPage && <span class="tag tag-off-page">{t('notOnPage')}</span>}
        </p>
      </header>
      <p class="card-summary">{card.summary[lang]}</p>
      {onPage && card.pageDate && <PageDateLine pageDate={card.pageDate} lang={lang} t={t} />}
      {onPage && <MentionButtons count={mentions} t={t} onJump={(index) => onJump(card.id, index)} />}
      {onPage && why && why.length > 0 && <WhyDisclosure why={why} t={t} />}

      {card.kind === 'entity' && card.dates.length > 0 && (
        <section class="card-section" aria-labelledby={`${base}-dates`}>
          <h3 id={`${base}-dates`}>{t('datesHeading')}</h3>
          <dl class="dates">
            {card.dates.map((d) => (
              <div key={`${d.date}:${d.label.en}`} class="date-row">
                <dt>{formatDate(lang, d.date)}</dt>
                <dd>{d.label[lang]}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      {card.kind === 'event' && card.participants.length > 0 && (
        <section class="card-section" aria-labelledby={`${base}-participants`}>
          <h3 id={`${base}-participants`}>{t('participantsHeading')}</h3>
          <ul class="participants">
            {card.participants.map((p) => (
              <li key={p.id}>
                <button type="button" class="link-button" data-related-id={p.id} onClick={() => onOpenRelated(p.id, 'entity')}>
                  {p.name[lang]}
                </button>
                {!p.onPage && <span class="tag">{t('notOnPage')}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <FactList facts={card.facts} lang={lang} t={t} headingId={`${base}-facts`} />
      <RelationList relations={card.relations} lang={lang} t={t} headingId={`${base}-relations`} onOpen={onOpenRelated} />
      <Timeline card={card} lang={lang} t={t} headingId={`${base}-timeline`} onOpenPage={onOpenPage} />
      <CoverageList
        coverage={card.coverage}
        more={card.coverageMore ?? false}
        coSeen={card.coSeen ?? []}
        lang={lang}
        t={t}
        headingId={`${base}-coverage`}
        onOpenPage={onOpenPage}
        onOpenRelated={onOpenRelated}
      />
      {showSearch && <SearchLinks name={card.name.ar} lang={lang} t={t} headingId={`${base}-search`} />}
      {card.origin.map((o) => (
        <p key={o.id} class="card-origin" data-pack-id={o.id}>
          {t('cardOrigin', { name: o.name[lang], attribution: o.attribution })}
        </p>
      ))}
    </article>
  );
}
