import type { Page } from '@playwright/test';
import { joinsAt } from '../../../lib/arabic/joined-word';
import { expect, highlightsOf, test } from './fixtures';

// A highlight must never change how a word is drawn. Screenshots of a word with and without its
// highlight are compared by ink: the highlight's pale background moves a pixel's brightness by ~20
// of 255 levels, a glyph drawn differently by far more. And the highlight must cover whole glyphs: a
// range that starts after the lam of لإيران paints half of the lam-alef ligature. The events'
// underline is switched off for the comparison: it is ink of its own.

const STYLE = `
  ::highlight(siyaq-event) { text-decoration: none !important; }
  ::highlight(probe) { background-color: rgba(100, 181, 246, 0.4); }
  article p { font-size: 48px !important; }`;

/** Pixels whose brightness differs by more than `threshold` (0–255) between two same-sized PNGs. */
function inkDifference(page: Page, a: Buffer, b: Buffer, threshold = 96): Promise<number> {
  return page.evaluate(
    async ([a64, b64, t]) => {
      const load = async (b64: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [x, y] = await Promise.all([load(a64 as string), load(b64 as string)]);
      let pixels = 0;
      for (let i = 0; i < x.length; i += 4) {
        if (Math.abs(x[i]! + x[i + 1]! + x[i + 2]! - y[i]! - y[i + 1]! - y[i + 2]!) / 3 > (t as number)) pixels++;
      }
      return pixels;
    },
    [a.toString('base64'), b.toString('base64'), threshold] as const,
  );
}

/** Scrolls the first occurrence of `word` to the middle and returns its padded box (viewport coordinates). */
function showWord(page: Page, word: string) {
  return page.evaluate(async (w) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(w);
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + w.length);
      n.parentElement!.scrollIntoView({ block: 'center' });
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const b = r.getBoundingClientRect();
      return { x: Math.floor(b.left) - 6, y: Math.floor(b.top) - 6, width: Math.ceil(b.width) + 12, height: Math.ceil(b.height) + 12 };
    }
    throw new Error(`${w} is not on the page`);
  }, word);
}

/** Replaces the page's highlights: none, or a "probe" over `[from, to)` of the first `word`. */
function setHighlights(page: Page, probe?: { word: string; from: number; to: number }) {
  return page.evaluate(async (p) => {
    CSS.highlights.clear();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); p && n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(p.word);
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(n, at + p.from);
      r.setEnd(n, at + p.to);
      CSS.highlights.set('probe', new Highlight(r));
      break;
    }
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }, probe);
}

test('demo page: لإيران is drawn the same with its highlight as without (the lam-alef is not cut)', async ({ siyaq }) => {
  const { page, tabId } = await siyaq.open('demo.html');
  await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
  // The matcher finds إيران after the proclitic lam; the page draws the whole word.
  await expect.poll(async () => (await highlightsOf(page)).texts).toContain('لإيران');
  await page.addStyleTag({ content: STYLE });
  const box = await showWord(page, 'لإيران');
  const shot = () => page.screenshot({ clip: box });

  const highlighted = await shot();
  await setHighlights(page);
  const plain = await shot();
  await setHighlights(page, { word: 'لإيران', from: 0, to: 6 });
  const whole = await shot();
  await setHighlights(page, { word: 'لإيران', from: 1, to: 6 });
  const split = await shot();

  // No glyph changes under the highlight (only the pale background differs from the plain word)…
  expect(await inkDifference(page, highlighted, plain, 8)).toBeGreaterThan(50);
  expect(await inkDifference(page, highlighted, plain)).toBe(0);
  // …and the highlight covers whole glyphs: it is drawn exactly as a highlight of the whole word.
  expect(await inkDifference(page, highlighted, whole, 0)).toBe(0);
  // The check can fail: the matcher's own span (إيران, without the lam) would cover half of the
  // lam-alef glyph.
  expect(await inkDifference(page, split, whole, 8)).toBeGreaterThan(50);
});

test('demo and article pages: no highlight starts or ends between two joined letters', async ({ siyaq }) => {
  for (const name of ['demo.html', 'article.html']) {
    const { page, tabId } = await siyaq.open(name);
    await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
    await expect.poll(async () => (await highlightsOf(page)).ranges).toBeGreaterThan(5);
    // Each range with the letters around it, as text: [before, inside, after].
    const edges = await page.evaluate(() => {
      const out: [string, string, string][] = [];
      CSS.highlights.forEach((h) =>
        h.forEach((r) => {
          const range = r as Range;
          const before = range.startContainer.nodeType === 3 ? (range.startContainer as Text).data.slice(0, range.startOffset) : '';
          const after = range.endContainer.nodeType === 3 ? (range.endContainer as Text).data.slice(range.endOffset) : '';
          out.push([before.slice(-3), range.toString(), after.slice(0, 3)]);
        }),
      );
      return out;
    });
    for (const [before, inside, after] of edges) {
      const text = before + inside + after;
      expect(joinsAt(text, before.length), `${name}: «${text}» starts inside a joined word`).toBe(false);
      expect(joinsAt(text, before.length + inside.length), `${name}: «${text}» ends inside a joined word`).toBe(false);
    }
    await page.close();
  }
});
