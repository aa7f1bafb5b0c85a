/** Share of Arabic-script letters among all letters above which a page counts as Arabic. */
export const ARABIC_RATIO = 0.3;
/** A page marked right-to-left needs less evidence: the markup already says it is not a Latin-script page. */
export const ARABIC_RATIO_RTL = 0.1;
/** Characters of page text looked at: enough to decide, cheap on a huge page. */
export const SAMPLE_CHARS = 20_000;

// Arabic, Arabic Supplement, Arabic Extended-A and the presentation forms (pages still use them).
const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FC\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC]/gu;
const ANY_LETTER = /\p{L}/gu;
/** Languages written in Arabic script that are not Arabic: the reference set and the matcher are Arabic. */
const OTHER_ARABIC_SCRIPT = /^(?:fa|ur|ps|ku|ckb|sd|ug|prs|pnb)(?:[-_]|$)/;
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'textarea']);

/** Arabic-script letters ÷ all letters in `text` (0 when there are no letters). */
export function arabicRatio(text: string): number {
  const letters = text.match(ANY_LETTER)?.length ?? 0;
  if (letters === 0) return 0;
  return (text.match(ARABIC_LETTER)?.length ?? 0) / letters;
}

/** The first `limit` characters of text under `root`, skipping scripts and styles. No layout is triggered. */
export function sampleText(root: Node, limit = SAMPLE_CHARS): string {
  const parts: string[] = [];
  let length = 0;
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child && length < limit; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        parts.push(data);
        length += data.length;
      } else if (child.nodeType === 1 && !SKIPPED.has((child as Element).localName.toLowerCase())) {
        visit(child);
      }
    }
  };
  visit(root);
  return parts.join('').slice(0, limit);
}

/**
 * Decides, cheaply, whether the content script should work on this page: `lang="ar…"` says yes, another
 * Arabic-script language (fa, ur…) says no, otherwise the share of Arabic letters in the first ~20k
 * characters decides (many Arabic news sites ship `lang="en"` templates, so the ratio is what counts).
 */
export function isArabicPage(doc: Document): boolean {
  const html = doc.documentElement;
  const lang = (html?.getAttribute('lang') ?? '').trim().toLowerCase();
  if (lang === 'ar' || lang.startsWith('ar-') || lang.startsWith('ar_')) return true;
  if (OTHER_ARABIC_SCRIPT.test(lang)) return false;
  const rtl = (html?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase() === 'rtl';
  const root = doc.body ?? html;
  if (!root) return false;
  return arabicRatio(sampleText(root)) >= (rtl ? ARABIC_RATIO_RTL : ARABIC_RATIO);
}

/**
 * For a document inside a frame: scanned when it is an Arabic page in its own right, or when it
 * shows some Arabic text (≥ ARABIC_RATIO_RTL of its letters) inside an Arabic page of the same origin
 * (a live blog or an embed, which often carries no lang of its own). `parent` is the top document
 * when the frame may read it (same origin), undefined otherwise.
 */
export function isArabicFrame(doc: Document, parent: Document | undefined): boolean {
  if (isArabicPage(doc)) return true;
  if (!parent || !isArabicPage(parent)) return false;
  const root = doc.body ?? doc.documentElement;
  return !!root && arabicRatio(sampleText(root)) >= ARABIC_RATIO_RTL;
}
