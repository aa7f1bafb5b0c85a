import { describe, expect, it, vi } from 'vitest';
import type { Highlighter, HighlightKind } from '../../../lib/page/highlighter';
import { CHANGE_BUDGET, createPageSession, SLICE_MS } from '../../../lib/page/page-session';
import { FakeRange, pageDocument } from './fake-range';

const HTML = `<html lang="ar"><head><title>نجاة الكاظمي</title></head><body><article>
<p>نجا رئيس الوزراء مصطفى <b>الكاظمي</b> من محاولة اغتيال في بغداد.</p><div id="live"></div></article></body></html>`;

/** A background stand-in that "finds" every occurrence of a few names in the text it receives. */
function fakeBackground({ enabled = true, highlights = true } = {}) {
  const names = [
    { id: 'mustafa-al-kadhimi', type: 'person' as const, word: 'الكاظمي' },
    { id: 'baghdad', type: 'place' as const, word: 'بغداد' },
  ];
  const sent: { type: string; data: Record<string, unknown> }[] = [];
  const send = vi.fn(async (type: string, data: Record<string, unknown>) => {
    sent.push({ type, data });
    if (type === 'getPageSettings') return { enabled, highlights };
    if (type === 'pageStatus') return { ok: true };
    const text = data.text as string;
    const entities = names.flatMap(({ id, type: t, word }) => {
      const mentions: { start: number; end: number }[] = [];
      for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) mentions.push({ start: i, end: i + word.length });
      return mentions.length ? [{ id, type: t, mentions }] : [];
    });
    return { entities, events: [], count: entities.length };
  });
  return { send: send as never, sent };
}

function fakeHighlighter() {
  const drawn: Map<HighlightKind, Range[]>[] = [];
  const flashed: Range[] = [];
  const highlighter: Highlighter = {
    supported: true,
    draw: (groups) => void drawn.push(new Map(groups)),
    flash: (range) => (flashed.push(range), true),
    clear: vi.fn(),
  };
  return { highlighter, drawn, flashed };
}

