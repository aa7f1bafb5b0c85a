import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extendToJoinedWord } from '../../../lib/arabic/joined-word';
import { htmlToText } from '../../../lib/extract/html-to-text';
import { collectVisibleText, PAGE_TEXT_OPTIONS } from '../../../lib/extract/visible-text';
import { toRange } from '../../../lib/page/to-range';
import { FakeRange, pageDocument } from '../page/fake-range';
import { htmlTree } from './arbitraries';
import { FUZZ_TIMEOUT, runs } from './runs';
import { wordAtATime } from './word-at-a-time';

const page = (body: string) => `<!doctype html><html lang="ar"><head><title>t</title></head><body>${body}</body></html>`;
const parse = (html: string) => parseHTML(html).document as unknown as Document;

describe('fuzz: visible text of random DOM trees', () => {
  it('every segment is the text of its node, in order, without overlap', () => {
    fc.assert(
      fc.property(htmlTree, fc.boolean(), (body, boilerplate) => {
        const doc = parse(page(body));
        const { text, segments } = collectVisibleText(doc.body, { skipBoilerplate: boilerplate });
        let end = 0;
        for (const s of segments) {
          expect(s.start).toBeGreaterThanOrEqual(end);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(s.node.data.slice(s.offset, s.offset + s.end - s.start));
          end = s.end;
        }
        expect(end).toBeLessThanOrEqual(text.length);
        // Nothing from scripts, styles or hidden parts: every segment's node is readable where it is.
        for (const s of segments) expect(s.node.parentElement?.closest('script, style, template, textarea, [hidden]')).toBeNull();
      }),
      runs(200),
    );
  }, FUZZ_TIMEOUT);

  it('read a stretch of words at a time: the same text, each character from the same place, as a word at a time', () => {
    // Where each character of the text comes from (node and offset), or null for an inserted separator.
    const origins = ({ text, segments }: { text: string; segments: { node: Text; start: number; end: number; offset: number }[] }) => {
      const at: ([Text, number] | null)[] = Array.from({ length: text.length }, () => null);
      for (const s of segments) for (let i = s.start; i < s.end; i++) at[i] = [s.node, s.offset + i - s.start];
      return at;
    };
    fc.assert(
      fc.property(htmlTree, fc.boolean(), (body, boilerplate) => {
        const doc = parse(page(body));
        const now = collectVisibleText(doc.body, { skipBoilerplate: boilerplate });
        const before = wordAtATime(doc.body, { skipBoilerplate: boilerplate });
        expect(now.text).toBe(before.text);
        expect(origins(now)).toEqual(origins(before));
        expect(now.segments.length).toBeLessThanOrEqual(before.segments.length);
      }),
      runs(300),
    );
  }, FUZZ_TIMEOUT);

  it('the content script and npm run scan (the .html path) read the same text', () => {
    fc.assert(
      fc.property(htmlTree, (body) => {
        const html = page(body);
        const inPage = collectVisibleText(parse(html), PAGE_TEXT_OPTIONS).text;
        // scan serializes nothing: it parses the file; a page re-read from its own markup reads the same.
        expect(htmlToText(parse(html).documentElement.outerHTML, parse).text).toBe(inPage);
      }),
      runs(200),
    );
  }, FUZZ_TIMEOUT);

  it('a range for any span covers the same text, and a widened one still maps onto the page', () => {
    fc.assert(
      fc.property(htmlTree, fc.nat(), fc.nat(), (body, a, b) => {
        const doc = pageDocument(page(body));
        const { text, segments } = collectVisibleText(doc.body, PAGE_TEXT_OPTIONS);
        if (text.length === 0) return;
        const start = a % text.length;
        const end = Math.min(text.length, start + 1 + (b % 20));
        const wide = extendToJoinedWord(text, start, end);
        for (const [s, e] of [[start, end], [wide.start, wide.end]] as const) {
          const range = toRange(doc, segments, s, e, { text }) as unknown as FakeRange | undefined;
          // A span of nothing but inserted separators has no range; any other span has one.
          if (!range) {
            expect(text.slice(s, e).trim()).toBe('');
            continue;
          }
          // The range covers the page's own text: it starts and ends with the span's characters and holds
          // all of them in order (plus the page's white space, and any skipped element in between).
          const squeeze = (x: string) => x.replace(/[ \t\n\r\f]+/g, '');
          const covered = squeeze(range.text(doc));
          const wanted = squeeze(text.slice(s, e));
          if (wanted === '') continue; // only the page's own white space: nothing to compare
          expect(covered.startsWith(wanted[0]!) && covered.endsWith(wanted.at(-1)!)).toBe(true);
          let at = 0;
          for (const ch of covered) if (ch === wanted[at]) at++;
          expect(at).toBe(wanted.length);
        }
      }),
      runs(200),
    );
  }, FUZZ_TIMEOUT);
});
