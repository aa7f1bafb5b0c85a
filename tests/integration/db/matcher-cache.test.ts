import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { combinedVersion } from '../../../lib/db/combined-version';
import { installPack } from '../../../lib/db/install-pack';
import { createMatcherCache } from '../../../lib/db/matcher-cache';
import { SiyaqDb } from '../../../lib/db/siyaq-db';
import { compileMatcher } from '../../../lib/match/compile';
import { MATCHER_FORMAT, restoreMatcher, serializeMatcher } from '../../../lib/match/serialize-matcher';
import type { MatchableSet } from '../../../lib/reference/schema';
import { corePack, nextCorePack } from './reference-pack';

const PAGE = 'أعلنت قيادة العمليات المشتركة أن رئيس الوزراء مصطفى الكاظمي نجا من محاولة اغتيال في بغداد.';

let db: SiyaqDb;
beforeEach(() => {
  db = new SiyaqDb(`cache-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('matcher cache', () => {
  it('is empty before any import', async () => {
    const cache = createMatcherCache(db, compileMatcher, { log: () => undefined });
    expect(await cache.get()).toBeNull();
  });

  it('compiles from IndexedDB once per combined version of the enabled packs', async () => {
    await installPack(db, corePack, { bundled: true });
    const compile = vi.fn((set: MatchableSet) => compileMatcher(set));
    const cache = createMatcherCache(db, compile, { log: () => undefined });
    const first = await cache.get();
    const second = await cache.get();
    expect(compile).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
    expect(first?.version).toBe(combinedVersion([{ id: 'core', contentVersion: corePack.contentVersion, enabled: true }]));
    expect(first?.matcher.scan(PAGE).entities.map((e) => e.id)).toContain('mustafa-al-kadhimi');

    await installPack(db, nextCorePack(), { bundled: true });
    const third = await cache.get();
    expect(compile).toHaveBeenCalledTimes(2);
    expect(third?.version).toBe(combinedVersion([{ id: 'core', contentVersion: 'ffffeeee00001111', enabled: true }]));
    expect(compile.mock.calls[1]![0].entities.map((e) => e.id)).not.toContain('twitter');
  });

  it('shares one build between concurrent callers (a woken worker gets several pages at once)', async () => {
    await installPack(db, corePack, { bundled: true });
    const compile = vi.fn((set: MatchableSet) => compileMatcher(set));
    const cache = createMatcherCache(db, compile, { log: () => undefined });
    const results = await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(compile).toHaveBeenCalledTimes(1);
    expect(new Set(results).size).toBe(1);
  });

  it('a fresh cache (a restarted service worker) rebuilds from the stored set and logs the time', async () => {
    await installPack(db, corePack, { bundled: true });
    const logs: string[] = [];
    const cache = createMatcherCache(db, compileMatcher, { log: (m) => logs.push(m) });
    const built = await cache.get();
    expect(built?.buildMs).toBeGreaterThanOrEqual(0);
    expect(logs[0]).toMatch(/built from IndexedDB \(pack rows\) in [\d.]+ ms \(11 entities, 3 events\)/);
  });
});

describe('matcher snapshot', () => {
  it('a woken worker reads the snapshot of the last compile instead of the pack rows, and scans alike', async () => {
    await installPack(db, corePack, { bundled: true });
    const first = createMatcherCache(db, compileMatcher, { log: () => undefined, snapshotDelayMs: 0 });
    const fromRows = await first.get();
    await first.snapshotSaved();
    const stored = await db.meta.get('matchableSet');
    expect(stored?.key === 'matchableSet' && stored.value.version).toBe(fromRows?.version);

    const logs: string[] = [];
    const rows = vi.spyOn(db.entities, 'where');
    const woken = createMatcherCache(db, compileMatcher, { log: (m) => logs.push(m), snapshotDelayMs: 0 });
    const fromSnapshot = await woken.get();
    expect(rows).not.toHaveBeenCalled();
    expect(logs[0]).toMatch(/\(snapshot\) in [\d.]+ ms \(11 entities, 3 events\)/);
    expect(fromSnapshot?.matcher.scan(PAGE)).toEqual(fromRows?.matcher.scan(PAGE));
  });

  it('a snapshot of other packs is not used: after an update the rows are read and the snapshot replaced', async () => {
    await installPack(db, corePack, { bundled: true });
    const cache = createMatcherCache(db, compileMatcher, { log: () => undefined, snapshotDelayMs: 0 });
    await cache.get();
    await cache.snapshotSaved();
    await installPack(db, nextCorePack(), { bundled: true });

    const logs: string[] = [];
    const woken = createMatcherCache(db, compileMatcher, { log: (m) => logs.push(m), snapshotDelayMs: 0 });
    const next = await woken.get();
    expect(logs[0]).toMatch(/\(pack rows\)/);
    expect(next?.matcher.scan(PAGE).entities.map((e) => e.id)).not.toContain('twitter');
    await woken.snapshotSaved();
    const stored = await db.meta.get('matchableSet');
    expect(stored?.key === 'matchableSet' && stored.value.version).toBe(next?.version);
    expect(stored?.key === 'matchableSet' && stored.value.json).not.toContain('"twitter"');
  });

  it('a snapshot is not stored when the packs changed between the compile and the write', async () => {
    await installPack(db, corePack, { bundled: true });
    const cache = createMatcherCache(db, compileMatcher, { log: () => undefined, snapshotDelayMs: 20 });
    await cache.get();
    await installPack(db, nextCorePack(), { bundled: true });
    await cache.snapshotSaved();
    expect(await db.meta.get('matchableSet')).toBeUndefined();
  });
});

describe('stored compiled matcher', () => {
  const FORMAT = `${MATCHER_FORMAT}/code-a`;
  const store = { format: FORMAT, serialize: serializeMatcher, restore: restoreMatcher };
  const stored = async () => {
    const row = await db.meta.get('compiledMatcher');
    return row?.key === 'compiledMatcher' ? row.value : undefined;
  };

  it('is written after the first answer, and a woken worker restores it instead of compiling', async () => {
    await installPack(db, corePack, { bundled: true });
    const first = createMatcherCache(db, compileMatcher, { log: () => undefined, snapshotDelayMs: 20, store });
    const compiled = await first.get();
    // Not before the answer: writing it would delay the first page.
    expect(await stored()).toBeUndefined();
    await first.snapshotSaved();
    expect(await stored()).toMatchObject({ version: compiled?.version, format: FORMAT });

    const logs: string[] = [];
    const compile = vi.fn((set: MatchableSet) => compileMatcher(set));
    const rows = vi.spyOn(db.entities, 'where');
    const woken = createMatcherCache(db, compile, { log: (m) => logs.push(m), snapshotDelayMs: 0, store });
    const restored = await woken.get();
    expect(compile).not.toHaveBeenCalled();
    expect(rows).not.toHaveBeenCalled();
    expect([woken.builds, woken.restores]).toEqual([0, 1]);
    expect(logs[0]).toMatch(/restored from IndexedDB in [\d.]+ ms/);
    expect(JSON.stringify(restored?.matcher.scan(PAGE))).toBe(JSON.stringify(compiled?.matcher.scan(PAGE)));
    expect(restored?.matcher.scan(PAGE).entities.map((e) => e.id)).toContain('mustafa-al-kadhimi');
  });

  it.each([
    ['another tables format', `${MATCHER_FORMAT - 1}/code-a`],
    ['the same format compiled by other code (an earlier release)', `${MATCHER_FORMAT}/code-b`],
    ['a row of the releases that stored the format as a number', MATCHER_FORMAT],
  ])('made by %s is not read: the set is compiled, and the matcher stored again as this release makes it', async (_, other) => {
    await installPack(db, corePack, { bundled: true });
    const first = createMatcherCache(db, compileMatcher, { log: () => undefined, snapshotDelayMs: 0, store });
    await first.get();
    await first.snapshotSaved();
    const row = (await stored())!;
    await db.meta.put({ key: 'compiledMatcher', value: { ...row, format: other } });

    const logs: string[] = [];
    const restore = vi.fn(restoreMatcher);
    const woken = createMatcherCache(db, compileMatcher, { log: (m) => logs.push(m), snapshotDelayMs: 0, store: { ...store, restore } });
    const built = await woken.get();
    expect(restore).not.toHaveBeenCalled();
    expect([woken.builds, woken.restores]).toEqual([1, 0]);
    expect(logs[0]).toBe(`[siyaq] the stored matcher has format ${other}, this release reads ${FORMAT}: compiling`);
    expect(built?.matcher.scan(PAGE).entities.map((e) => e.id)).toContain('mustafa-al-kadhimi');
    await woken.snapshotSaved();
    expect((await stored())?.format).toBe(FORMAT);
  });

  it('a corrupt or missing row falls back to compiling, with the reason logged, and is replaced', async () => {
    await installPack(db, corePack, { bundled: true });
    const first = createMatcherCache(db, compileMatcher, { log: () => undefined, snapshotDelayMs: 0, store });
    const want = JSON.stringify((await first.get())?.matcher.scan(PAGE));
    await first.snapshotSaved();
    const row = (await stored())!;

    for (const [data, reason] of [
      [{ ...(row.data as object), json: '{"conditions":' }, /the stored matcher was not used \(rules: .*\): compiling/],
      [null, /the stored matcher was not used \(not an object\): compiling/],
      [{ ...(row.data as object), termList: 'x' }, /termList is missing/],
    ] as const) {
      await db.meta.put({ key: 'compiledMatcher', value: { ...row, data } });
      const logs: string[] = [];
      const woken = createMatcherCache(db, compileMatcher, { log: (m) => logs.push(m), snapshotDelayMs: 0, store });
      expect(JSON.stringify((await woken.get())?.matcher.scan(PAGE))).toBe(want);
      expect(woken.builds).toBe(1);
      expect(logs[0]).toMatch(reason);
      await woken.snapshotSaved();
      // Replaced by a good one: the next worker restores it.
      const replaced = (await stored())!;
      expect(JSON.stringify(restoreMatcher(replaced.data).scan(PAGE))).toBe(want);
    }

    await db.meta.delete('compiledMatcher');
    const woken = createMatcherCache(db, compileMatcher, { log: () => undefined, snapshotDelayMs: 0, store });
    expect(JSON.stringify((await woken.get())?.matcher.scan(PAGE))).toBe(want);
    expect([woken.builds, woken.restores]).toEqual([1, 0]);
  });

  it('of other packs is not used: after an update the set is compiled and the stored matcher replaced', async () => {
    await installPack(db, corePack, { bundled: true });
    const first = createMatcherCache(db, compileMatcher, { log: () => undefined, snapshotDelayMs: 0, store });
    await first.get();
    await first.snapshotSaved();
    await installPack(db, nextCorePack(), { bundled: true });

    const woken = createMatcherCache(db, compileMatcher, { log: () => undefined, snapshotDelayMs: 0, store });
    const next = await woken.get();
    expect([woken.builds, woken.restores]).toEqual([1, 0]);
    expect(next?.matcher.scan(PAGE).entities.map((e) => e.id)).not.toContain('twitter');
    await woken.snapshotSaved();
    expect((await stored())?.version).toBe(next?.version);
  });

  it('read ahead (a navigation wakes the worker), it is restored by the next get without a second read', async () => {
    await installPack(db, corePack, { bundled: true });
    const first = createMatcherCache(db, compileMatcher, { log: () => undefined, snapshotDelayMs: 0, store });
    const want = JSON.stringify((await first.get())?.matcher.scan(PAGE));
    await first.snapshotSaved();

    const reads = vi.spyOn(db.meta, 'get');
    const woken = createMatcherCache(db, compileMatcher, { log: () => undefined, snapshotDelayMs: 0, store });
    woken.prefetch();
    woken.prefetch(); // one read, however many navigations
    const restored = await woken.get();
    expect(reads.mock.calls.filter(([key]) => (key as unknown) === 'compiledMatcher')).toHaveLength(1);
    expect([woken.builds, woken.restores]).toEqual([0, 1]);
    expect(JSON.stringify(restored?.matcher.scan(PAGE))).toBe(want);
  });

  it('read ahead for packs that changed before the get, it is not used', async () => {
    await installPack(db, corePack, { bundled: true });
    const first = createMatcherCache(db, compileMatcher, { log: () => undefined, snapshotDelayMs: 0, store });
    await first.get();
    await first.snapshotSaved();

    const woken = createMatcherCache(db, compileMatcher, { log: () => undefined, snapshotDelayMs: 0, store });
    woken.prefetch();
    // A bundled pack updated meanwhile (what ensureBundledPacks does before the first get).
    await installPack(db, nextCorePack(), { bundled: true });
    const next = await woken.get();
    expect([woken.builds, woken.restores]).toEqual([1, 0]);
    expect(next?.version).toBe(combinedVersion([{ id: 'core', contentVersion: 'ffffeeee00001111', enabled: true }]));
    expect(next?.matcher.scan(PAGE).entities.map((e) => e.id)).not.toContain('twitter');
  });

  it('is not stored when the packs changed between the compile and the write', async () => {
    await installPack(db, corePack, { bundled: true });
    const cache = createMatcherCache(db, compileMatcher, { log: () => undefined, snapshotDelayMs: 20, store });
    await cache.get();
    await installPack(db, nextCorePack(), { bundled: true });
    await cache.snapshotSaved();
    expect(await stored()).toBeUndefined();
  });

  it('a matcher that cannot be serialized is not stored, and the set snapshot still is', async () => {
    await installPack(db, corePack, { bundled: true });
    const logs: string[] = [];
    const failing = { ...store, serialize: () => { throw new Error('no room'); } };
    const cache = createMatcherCache(db, compileMatcher, { log: (m) => logs.push(m), snapshotDelayMs: 0, store: failing });
    await cache.get();
    await cache.snapshotSaved();
    expect(await stored()).toBeUndefined();
    expect(logs).toContain('[siyaq] the compiled matcher was not stored: no room');
    expect(await db.meta.get('matchableSet')).toBeDefined();
  });
});
