import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeOpenError } from '../../../lib/db/open-error';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../../lib/db/schema-history';
import { declareSchemaHistory, SiyaqDb } from '../../../lib/db/siyaq-db';

// Every schema version since the first migrates to the latest with nothing the reader owns lost:
// every visit, every setting and every pack record compared one by one. A migration that fails
// keeps the old database as it was and says so; a database from a newer release is left alone.

type Rows = Record<string, Record<string, unknown>[]>;
const fixture = (version: number): { version: number; tables: Rows } =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/db/v${version}.json`, import.meta.url)), 'utf8'));

const names: string[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database as release `version` left it, filled with that version's fixture. */
async function writeAs(version: number, tables: Rows): Promise<string> {
  const name = `upgrade-v${version}-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  declareSchemaHistory(old, version);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  return name;
}

async function readAll(name: string, version: number): Promise<Rows> {
  const db = new Dexie(name);
  declareSchemaHistory(db, version);
  await db.open();
  const out: Rows = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  db.close();
  return out;
}

const byKey = (rows: Record<string, unknown>[], key: string) => new Map(rows.map((r) => [String(r[key]), r]));

describe('upgrades keep every record', () => {
  it.each(SCHEMA_HISTORY.map((h) => [h.version] as const))('v%i → latest: every visit, setting and pack record is there, unchanged', async (version) => {
    const before = fixture(version).tables;
    const name = await writeAs(version, before);
    const db = new SiyaqDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);

    // The reader's own data: exactly what was there.
    const visits = byKey(await db.visits.toArray(), 'url');
    expect(visits.size).toBe(before.visits!.length);
    // (A migration may add fields to a visit, never change or drop one.)
    for (const visit of before.visits!) expect(visits.get(String(visit.url)), `visit ${String(visit.url)}`).toMatchObject(visit);
    expect(await db.settings.toArray()).toEqual(before.settings);

    // Reference records: each one still there with the same fields (an upgrade may only add fields,
    // such as the pack a v1 row came from).
    for (const table of ['entities', 'events', 'facts', 'sources', 'relations'] as const) {
      const key = table === 'relations' ? 'key' : 'id';
      const after = byKey(await db.table(table).toArray(), key);
      expect(after.size, table).toBe(before[table]!.length);
      for (const row of before[table]!) expect(after.get(String(row[key])), `${table} ${String(row[key])}`).toMatchObject(row);
    }
    // Packs (from the version that has them): every pack and every amendment, record by record.
    for (const table of ['packs', 'amends'] as const) {
      if (!before[table]) continue;
      const key = table === 'packs' ? 'id' : 'key';
      const after = byKey(await db.table(table).toArray(), key);
      expect(after.size, table).toBe(before[table]!.length);
      for (const row of before[table]!) expect(after.get(String(row[key])), `${table} ${String(row[key])}`).toEqual(row);
    }
    db.close();
  });

  it('a migration that fails leaves the old database exactly as it was, and says so', async () => {
    // Only meaningful once there is a migration: the first version has none before it.
    const from = SCHEMA_HISTORY[0]!.version;
    const before = fixture(from).tables;
    const name = await writeAs(from, before);
    // A migration that dies half-way (after rewriting some rows), like a worker stopped or a disk full
    // in the middle: every step from the fixture's version up runs in the one upgrade transaction.
    const failing = new Dexie(name);
    declareSchemaHistory(failing);
    failing
      .version(CURRENT_SCHEMA_VERSION + 1)
      .stores({})
      .upgrade(async (tx) => {
        await tx.table('visits').toCollection().modify((v: { title: string }) => void (v.title = 'half-migrated'));
        throw new Error('stopped in the middle of the upgrade');
      });
    const error = await failing.open().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    const said = describeOpenError(error);
    expect(said.kind).toBe('upgrade-failed');
    expect(said.message).toMatch(/could not upgrade/);
    expect(said.message).toMatch(/kept as it was/);
    failing.close();
    // Nothing of the half-done upgrade is left, and no default data replaced the old.
    expect(await readAll(name, from)).toEqual(await (async () => {
      const reference = await writeAs(from, before);
      return readAll(reference, from);
    })());
  });

  it('a database written by a newer release is refused with a clear message and not touched', async () => {
    const newer = CURRENT_SCHEMA_VERSION + 1;
    const name = `newer-${crypto.randomUUID()}`;
    names.push(name);
    const future = new Dexie(name);
    declareSchemaHistory(future);
    future.version(newer).stores({ notes: 'id' });
    await future.open();
    const latest = fixture(CURRENT_SCHEMA_VERSION).tables;
    await future.transaction('rw', future.tables, async () => {
      for (const [table, rows] of Object.entries(latest)) await future.table(table).bulkAdd(rows);
      await future.table('notes').add({ id: 'n1', text: 'a table this release does not know' });
    });
    future.close();

    const db = new SiyaqDb(name);
    const error = await db.open().then(
      () => null,
      (e: unknown) => e,
    );
    const said = describeOpenError(error);
    expect(said).toMatchObject({ readerMustAct: true, kind: 'newer-version' });
    expect(said.message).toMatch(/newer version/);
    expect(said.message).toMatch(/Nothing was changed or deleted/);
    db.close();

    const after = new Dexie(name);
    declareSchemaHistory(after);
    after.version(newer).stores({ notes: 'id' });
    await after.open();
    expect(after.verno).toBe(newer);
    expect(byKey(await after.table('visits').toArray(), 'url')).toEqual(byKey(latest.visits!, 'url'));
    expect(await after.table('settings').toArray()).toEqual(latest.settings);
    expect(await after.table('notes').count()).toBe(1);
    after.close();
  });
});
