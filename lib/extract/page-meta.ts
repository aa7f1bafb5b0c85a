/**
 * What a news page says about itself: when it was published and last changed, by which outlet and
 * author, in which language, and its canonical address. Read from the page's own metadata, strongest
 * first: JSON-LD (NewsArticle and kin, inside `@graph` and arrays too), Open Graph / `article:*` meta
 * tags, schema.org microdata, other common meta tags, and finally a `<time datetime>` in the article.
 *
 * Pure: a Document in, plain data out (runs in the content script and under linkedom for `npm run scan`).
 * Every value is checked and cut to size here, and checked again by the background, which trusts nothing
 * a page sends.
 */

export interface PageMeta {
  /** ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]` when the page gives the time. */
  published?: string;
  modified?: string;
  /** The outlet's own name for itself (JSON-LD publisher, og:site_name…). */
  outlet?: string;
  author?: string;
  /** BCP 47 primary tag, lower case: `ar`, `en`. */
  lang?: string;
  /** Absolute http(s) URL as the page states it (the background decides whether to believe it). */
  canonical?: string;
}

export const MAX_META_TEXT = 200;
export const MAX_META_URL = 2_048;

/** JSON-LD types that describe the article itself, best first; WebPage only when nothing better is there. */
const ARTICLE_TYPES = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'LiveBlogPosting',
  'Article',
  'BlogPosting',
  'Report',
  'WebPage',
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

const isNode = (v: Json | undefined): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: Json | undefined): Json[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Every object in a JSON-LD document: top-level arrays, `@graph`, and objects nested in them. */
function jsonLdNodes(doc: Document): Node[] {
  const nodes: Node[] = [];
  const visit = (v: Json, depth: number) => {
    if (depth > 6) return;
    for (const item of asArray(v)) {
      if (!isNode(item)) continue;
      nodes.push(item);
      if (item['@graph'] !== undefined) visit(item['@graph'], depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json, 0);
    } catch {
      // A page's broken JSON-LD is its own problem: the other sources still count.
    }
  }
  return nodes;
}

const typesOf = (node: Node): string[] =>
  asArray(node['@type']).flatMap((t) => (typeof t === 'string' ? [t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, '')] : []));

function articleNode(nodes: Node[]): Node | undefined {
  let best: Node | undefined;
  let rank = Infinity;
  for (const node of nodes) {
    for (const t of typesOf(node)) {
      const r = ARTICLE_TYPES.indexOf(t);
      if (r >= 0 && r < rank) {
        best = node;
        rank = r;
      }
    }
  }
  return best;
}

/** A name from a string, a `{name}` object, an `@id` reference into the graph, or a list of them. */
function nameOf(v: Json | undefined, byId: Map<string, Node>): string | undefined {
  const names = asArray(v).flatMap((item) => {
    if (typeof item === 'string') return isUrlLike(item) ? [] : [item];
    if (!isNode(item)) return [];
    const ref = typeof item['@id'] === 'string' ? byId.get(item['@id']) : undefined;
    const name = item.name ?? ref?.name;
    return typeof name === 'string' ? [name] : [];
  });
  return text([...new Set(names.map((n) => n.trim()).filter(Boolean))].join('، '));
}

const isUrlLike = (s: string) => /^(?:https?:)?\/\//i.test(s.trim());

function text(v: string | null | undefined): string | undefined {
  const t = v?.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  return t.length > MAX_META_TEXT ? t.slice(0, MAX_META_TEXT - 1) + '…' : t;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * A date or date-time as news pages write it in metadata, normalized to ISO 8601; anything else
 * (a date in words, an impossible day, a year out of range) is dropped rather than guessed at.
 */
export function normalizeIsoDate(raw: string | null | undefined): string | undefined {
  const m = ISO.exec(raw?.trim() ?? '');
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = Number(y);
  if (year < 1800 || year > 2200) return undefined;
  const probe = new Date(Date.UTC(year, Number(mo) - 1, Number(d)));
  if (probe.getUTCMonth() !== Number(mo) - 1 || probe.getUTCDate() !== Number(d)) return undefined;
  const date = `${y}-${mo}-${d}`;
  if (h === undefined) return date;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return undefined;
  let tz = '';
  if (zone) {
    if (zone.toUpperCase() === 'Z') tz = 'Z';
    else {
      const z = zone.replace(':', '');
      if (Number(z.slice(1, 3)) > 14 || Number(z.slice(3)) > 59) return undefined;
      tz = `${z.slice(0, 3)}:${z.slice(3)}`;
    }
  }
  return `${date}T${h}:${mi}:${s ?? '00'}${tz}`;
}

function meta(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = doc.querySelector(`meta[${attr}="${key}" i]`);
      const content = el?.getAttribute('content');
      if (content?.trim()) return content;
    }
  }
  return undefined;
}

