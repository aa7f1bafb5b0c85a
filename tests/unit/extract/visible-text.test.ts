import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { domPosition } from '../../../lib/extract/dom-position';
import { htmlToText } from '../../../lib/extract/html-to-text';
import { collectVisibleText, PAGE_TEXT_OPTIONS, type VisibleText } from '../../../lib/extract/visible-text';

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;
const page = (body: string): string => `<!doctype html><html lang="ar" dir="rtl"><head><title>خبر</title></head><body>${body}</body></html>`;
const textOf = (body: string, options = {}): string => collectVisibleText(parse(page(body)), options).text;

/** Every segment is an exact slice of its node, segments are ordered, and the gaps hold only inserted separators. */
function expectExactSegments({ text, segments }: VisibleText): void {
  let previousEnd = 0;
  for (const s of segments) {
    expect(text.slice(s.start, s.end)).toBe(s.node.data.slice(s.offset, s.offset + s.end - s.start));
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(['', ' ', '\n']).toContain(text.slice(previousEnd, s.start));
    previousEnd = s.end;
  }
  expect(previousEnd).toBe(text.length);
}

describe('collectVisibleText', () => {
  it('joins a name split across inline tags and decodes entities', () => {
    const r = collectVisibleText(parse(page('<p>نجا <b>مصطفى</b> <a href="/k">الكاظمي</a> &amp; &quot;رفاقه&quot; في &#1576;غداد</p>')));
    expect(r.text).toBe('نجا مصطفى الكاظمي & "رفاقه" في بغداد');
    expectExactSegments(r);
  });

  it('joins inline pieces with nothing when the page puts nothing between them', () => {
    expect(textOf('<p><span>كتائب</span> <span>حزب</span> <em>الله</em></p>')).toBe('كتائب حزب الله');
    expect(textOf('<p>الكـ<span>ـاظمي</span></p>')).toBe('الكــاظمي');
  });

  it('separates blocks with a line break so sentences do not run together', () => {
    const r = collectVisibleText(
      parse(page('<h1>هجوم على منزل رئيس الوزراء</h1><div><p>نجا الكاظمي</p><p>من محاولة اغتيال</p></div><ul><li>بغداد</li><li>العراق</li></ul>سطر<br>آخر<table><tr><td>إيران</td><td>تويتر</td></tr></table>')),
    );
    expect(r.text).toBe('هجوم على منزل رئيس الوزراء\nنجا الكاظمي\nمن محاولة اغتيال\nبغداد\nالعراق\nسطر\nآخر\nإيران\nتويتر');
    expectExactSegments(r);
  });

  it('collapses whitespace runs like a browser, keeping segments exact', () => {
    const r = collectVisibleText(parse(page('<p>\n    وقال   المصدر\tالأمني\n   إن <b> الهجوم </b>  وقع  </p>\n\n<p>  فجر الأحد  </p>')));
    expect(r.text).toBe('وقال المصدر الأمني إن الهجوم وقع\nفجر الأحد');
    expectExactSegments(r);
    // Single spaces inside one node do not split it: "فجر الأحد" is one segment.
    expect(r.segments.some((s) => r.text.slice(s.start, s.end) === 'فجر الأحد')).toBe(true);
  });

  it('keeps a no-break space, which HTML does not collapse', () => {
    expect(textOf('<p>رئيس&nbsp;الوزراء</p>')).toBe('رئيس\u00a0الوزراء');
  });

  it('drops scripts, styles, templates, forms controls, svg, comments and hidden elements', () => {
    const text = textOf(
      '<p>ظاهر</p><script>var k = "الكاظمي";</script><style>.x{content:"بغداد"}</style><noscript>فعّل جافاسكربت</noscript>' +
        '<template><p>قالب</p></template><!-- تعليق: إيران --><svg><text>رسم</text></svg><textarea>نص مكتوب</textarea>' +
        '<select><option>العراق</option></select><iframe>إطار</iframe><p hidden>مخفي أول</p><span aria-hidden="true">مخفي ثان</span>' +
        '<div style="color: red; display : none !important">مخفي ثالث</div><div style="visibility:hidden">مخفي رابع</div>' +
        '<details><summary>ملخص</summary>تفاصيل مطوية</details><details open><summary>مفتوح</summary>تفاصيل ظاهرة</details><p>آخر</p>',
    );
    expect(text).toBe('ظاهر\nملخص\nمفتوح\nتفاصيل ظاهرة\nآخر');
  });

  it('leaves the head and its title out', () => {
    expect(collectVisibleText(parse(page('<p>المتن</p>'))).text).toBe('المتن');
  });

  it('applies a caller rule for hidden elements and for excluded nodes', () => {
    const html = page('<p class="sr-only">للقارئ الآلي</p><p>نص <span data-siyaq>واجهة الإضافة</span>ظاهر</p>');
    const r = collectVisibleText(parse(html), {
      isHidden: (el) => el.getAttribute('class') === 'sr-only',
      includeNode: (n) => !(n.nodeType === 1 && (n as Element).hasAttribute('data-siyaq')),
    });
    expect(r.text).toBe('نص ظاهر');
  });

  it('reads a fragment without <html> or <body>', () => {
    expect(collectVisibleText(parse('<p>وكالة <b>رويترز</b></p><p>تويتر</p>')).text).toBe('وكالة رويترز\nتويتر');
  });
});

