import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installPack, type InstallablePack } from '../../../lib/db/install-pack';
import { createPackImports, MAX_LISTED_PROBLEMS } from '../../../lib/db/pack-imports';
import { SiyaqDb } from '../../../lib/db/siyaq-db';
import { MAX_PACK_FILE_BYTES } from '../../../lib/messaging/pack-limits';
import type { ExternalIds } from '../../../lib/reference/check-references';
import { ReferenceBuildError } from '../../../lib/reference/reference-build-error';
import { parsePack } from '../../../lib/reference/parse-pack';
import { buildCards } from '../../../lib/db/build-cards';
import { loadMatchableSet } from '../../../lib/db/load-matchable-set';
import { buildPackFolder } from '../../../scripts/lib/build-pack-folder';
import { corePack, extraPack } from './reference-pack';

let db: SiyaqDb;
let seen: ExternalIds | null;
/** Stands in for parsePack: records the external ids it was given; `{ issues }` data fails with them. */
const parse = (data: unknown, external: ExternalIds): InstallablePack => {
  seen = external;
  const issues = (data as { issues?: string[] }).issues;
  if (issues) throw new ReferenceBuildError(issues.map((message, i) => ({ file: 'pack', field: `entities[${i}].name`, message })));
  return data as InstallablePack;
};

beforeEach(async () => {
  db = new SiyaqDb(`imports-${crypto.randomUUID()}`);
  seen = null;
  await installPack(db, corePack, { bundled: true });
});
afterEach(() => db.delete());

async function upload(imports: ReturnType<typeof createPackImports>, text: string, pieces = 3) {
  const { uploadId } = imports.start({ size: new TextEncoder().encode(text).length });
  const size = Math.ceil(text.length / pieces);
  for (let i = 0; i * size < text.length; i++) imports.chunk({ uploadId, index: i, text: text.slice(i * size, (i + 1) * size) });
  return uploadId;
}

describe('pack imports (background side)', () => {
  it('refuses an upload over the size limit when it starts, with the size and the limit', () => {
    const imports = createPackImports({ db, parse });
    expect(() => imports.start({ size: 100 * 1024 * 1024 })).toThrow('The file is 100.0 MB; packs larger than 64 MB are refused.');
    expect(() => imports.start({ size: MAX_PACK_FILE_BYTES })).not.toThrow();
  });

  it('refuses chunks out of order, more text than announced, and unknown uploads', () => {
    const imports = createPackImports({ db, parse });
    const { uploadId } = imports.start({ size: 10 });
    expect(() => imports.chunk({ uploadId, index: 1, text: 'a' })).toThrow('chunk 1 arrived out of order (expected 0)');
    imports.chunk({ uploadId, index: 0, text: '0123456789' });
    expect(() => imports.chunk({ uploadId, index: 1, text: 'x' })).toThrow('larger than the file it announced');
    expect(() => imports.chunk({ uploadId: 'other', index: 0, text: '' })).toThrow('no longer open');
  });

  it('installs a valid pack given the ids of the packs it requires', async () => {
    const imports = createPackImports({ db, parse });
    const id = await upload(imports, JSON.stringify(extraPack()));
    const result = await imports.import({ uploadId: id, replace: false });
    expect(result).toMatchObject({ status: 'installed', pack: { id: 'extra', requires: ['core'], counts: { entities: 1 } } });
    expect(seen?.entities.has('baghdad')).toBe(true);
    expect(seen?.sources.size).toBe(corePack.sources.length);
    // The upload is gone once answered.
    await expect(imports.import({ uploadId: id, replace: false })).rejects.toThrow('no longer open');
  });

  it('says a file that is not JSON is not JSON, and writes nothing', async () => {
    const imports = createPackImports({ db, parse });
    const result = await imports.import({ uploadId: await upload(imports, '{"meta": {'), replace: false });
    expect(result.status).toBe('invalid');
    if (result.status === 'invalid') expect(result.problems[0]).toMatch(/^The file is not JSON: /);
    expect(await db.packs.count()).toBe(1);
  });

  it('lists every validation problem with its path', async () => {
    const imports = createPackImports({ db, parse });
    const result = await imports.import({ uploadId: await upload(imports, JSON.stringify({ issues: ['Too long', 'Required'] })), replace: false });
    expect(result).toEqual({ status: 'invalid', problems: ['pack: entities[0].name: Too long', 'pack: entities[1].name: Required'], more: 0 });
  });

  it('caps the listed problems and counts the rest', async () => {
    const imports = createPackImports({ db, parse });
    const issues = Array.from({ length: MAX_LISTED_PROBLEMS + 5 }, () => 'bad');
    const result = await imports.import({ uploadId: await upload(imports, JSON.stringify({ issues })), replace: false });
    expect(result).toMatchObject({ status: 'invalid', more: 5 });
    if (result.status === 'invalid') expect(result.problems).toHaveLength(MAX_LISTED_PROBLEMS);
  });

  it('refuses a pack whose required pack is not installed', async () => {
    const imports = createPackImports({ db, parse });
    const pack = extraPack();
    pack.meta.requires = ['core', 'places'];
    const result = await imports.import({ uploadId: await upload(imports, JSON.stringify(pack)), replace: false });
    expect(result).toEqual({
      status: 'invalid',
      problems: ['meta.requires: this pack needs the pack "places", which is not installed: install it first'],
      more: 0,
    });
    expect(await db.packs.get('extra')).toBeUndefined();
  });

  it('lists id clashes with installed packs', async () => {
    const imports = createPackImports({ db, parse });
    const pack = extraPack();
    pack.entities.push({ ...pack.entities[0]!, id: 'baghdad' });
    const result = await imports.import({ uploadId: await upload(imports, JSON.stringify(pack)), replace: false });
    expect(result).toEqual({ status: 'invalid', problems: ['Id "baghdad" is already defined by the installed pack "core"'], more: 0 });
  });

  it('asks before replacing with the same version, keeps the upload until answered, then replaces', async () => {
    const imports = createPackImports({ db, parse });
    await imports.import({ uploadId: await upload(imports, JSON.stringify(extraPack('1.0.0'))), replace: false });
    const again = extraPack('1.0.0', '1234123412341234');
    const id = await upload(imports, JSON.stringify(again));
    expect(await imports.import({ uploadId: id, replace: false })).toEqual({
      status: 'confirm',
      id: 'extra',
      name: again.meta.name,
      installedVersion: '1.0.0',
      incomingVersion: '1.0.0',
    });
    expect((await db.packs.get('extra'))?.contentVersion).toBe('aaaabbbbccccdddd');
    expect(await imports.import({ uploadId: id, replace: true })).toMatchObject({ status: 'updated', previousVersion: '1.0.0' });
    expect((await db.packs.get('extra'))?.contentVersion).toBe('1234123412341234');
  });

  it('a newer version replaces the installed one without asking', async () => {
    const imports = createPackImports({ db, parse });
    await imports.import({ uploadId: await upload(imports, JSON.stringify(extraPack('1.0.0'))), replace: false });
    const result = await imports.import({ uploadId: await upload(imports, JSON.stringify(extraPack('1.0.1', '4321432143214321'))), replace: false });
    expect(result).toMatchObject({ status: 'updated', previousVersion: '1.0.0', pack: { version: '1.0.1' } });
  });

  it('refuses a reader pack with a bundled pack\'s id', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const imports = createPackImports({ db, parse });
    const pack = extraPack('9.0.0');
    pack.meta.id = 'core';
    const result = await imports.import({ uploadId: await upload(imports, JSON.stringify(pack)), replace: true });
    expect(result.status).toBe('invalid');
    if (result.status === 'invalid') expect(result.problems[0]).toMatch(/^meta\.id: the pack id "core" belongs to a pack that comes with Siyaq/);
  });
});

