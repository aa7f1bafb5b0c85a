/**
 * Where a reader can look for more on a name: a news search and Arabic fact-checkers. Built here as
 * plain URLs; the card shows them as ordinary links that open in a new tab only when clicked. Nothing
 * is ever requested in the background.
 */
export interface SearchLink {
  id: 'news' | 'misbar' | 'fatabyyano' | 'afp';
  /** The service's own name, shown as is in both languages. */
  label: { ar: string; en: string };
  url: string;
}

function build(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  url.search = new URLSearchParams(params).toString();
  return url.href;
}

/** Links for `name` (the card's name in the language it is best searched in: Arabic). */
export function searchLinks(name: string): SearchLink[] {
  const q = name.trim();
  if (!q) return [];
  return [
    { id: 'news', label: { ar: 'أخبار Google', en: 'Google News' }, url: build('https://news.google.com/search', { q, hl: 'ar', gl: 'IQ', ceid: 'IQ:ar' }) },
    { id: 'misbar', label: { ar: 'مسبار', en: 'Misbar' }, url: build('https://misbar.com/search', { q }) },
    { id: 'fatabyyano', label: { ar: 'فتبينوا', en: 'Fatabyyano' }, url: build('https://fatabyyano.net/', { s: q }) },
    { id: 'afp', label: { ar: 'تقصّي صحة الأخبار (فرانس برس)', en: 'AFP Fact Check (Arabic)' }, url: build('https://factcheckarabic.afp.com/list', { search: q }) },
  ];
}
