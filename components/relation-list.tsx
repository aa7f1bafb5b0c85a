import type { Lang, Translator } from '../lib/i18n';
import type { CardRelation } from '../lib/messaging/protocol';
import { relationLabel } from './relation-label';

interface Props {
  relations: CardRelation[];
  lang: Lang;
  t: Translator;
  headingId: string;
  onOpen: (id: string, kind: 'entity' | 'event') => void;
}

/** Related entities and events; activating one moves to its card (fetched if it is not on this page). */
export function RelationList({ relations, lang, t, headingId, onOpen }: Props) {
  if (relations.length === 0) return null;
  return (
    <section class="card-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('relationsHeading')}</h3>
      <ul class="relations">
        {relations.map((r) => {
          const key = relationLabel(r);
          return (
            <li key={`${r.direction}:${r.type}:${r.other.id}`}>
              <span class="relation-type">{key ? t(key) : r.type}</span>{' '}
              <button
                type="button"
                class="link-button"
                data-related-id={r.other.id}
                onClick={() => onOpen(r.other.id, r.other.kind)}
              >
                {r.other.name[lang]}
              </button>
              {!r.other.onPage && <span class="tag">{t('notOnPage')}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
