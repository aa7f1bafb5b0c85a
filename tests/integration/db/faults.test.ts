import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installPack } from '../../../lib/db/install-pack';
import { describeOpenError } from '../../../lib/db/open-error';
import { getSettings, updateSettings } from '../../../lib/db/settings-repository';
import { SiyaqDb } from '../../../lib/db/siyaq-db';
import { findCoverage, recordVisit } from '../../../lib/db/visits-repository';
import { corePack, nextCorePack } from './reference-pack';

// Faults in the middle of a write: the disk full (QuotaExceededError), the background stopped half-way
// (a throw inside the transaction: the worker's death aborts it the same way). Afterwards the data is
// the old state or the new, never a mix, and the next event works again.

type Write = 'put' | 'add';
/** Makes writes to `store` fail with QuotaExceededError, `times` times (then writes work again). */
function diskFull(store: string, times = Infinity) {
  let left = times;
  const originals = { put: IDBObjectStore.prototype.put, add: IDBObjectStore.prototype.add };
  for (const method of ['put', 'add'] as Write[]) {
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      if (this.name === store && left > 0) {
        left--;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return originals[method].apply(this, args);
    });
  }
}

let db: SiyaqDb;
beforeEach(async () => {
  db = new SiyaqDb(`faults-${crypto.randomUUID()}`);
  await db.open();
  await installPack(db, corePack, { bundled: true, now: () => 1 });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const snapshot = async () => Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));

describe('faults in the middle of a write', () => {
  it('disk full while a reference pack is replaced: the old pack stays whole; the next install succeeds', async () => {
    const before = await snapshot();
    // Fail after some rows of the new version were written: the entities go in, the facts fail.
    diskFull('facts');
    await expect(installPack(db, nextCorePack(), { bundled: true })).rejects.toThrow(/quota/i);
    expect(await snapshot()).toEqual(before);
    vi.restoreAllMocks();
    await expect(installPack(db, nextCorePack(), { bundled: true })).resolves.toMatchObject({ status: 'updated' });
    expect(await db.entities.get('twitter')).toBeUndefined();
  });

  it('the background stopped in the middle of an import: nothing of the new version is left', async () => {
    const before = await snapshot();
    // A stop during the transaction aborts it; simulate with a throw after the first tables are written.
    db.facts.hook('creating', () => {
      throw new Error('service worker stopped');
    });
    await expect(installPack(db, nextCorePack(), { bundled: true })).rejects.toThrow(/stopped/);
    expect(await snapshot()).toEqual(before);
  });

  it('disk full while a visit is recorded: the visit table is as before; the next visit is recorded', async () => {
    await recordVisit(db, { url: 'https://a.example/1', title: 'أ', at: 1, ids: ['baghdad'] });
    const before = await db.visits.toArray();
    diskFull('visits', 1);
    await expect(recordVisit(db, { url: 'https://a.example/1', title: 'أ', at: 2, ids: ['iraq'] }, { merge: true })).rejects.toThrow(/quota/i);
    expect(await db.visits.toArray()).toEqual(before);
    await recordVisit(db, { url: 'https://a.example/2', title: 'ب', at: 3, ids: ['baghdad'] });
    expect((await findCoverage(db, 'baghdad')).visits.map((v) => v.url)).toEqual(['https://a.example/2', 'https://a.example/1']);
  });

  it('disk full during a settings change: the old settings stay (not the defaults); the next change is saved', async () => {
    await updateSettings(db, { language: 'en', disabledSites: ['example.com'] });
    diskFull('settings', 1);
    await expect(updateSettings(db, { highlights: false })).rejects.toThrow(/quota/i);
    expect(await getSettings(db)).toMatchObject({ highlights: true, language: 'en', disabledSites: ['example.com'] });
    await updateSettings(db, { highlights: false });
    expect(await getSettings(db)).toMatchObject({ highlights: false, language: 'en', disabledSites: ['example.com'] });
  });

  it('the quota error is explained to the reader as something to act on', () => {
    const said = describeOpenError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(said).toMatchObject({ readerMustAct: true, kind: 'no-room' });
    expect(said.message).toMatch(/no room left/);
  });

  it('storage cleared while the extension runs: the next event reopens an empty database and fills it again', async () => {
    const name = db.name;
    await Dexie.delete(name); // what "clear site data" does to an extension's IndexedDB
    const again = new SiyaqDb(name);
    await again.open();
    expect(await again.packs.count()).toBe(0);
    await installPack(again, corePack, { bundled: true });
    expect(await again.entities.get('baghdad')).toBeDefined();
    expect(await getSettings(again)).toMatchObject({ highlights: true, language: 'ar', disabledSites: [] });
    again.close();
  });
});
