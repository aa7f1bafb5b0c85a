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
  {
    version: 2,
    stores: {
      // Reference records, each row tagged with the pack it comes from (`pack`): a pack is installed,
      // replaced, switched off and removed as a whole. Ids stay one namespace across installed packs.
      entities: 'id, type, pack',
      events: 'id, date, pack',
      relations: '++key, from, to, pack',
      facts: 'id, subject, source, pack',
      sources: 'id, pack',
      // Additions to records of other packs (`id` = the amended entity), applied when both are enabled.
      amends: '++key, id, pack',
      // Installed packs: metadata, contentVersion, enabled, bundled, record counts, installedAt.
      packs: 'id',
      // { key, value }: importError (referenceVersion moved to packs[].contentVersion).
      meta: 'key',
      visits: 'url, at, *ids',
      settings: 'key',
    },
  },
  {
    version: 3,
    stores: {
      entities: 'id, type, pack',
      events: 'id, date, pack',
      relations: '++key, from, to, pack',
      facts: 'id, subject, source, pack',
      sources: 'id, pack',
      amends: '++key, id, pack',
      packs: 'id',
      meta: 'key',
      // Visits are keyed by canonical URL and gain their site (forget a site), first visit and page
      // metadata; `coverage` holds one (id, page, date) row per name per page, so a card reads its
      // newest related pages through the [id+date] index instead of every visit naming it.
      visits: 'url, at, *ids, site',
      coverage: '[id+url], [id+date], url',
      settings: 'key',
    },
  },
] as const satisfies readonly { version: number; stores: Record<string, string | null> }[];

export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;
