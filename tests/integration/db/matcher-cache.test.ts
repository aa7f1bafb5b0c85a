import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { combinedVersion } from '../../../lib/db/combined-version';
import { installPack } from '../../../lib/db/install-pack';
import { createMatcherCache } from '../../../lib/db/matcher-cache';
import { SiyaqDb } from '../../../lib/db/siyaq-db';
import { compileMatcher } from '../../../lib/match/compile';
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
