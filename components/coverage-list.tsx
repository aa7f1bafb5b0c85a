import { formatDate, type Lang, type Translator } from '../lib/i18n';
import type { Coverage } from '../lib/messaging/protocol';
import { safePageUrl } from './safe-page-url';

interface Props {
  coverage: Coverage[];
  lang: Lang;
  t: Translator;
  headingId: string;
  onOpenPage: (url: string) => void;
}

/** Other pages the reader visited that mention the same name: title as text, link only for http(s). */
export function CoverageList({ coverage, lang, t, headingId, onOpenPage }: Props) {
  return (
    <section class="card-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('coverageHeading')}</h3>
      {coverage.length === 0 ? (
        <p class="muted">{t('coverageEmpty')}</p>
      ) : (
        <ul class="coverage">
          {coverage.map((c) => {
            const url = safePageUrl(c.url);
            const title = c.title.trim() || c.url;
            const day = formatDate(lang, new Date(c.at).toISOString().slice(0, 10));
            return (
              <li key={c.url}>
                {url ? (
                  <a
                    href={url}
                    target="_blank"
                    rel="noreferrer"
                    onClick={(e) => {
                      e.preventDefault();
                      onOpenPage(url);
                    }}
                  >
                    {title}
                  </a>
                ) : (
                  <span>{title}</span>
                )}{' '}
                <span class="muted">({day})</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
