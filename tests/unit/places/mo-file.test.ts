import { describe, expect, it } from 'vitest';
import { readMoFile, writeMoFile } from '../../../scripts/places/mo-file';

describe('readMoFile', () => {
  it('reads what writeMoFile writes, skipping the header entry', () => {
    const entries = new Map([
      ['', 'Content-Type: text/plain; charset=UTF-8\n'],
      ['170017', 'حماة'],
      ['267008', 'Şūr'],
    ]);
    const read = readMoFile(writeMoFile(entries));
    expect([...read]).toEqual([
      ['170017', 'حماة'],
      ['267008', 'Şūr'],
    ]);
  });

  it('reads a big-endian file', () => {
    const little = writeMoFile(new Map([['1', 'صور']]));
    const view = new DataView(little.buffer);
    const big = new Uint8Array(little);
    const bigView = new DataView(big.buffer);
    for (let at = 0; at < 28; at += 4) bigView.setUint32(at, view.getUint32(at, true), false);
    for (let at = 28; at < 28 + 16; at += 4) bigView.setUint32(at, view.getUint32(at, true), false);
    expect([...readMoFile(big)]).toEqual([['1', 'صور']]);
  });

  it('rejects what is not a .mo file', () => {
    expect(() => readMoFile(new TextEncoder().encode('msgid "1"\nmsgstr "x"\n'))).toThrow(/bad magic/);
    expect(() => readMoFile(new Uint8Array(4))).toThrow(/too short/);
  });
});
