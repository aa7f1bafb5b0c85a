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
    expect(logs[0]).toMatch(/built from IndexedDB in [\d.]+ ms \(11 entities, 3 events\)/);
  });
});
