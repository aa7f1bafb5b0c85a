import fc from 'fast-check';

/** Arabic letters, marks, tatweel, presentation forms, Persian letters and digits. */
const arabicChar = fc.oneof(
  fc.integer({ min: 0x0621, max: 0x064a }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x064b, max: 0x065f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u0640', '\u0670', '\u06cc', '\u06a9', '\u06c1', '\u06f1', '\u0661', '\ufefb', '\ufef5', '\ufe8d', '\u0649', '\u0629'),
);
/** What copy-paste leaves inside words: zero-width characters, bidi controls, joiners, BOM, NBSP. */
export const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202e', '\u2066', '\u2067', '\u2069', '\u2060', '\ufeff', '\u061c', '\u00a0', '\u00ad');
const proclitic = fc.constantFrom('', '', 'و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'بال', 'لل', 'ول');
const separator = fc.constantFrom(' ', ' ', ' ', '\n', '، ', '. ', '؟ ', '\t', '  ', '-', '«', '»', '(', ')');

/** An Arabic word with a proclitic, marks and invisible characters sprinkled in. */
export const arabicWord = fc
  .tuple(proclitic, fc.array(arabicChar, { minLength: 1, maxLength: 9 }), fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 2 }))
  .map(([p, letters, extras]) => {
    let w = p + letters.join('');
    for (const [at, ch] of extras) {
      const k = at % (w.length + 1);
      w = w.slice(0, k) + ch + w.slice(k);
    }
    return w;
  });

/** Arabic text: words and separators. */
export const arabicText = fc.array(fc.tuple(arabicWord, separator), { maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

/** Anything at all: random code points (surrogate pairs included), mixed with Arabic text. */
export const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), arabicText, fc.tuple(arabicText, fc.string({ unit: 'binary', maxLength: 20 }), arabicText).map((p) => p.join('')));

/** A random DOM tree as HTML: blocks, inline elements, skipped and hidden elements, boilerplate. */
const TAGS = ['p', 'div', 'span', 'b', 'i', 'a', 'li', 'h1', 'section', 'article', 'nav', 'footer', 'aside', 'script', 'style', 'template', 'noscript', 'textarea', 'details', 'summary', 'td'];
const ATTRS = ['', '', '', ' hidden', ' aria-hidden="true"', ' style="display:none"', ' style="color:red"', ' role="navigation"', ' open', ' dir="rtl"'];
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const htmlTree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    arabicText.map(escape),
    fc.constant('<br>'),
    fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 4 })).map(
      ([tag, attrs, children]) => `<${tag}${attrs}>${children.join('')}</${tag}>`,
    ),
  ),
})).node;
