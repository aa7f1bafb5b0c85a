import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { AmendRow, CoverageRow, EntityRow, EventRow, FactRow, MetaRow, PackRow, RelationRow, SettingsRow, SourceRow, VisitRow } from './rows';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY } from './schema-history';
import { upgradeToPacks } from './upgrade-to-packs';
import { upgradeVisitsToV3 } from './visits-upgrade';

export const DB_NAME = 'siyaq';

/**
 * Siyaq's IndexedDB. Only the background opens it (content scripts run in the page's origin and
 * could not reach it anyway); everyone else asks through messages.
 */
export class SiyaqDb extends Dexie {
  entities!: EntityTable<EntityRow, 'id'>;
  events!: EntityTable<EventRow, 'id'>;
  relations!: Table<RelationRow, number>;
  facts!: EntityTable<FactRow, 'id'>;
  sources!: EntityTable<SourceRow, 'id'>;
  amends!: Table<AmendRow, number>;
  packs!: EntityTable<PackRow, 'id'>;
  meta!: Table<MetaRow, MetaRow['key']>;
  visits!: EntityTable<VisitRow, 'url'>;
  coverage!: Table<CoverageRow, [string, string]>;
  settings!: Table<SettingsRow, 'settings'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    declareSchemaHistory(this);
    // Dexie 4 opens a database a newer release has upgraded as if it were ours; this release would then
    // read and write rows it does not know the shape of. Refuse instead, touching nothing.
    this.on('ready', (db) => {
      const stored = (db as Dexie).backendDB().version / 10;
      if (stored > CURRENT_SCHEMA_VERSION) {
        (db as Dexie).close();
        throw new Dexie.VersionError(`the database is at schema v${stored}, this release knows up to v${CURRENT_SCHEMA_VERSION}`);
      }
    });
  }

  /** The tables a pack writes to: an install, update or removal locks them all in one transaction. */
  get packTables() {
    return [this.entities, this.events, this.relations, this.facts, this.sources, this.amends, this.packs, this.meta];
  }
}

/** How rows change on the way to a version (none listed: the stores changed, the rows did not). */
const UPGRADES: Record<number, (tx: Transaction) => Promise<void>> = {
  2: upgradeToPacks,
  3: upgradeVisitsToV3,
};

/** Declares versions 1..upTo (default: all). Tests use `upTo` to create a database as an older release did. */
export function declareSchemaHistory(db: Dexie, upTo = Infinity): void {
  for (const { version, stores } of SCHEMA_HISTORY) {
    if (version > upTo) break;
    const declared = db.version(version).stores(stores);
    const upgrade = UPGRADES[version];
    if (upgrade) declared.upgrade(upgrade);
  }
}
