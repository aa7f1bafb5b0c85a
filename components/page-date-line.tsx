import { formatDate, type Lang, type Translator } from '../lib/i18n';
import type { PageDate } from '../lib/messaging/protocol';

/** Which date the page was matched against (titles such as "رئيس الوزراء" mean the holder on that day), and why. */
export function PageDateLine({ pageDate, lang, t }: { pageDate: PageDate; lang: Lang; t: Translator }) {
  return (
    <p class="muted page-date" data-page-date={pageDate.date} data-page-date-from={pageDate.from}>
      {t('pageDate', { date: formatDate(lang, pageDate.date) })} — {t(pageDate.from === 'page' ? 'pageDateFromPage' : 'pageDateFromVisit')}
    </p>
  );
}
