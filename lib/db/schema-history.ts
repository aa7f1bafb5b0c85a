/**
 * Every IndexedDB schema Siyaq has shipped, oldest first. Never edit a released entry: add a new
 * version with its store changes (and an upgrade function in siyaq-db.ts if rows must change), plus a
 * fixture `tests/fixtures/db/v<N>.json` — a test fails when a version has no fixture.
 */
export const SCHEMA_HISTORY = [
  {
    version: 1,
    stores: {
      // Reference set: replaced as a whole by importReferenceSet.
      entities: 'id, type',
      events: 'id, date',
      relations: '++key, from, to',
      facts: 'id, subject, source',
      sources: 'id',
      // { key, value }: referenceVersion, importError.
      meta: 'key',
      // User data: never touched by an import.
      visits: 'url, at, *ids',
      settings: 'key',
    },
  },
] as const satisfies readonly { version: number; stores: Record<string, string | null> }[];

export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;
