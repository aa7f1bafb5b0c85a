import { searchLinks } from '../lib/cards/search-links';
import type { Lang, Translator } from '../lib/i18n';

interface Props {
  /** The name searched for (Arabic: what these services index best). */
  name: string;
  lang: Lang;
  t: Translator;
  headingId: string;
}

/**
 * News search and Arabic fact-checkers for the card's name: plain links, opened in a new tab by the
 * browser only when the reader clicks one. Nothing is fetched beforehand (no prefetch, no preview).
 */
export function SearchLinks({ name, lang, t, headingId }: Props) {
  const links = searchLinks(name);
  if (links.length === 0) return null;
  return (
    <section class="card-section search-links" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('searchHeading')}</h3>
      <ul>
        {links.map((l) => (
          <li key={l.id}>
            <a href={l.url} target="_blank" rel="noopener noreferrer" data-search={l.id}>
              {l.label[lang]}
            </a>
          </li>
        ))}
      </ul>
      <p class="muted hint">{t('searchHint')}</p>
    </section>
  );
}
