import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Dexie from 'dexie';
import { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCards } from '../../../lib/db/build-cards';
import { loadMatchableSet } from '../../../lib/db/load-matchable-set';
import {
  amendRowSchema,
  coverageRowSchema,
  entityRowSchema,
  eventRowSchema,
  factRowSchema,
  metaRowSchema,
  packRowSchema,
  relationRowSchema,
  settingsRowSchema,
  sourceRowSchema,
  visitRowSchema,
} from '../../../lib/db/rows';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../../lib/db/schema-history';
import { declareSchemaHistory, SiyaqDb } from '../../../lib/db/siyaq-db';
import { getSettings } from '../../../lib/db/settings-repository';
import { siteOfUrl } from '../../../lib/db/visits-upgrade';
import { RECORD_SCHEMAS } from '../../../lib/db/upgrade-to-packs';

const fixturePath = (version: number) => fileURLToPath(new URL(`../../fixtures/db/v${version}.json`, import.meta.url));

/** How each table of the CURRENT schema is read back; a table added without a schema fails below. */
const ROW_SCHEMAS: Record<string, z.ZodType> = {
  entities: entityRowSchema,
  events: eventRowSchema,
  relations: relationRowSchema,
  facts: factRowSchema,
  sources: sourceRowSchema,
  amends: amendRowSchema,
  packs: packRowSchema,
  meta: metaRowSchema,
  visits: visitRowSchema,
  coverage: coverageRowSchema,
  settings: settingsRowSchema,
};

