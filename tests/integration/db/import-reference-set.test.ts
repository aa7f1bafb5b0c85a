import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importReferenceSet } from '../../../lib/db/import-reference-set';
import { getReferenceStatus } from '../../../lib/db/get-reference-status';
import { SiyaqDb } from '../../../lib/db/siyaq-db';
import { updateSettings } from '../../../lib/db/settings-repository';
import { recordVisit } from '../../../lib/db/visits-repository';
import { nextSet, shippedSet } from './reference-pack';

let db: SiyaqDb;
beforeEach(() => {
  db = new SiyaqDb(`import-${crypto.randomUUID()}`);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

async function snapshot() {
  return {
    entities: (await db.entities.toArray()).map((e) => e.id).sort(),
    events: await db.events.count(),
    relations: await db.relations.count(),
    facts: await db.facts.count(),
    sources: await db.sources.count(),
    version: (await db.meta.get('referenceVersion'))?.value,
    baghdad: (await db.entities.get('baghdad'))?.summary.ar,
  };
}

describe('importReferenceSet', () => {
  it('imports every table of the shipped set and records its version', async () => {
    const result = await importReferenceSet(db, shippedSet);
    expect(result).toEqual({ status: 'imported', version: shippedSet.version });
    const s = await snapshot();
    expect(s.entities).toHaveLength(shippedSet.entities.length);
    expect(s.entities).toContain('mustafa-al-kadhimi');
    expect(s).toMatchObject({
      events: shippedSet.events.length,
      relations: shippedSet.relations.length,
      facts: shippedSet.facts.length,
      sources: shippedSet.sources.length,
      version: shippedSet.version,
    });
  });

  it('writes in one transaction', async () => {
    const spy = vi.spyOn(db, 'transaction');
    await importReferenceSet(db, shippedSet);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('skips the work when the stored version is the same', async () => {
    await importReferenceSet(db, shippedSet);
    const add = vi.spyOn(db.entities, 'bulkAdd');
    const clear = vi.spyOn(db.entities, 'clear');
    expect(await importReferenceSet(db, shippedSet)).toEqual({ status: 'unchanged', version: shippedSet.version });
    expect(add).not.toHaveBeenCalled();
    expect(clear).not.toHaveBeenCalled();
  });

  it('replaces the set on a new version and leaves visits and settings alone', async () => {
    await importReferenceSet(db, shippedSet);
    await recordVisit(db, { url: 'https://www.example.iq/news/1', title: 'الكاظمي ينجو', at: 1, ids: ['mustafa-al-kadhimi'] });
    await updateSettings(db, { language: 'en' });
    expect((await importReferenceSet(db, nextSet())).status).toBe('imported');
    const s = await snapshot();
    expect(s.version).toBe('ffffeeee00001111');
    expect(s.entities).not.toContain('twitter');
    expect(s.baghdad).toBe('عاصمة العراق وأكبر مدنه');
    expect(await db.visits.count()).toBe(1);
    expect((await db.settings.get('settings'))?.value.language).toBe('en');
  });

  it('refuses an invalid pack, keeps the previous set and reports why', async () => {
    await importReferenceSet(db, shippedSet);
    const before = await snapshot();
    const bad = { ...nextSet(), entities: [{ id: 'Not Kebab', type: 'person' }] };
    const result = await importReferenceSet(db, bad);
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.error).toMatch(/invalid reference set: entities\.0/);
    expect(await snapshot()).toEqual(before);
    expect((await getReferenceStatus(db)).importError).toMatch(/invalid reference set/);
  });

  it('rolls back when a write throws half-way (after the old rows were cleared)', async () => {
    await importReferenceSet(db, shippedSet);
    const before = await snapshot();
    // Facts are written after entities, events and relations: by then the old set is already cleared.
    db.facts.hook('creating', () => {
      throw new Error('QuotaExceededError: simulated');
    });
    const result = await importReferenceSet(db, nextSet());
    expect(result).toMatchObject({ status: 'failed', version: 'ffffeeee00001111' });
    expect(result.status === 'failed' && result.error).toMatch(/simulated/);
    expect(await snapshot()).toEqual(before);
    const status = await getReferenceStatus(db);
    expect(status.version).toBe(shippedSet.version);
    expect(status.importError).toMatch(/ffffeeee00001111 failed/);
  });

  it('clears the reported error after a successful import', async () => {
    await importReferenceSet(db, { nonsense: true });
    expect((await getReferenceStatus(db)).importError).not.toBeNull();
    await importReferenceSet(db, shippedSet);
    expect(await getReferenceStatus(db)).toMatchObject({ version: shippedSet.version, importError: null, entities: shippedSet.entities.length });
  });
});