/** schema.org microdata: `itemprop` on a meta/time/link element (its attribute) or on an element (its text). */
function microdata(doc: Document, prop: string): string | undefined {
  for (const el of Array.from(doc.querySelectorAll(`[itemprop~="${prop}"]`))) {
    const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('href') ?? microdataText(el);
    if (value?.trim()) return value;
  }
  return undefined;
}

/** An item's name (`itemprop="name"` inside it) or its own text. */
function microdataText(el: Element): string | null {
  const name = el.querySelector('[itemprop~="name"]');
  return (name?.getAttribute('content') ?? name?.textContent ?? el.textContent) || null;
}

const firstDate = (...candidates: (string | null | undefined)[]) => {
  for (const c of candidates) {
    const d = normalizeIsoDate(c);
    if (d) return d;
  }
  return undefined;
};

/** `ar`, `ar-IQ`, `ar_AR` → `ar`; anything that is not a language tag → undefined. */
function primaryLang(raw: string | null | undefined): string | undefined {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(raw ?? '');
  return m ? m[1]!.toLowerCase() : undefined;
}

function absoluteUrl(raw: string | null | undefined, base: string | undefined): string | undefined {
  if (!raw?.trim()) return undefined;
  try {
    const u = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return u.href.length > MAX_META_URL ? undefined : u.href;
  } catch {
    return undefined;
  }
}

/** The `<time datetime>` of the article: one marked `pubdate`, else the first inside the article, else the first anywhere. */
function timeElement(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('time[pubdate][datetime]'),
    doc.querySelector('article time[datetime]'),
    doc.querySelector('main time[datetime]'),
    doc.querySelector('time[datetime]'),
  ];
  return firstDate(...candidates.map((el) => el?.getAttribute('datetime')));
}

/**
 * The page's metadata. `url` (the page's own address) resolves a relative canonical link; without it
 * only absolute ones count.
 */
export function extractPageMeta(doc: Document, { url }: { url?: string } = {}): PageMeta {
  const nodes = jsonLdNodes(doc);
  const byId = new Map(nodes.flatMap((n) => (typeof n['@id'] === 'string' ? [[n['@id'], n] as const] : [])));
  const article = articleNode(nodes);
  const ld = (key: string): string | undefined => {
    const v = article?.[key];
    return typeof v === 'string' ? v : undefined;
  };

  const published = firstDate(
    ld('datePublished'),
    meta(doc, 'article:published_time', 'og:published_time'),
    microdata(doc, 'datePublished'),
    meta(doc, 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date'),
    ld('dateCreated'),
    timeElement(doc),
  );
  const modified = firstDate(ld('dateModified'), meta(doc, 'article:modified_time', 'og:updated_time'), microdata(doc, 'dateModified'), meta(doc, 'dcterms.modified', 'last-modified'));

  const outlet =
    nameOf(article?.publisher, byId) ??
    text(meta(doc, 'og:site_name', 'application-name', 'publisher', 'dc.publisher')) ??
    text(microdataOf(doc, 'publisher')) ??
    nameOf(nodes.find((n) => typesOf(n).some((t) => t === 'NewsMediaOrganization' || t === 'Organization')), byId);

  const author =
    nameOf(article?.author, byId) ??
    text(notUrl(meta(doc, 'author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author'))) ??
    text(microdataOf(doc, 'author'));

  const lang =
    primaryLang(doc.documentElement?.getAttribute('lang')) ??
    primaryLang(ld('inLanguage')) ??
    primaryLang(meta(doc, 'og:locale', 'dc.language', 'language')) ??
    primaryLang(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'));

  const canonical =
    absoluteUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), url) ??
    absoluteUrl(meta(doc, 'og:url'), url) ??
    absoluteUrl(ld('url') ?? mainEntityUrl(article), url);

  const out: PageMeta = {};
  if (published) out.published = published;
  if (modified) out.modified = modified;
  if (outlet) out.outlet = outlet;
  if (author) out.author = author;
  if (lang) out.lang = lang;
  if (canonical) out.canonical = canonical;
  return out;
}

function mainEntityUrl(article: Node | undefined): string | undefined {
  const v = article?.mainEntityOfPage;
  if (typeof v === 'string') return v;
  if (isNode(v) && typeof v['@id'] === 'string') return v['@id'];
  return undefined;
}

function notUrl(v: string | undefined): string | undefined {
  return v && !isUrlLike(v) ? v : undefined;
}

/** A microdata item's name: `itemprop="author"` with `itemprop="name"` inside, or its own text. */
function microdataOf(doc: Document, prop: string): string | undefined {
  const el = doc.querySelector(`[itemprop~="${prop}"]`);
  if (!el) return undefined;
  const value = el.getAttribute('content') ?? microdataText(el);
  return value && !isUrlLike(value) ? value : undefined;
}