describe('page session', () => {
  it('lets the caller start watching once the text is read, before the background answers', async () => {
    const bg = fakeBackground();
    let answer: (() => void) | undefined;
    const slow = vi.fn(async (type: string, data: Record<string, unknown>) => {
      // The first page's answer waits (a background installing its packs); settings come at once.
      if (type === 'matchPage') await new Promise<void>((resolve) => (answer = resolve));
      return (bg.send as (t: string, d: Record<string, unknown>) => Promise<unknown>)(type, data);
    });
    const session = createPageSession({ doc: pageDocument(HTML), send: slow as never, highlighter: fakeHighlighter().highlighter, timeOrigin: 0 });
    const order: string[] = [];
    const done = session.scanAll({ onCollected: () => order.push('collected') }).then((ok) => order.push(`answered ${ok}`));
    await vi.waitFor(() => expect(answer).toBeDefined());
    expect(order).toEqual(['collected']);
    answer!();
    await done;
    expect(order).toEqual(['collected', 'answered true']);
  });

  it('a reloaded document scans with a newer revision than all of the previous one', async () => {
    const bg = fakeBackground();
    const before = createPageSession({ doc: pageDocument(HTML), send: bg.send, highlighter: fakeHighlighter().highlighter, timeOrigin: 1_700_000_000_000 });
    await before.scanAll();
    await before.scanAll(); // a rescan after a settings change
    const after = createPageSession({ doc: pageDocument(HTML), send: bg.send, highlighter: fakeHighlighter().highlighter, timeOrigin: 1_700_000_005_000 });
    await after.scanAll();
    const revisions = bg.sent.filter((m) => m.type === 'matchPage').map((m) => m.data.revision as number);
    expect(revisions).toHaveLength(3);
    expect(revisions[2]).toBeGreaterThan(revisions[1]!);
  });

  it('sends the page text once and draws one highlight group per type', async () => {
    const doc = pageDocument(HTML);
    const bg = fakeBackground();
    const hl = fakeHighlighter();
    const session = createPageSession({ doc, send: bg.send, highlighter: hl.highlighter, timeOrigin: 0 });
    expect(await session.scanAll()).toBe(true);
    const match = bg.sent.find((m) => m.type === 'matchPage')!;
    expect(match.data).toMatchObject({ title: 'نجاة الكاظمي', lang: 'ar', revision: 1, append: false });
    // What the page says about itself travels with the full scan (here: only its language).
    expect(match.data.page).toEqual({ lang: 'ar' });
    expect(match.data.text).toContain('مصطفى الكاظمي من محاولة اغتيال');
    const last = hl.drawn.at(-1)!;
    expect(last.get('person')).toHaveLength(1);
    expect((last.get('person')![0] as unknown as FakeRange).text(doc)).toBe('الكاظمي');
    expect(last.get('place')).toHaveLength(1);
  });

  it('a page with many mentions is highlighted in slices, each its own task, and drawn once at the end', async () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>الفقرة ${i}: قال الكاظمي في بغداد إن التحقيق مستمر.</p>`).join('');
    const doc = pageDocument(`<html lang="ar"><head><title>أرشيف</title></head><body><article>${paragraphs}</article></body></html>`);
    const hl = fakeHighlighter();
    const tasks: (() => void)[] = [];
    // A clock that moves SLICE_MS / 2 each time it is read (once per 64 ranges): a slice builds 128–192 ranges.
    let clock = 0;
    const now = () => (clock += SLICE_MS / 2);
    const session = createPageSession({ doc, send: fakeBackground().send, highlighter: hl.highlighter, timeOrigin: 0, nextTask: (fn) => void tasks.push(fn), now });
    const done = session.scanAll();
    await vi.waitFor(() => expect(tasks).toHaveLength(1));
    let slices = 1;
    while (tasks.length > 0) {
      expect(hl.drawn).toHaveLength(0); // nothing drawn until every range is built
      tasks.shift()!();
      slices++;
    }
    await done;
    // 600 ranges, 128–192 a slice.
    expect(slices).toBeGreaterThanOrEqual(4);
    expect(slices).toBeLessThanOrEqual(5);
    expect(hl.drawn).toHaveLength(1);
    expect(hl.drawn[0]!.get('person')).toHaveLength(300);
    expect(hl.drawn[0]!.get('place')).toHaveLength(300);
  });

  it('past the most highlights at once, every name and event keeps its first mentions, a fair share each', async () => {
    // 100 paragraphs naming al-Kadhimi and Baghdad, then one naming the UN once: 201 mentions, 4 evidence.
    const paragraphs = Array.from({ length: 100 }, (_, i) => `<p>الفقرة ${i}: قال الكاظمي في بغداد إن التحقيق مستمر.</p>`).join('');
    const doc = pageDocument(`<html lang="ar"><head><title>أرشيف</title></head><body><article>${paragraphs}<p>ورحبت الأمم المتحدة بالتحقيق.</p></article></body></html>`);
    const find = (text: string, word: string) => {
      const spans: { start: number; end: number }[] = [];
      for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) spans.push({ start: i, end: i + word.length });
      return spans;
    };
    const send = async (type: string, data: Record<string, unknown>) => {
      if (type === 'getPageSettings') return { enabled: true, highlights: true };
      const text = data.text as string;
      // Listed out of page order: the UN first, as a background may list them.
      const entities = [
        { id: 'un', type: 'organization' as const, mentions: find(text, 'الأمم المتحدة') },
        { id: 'baghdad', type: 'place' as const, mentions: find(text, 'بغداد') },
        { id: 'mustafa-al-kadhimi', type: 'person' as const, mentions: find(text, 'الكاظمي') },
      ];
      return { entities, events: [{ id: 'assassination-attempt', evidence: find(text, 'التحقيق').slice(0, 4) }], count: 4 };
    };
    const hl = fakeHighlighter();
    const session = createPageSession({ doc, send: send as never, highlighter: hl.highlighter, timeOrigin: 0, maxHighlights: 30 });
    await session.scanAll();
    const drawn = hl.drawn.at(-1)!;
    const texts = (kind: HighlightKind) => (drawn.get(kind) ?? []).map((r) => (r as unknown as FakeRange).text(doc));
    // The UN (1) and the event (4) keep all theirs; al-Kadhimi and Baghdad share the other 25, the odd
    // one to al-Kadhimi, first on the page.
    expect(texts('organization')).toEqual(['الأمم المتحدة']);
    expect(texts('event')).toHaveLength(4);
    expect(texts('person')).toHaveLength(13);
    expect(texts('place')).toHaveLength(12);
    // Each name's first mentions, in page order.
    const paragraphOf = (r: Range) => Array.from(doc.querySelectorAll('p')).indexOf((r as unknown as FakeRange).startContainer!.parentNode as HTMLParagraphElement);
    expect(drawn.get('person')!.map(paragraphOf)).toEqual(Array.from({ length: 13 }, (_, i) => i));
    expect(drawn.get('place')!.map(paragraphOf)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    // A jump still reaches a mention that is not highlighted.
    expect(session.jumpTo('mustafa-al-kadhimi', 99, () => undefined)).toBe(true);
    expect(paragraphOf(hl.flashed[0]!)).toBe(99);
  });

  it('the most highlights at once counts appended chunks too, and a small page is drawn whole', async () => {
    const doc = pageDocument(HTML);
    const hl = fakeHighlighter();
    const session = createPageSession({ doc, send: fakeBackground().send, highlighter: hl.highlighter, timeOrigin: 0, maxHighlights: 3 });
    await session.scanAll();
    expect(hl.drawn.at(-1)!.get('person')).toHaveLength(1);
    expect(hl.drawn.at(-1)!.get('place')).toHaveLength(1);
    const update = doc.createElement('p');
    update.textContent = 'تحديث: الكاظمي يزور بغداد ثم يعود إلى بغداد';
    doc.getElementById('live')!.appendChild(update);
    await session.scanChanges({ added: [update], changed: [], removed: false });
    // 2 + 3 mentions over two chunks, 3 drawn: al-Kadhimi (first on the page) 2, Baghdad 1.
    expect(hl.drawn.at(-1)!.get('person')).toHaveLength(2);
    expect(hl.drawn.at(-1)!.get('place')).toHaveLength(1);
  });

  it('a new scan stops a redraw still in slices: the old one never draws', async () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>الفقرة ${i}: قال الكاظمي في بغداد.</p>`).join('');
    const doc = pageDocument(`<html lang="ar"><head><title>أرشيف</title></head><body><article>${paragraphs}</article></body></html>`);
    const hl = fakeHighlighter();
    const tasks: (() => void)[] = [];
    let clock = 0;
    const session = createPageSession({ doc, send: fakeBackground().send, highlighter: hl.highlighter, timeOrigin: 0, nextTask: (fn) => void tasks.push(fn), now: () => clock++ });
    const first = session.scanAll();
    await vi.waitFor(() => expect(tasks).toHaveLength(1));
    // The site is switched off meanwhile: stop() clears, and the first scan's slices end without drawing.
    session.stop();
    while (tasks.length > 0) tasks.shift()!();
    await first;
    expect(hl.drawn).toHaveLength(0);
    expect(hl.highlighter.clear).toHaveBeenCalled();
  });

  it('scans added content alone, as an append, and keeps earlier highlights', async () => {
    const doc = pageDocument(HTML);
    const bg = fakeBackground();
    const hl = fakeHighlighter();
    const session = createPageSession({ doc, send: bg.send, highlighter: hl.highlighter, timeOrigin: 0 });
    await session.scanAll();
    const update = doc.createElement('p');
    update.textContent = 'تحديث: الكاظمي يدعو إلى التهدئة وضبط النفس';
    doc.getElementById('live')!.appendChild(update);
    // The old paragraph is passed too (e.g. re-inserted): its text was sent already and is skipped.
    expect(await session.scanChanges({ added: [update, doc.querySelector('p')!], changed: [], removed: false })).toEqual([]);
    const append = bg.sent.filter((m) => m.type === 'matchPage').at(-1)!;
    expect(append.data).toMatchObject({ append: true, revision: 1 });
    expect(append.data.page).toBeUndefined();
    expect(append.data.text).toBe('تحديث: الكاظمي يدعو إلى التهدئة وضبط النفس');
    expect(hl.drawn.at(-1)!.get('person')).toHaveLength(2);

    // The second mention of al-Kadhimi in page order is the one in the update.
    expect(session.jumpTo('mustafa-al-kadhimi', 1, () => undefined)).toBe(true);
    expect((hl.flashed[0] as unknown as FakeRange).startContainer).toBe(update.firstChild);
    expect(session.jumpTo('mustafa-al-kadhimi', 2, () => undefined)).toBe(false);
  });

  it('on a site switched off, reports "disabled" and sends no text', async () => {
    const doc = pageDocument(HTML);
    const bg = fakeBackground({ enabled: false });
    const session = createPageSession({ doc, send: bg.send, highlighter: fakeHighlighter().highlighter });
    expect(await session.scanAll()).toBe(false);
    expect(bg.sent.map((m) => m.type)).toEqual(['getPageSettings', 'pageStatus']);
    expect(bg.sent[1]!.data).toMatchObject({ status: 'disabled' });
    expect(await session.scanChanges({ added: [doc.body], changed: [], removed: false })).toBe(false);
  });

  it('reads the settings from what it is given instead of asking (the top document reads the copy in storage.local)', async () => {
    const doc = pageDocument(HTML);
    const bg = fakeBackground();
    const off = createPageSession({ doc, send: bg.send, highlighter: fakeHighlighter().highlighter, pageSettings: async () => ({ enabled: false, highlights: true }) });
    expect(await off.scanAll()).toBe(false);
    expect(bg.sent.map((m) => m.type)).toEqual(['pageStatus']);

    const hl = fakeHighlighter();
    const on = createPageSession({ doc, send: bg.send, highlighter: hl.highlighter, pageSettings: async () => ({ enabled: true, highlights: false }) });
    expect(await on.scanAll()).toBe(true);
    expect(bg.sent.map((m) => m.type)).toEqual(['pageStatus', 'matchPage']);
    expect(hl.drawn).toHaveLength(0);
  });

  it('with highlights off, matches but draws nothing', async () => {
    const doc = pageDocument(HTML);
    const hl = fakeHighlighter();
    const session = createPageSession({ doc, send: fakeBackground({ highlights: false }).send, highlighter: hl.highlighter });
    await session.scanAll();
    expect(hl.drawn).toHaveLength(0);
    expect(hl.highlighter.clear).toHaveBeenCalled();
  });
});

