/**
 * JSON with object keys sorted at every level and no whitespace, so that two records that differ only in
 * key order or formatting serialize to the same string (and hash to the same version).
 * Array order is kept: it is meaningful (alias order, file order).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      // JSON.stringify drops undefined members; dropping them here too keeps `{a: undefined}` equal to `{}`.
      if (item !== undefined) out[key] = sortKeys(item);
    }
    return out;
  }
  return value;
}
