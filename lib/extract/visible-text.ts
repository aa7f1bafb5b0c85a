/**
 * The text a reader sees on a page, as one string the matcher can scan, plus a map from every slice of
 * that string back to the DOM text node it came from (so a match offset becomes a DOM Range).
 *
 * Plain DOM API only (childNodes, nodeType, getAttribute, querySelectorAll): it runs in the content script
 * and under linkedom in Node, so `npm run scan` sees a saved page exactly as the extension does.
 * Kept small on purpose: it ships in the content script.
 */

/** `text.slice(start, end)` equals `node.data.slice(offset, offset + end - start)`. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
  /** Where the slice begins inside `node.data`. */
  offset: number;
}

export interface VisibleText {
  text: string;
  /** In text order, not overlapping. The gaps between them are the "\n" and " " we insert or collapse to. */
  segments: TextSegment[];
}

export interface VisibleTextOptions {
  /** Extra hiding rule, e.g. computed style in a browser. Markup rules (hidden, aria-hidden, inline style) always apply. */
  isHidden?: (el: Element) => boolean;
  /** Drop navigation, footers, asides, forms and site headers; prefer the <article> or <main> text. */
  skipBoilerplate?: boolean;
  /** Return false to leave out a node and everything under it (e.g. the extension's own UI). */
  includeNode?: (node: Node) => boolean;
}

/** What the content script reads from a page, and what `npm run scan` uses for .html files. */
export const PAGE_TEXT_OPTIONS: Readonly<VisibleTextOptions> = Object.freeze({ skipBoilerplate: true });

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Never rendered as text, or text the reader types rather than reads. */
const SKIPPED = new Set(
  'script style noscript template head title iframe object embed svg canvas textarea input select video audio'.split(' '),
);
/** Elements that start on a new line: their text must not run into the neighbours' sentences. */
const BLOCKS = new Set(
  ('address article aside blockquote body br caption center dd details dialog div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary table ' +
    'tbody td tfoot th thead tr ul').split(' '),
);
const BOILERPLATE = new Set(['nav', 'footer', 'aside', 'form']);
const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
const BOILERPLATE_SELECTOR =
  'nav, footer, aside, form, header, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!\s*important\s*)?(?:;|$)/i;
/**
 * Whitespace that collapses to something else (HTML collapses ASCII whitespace only; a no-break space
 * stays): a run of two or more, or a single line break, tab or form feed. A single space stays as it is.
 */
const COLLAPSING = /[ \t\n\r\f]{2,}|[\t\n\r\f]/g;

const NONE = 0;
const SPACE = 1;
const BREAK = 2;

function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

function isBoilerplate(el: Element, name: string, inContent: boolean): boolean {
  if (BOILERPLATE.has(name) || (name === 'header' && !inContent)) return true;
  const role = el.getAttribute('role');
  return role !== null && BOILERPLATE_ROLES.has(role);
}

/**
 * Whether text at `node` can be part of what `collectVisibleText` reads: no ancestor is skipped
 * (script, style…), hidden by markup or by `isHidden`, or (with `skipBoilerplate`) navigation or other
 * site chrome. For text added to a page after it was read, which is collected from the added node up.
 */
export function isCollectable(node: Node, options: VisibleTextOptions = {}): boolean {
  const { isHidden, skipBoilerplate = false } = options;
  for (let p = node.nodeType === ELEMENT ? node : node.parentNode; p; p = p.parentNode) {
    if (p.nodeType !== ELEMENT) continue;
    const el = p as Element;
    const name = el.localName.toLowerCase();
    if (SKIPPED.has(name) || hiddenByMarkup(el) || isHidden?.(el)) return false;
    if (skipBoilerplate && (BOILERPLATE.has(name) || BOILERPLATE_ROLES.has(el.getAttribute('role') ?? ''))) return false;
  }
  return true;
}

