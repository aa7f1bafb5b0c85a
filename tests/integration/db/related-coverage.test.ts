import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCardBodies, buildCardCoverage, buildCards } from '../../../lib/db/build-cards';
import { installPack } from '../../../lib/db/install-pack';
import { SiyaqDb } from '../../../lib/db/siyaq-db';
import { pageDateOf, pageKeyOf } from '../../../lib/db/visits-page';
import { findCoverage, MAX_VISITS, recordVisit } from '../../../lib/db/visits-repository';
import { corePack, shippedSet } from './reference-pack';

const KADHIMI = 'mustafa-al-kadhimi';
const ASKARI = 'abu-ali-al-askari';
const KATAIB = 'kataib-hezbollah';
let db: SiyaqDb;
beforeEach(async () => {
  db = new SiyaqDb(`coverage-${crypto.randomUUID()}`);
  await installPack(db, corePack, { bundled: true });
});
afterEach(() => db.delete());

const card = async (id: string, url?: string) => (await buildCards(db, [id], { onPage: new Set([id]), url })).cards[0]!;

describe('recording visits', () => {
  it('a revisit updates the one row: new title and metadata win, the first visit and unsent fields stay', async () => {
    await recordVisit(db, { url: 'https://rafidain.example/a', title: 'عنوان أول', at: 100, ids: [KADHIMI], outlet: 'صحيفة الرافدين', author: 'سلمى الراوي' });
    await recordVisit(db, { url: 'https://rafidain.example/a', title: 'عنوان معدّل', at: 200, ids: [KADHIMI, ASKARI], published: '2021-11-07' });
    const rows = await db.visits.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: 'عنوان معدّل', at: 200, firstAt: 100, outlet: 'صحيفة الرافدين', author: 'سلمى الراوي', published: '2021-11-07', site: 'rafidain.example' });
    expect((await db.coverage.where('url').equals('https://rafidain.example/a').toArray()).map((c) => [c.id, c.date]).sort()).toEqual([
      [ASKARI, '2021-11-07'],
      [KADHIMI, '2021-11-07'],
    ]);
  });

  it('a full rescan replaces the ids (and their index rows); an append adds to them', async () => {
    await recordVisit(db, { url: 'https://a.example/x', title: 't', at: 1, ids: [KADHIMI, ASKARI] });
    await recordVisit(db, { url: 'https://a.example/x', title: 't', at: 2, ids: [KADHIMI] });
    expect(await db.coverage.where('[id+date]').between([ASKARI, ''], [ASKARI, '\uffff']).count()).toBe(0);
    await recordVisit(db, { url: 'https://a.example/x', title: 't', at: 3, ids: [KATAIB] }, { merge: true });
    expect((await db.visits.get('https://a.example/x'))!.ids.sort()).toEqual([KADHIMI, KATAIB].sort());
  });

  it('AMP copies and tracking-parameter links of one article are one visit', async () => {
    const article = 'https://www.rafidain.example/news/2021/11/07/drone';
    const amp = pageKeyOf('https://amp.rafidain.example/news/2021/11/07/drone/amp', { canonical: article });
    const tracked = pageKeyOf(`${article}?utm_source=twitter&fbclid=abc#comments`, undefined);
    expect(amp).toBe(article);
    expect(tracked).toBe(article);
    await recordVisit(db, { url: amp, title: 'نسخة AMP', at: 1, ids: [KADHIMI] });
    await recordVisit(db, { url: tracked, title: 'الخبر', at: 2, ids: [KADHIMI] });
    expect(await db.visits.count()).toBe(1);
  });

  it('a page on another site cannot file itself under an outlet’s article', () => {
    expect(pageKeyOf('https://evil.example/copy', { canonical: 'https://www.rafidain.example/news/x' })).toBe('https://evil.example/copy');
  });

  it('keeps at most MAX_VISITS, dropping the least recently read with their index rows', async () => {
    const rows = Array.from({ length: MAX_VISITS }, (_, i) => ({ url: `https://bulk.example/${i}`, title: 'x', at: 1_000 + i, firstAt: 1_000 + i, ids: [KATAIB], site: 'bulk.example' }));
    await db.visits.bulkPut(rows);
    await db.coverage.bulkPut(rows.map((r) => ({ id: KATAIB, url: r.url, date: new Date(r.at).toISOString() })));
    await recordVisit(db, { url: 'https://new.example/1', title: 'جديد', at: 999_999, ids: [KATAIB] });
    expect(await db.visits.count()).toBe(MAX_VISITS);
    expect(await db.visits.get('https://bulk.example/0')).toBeUndefined();
    expect(await db.coverage.get([KATAIB, 'https://bulk.example/0'])).toBeUndefined();
  });
});

