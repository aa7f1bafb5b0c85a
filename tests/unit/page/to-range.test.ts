import { describe, expect, it } from 'vitest';
import { collectVisibleText } from '../../../lib/extract/visible-text';
import { toRange } from '../../../lib/page/to-range';
import { FakeRange, pageDocument } from './fake-range';

const HTML = `<html lang="ar"><body><article><h1>نجاة <b>مصطفى</b>   <i>الكاظمي</i></h1>
<p>استهدفت طائرة مسيرة منزله في المنطقة الخضراء ببغداد.</p></article></body></html>`;

describe('toRange', () => {
  it('maps text offsets to DOM positions, across elements and collapsed whitespace', () => {
    const doc = pageDocument(HTML);
    const { text, segments } = collectVisibleText(doc.body);
    for (const phrase of ['مصطفى الكاظمي', 'المنطقة الخضراء', 'نجاة', 'ببغداد']) {
      const start = text.indexOf(phrase);
      expect(start, phrase).toBeGreaterThanOrEqual(0);
      const range = toRange(doc, segments, start, start + phrase.length) as unknown as FakeRange;
      expect(range, phrase).toBeDefined();
      // Collapsed whitespace between <b> and <i> is the page's own "   ": the range covers the DOM as it is.
      expect(range.text(doc).replace(/\s+/g, ' ')).toBe(phrase);
    }
  });

  it('refuses empty spans and text nodes that left the page', () => {
    const doc = pageDocument(HTML);
    const { text, segments } = collectVisibleText(doc.body);
    const start = text.indexOf('الكاظمي');
    expect(toRange(doc, segments, start, start)).toBeUndefined();
    doc.querySelector('i')!.remove();
    expect(toRange(doc, segments, start, start + 'الكاظمي'.length)).toBeUndefined();
  });
});