describe('importing the example pack through the real parsePack', () => {
  const realParse = (data: unknown, external: ExternalIds, name: string) => parsePack(data, { name, external });
  const example = () => JSON.parse(JSON.stringify(buildPackFolder('seeds/packs/example'))) as Record<string, unknown>;

  async function send(imports: ReturnType<typeof createPackImports>, text: string, fileName: string) {
    const { uploadId } = imports.start({ size: new TextEncoder().encode(text).length, fileName });
    imports.chunk({ uploadId, index: 0, text });
    return imports.import({ uploadId, replace: false });
  }

  it('installs it; its entities join the matcher and its cards name the pack', async () => {
    const imports = createPackImports({ db, parse: realParse });
    const result = await send(imports, JSON.stringify(example()), 'example.json');
    expect(result).toMatchObject({ status: 'installed', pack: { id: 'example', requires: ['core'] } });
    const { set } = await loadMatchableSet(db);
    expect(set.entities.map((e) => e.id)).toContain('nuri-mosque');
    const { cards } = await buildCards(db, ['nuri-mosque'], { onPage: new Set(['nuri-mosque']) });
    expect(cards[0]!.origin[0]).toMatchObject({ id: 'example', attribution: 'Siyaq example pack, CC BY 4.0' });
  });

  it('lists every problem of a broken pack with the file name and path, and writes nothing', async () => {
    const imports = createPackImports({ db, parse: realParse });
    const broken = example();
    const entities = broken.entities as Record<string, unknown>[];
    entities[0]!.name = { ar: 'x'.repeat(1_000_000), en: 'ok' };
    (broken.relations as Record<string, unknown>[])[0]!.to = 'no-such-entity';
    const before = await db.packs.toArray();
    const result = await send(imports, JSON.stringify(broken), 'broken.json');
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    expect(result.problems.length).toBeGreaterThanOrEqual(1);
    expect(result.problems.every((p) => p.startsWith('broken.json'))).toBe(true);
    expect(result.problems.join('\n')).toMatch(/name\.ar/);
    expect(result.problems.every((p) => p.length <= 4_000)).toBe(true);
    expect(await db.packs.toArray()).toEqual(before);
    expect(await db.entities.where('pack').equals('example').count()).toBe(0);
  });

  it('refuses a file that is a JSON array, not a pack', async () => {
    const imports = createPackImports({ db, parse: realParse });
    expect(await send(imports, '[1, 2]', 'list.json')).toEqual({ status: 'invalid', problems: ['list.json: A pack is a JSON object'], more: 0 });
  });
});
