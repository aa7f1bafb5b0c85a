import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Dexie from 'dexie';
import { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCards } from '../../../lib/db/build-cards';
import { loadMatchableSet } from '../../../lib/db/load-matchable-set';
import { factRowSchema, metaRowSchema, relationRowSchema, settingsRowSchema, sourceRowSchema, visitRowSchema } from '../../../lib/db/rows';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../../lib/db/schema-history';
import { declareSchemaHistory, SiyaqDb } from '../../../lib/db/siyaq-db';
import { getSettings } from '../../../lib/db/settings-repository';
import { entitySchema, eventSchema } from '../../../lib/reference/schema';

const fixturePath = (version: number) => fileURLToPath(new URL(`../../fixtures/db/v${version}.json`, import.meta.url));

/** How each table of the CURRENT schema is read back; a table added without a schema fails below. */
const ROW_SCHEMAS: Record<string, z.ZodType> = {
  entities: entitySchema,
  events: eventSchema,
  relations: relationRowSchema,
  facts: factRowSchema,
  sources: sourceRowSchema,
  meta: metaRowSchema,
  visits: visitRowSchema,
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
      expect(rows.length, `table ${table.name} is empty in the v${version} fixture`).toBeGreaterThan(0);
      for (const row of rows) expect(() => schema!.parse(row), `${table.name}: ${JSON.stringify(row).slice(0, 120)}`).not.toThrow();
    }

    // The repositories work on it.
    const { version: refVersion, set } = await loadMatchableSet(db);
    expect(refVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(set.entities.map((e) => e.id)).toContain('mustafa-al-kadhimi');
    expect((await getSettings(db)).disabledSites).toEqual(['www.example.com']);
    const { cards } = await buildCards(db, ['mustafa-al-kadhimi'], { onPage: new Set(['mustafa-al-kadhimi']) });
    expect(cards[0]).toMatchObject({ kind: 'entity', id: 'mustafa-al-kadhimi' });
  });
});
