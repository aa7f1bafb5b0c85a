/**
 * Reads a GNU gettext .mo file (the format Debian's libgeonames-common ships GeoNames' translated names in:
 * msgid = GeoNames id, msgstr = the name in that language). Pure: takes the bytes, returns id → text.
 * Format: magic, revision, count N, offset of the original table, offset of the translation table; each
 * table holds N (length, offset) pairs of 32-bit integers in the file's byte order.
 */
export function readMoFile(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 20) throw new Error('not a .mo file: too short');
  const magic = view.getUint32(0, true);
  let little: boolean;
  if (magic === 0x950412de) little = true;
  else if (view.getUint32(0, false) === 0x950412de) little = false;
  else throw new Error('not a .mo file: bad magic number');
  const u32 = (at: number) => view.getUint32(at, little);
  const count = u32(8);
  const originals = u32(12);
  const translations = u32(16);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const string = (table: number, k: number) => {
    const length = u32(table + 8 * k);
    const offset = u32(table + 8 * k + 4);
    if (offset + length > bytes.byteLength) throw new Error(`.mo entry ${k} runs past the end of the file`);
    return decoder.decode(bytes.subarray(offset, offset + length));
  };
  const out = new Map<string, string>();
  for (let k = 0; k < count; k++) {
    const id = string(originals, k);
    if (id === '') continue; // the header entry
    out.set(id, string(translations, k));
  }
  return out;
}

/** Writes a little-endian .mo file: used by the tests to make fixtures, and the inverse of `readMoFile`. */
export function writeMoFile(entries: ReadonlyMap<string, string>): Uint8Array {
  const encoder = new TextEncoder();
  const pairs = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [encoder.encode(k), encoder.encode(v)] as const);
  const n = pairs.length;
  const headerSize = 28;
  const originals = headerSize;
  const translations = originals + 8 * n;
  let data = translations + 8 * n;
  const size = data + pairs.reduce((s, [k, v]) => s + k.length + v.length + 2, 0);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x950412de, true);
  view.setUint32(8, n, true);
  view.setUint32(12, originals, true);
  view.setUint32(16, translations, true);
  pairs.forEach(([k], i) => {
    view.setUint32(originals + 8 * i, k.length, true);
    view.setUint32(originals + 8 * i + 4, data, true);
    bytes.set(k, data);
    data += k.length + 1;
  });
  pairs.forEach(([, v], i) => {
    view.setUint32(translations + 8 * i, v.length, true);
    view.setUint32(translations + 8 * i + 4, data, true);
    bytes.set(v, data);
    data += v.length + 1;
  });
  return bytes;
}