describe('the page date used for matching', () => {
  it('is the page’s publication date, else the first visit’s day', async () => {
    expect(await pageDateOf(db, { published: '2021-11-07T06:20:00+03:00' }, 'https://a.example/1', Date.UTC(2024, 0, 1))).toEqual({ date: '2021-11-07', from: 'page' });
    expect(await pageDateOf(db, undefined, 'https://a.example/new', Date.UTC(2024, 0, 1))).toEqual({ date: '2024-01-01', from: 'visit' });
    await recordVisit(db, { url: 'https://a.example/2', title: 't', at: Date.UTC(2022, 2, 3), ids: [KADHIMI] });
    await recordVisit(db, { url: 'https://a.example/2', title: 't', at: Date.UTC(2023, 5, 6), ids: [KADHIMI] });
    expect(await pageDateOf(db, undefined, 'https://a.example/2', Date.UTC(2024, 0, 1))).toEqual({ date: '2022-03-03', from: 'visit' });
  });
});

describe('related coverage on cards', () => {
  beforeEach(async () => {
    await recordVisit(db, { url: 'https://rafidain.example/1', title: 'الرافدين: أول خبر', at: 10, ids: [KADHIMI, ASKARI], outlet: 'صحيفة الرافدين', published: '2021-11-07T06:00:00+03:00' });
    await recordVisit(db, { url: 'https://rafidain.example/2', title: 'الرافدين: متابعة', at: 30, ids: [KADHIMI, ASKARI, KATAIB], outlet: 'صحيفة الرافدين', published: '2021-11-09' });
    await recordVisit(db, { url: 'https://furat.example/1', title: 'الفرات: تحليل', at: 20, ids: [KADHIMI, KATAIB], outlet: 'وكالة الفرات', published: '2021-11-08' });
    await recordVisit(db, { url: 'https://blog.example/1', title: 'مدونة بلا تاريخ', at: Date.UTC(2021, 10, 10), ids: [KADHIMI] });
  });

  it('lists visits newest first by publication date (an undated page by its first visit), the current page left out', async () => {
    const c = await card(KADHIMI, 'https://rafidain.example/2?utm_source=x');
    const visits = c.coverage.filter((x) => x.kind === 'visit');
    expect(visits.map((x) => x.url)).toEqual(['https://blog.example/1', 'https://furat.example/1', 'https://rafidain.example/1']);
    expect(visits.map((x) => x.outlet)).toEqual(['blog.example', 'وكالة الفرات', 'صحيفة الرافدين']);
    expect(visits.map((x) => x.published)).toEqual([null, '2021-11-08', '2021-11-07T06:00:00+03:00']);
    expect(c.coverageMore).toBe(false);
  });

  it('puts the reference set’s source documents among them, with their publisher and date', async () => {
    const c = await card(KADHIMI);
    const sources = c.coverage.filter((x) => x.kind === 'source');
    const expected = shippedSet.sources.filter((s) => shippedSet.facts.some((f) => f.subject === KADHIMI && f.source === s.id));
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.map((s) => s.outlet).sort()).toEqual(expected.map((s) => s.publisher).sort());
    expect(sources.every((s) => s.published !== null && s.seen === null)).toBe(true);
  });

  it('"often seen with": names on at least two of the same pages, most often first; events and one-offs left out', async () => {
    const c = await card(KADHIMI);
    expect(c.coSeen.map((x) => [x.id, x.count])).toEqual([
      [ASKARI, 2],
      [KATAIB, 2],
    ]);
    const k = await card(KATAIB);
    expect(k.coSeen.map((x) => x.id)).toEqual([KADHIMI]);
  });

  it('a card body reads no visit; its coverage, read apart, is what the whole card holds', async () => {
    const context = { onPage: new Set([KADHIMI, ASKARI]), url: 'https://rafidain.example/2' };
    const whole = await buildCards(db, [KADHIMI, ASKARI, 'no-such-id'], context);
    const visitsRead = vi.spyOn(db.visits, 'bulkGet');
    const coverageRead = vi.spyOn(db.coverage, 'where');
    const bodies = await buildCardBodies(db, [KADHIMI, ASKARI, 'no-such-id'], context);
    expect(visitsRead).not.toHaveBeenCalled();
    expect(coverageRead).not.toHaveBeenCalled();
    expect(bodies.missing).toEqual(['no-such-id']);
    expect(bodies.cards.map((c) => 'coverage' in c || 'coSeen' in c || 'coverageMore' in c)).toEqual([false, false]);
    const coverage = await buildCardCoverage(db, [ASKARI, KADHIMI, 'no-such-id'], context);
    expect(coverage.map((c) => c.id)).toEqual([ASKARI, KADHIMI]);
    expect(coverage[1]!.coverage.filter((x) => x.kind === 'visit')).toHaveLength(3);
    for (const c of whole.cards) {
      const cov = coverage.find((x) => x.id === c.id)!;
      expect({ ...bodies.cards.find((b) => b.id === c.id), coverage: cov.coverage, coverageMore: cov.coverageMore, coSeen: cov.coSeen }).toEqual(c);
    }
  });

  it('reads only the newest rows through the (id, date) index and says whether there are older ones', async () => {
    const { visits, more } = await findCoverage(db, KADHIMI, { limit: 2 });
    expect(visits.map((v) => v.url)).toEqual(['https://blog.example/1', 'https://rafidain.example/2']);
    expect(more).toBe(true);
    expect((await findCoverage(db, KADHIMI, { limit: 3, excludeUrl: 'https://furat.example/1' })).more).toBe(false);
    expect((await findCoverage(db, KADHIMI, { limit: 3 })).more).toBe(true);
  });
});