describe('page session: live pages', () => {
  const matchTexts = (bg: ReturnType<typeof fakeBackground>) => bg.sent.filter((m) => m.type === 'matchPage').map((m) => m.data.text as string);
  const persons = (hl: ReturnType<typeof fakeHighlighter>, doc: Document) =>
    (hl.drawn.at(-1)!.get('person') ?? []).map((r) => (r as unknown as FakeRange).text(doc));

  it('text rewritten in place is sent again, and the highlight of the old text goes', async () => {
    const doc = pageDocument(HTML);
    const bg = fakeBackground();
    const hl = fakeHighlighter();
    const session = createPageSession({ doc, send: bg.send, highlighter: hl.highlighter, timeOrigin: 0 });
    await session.scanAll();
    expect(persons(hl, doc)).toEqual(['الكاظمي']);
    const name = doc.querySelector('b')!.firstChild as Text;
    name.data = 'العامري'; // a ticker rewriting its text node (characterData)
    await session.scanChanges({ added: [], changed: [name], removed: false });
    expect(matchTexts(bg).at(-1)).toBe('العامري');
    // The old range would now cover another name: it is dropped, not drawn on the new word.
    expect(persons(hl, doc)).toEqual([]);

    name.data = 'الكاظمي';
    await session.scanChanges({ added: [], changed: [name], removed: false });
    expect(persons(hl, doc)).toEqual(['الكاظمي']);
  });

  it('removed text loses its highlights, and its chunk is forgotten', async () => {
    const doc = pageDocument(HTML);
    const bg = fakeBackground();
    const hl = fakeHighlighter();
    const session = createPageSession({ doc, send: bg.send, highlighter: hl.highlighter, timeOrigin: 0 });
    await session.scanAll();
    const update = doc.createElement('p');
    update.textContent = 'عاجل: الكاظمي في بغداد';
    doc.getElementById('live')!.appendChild(update);
    await session.scanChanges({ added: [update], changed: [], removed: false });
    expect(persons(hl, doc)).toEqual(['الكاظمي', 'الكاظمي']);
    update.remove();
    const sends = bg.sent.length;
    await session.scanChanges({ added: [], changed: [], removed: true });
    expect(bg.sent.length).toBe(sends); // nothing new to send, only a redraw
    expect(persons(hl, doc)).toEqual(['الكاظمي']);
    expect(session.jumpTo('mustafa-al-kadhimi', 1, () => undefined)).toBe(false);
  });

  it('text inside scripts, styles or hidden parents is not read when added', async () => {
    const doc = pageDocument(HTML);
    const bg = fakeBackground();
    const session = createPageSession({ doc, send: bg.send, highlighter: fakeHighlighter().highlighter, timeOrigin: 0 });
    await session.scanAll();
    const hidden = doc.createElement('div');
    hidden.setAttribute('hidden', '');
    hidden.innerHTML = '<p>الكاظمي</p>';
    const script = doc.createElement('script');
    doc.body.append(hidden, script);
    script.textContent = 'var s = "الكاظمي";';
    const sends = bg.sent.length;
    await session.scanChanges({ added: [hidden.firstChild!, script.firstChild!], changed: [], removed: false });
    expect(bg.sent.length).toBe(sends);
  });

  it('sends at most CHANGE_BUDGET characters per round and hands back the rest', async () => {
    const doc = pageDocument(HTML);
    const bg = fakeBackground();
    const session = createPageSession({ doc, send: bg.send, highlighter: fakeHighlighter().highlighter, timeOrigin: 0 });
    await session.scanAll();
    const big = 'بغداد '.repeat(Math.ceil(CHANGE_BUDGET / 6 / 3));
    const added = [0, 1, 2, 3, 4].map(() => {
      const p = doc.createElement('p');
      p.textContent = big;
      doc.getElementById('live')!.appendChild(p);
      return p;
    });
    let pending: readonly Node[] | false = added;
    let rounds = 0;
    while (pending && pending.length > 0 && rounds < 10) {
      pending = await session.scanChanges({ added: [...pending], changed: [], removed: false });
      rounds++;
      expect(matchTexts(bg).at(-1)!.length).toBeLessThanOrEqual(CHANGE_BUDGET);
    }
    expect(pending).toEqual([]);
    expect(rounds).toBeGreaterThanOrEqual(2);
    // Every character of the five paragraphs was sent exactly once.
    const appended = matchTexts(bg).slice(1).join('\n');
    expect(appended.replace(/\s+/g, '').length).toBe(big.replace(/\s+/g, '').length * 5);
  });
});

describe('page session: Arabic shaping', () => {
  it('a name after a joining proclitic is drawn with it, and jumps flash the same range', async () => {
    const doc = pageDocument(`<html lang="ar"><body><article><p>وصل الوفد لبغداد ثم عاد <b>ل</b>بغداد، وبغداد تستعد.</p></article></body></html>`);
    const hl = fakeHighlighter();
    const session = createPageSession({ doc, send: fakeBackground().send, highlighter: hl.highlighter, timeOrigin: 0 });
    await session.scanAll();
    const drawn = (hl.drawn.at(-1)!.get('place') ?? []).map((r) => (r as unknown as FakeRange).text(doc));
    // Lam joins the ba: drawing بغداد alone would shape the ل on its own. Waw does not join: left out.
    expect(drawn).toEqual(['لبغداد', 'لبغداد', 'بغداد']);
    expect(session.jumpTo('baghdad', 1, () => undefined)).toBe(true);
    expect((hl.flashed[0] as unknown as FakeRange).text(doc)).toBe('لبغداد');
  });
});
