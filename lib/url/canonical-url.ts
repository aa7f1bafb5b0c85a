/**
 * One key per article, whichever copy the reader opened: the fragment, tracking parameters and the
 * AMP markers are dropped, so `…/story?utm_source=x`, `…/story/amp` and `…/story#comments` are one page.
 * Anything that is not an http(s) URL is returned without its fragment only.
 */

/** Query parameters that say where a click came from, never which page it is. */
const TRACKING = /^(?:utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|ocid|cmpid|ncid|ref_src|ref_url|__twitter_impression|s_cid|spm)$/i;
/** Query parameters that ask for the AMP rendering of the same article. */
const AMP_PARAM = /^(?:amp|outputtype|output)$/i;

export function canonicalUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return stripHash(url);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return stripHash(url);
  u.hash = '';
  const params = new URLSearchParams(u.search);
  let dropped = false;
  for (const [key, value] of [...params]) {
    if (TRACKING.test(key) || (AMP_PARAM.test(key) && (key.toLowerCase() === 'amp' || value.toLowerCase() === 'amp'))) {
      params.delete(key);
      dropped = true;
    }
  }
  // Rewritten only when something was dropped: re-serializing alone could change the encoding of the rest.
  if (dropped) u.search = params.size ? `?${params.toString()}` : '';
  // `/story/amp`, `/story/amp/` and `/amp/story` are the AMP copies news sites publish beside `/story`.
  u.pathname = u.pathname.replace(/\/amp\/?$/i, '').replace(/^\/amp(?=\/.)/i, '') || '/';
  u.hostname = u.hostname.replace(/\.$/, '');
  return u.href;
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}

/**
 * The registrable part of a host, near enough for news sites: `www.bbc.co.uk` → `bbc.co.uk`,
 * `amp.aljazeera.net` → `aljazeera.net`. Without the public suffix list: a two-letter country code
 * under a generic second level (co, com, net, org, gov, edu, ac) keeps three labels.
 */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^\d+$/.test(labels.at(-1) ?? '')) return labels.join('.');
  const generic = /^(?:co|com|net|org|gov|edu|ac|gob|info)$/.test(labels.at(-2)!) && labels.at(-1)!.length === 2;
  return labels.slice(generic ? -3 : -2).join('.');
}

/**
 * Google's AMP cache serves `www.example.com`'s pages under `www-example-com.cdn.ampproject.org`
 * ("-" for ".", "--" for "-"): the site a cached copy belongs to, or null for any other host.
 */
function ampCacheOrigin(host: string): string | null {
  const m = /^([a-z0-9-]+)\.cdn\.ampproject\.org$/i.exec(host);
  if (!m) return null;
  return m[1]!.replace(/--/g, '\u0000').replace(/-/g, '.').replace(/\u0000/g, '-');
}

/**
 * Whether a page at `pageUrl` may name `claimed` as its canonical address. A page says what it likes,
 * so only the same site (or an AMP cache copy of that site) may unite itself with another address: a
 * page elsewhere must not file its title under another outlet's article.
 */
export function mayClaimCanonical(pageUrl: string, claimed: string): boolean {
  try {
    const page = new URL(pageUrl);
    const target = new URL(claimed);
    if (target.protocol !== 'http:' && target.protocol !== 'https:') return false;
    if (page.protocol !== 'http:' && page.protocol !== 'https:') return false;
    const pageSite = siteOf(ampCacheOrigin(page.hostname) ?? page.hostname);
    return pageSite === siteOf(target.hostname);
  } catch {
    return false;
  }
}
