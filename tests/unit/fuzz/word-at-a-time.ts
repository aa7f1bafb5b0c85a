/**
 * The oracle for collectVisibleText: the same reading done a word at a time (one slice and one segment
 * per word, joined again when a single space follows in the same node), as it was written before the
 * reading went a stretch of words at a time. The two must read the same text from every page.
 */
import type { TextSegment, VisibleText, VisibleTextOptions } from '../../../lib/extract/visible-text';

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
/** What HTML collapses: ASCII whitespace only (a no-break space stays). */
const WHITESPACE = /[ \t\n\r\f]+/g;

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
function isCollectable(node: Node, options: VisibleTextOptions = {}): boolean {
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
  let best: Element | undefined;
  let bestLength = -1;
  for (const article of Array.from(scope.querySelectorAll('article'))) {
    if (article.parentElement?.closest('article')) continue;
    // An article the reader cannot see (hidden, or inside a template or a hidden block) is not the content.
    if (hiddenByMarkup(article) || !isCollectable(article)) continue;
    const length = article.textContent?.length ?? 0;
    if (length > bestLength) [best, bestLength] = [article, length];
  }
  if (best) return best;
  const main = scope.querySelector('main, [role="main"]');
  return main && !hiddenByMarkup(main) && isCollectable(main) ? main : undefined;
}

export function wordAtATime(root: Node, options: VisibleTextOptions = {}): VisibleText {
  const { isHidden, skipBoilerplate = false, includeNode } = options;
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let pending = NONE;
  // A single U+0020 inside the last text node: the next word of the same node extends its segment.
  let spaceNode: Text | undefined;
  let spaceAt = -1;

  const word = (node: Text, from: number, to: number): void => {
    const last = segments[segments.length - 1];
    if (pending === SPACE && last && spaceNode === node && spaceAt === from - 1 && last.node === node && last.offset + last.end - last.start === spaceAt) {
      parts.push(node.data.slice(spaceAt, to));
      last.end += to - spaceAt;
      length += to - spaceAt;
    } else {
      if (pending !== NONE && length > 0) {
        parts.push(pending === BREAK ? '\n' : ' ');
        length += 1;
      }
      segments.push({ node, start: length, end: length + to - from, offset: from });
      parts.push(node.data.slice(from, to));
      length += to - from;
    }
    pending = NONE;
    spaceNode = undefined;
  };

  const text = (node: Text): void => {
    const data = node.data;
    let i = 0;
    while (i < data.length) {
      WHITESPACE.lastIndex = i;
      const m = WHITESPACE.exec(data);
      const at = m ? m.index : data.length;
      if (at > i) word(node, i, at);
      if (!m) break;
      if (pending !== BREAK) {
        pending = SPACE;
        [spaceNode, spaceAt] = m[0] === ' ' ? [node, at] : [undefined, -1];
      }
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
    for (const child of Array.from(el.childNodes)) {
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
