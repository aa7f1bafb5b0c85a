import type { PackSummary } from '../messaging/protocol';
import type { PackRow } from './rows';

/** An installed pack as the options page lists it. */
export function toPackSummary(row: PackRow): PackSummary {
  const { meta } = row;
  return {
    id: row.id,
    name: meta.name,
    description: meta.description,
    version: meta.version,
    license: meta.license,
    attribution: meta.attribution,
    authors: meta.authors,
    date: meta.date,
    ...(meta.homepage ? { homepage: meta.homepage } : {}),
    requires: meta.requires,
    contentVersion: row.contentVersion,
    enabled: row.enabled,
    bundled: row.bundled,
    installedAt: row.installedAt,
    counts: row.counts,
  };
}
