import { useRef, useState } from 'preact/hooks';
import { timelinePoints, type TimelineKind, type TimelinePoint } from '../lib/cards/timeline-points';
import type { ShownCardData } from '../lib/messaging/protocol';
import { dateForms } from '../lib/i18n/date-forms';
import { formatDate, type Lang, type MessageKey, type Translator } from '../lib/i18n';
import { safePageUrl } from './safe-page-url';

interface Props {
  /** Without its coverage yet: the axis shows the record's own dates and is marked busy. */
  card: ShownCardData;
  lang: Lang;
  t: Translator;
  headingId: string;
  onOpenPage: (url: string) => void;
}

const KIND: Record<TimelineKind, MessageKey> = {
  event: 'timelineEvent',
  date: 'timelineDate',
  fact: 'timelineFact',
  coverage: 'timelineCoverage',
  page: 'timelinePage',
};

const WIDTH = 360;
const HEIGHT = 46;
const PAD = 12;
const AXIS_Y = 18;

/**
 * The card's dated facts and dated coverage on one time axis, as a small SVG. Time runs in the reading
 * direction (right to left in Arabic). One point is in the tab order at a time; the arrow keys move to
 * the next point on screen, Home/End to the ends; each point's accessible name says what and when,
 * and the line under the axis shows it with its date in both languages and both digit sets. Enter on
 * a coverage point opens that page. Colours come from the theme's variables (light and dark).
 */
export function Timeline({ card, lang, t, headingId, onOpenPage }: Props) {
  const points = timelinePoints(card);
  const [active, setActive] = useState(0);
  const refs = useRef<(SVGGElement | null)[]>([]);
  if (points.length < 2) return null;

  const first = points[0]!.day;
  const last = points.at(-1)!.day;
  const rtl = lang === 'ar';
  const xOf = (p: TimelinePoint) => {
    const f = last === first ? 0.5 : (p.day - first) / (last - first);
    return PAD + (rtl ? 1 - f : f) * (WIDTH - 2 * PAD);
  };
  const current = Math.min(active, points.length - 1);
  const shown = points[current]!;
  const forms = dateForms(lang, shown.date);
  const name = (p: TimelinePoint) => t('timelinePoint', { kind: t(KIND[p.kind]), date: formatDate(lang, p.date), label: p.label[lang] });

  const move = (to: number) => {
    const next = Math.max(0, Math.min(points.length - 1, to));
    setActive(next);
    refs.current[next]?.focus?.();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // ArrowUp/ArrowDown stay with the card list (they move between cards).
    const later = rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (e.key === later) move(current + 1);
    else if (e.key === earlier) move(current - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(points.length - 1);
    else if ((e.key === 'Enter' || e.key === ' ') && shown.url) {
      const url = safePageUrl(shown.url);
      if (url) onOpenPage(url);
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const detailId = `${headingId}-detail`;
  return (
    // Keys are handled on the section (an HTML element): focus sits on the SVG points inside it.
    <section class="card-section timeline" aria-labelledby={headingId} aria-busy={card.coverage === undefined} onKeyDown={onKeyDown}>
      <h3 id={headingId}>{t('timelineHeading')}</h3>
      <svg
        class="timeline-svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={t('timelineLabel', { name: card.name[lang], n: points.length })}
        aria-describedby={`${headingId}-hint`}
      >
        <line class="timeline-axis" x1={PAD} y1={AXIS_Y} x2={WIDTH - PAD} y2={AXIS_Y} />
        {points.map((p, i) => (
          <g
            key={`${p.kind}:${p.date}:${i}`}
            ref={(el) => void (refs.current[i] = el)}
            class={`timeline-point timeline-${p.kind}${i === current ? ' is-active' : ''}`}
            data-date={p.date}
            data-kind={p.kind}
            role="button"
            // Lower case: on SVG elements Preact sets attributes, and SVG attribute names are case-sensitive.
            tabindex={i === current ? 0 : -1}
            aria-label={name(p)}
            aria-describedby={detailId}
            transform={`translate(${xOf(p).toFixed(1)} ${AXIS_Y})`}
            onClick={() => move(i)}
            onFocus={() => setActive(i)}
          >
            <title>{name(p)}</title>
            {p.kind === 'coverage' ? (
              <rect x={-4.5} y={-4.5} width={9} height={9} transform="rotate(45)" />
            ) : p.kind === 'page' ? (
              <circle r={6} class="ring" />
            ) : (
              <circle r={5} />
            )}
          </g>
        ))}
        <text class="timeline-year" x={xOf(points[0]!)} y={HEIGHT - 4} text-anchor="middle">
          {formatDate(lang, points[0]!.date.slice(0, 4))}
        </text>
        {last !== first && (
          <text class="timeline-year" x={xOf(points.at(-1)!)} y={HEIGHT - 4} text-anchor="middle">
            {formatDate(lang, points.at(-1)!.date.slice(0, 4))}
          </text>
        )}
      </svg>
      <p id={detailId} class="timeline-detail" aria-live="polite">
        <strong>{forms.primary}</strong> <span class="muted">({forms.others.join(' · ')})</span> — {t(KIND[shown.kind])}: <bdi>{shown.label[lang]}</bdi>
      </p>
      <p id={`${headingId}-hint`} class="muted hint">
        {t('timelineHint')}
      </p>
    </section>
  );
}
