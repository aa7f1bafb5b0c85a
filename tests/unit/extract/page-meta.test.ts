import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPageMeta, normalizeIsoDate } from '../../../lib/extract/page-meta';

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;
const page = (head: string, body = '<p>نص الخبر</p>', lang = 'ar') =>
  parse(`<!doctype html><html lang="${lang}" dir="rtl"><head><meta charset="utf-8"><title>خبر</title>${head}</head><body>${body}</body></html>`);
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('extractPageMeta: JSON-LD', () => {
  it('reads a NewsArticle: dates, publisher, author, language, canonical', () => {
    const doc = page(
      ld({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'نجاة رئيس الوزراء من هجوم بطائرة مسيّرة',
        datePublished: '2021-11-07T03:15:00+03:00',
        dateModified: '2021-11-07T09:40:00+03:00',
        inLanguage: 'ar',
        author: { '@type': 'Person', name: 'سلمى الراوي' },
        publisher: { '@type': 'NewsMediaOrganization', name: 'صحيفة الرافدين' },
        mainEntityOfPage: { '@id': 'https://rafidain.example/news/2021/11/07/drone' },
      }),
    );
    expect(extractPageMeta(doc)).toEqual({
      published: '2021-11-07T03:15:00+03:00',
      modified: '2021-11-07T09:40:00+03:00',
      outlet: 'صحيفة الرافدين',
      author: 'سلمى الراوي',
      lang: 'ar',
      canonical: 'https://rafidain.example/news/2021/11/07/drone',
    });
  });

  it('finds the article inside @graph, follows @id references, and joins several authors', () => {
    const doc = page(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', '@id': 'https://x.example/p#page', datePublished: '2020-01-01' },
          { '@type': 'Organization', '@id': 'https://x.example/#org', name: 'شبكة دجلة' },
          {
            '@type': ['NewsArticle'],
            datePublished: '2021-11-08',
            publisher: { '@id': 'https://x.example/#org' },
            author: [{ name: 'علي حسن' }, { name: 'منى كريم' }, 'https://x.example/authors/3'],
          },
        ],
      }),
    );
    expect(extractPageMeta(doc)).toMatchObject({ published: '2021-11-08', outlet: 'شبكة دجلة', author: 'علي حسن، منى كريم' });
  });

  it('reads a top-level array and ignores broken JSON-LD', () => {
    const doc = page(`<script type="application/ld+json">{ broken</script>${ld([{ '@type': 'BreadcrumbList' }, { '@type': 'Article', datePublished: '2022-03-01' }])}`);
    expect(extractPageMeta(doc).published).toBe('2022-03-01');
  });

  it('prefers NewsArticle over WebPage whatever their order', () => {
    const doc = page(ld([{ '@type': 'WebPage', datePublished: '2019-05-05' }, { '@type': 'NewsArticle', datePublished: '2021-11-07' }]));
    expect(extractPageMeta(doc).published).toBe('2021-11-07');
  });
});

describe('extractPageMeta: meta tags, microdata, <time>', () => {
  it('reads Open Graph and article:published_time', () => {
    const doc = page(
      `<meta property="og:site_name" content="وكالة الفرات"><meta property="article:published_time" content="2021-11-06T22:05:00Z">
       <meta property="article:modified_time" content="2021-11-07T01:00:00Z"><meta property="og:url" content="https://furat.example/a/1">
       <meta name="author" content="حسين الجبوري">`,
    );
    expect(extractPageMeta(doc)).toEqual({
      published: '2021-11-06T22:05:00Z',
      modified: '2021-11-07T01:00:00Z',
      outlet: 'وكالة الفرات',
      author: 'حسين الجبوري',
      lang: 'ar',
      canonical: 'https://furat.example/a/1',
    });
  });

  it('JSON-LD wins over Open Graph when both give a date', () => {
    const doc = page(`<meta property="article:published_time" content="2021-11-01">${ld({ '@type': 'NewsArticle', datePublished: '2021-11-07' })}`);
    expect(extractPageMeta(doc).published).toBe('2021-11-07');
  });

  it('reads microdata: datePublished, author and publisher names', () => {
    const doc = page(
      '',
      `<article itemscope itemtype="https://schema.org/NewsArticle">
         <meta itemprop="datePublished" content="2021-11-09">
         <span itemprop="author" itemscope><span itemprop="name">زينب عادل</span></span>
         <div itemprop="publisher" itemscope><meta itemprop="name" content="موقع البصرة اليوم"></div>
         <p>قال رئيس الوزراء إن الحكومة ماضية في عملها.</p></article>`,
    );
    expect(extractPageMeta(doc)).toMatchObject({ published: '2021-11-09', author: 'زينب عادل', outlet: 'موقع البصرة اليوم' });
  });

  it('falls back to the article’s <time datetime>, preferring one marked pubdate', () => {
    expect(extractPageMeta(page('', '<header><time datetime="2020-02-02">قديم</time></header><article><time datetime="2021-11-07">٧ نوفمبر ٢٠٢١</time></article>')).published).toBe('2021-11-07');
    expect(extractPageMeta(page('', '<time datetime="2021-01-01">١</time><time pubdate datetime="2021-11-10">١٠</time>')).published).toBe('2021-11-10');
  });

  it('knows nothing when the page says nothing (the visit date is the caller’s fallback)', () => {
    expect(extractPageMeta(page('', '<p>نص بلا تاريخ</p>', ''))).toEqual({});
  });

  it('an author given as a profile URL is not a name', () => {
    expect(extractPageMeta(page('<meta property="article:author" content="https://www.facebook.com/someone">')).author).toBeUndefined();
  });

  it('language: html lang first, else og:locale (ar_AR → ar)', () => {
    expect(extractPageMeta(page('<meta property="og:locale" content="ar_AR">', '<p>x</p>', '')).lang).toBe('ar');
    expect(extractPageMeta(page('', '<p>x</p>', 'ar-IQ')).lang).toBe('ar');
  });

  it('canonical: a relative link resolves against the page URL; without one only absolute URLs count; javascript: never', () => {
    const doc = page('<link rel="canonical" href="/news/drone-attack">');
    expect(extractPageMeta(doc, { url: 'https://amp.rafidain.example/news/drone-attack/amp' }).canonical).toBe('https://amp.rafidain.example/news/drone-attack');
    expect(extractPageMeta(doc).canonical).toBeUndefined();
    expect(extractPageMeta(page('<link rel="canonical" href="javascript:alert(1)">'), { url: 'https://a.example/' }).canonical).toBeUndefined();
  });

  it('cuts long names to 200 characters', () => {
    const outlet = extractPageMeta(page(`<meta property="og:site_name" content="${'صحيفة '.repeat(100)}">`)).outlet!;
    expect(outlet.length).toBe(200);
    expect(outlet.endsWith('…')).toBe(true);
  });
});

describe('normalizeIsoDate', () => {
  it('keeps dates and date-times, normalizing seconds and the zone', () => {
    expect(normalizeIsoDate('2021-11-07')).toBe('2021-11-07');
    expect(normalizeIsoDate('2021-11-07T03:15+0300')).toBe('2021-11-07T03:15:00+03:00');
    expect(normalizeIsoDate('2021-11-07 03:15:20.123Z')).toBe('2021-11-07T03:15:20Z');
  });
  it('drops what is not a real ISO date', () => {
    for (const bad of ['2021-02-30', '2021-13-01', '07/11/2021', '٧ نوفمبر ٢٠٢١', '2021-11-07T25:00', '0201-01-01', '', 'yesterday']) {
      expect(normalizeIsoDate(bad), bad).toBeUndefined();
    }
  });
});
