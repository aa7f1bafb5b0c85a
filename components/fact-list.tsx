import { formatDate, type Lang, type Translator } from '../lib/i18n';
import type { CardFact } from '../lib/messaging/protocol';

interface Props {
  facts: CardFact[];
  lang: Lang;
  t: Translator;
  headingId: string;
}

/**
 * Each fact with the exact quote that backs it and where the quote was published. The quote is shown
 * in the source's own words (Arabic), whatever the card language, because that is the evidence.
 */
export function FactList({ facts, lang, t, headingId }: Props) {
  if (facts.length === 0) return null;
  return (
    <section class="card-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('factsHeading')}</h3>
      <ul class="facts">
        {facts.map((fact) => (
          <li key={fact.id} class="fact" data-fact-id={fact.id}>
            <p class="fact-text">{fact.text[lang]}</p>
            <figure class="quote">
              {fact.quote !== undefined && (
                <blockquote lang="ar" dir="rtl" cite={fact.source.url}>
                  {fact.quote}
                </blockquote>
              )}
              <figcaption>
                {t('factSource', {
                  title: '\u2068' + fact.source.title[lang] + '\u2069',
                  publisher: '\u2068' + fact.source.publisher + '\u2069',
                  date: formatDate(lang, fact.source.published),
                })}
                {fact.source.attribution !== undefined && <span class="attribution"> {'\u2068' + fact.source.attribution + '\u2069'}</span>}
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