describe('boilerplate', () => {
  const site =
    '<header><h1 class="logo">شبكة الأخبار</h1><nav><a>العراق</a> <a>إيران</a></nav></header>' +
    '<div role="navigation">لبنان</div><aside>الأكثر قراءة: حزب الله</aside>' +
    '<article><header><h2>محاولة اغتيال الكاظمي</h2></header><p>نجا مصطفى الكاظمي في بغداد.</p><aside>اقرأ أيضا</aside>' +
    '<form><label>بريدك</label></form></article>' +
    '<article><p>خبر قصير</p></article><footer>جميع الحقوق محفوظة</footer>';

  it('keeps everything when not asked to skip it', () => {
    const text = textOf(site);
    expect(text).toContain('الأكثر قراءة');
    expect(text).toContain('جميع الحقوق محفوظة');
  });

  it('prefers the longest article and drops navigation, asides, forms and site headers', () => {
    const text = textOf(site, PAGE_TEXT_OPTIONS);
    expect(text).toBe('محاولة اغتيال الكاظمي\nنجا مصطفى الكاظمي في بغداد.');
  });

  it('takes a headline that sits above the article, but not a logo in the site header', () => {
    const text = textOf('<header><h1>الموقع</h1></header><main><h1>نجاة الكاظمي</h1></main>', PAGE_TEXT_OPTIONS);
    expect(text).toBe('نجاة الكاظمي');
    const above = textOf('<div><h1>نجاة الكاظمي</h1></div><article><p>قال مصدر أمني</p></article>', PAGE_TEXT_OPTIONS);
    expect(above).toBe('نجاة الكاظمي\nقال مصدر أمني');
  });

  it('without article or main, walks the body and still drops boilerplate', () => {
    expect(textOf('<nav>الرئيسية</nav><div><p>متن الخبر</p></div><div role="contentinfo">حقوق</div>', PAGE_TEXT_OPTIONS)).toBe('متن الخبر');
  });
});

describe('htmlToText and domPosition', () => {
  it('uses the page options by default', () => {
    const r = htmlToText(page('<nav>العراق</nav><main><p>بغداد</p></main>'), parse);
    expect(r.text).toBe('بغداد');
  });

  it('maps a match back to the text nodes it spans', () => {
    const r = collectVisibleText(parse(page('<p>نجا <b>مصطفى</b>\n  <i>الكاظمي</i> اليوم</p>')));
    const start = r.text.indexOf('مصطفى');
    const end = start + 'مصطفى الكاظمي'.length;
    const a = domPosition(r.segments, start, 'start');
    const b = domPosition(r.segments, end, 'end');
    expect(a?.node.data).toBe('مصطفى');
    expect(a?.offset).toBe(0);
    expect(b?.node.data).toBe('الكاظمي');
    expect(b?.offset).toBe('الكاظمي'.length);
    // Positions in an inserted gap snap to the neighbouring text.
    const gap = start + 'مصطفى'.length;
    expect(domPosition(r.segments, gap, 'end')).toMatchObject({ offset: 'مصطفى'.length });
    expect(domPosition(r.segments, gap + 1, 'start')?.node.data).toBe('الكاظمي');
    const inside = r.text.indexOf('اليوم');
    expect(domPosition(r.segments, inside, 'start')).toMatchObject({ offset: ' اليوم'.indexOf('اليوم') });
  });
});

describe('content root', () => {
  const read = (body: string) => collectVisibleText(parseHTML(`<html lang="ar"><body>${body}</body></html>`).document as unknown as Document, PAGE_TEXT_OPTIONS).text;
  it('an article the reader cannot see is not taken as the page’s content (found by the DOM fuzzer)', () => {
    expect(read('<aside hidden><article>نص مخفي عن الكاظمي</article></aside><p>نجا الكاظمي</p>')).toBe('نجا الكاظمي');
    expect(read('<template><article>قالب</article></template><main><p>نجا الكاظمي</p></main>')).toBe('نجا الكاظمي');
    expect(read('<main hidden><p>مخفي</p></main><div><p>ظاهر</p></div>')).toBe('ظاهر');
    // A visible article still wins over the rest of the page.
    expect(read('<div>قائمة</div><article><p>نجا الكاظمي</p></article>')).toBe('نجا الكاظمي');
  });
});