/** The article (the longest one, if a page lists several) or the main element; undefined if neither exists. */
function contentRoot(root: Node): Element | undefined {
  if (!('querySelectorAll' in root)) return undefined;
  const scope = root as ParentNode;
  const articles = Array.from(scope.querySelectorAll('article')).filter(
    // An article the reader cannot see (hidden, or inside a template or a hidden block) is not the content.
    (article) => !article.parentElement?.closest('article') && !hiddenByMarkup(article) && isCollectable(article),
  );
  // The length is read only to choose: on a 1 MB page textContent alone is a 1 MB string.
  let best = articles[0];
  let bestLength = -1;
  if (articles.length > 1)
    for (const article of articles) {
      const length = article.textContent?.length ?? 0;
      if (length > bestLength) [best, bestLength] = [article, length];
    }
  if (best) return best;
  const main = scope.querySelector('main, [role="main"]');
  return main && !hiddenByMarkup(main) && isCollectable(main) ? main : undefined;
}

export function collectVisibleText(root: Node, options: VisibleTextOptions = {}): VisibleText {
  const { isHidden, skipBoilerplate = false, includeNode } = options;
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let pending = NONE;

  const word = (node: Text, from: number, to: number): void => {
    if (pending !== NONE && length > 0) {
      parts.push(pending === BREAK ? '\n' : ' ');
      length += 1;
    }
    segments.push({ node, start: length, end: length + to - from, offset: from });
    parts.push(node.data.slice(from, to));
    length += to - from;
    pending = NONE;
  };
  const space = (): void => {
    if (pending !== BREAK) pending = SPACE;
  };

  // A text node is read a stretch at a time, not a word at a time: single spaces between words are kept
  // as they are, so a stretch of words is one slice and one segment; only whitespace that collapses (a
  // run, or a line break or tab) ends a stretch. On a 1 MB page that is tens of thousands of slices and
  // segments fewer than one per word.
  const text = (node: Text): void => {
    const data = node.data;
    let i = 0;
    while (i < data.length) {
      COLLAPSING.lastIndex = i;
      const m = COLLAPSING.exec(data);
      const at = m ? m.index : data.length;
      // A lone space can open or close the node's text only (inside, it lies between two words).
      let from = i;
      let to = at;
      if (data.charCodeAt(from) === 32) {
        space();
        from++;
      }
      const trailing = to > from && data.charCodeAt(to - 1) === 32;
      if (trailing) to--;
      if (to > from) word(node, from, to);
      if (trailing) space();
      if (!m) break;
      space();
      i = at + m[0].length;
    }
  };

  const visit = (node: Node, inContent: boolean): void => {
    if (includeNode && !includeNode(node)) return;
    if (node.nodeType === TEXT || node.nodeType === CDATA) return text(node as Text);
    if (node.nodeType !== ELEMENT) {
      // Documents and fragments: walk their children; comments, doctypes and processing instructions have no text.
      if (node.nodeType === 9 || node.nodeType === 11) for (const child of Array.from(node.childNodes)) visit(child, inContent);
      return;
    }
    const el = node as Element;
    const name = el.localName.toLowerCase();
    if (SKIPPED.has(name) || hiddenByMarkup(el) || isHidden?.(el)) return;
    if (skipBoilerplate && isBoilerplate(el, name, inContent)) return;
    const block = BLOCKS.has(name);
    if (block) pending = BREAK;
    const inside = inContent || name === 'article' || name === 'main';
    // A closed <details> shows only its <summary>.
    const closed = name === 'details' && !el.hasAttribute('open');
    // Siblings followed one by one rather than copied into an array: no allocation per element.
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (closed && !(child.nodeType === ELEMENT && (child as Element).localName.toLowerCase() === 'summary')) continue;
      visit(child, inside);
    }
    if (block) pending = BREAK;
  };

  const content = skipBoilerplate ? contentRoot(root) : undefined;
  if (content) {
    // Headlines often sit above the article element; take the first one that is not site chrome.
    const h1 = (root as ParentNode).querySelector('h1');
    if (h1 && !content.contains(h1) && !h1.closest(BOILERPLATE_SELECTOR)) visit(h1, true);
    visit(content, true);
  } else visit(root, false);
  return { text: parts.join(''), segments };
}