const fixtureSchema = z.object({ version: z.number().int(), tables: z.record(z.string(), z.array(z.unknown())) });

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('database snapshots of every schema version', () => {
  it('has a row schema for every table of the current version', () => {
    const current = SCHEMA_HISTORY.find((h) => h.version === CURRENT_SCHEMA_VERSION)!;
    expect(Object.keys(ROW_SCHEMAS).sort()).toEqual(Object.keys(current.stores).sort());
  });

  it.each(SCHEMA_HISTORY.map((h) => [h.version, h] as const))('v%i: the fixture opens with the current code and every row parses', async (version, history) => {
    expect(existsSync(fixturePath(version)), `tests/fixtures/db/v${version}.json is missing: add a snapshot for schema v${version}`).toBe(true);
    const fixture = fixtureSchema.parse(JSON.parse(readFileSync(fixturePath(version), 'utf8')));
    expect(fixture.version).toBe(version);
    expect(Object.keys(fixture.tables).sort(), 'the fixture must fill every table of its version').toEqual(Object.keys(history.stores).sort());

    // Write the snapshot with the schema as that release declared it…
    const name = `fixture-v${version}-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    declareSchemaHistory(old, version);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
    });
    old.close();

    // …then open it with today's code (upgrades run here) and read everything back.
    const db = new SiyaqDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const table of db.tables) {
      const schema = ROW_SCHEMAS[table.name];
      expect(schema, `no row schema for table ${table.name}`).toBeDefined();
      const rows = await table.toArray();
      // Tables added after this version start empty (or are filled by the upgrade); the others must have rows.
      if (table.name in history.stores) expect(rows.length, `table ${table.name} is empty in the v${version} fixture`).toBeGreaterThan(0);
      for (const row of rows) expect(() => schema!.parse(row), `${table.name}: ${JSON.stringify(row).slice(0, 120)}`).not.toThrow();
    }

    // The repositories work on it.
    const { version: refVersion, set } = await loadMatchableSet(db);
    expect(refVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(set.entities.map((e) => e.id)).toContain('mustafa-al-kadhimi');
    expect((await getSettings(db)).disabledSites).toEqual(['www.example.com']);
    const { cards } = await buildCards(db, ['mustafa-al-kadhimi'], { onPage: new Set(['mustafa-al-kadhimi']) });
    expect(cards[0]).toMatchObject({ kind: 'entity', id: 'mustafa-al-kadhimi' });
    // The visits of every version reach related coverage (older ones through the v3 upgrade's index).
    expect(cards[0]!.coverage.filter((c) => c.kind === 'visit').map((c) => c.url)).toContain('https://www.example.iq/politics/2021/11/07/kadhimi');
  });
});

describe('migration v1 → v2 (the reference set becomes the core pack)', () => {
  async function openV1() {
    const fixture = fixtureSchema.parse(JSON.parse(readFileSync(fixturePath(1), 'utf8')));
    const name = `migrate-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    declareSchemaHistory(old, 1);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
    });
    old.close();
    const db = new SiyaqDb(name);
    opened.push(db);
    await db.open();
    return { db, v1: fixture.tables as Record<string, Record<string, unknown>[]> };
  }

  it('keeps every reference record as it was, tagged with the core pack, with the fields it predates at their defaults', async () => {
    const { db, v1 } = await openV1();
    for (const table of ['entities', 'events', 'relations', 'facts', 'sources'] as const) {
      const after = await db.table(table).toArray();
      expect(after, table).toHaveLength(v1[table]!.length);
      const key = table === 'relations' ? 'key' : 'id';
      for (const before of v1[table]!) {
        const row = after.find((r: Record<string, unknown>) => r[key] === before[key]);
        expect(row, `${table} ${String(before[key])}`).toEqual({ ...before, ...RECORD_SCHEMAS[table].parse(before), pack: 'core' });
        // Nothing the v1 row had is changed.
        expect(row).toMatchObject(before);
      }
    }
    expect(await db.amends.count()).toBe(0);
  });

  it('moves the set version to the core pack row and keeps visits, settings and the import error', async () => {
    const { db, v1 } = await openV1();
    const version = v1.meta!.find((m) => m.key === 'referenceVersion')!.value;
    const core = packRowSchema.parse(await db.packs.get('core'));
    expect(core).toMatchObject({ id: 'core', contentVersion: version, enabled: true, bundled: true, installedAt: 0 });
    expect(core.counts).toEqual({ sources: v1.sources!.length, entities: v1.entities!.length, events: v1.events!.length, relations: v1.relations!.length, facts: v1.facts!.length, amends: 0 });
    // 0.0.0: the bundled core pack is installed over the carried-over one at the next start.
    expect(core.meta.version).toBe('0.0.0');
    expect((await db.meta.toArray()).map((m) => m.key)).toEqual(v1.meta!.filter((m) => m.key !== 'referenceVersion').map((m) => m.key));
    // Kept as they were, plus what the v3 upgrade adds to every visit (first visit, site).
    expect(await db.visits.toArray()).toEqual(
      (v1.visits as { url: string; at: number }[]).map((v) => ({ ...v, firstAt: v.at, site: siteOfUrl(v.url) })),
    );
    expect(await db.settings.toArray()).toEqual(v1.settings);
  });

  it('a v2 database with a pack switched off neither matches nor shows that pack, and its amendment is not applied', async () => {
    const fixture = fixtureSchema.parse(JSON.parse(readFileSync(fixturePath(2), 'utf8')));
    const db = new SiyaqDb(`v2-${crypto.randomUUID()}`);
    opened.push(db);
    await db.open();
    await db.transaction('rw', db.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.tables)) await db.table(table).bulkAdd(rows);
    });
    const { set } = await loadMatchableSet(db);
    expect(set.entities.map((e) => e.id)).not.toContain('salam-al-obaidi');
    const kadhimi = set.entities.find((e) => e.id === 'mustafa-al-kadhimi')!;
    expect(kadhimi.aliases.map((a) => a.text)).not.toContain('الكاظمي مصطفى');
    expect((await buildCards(db, ['salam-al-obaidi'], { onPage: new Set() })).missing).toEqual(['salam-al-obaidi']);

    await db.packs.update('extra', { enabled: true });
    const on = await loadMatchableSet(db);
    expect(on.set.entities.map((e) => e.id)).toContain('salam-al-obaidi');
    expect(on.set.entities.find((e) => e.id === 'mustafa-al-kadhimi')!.aliases.map((a) => a.text)).toContain('الكاظمي مصطفى');
  });
});
