import { describe, expect, it } from 'vitest';
import { canonicalUrl, mayClaimCanonical, siteOf } from '../../../lib/url/canonical-url';

describe('canonicalUrl', () => {
  it('drops tracking parameters and the fragment, keeps the rest as written', () => {
    expect(canonicalUrl('https://a.example/news/1?utm_source=tw&utm_medium=social&fbclid=XYZ&gclid=1&id=7#comments')).toBe('https://a.example/news/1?id=7');
    expect(canonicalUrl('https://a.example/news/1?q=%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF+x')).toBe('https://a.example/news/1?q=%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF+x');
  });
  it('unites AMP copies with the article', () => {
    const plain = 'https://a.example/news/2021/11/07/drone';
    expect(canonicalUrl(`${plain}/amp`)).toBe(plain);
    expect(canonicalUrl(`${plain}/amp/`)).toBe(plain);
    expect(canonicalUrl('https://a.example/amp/news/2021/11/07/drone')).toBe(plain);
    expect(canonicalUrl(`${plain}?amp=1`)).toBe(plain);
    expect(canonicalUrl(`${plain}?outputType=amp`)).toBe(plain);
  });
  it('does not touch words that merely contain "amp" or a parameter that is not about AMP', () => {
    expect(canonicalUrl('https://a.example/news/camp-ashraf')).toBe('https://a.example/news/camp-ashraf');
    expect(canonicalUrl('https://a.example/list?output=json')).toBe('https://a.example/list?output=json');
  });
  it('leaves other schemes alone except for the fragment', () => {
    expect(canonicalUrl('file:///home/u/article.html#x')).toBe('file:///home/u/article.html');
  });
});

describe('siteOf and mayClaimCanonical', () => {
  it('groups hosts by site', () => {
    expect(siteOf('www.aljazeera.net')).toBe('aljazeera.net');
    expect(siteOf('amp.aljazeera.net')).toBe('aljazeera.net');
    expect(siteOf('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
  });
  it('a page may name an address on its own site, or an AMP cache copy its origin', () => {
    expect(mayClaimCanonical('https://amp.rafidain.example/x/amp', 'https://www.rafidain.example/x')).toBe(true);
    expect(mayClaimCanonical('https://www-rafidain-example.cdn.ampproject.org/c/s/www.rafidain.example/x', 'https://www.rafidain.example/x')).toBe(true);
  });
  it('a page elsewhere may not file itself under another outlet’s article', () => {
    expect(mayClaimCanonical('https://evil.example/fake', 'https://www.rafidain.example/x')).toBe(false);
    expect(mayClaimCanonical('https://www-evil-example.cdn.ampproject.org/c/s/evil.example/x', 'https://www.rafidain.example/x')).toBe(false);
    expect(mayClaimCanonical('https://a.example/x', 'javascript:alert(1)')).toBe(false);
    expect(mayClaimCanonical('file:///tmp/a.html', 'https://a.example/x')).toBe(false);
  });
});
