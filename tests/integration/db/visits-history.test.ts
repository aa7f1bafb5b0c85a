import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SiyaqDb } from '../../../lib/db/siyaq-db';
import { getSettings, updateSettings } from '../../../lib/db/settings-repository';
import { clearHistory, exportHistory, forgetSite, historyStats, importHistory } from '../../../lib/db/visits-history';
import { recordVisit } from '../../../lib/db/visits-repository';

let db: SiyaqDb;
beforeEach(async () => {
  db = new SiyaqDb(`history-${crypto.randomUUID()}`);
  await recordVisit(db, { url: 'https://www.rafidain.example/1', title: 'خبر أول', at: 10, ids: ['mustafa-al-kadhimi'], outlet: 'صحيفة الرافدين', published: '2021-11-07' });
  await recordVisit(db, { url: 'https://amp.rafidain.example/2', title: 'خبر ثان', at: 20, ids: ['baghdad'] });
  await recordVisit(db, { url: 'https://furat.example/1', title: 'تحليل', at: 30, ids: ['mustafa-al-kadhimi', 'iraq'] });
});
afterEach(() => db.delete());

describe('the reader’s history', () => {
  it('counts the pages kept, their size and the sites', async () => {
    const stats = await historyStats(db);
    expect(stats.pages).toBe(3);
    expect(stats.bytes).toBeGreaterThan(300);
    expect(stats.sites).toEqual([
      { site: 'rafidain.example', pages: 2 },
      { site: 'furat.example', pages: 1 },
    ]);
  });

  it('forgets one site (subdomains included) and nothing else, index rows too', async () => {
    expect(await forgetSite(db, 'www.rafidain.example')).toBe(2);
    expect((await db.visits.toArray()).map((v) => v.url)).toEqual(['https://furat.example/1']);
    expect((await db.coverage.toArray()).every((c) => c.url === 'https://furat.example/1')).toBe(true);
  });

  it('clears everything: the rows are gone from IndexedDB, not hidden', async () => {
    expect(await clearHistory(db)).toBe(3);
    db.close();
    const reopened = new SiyaqDb(db.name);
    await reopened.open();
    expect(await reopened.visits.count()).toBe(0);
    expect(await reopened.coverage.count()).toBe(0);
    reopened.close();
    await db.open();
  });

  it('export → clear → import gives back the same visits and settings', async () => {
    await updateSettings(db, { recordHistory: false, language: 'en' });
    const json = await exportHistory(db, () => Date.UTC(2024, 0, 1));
    const before = await db.visits.orderBy('url').toArray();
    await clearHistory(db);
    await updateSettings(db, { recordHistory: true, language: 'ar' });
    expect(await importHistory(db, json)).toEqual({ visits: 3 });
    expect(await db.visits.orderBy('url').toArray()).toEqual(before);
    expect(await getSettings(db)).toMatchObject({ recordHistory: false, language: 'en' });
    expect(await db.coverage.count()).toBe(4);
  });

  it('an import merges with what is kept: one row per URL, ids united, earliest first visit', async () => {
    const file = JSON.parse(await exportHistory(db));
    file.visits = [{ url: 'https://furat.example/1', title: 'تحليل', at: 5, firstAt: 5, ids: ['iran'] }];
    await importHistory(db, JSON.stringify(file));
    const row = (await db.visits.get('https://furat.example/1'))!;
    expect(row.ids.sort()).toEqual(['iran', 'iraq', 'mustafa-al-kadhimi']);
    expect(row).toMatchObject({ at: 30, firstAt: 5 });
    expect(await db.visits.count()).toBe(3);
  });

  it('refuses a bad file whole, saying what is wrong, and writes nothing', async () => {
    const good = JSON.parse(await exportHistory(db));
    const before = await db.visits.toArray();
    await expect(importHistory(db, '{ not json')).rejects.toThrow(/not JSON/);
    await expect(importHistory(db, JSON.stringify({ ...good, format: 'other' }))).rejects.toThrow(/format/);
    const bad = { ...good, visits: [...good.visits, { url: 'javascript:alert(1)', title: 'x', at: 1, ids: ['iraq'] }] };
    await expect(importHistory(db, JSON.stringify(bad))).rejects.toThrow(/visits\.3\.url: not an http\(s\) or file URL/);
    await expect(importHistory(db, JSON.stringify({ ...good, extra: 1 }))).rejects.toThrow(/not a Siyaq history file/);
    expect(await db.visits.toArray()).toEqual(before);
  });

  it('an import that fails half-way leaves nothing behind (one transaction)', async () => {
    const file = JSON.parse(await exportHistory(db));
    file.visits = [{ url: 'https://new.example/1', title: 'جديد', at: 1, ids: ['iraq'] }];
    const json = JSON.stringify(file);
    const original = db.settings.put.bind(db.settings);
    db.settings.put = (() => Promise.reject(new Error('quota exceeded'))) as unknown as typeof db.settings.put;
    await expect(importHistory(db, json)).rejects.toThrow('quota exceeded');
    db.settings.put = original;
    expect(await db.visits.get('https://new.example/1')).toBeUndefined();
  });
});
