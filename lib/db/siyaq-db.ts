import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Entity, EventRecord, Fact } from '../reference/schema';
import type { MetaRow, RelationRow, SettingsRow, SourceRow, VisitRow } from './rows';
import { SCHEMA_HISTORY } from './schema-history';

export const DB_NAME = 'siyaq';

/**
 * Siyaq's IndexedDB. Only the background opens it (content scripts run in the page's origin and
 * could not reach it anyway); everyone else asks through messages.
 */
export class SiyaqDb extends Dexie {
  entities!: EntityTable<Entity, 'id'>;
  events!: EntityTable<EventRecord, 'id'>;
  relations!: Table<RelationRow, number>;
  facts!: EntityTable<Fact, 'id'>;
  sources!: EntityTable<SourceRow, 'id'>;
  meta!: Table<MetaRow, MetaRow['key']>;
  visits!: EntityTable<VisitRow, 'url'>;
  settings!: Table<SettingsRow, 'settings'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    declareSchemaHistory(this);
  }
}

/** Declares versions 1..upTo (default: all). Tests use `upTo` to create a database as an older release did. */
export function declareSchemaHistory(db: Dexie, upTo = Infinity): void {
  for (const { version, stores } of SCHEMA_HISTORY) {
    if (version > upTo) break;
    db.version(version).stores(stores);
  }
}
