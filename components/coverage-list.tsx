import { groupCoverage } from '../lib/cards/group-coverage';
import { formatDate, type Lang, type Translator } from '../lib/i18n';
import type { CoSeen, Coverage } from '../lib/messaging/protocol';
import { safePageUrl } from './safe-page-url';

interface Props {
  /** Absent while the background is still reading it (the card is painted before its coverage). */
  coverage: Coverage[] | undefined;
  /** More visited pages mention it than are listed (the newest are). */
  more: boolean;
  coSeen: CoSeen[];
  lang: Lang;
  t: Translator;
  headingId: string;
  onOpenPage: (url: string) => void;
  onOpenRelated: (id: string, kind: 'entity' | 'event') => void;
}

/**
 * Related coverage grouped by outlet (outlets by their newest item, a count for each), newest first by
 * publication date; the reference set's source documents among them. Titles are text; only http(s)
 * addresses become links. Each item carries the contract's hooks (docs/contracts.md, contract 6).
 */
export function CoverageList({ coverage, more, coSeen, lang, t, headingId, onOpenPage, onOpenRelated }: Props) {
  if (coverage === undefined)
    // Busy, so a screen reader waits for the list instead of reading the placeholder as the answer.
    return (
      <section class="card-section coverage-loading" aria-labelledby={headingId} aria-busy="true">
        <h3 id={headingId}>{t('coverageHeading')}</h3>
        <p class="muted">{t('coverageLoading')}</p>
      </section>
    );
  const groups = groupCoverage(coverage);
  return (
    <section class="card-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('coverageHeading')}</h3>
      {groups.length === 0 ? (
        <p class="muted">{t('coverageEmpty')}</p>
      ) : (
        <ul class="coverage-outlets">
          {groups.map((g) => (
            <li key={g.outlet} class="coverage-outlet" data-outlet={g.outlet}>
              <p class="coverage-outlet-name">
                <bdi>{g.outlet}</bdi> <span class="tag coverage-count">{t('coveragePages', { n: g.items.length })}</span>
              </p>
              <ul class="coverage">
                {g.items.map((c) => (
                  <CoverageItem key={`${c.kind}:${c.url}:${c.title}`} item={c} lang={lang} t={t} onOpenPage={onOpenPage} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {more && <p class="muted coverage-more">{t('coverageMore')}</p>}
      {coSeen.length > 0 && (
        <div class="co-seen">
          <h4 id={`${headingId}-co-seen`}>{t('coSeenHeading')}</h4>
          <ul aria-labelledby={`${headingId}-co-seen`}>
            {coSeen.map((c) => (
              <li key={c.id}>
                <button type="button" class="link-button" data-co-seen-id={c.id} onClick={() => onOpenRelated(c.id, 'entity')}>
                  {c.name[lang]}
                </button>{' '}
                <span class="muted">({t('coveragePages', { n: c.count })})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function CoverageItem({ item, lang, t, onOpenPage }: { item: Coverage; lang: Lang; t: Translator; onOpenPage: (url: string) => void }) {
  const url = safePageUrl(item.url);
  const title = item.title.trim() || item.url;
  const published = item.published ? item.published.slice(0, 10) : '';
  const when = published
    ? formatDate(lang, published)
    : item.seen !== null
      ? t('coverageSeen', { date: formatDate(lang, new Date(item.seen).toISOString().slice(0, 10)) })
      : t('coverageUndated');
  return (
    <li data-testid="coverage-item" data-url={item.url} data-outlet={item.outlet} data-published={published} data-kind={item.kind}>
      {url ? (
        <a
          href={url}
          target="_blank"
          rel="noopener noreferrer"
          dir="auto"
          onClick={(e) => {
            e.preventDefault();
            onOpenPage(url);
          }}
        >
          {title}
        </a>
      ) : (
        <span dir="auto">{title}</span>
      )}{' '}
      {published ? (
        <time class="muted coverage-date" dateTime={published}>
          ({when})
        </time>
      ) : (
        <span class="muted coverage-date">({when})</span>
      )}
      {item.kind === 'source' && <span class="tag coverage-source">{t('coverageSource')}</span>}
    </li>
  );
}
