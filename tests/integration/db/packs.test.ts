import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCards } from '../../../lib/db/build-cards';
import { getCombinedVersion } from '../../../lib/db/combined-version';
import { exportPack } from '../../../lib/db/export-pack';
import { getReferenceStatus } from '../../../lib/db/get-reference-status';
import { installBundledPacks } from '../../../lib/db/install-bundled-packs';
import { installPack, type InstallablePack } from '../../../lib/db/install-pack';
import { loadMatchableSet } from '../../../lib/db/load-matchable-set';
import { listPacks, removePack, setPackEnabled } from '../../../lib/db/manage-packs';
import { getSettings, updateSettings } from '../../../lib/db/settings-repository';
import { SiyaqDb } from '../../../lib/db/siyaq-db';
import { recordVisit } from '../../../lib/db/visits-repository';
import { corePack, extraPack, nextCorePack } from './reference-pack';

let db: SiyaqDb;
beforeEach(async () => {
  db = new SiyaqDb(`packs-${crypto.randomUUID()}`);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  await installPack(db, corePack, { bundled: true, now: () => 1 });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** Everything a pack operation could touch, read back in full. */
async function everything() {
  const byPack = async () =>
    Object.fromEntries(
      await Promise.all(
        (['sources', 'entities', 'events', 'relations', 'facts', 'amends', 'packs', 'meta', 'visits', 'settings'] as const).map(
          async (t) => [t, await db.table(t).toArray()] as const,
        ),
      ),
    );
  return byPack();
}

const ids = async () => (await loadMatchableSet(db)).set.entities.map((e) => e.id);

describe('installPack', () => {
  it('installs every record tagged with its pack, with counts, in one transaction', async () => {
    const spy = vi.spyOn(db, 'transaction');
    const result = await installPack(db, extraPack(), { now: () => 42 });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(result).toMatchObject({ status: 'installed', pack: { id: 'extra', enabled: true, bundled: false, installedAt: 42 } });
    expect((await db.entities.get('salam-al-obaidi'))?.pack).toBe('extra');
    expect((await db.entities.get('mustafa-al-kadhimi'))?.pack).toBe('core');
    expect((await db.packs.get('extra'))?.counts).toEqual({ sources: 1, entities: 1, events: 0, relations: 1, facts: 1, amends: 1 });
    expect(await ids()).toContain('salam-al-obaidi');
  });

  it('applies amendments of enabled packs to the matcher set: aliases united, the target keeps its own fields', async () => {
    const before = (await loadMatchableSet(db)).set.entities.find((e) => e.id === 'baghdad')!;
    await installPack(db, extraPack());
    const after = (await loadMatchableSet(db)).set.entities.find((e) => e.id === 'baghdad')!;
    expect(after.aliases.map((a) => a.text)).toEqual([...before.aliases.map((a) => a.text), 'بغداد الرشيد']);
    expect(after.name).toEqual(before.name);
    expect(after.summary).toEqual(before.summary);
  });

  it('replaces an installed pack with a newer version in one step, keeping its switch', async () => {
    await installPack(db, extraPack('1.0.0'));
    await setPackEnabled(db, 'extra', false);
    const next = extraPack('1.1.0', '1111222233334444');
    next.entities[0]!.summary = { ar: 'نص جديد.', en: 'New text.' };
    next.facts = [];
    const result = await installPack(db, next);
    expect(result).toMatchObject({ status: 'updated', previousVersion: '1.0.0', pack: { enabled: false, contentVersion: '1111222233334444' } });
    expect((await db.entities.get('salam-al-obaidi'))?.summary.en).toBe('New text.');
    expect(await db.facts.where('pack').equals('extra').count()).toBe(0);
  });

  it('asks before replacing with the same or an older version, and writes nothing until told to', async () => {
    await installPack(db, extraPack('1.2.0'));
    const before = await everything();
    for (const version of ['1.2.0', '1.1.9', '1.2.0-beta.1']) {
      expect(await installPack(db, extraPack(version, '9999999999999999'))).toMatchObject({ status: 'confirm', installedVersion: '1.2.0', incomingVersion: version });
    }
    expect(await everything()).toEqual(before);
    expect(await installPack(db, extraPack('1.1.9', '9999999999999999'), { allowSameOrOlder: true })).toMatchObject({ status: 'updated' });
    expect((await db.packs.get('extra'))?.meta.version).toBe('1.1.9');
  });

  it('refuses ids defined by another installed pack, listing every clash, and changes nothing', async () => {
    const clashing = extraPack();
    clashing.entities.push({ ...clashing.entities[0]!, id: 'baghdad' });
    clashing.facts.push({ ...clashing.facts[0]!, id: 'kadhimi-survived-drone', subject: 'salam-al-obaidi' });
    const before = await everything();
    const result = await installPack(db, clashing);
    expect(result.status).toBe('clash');
    if (result.status !== 'clash') return;
    expect(result.clashes.map((c) => c.id)).toEqual(['baghdad', ...(corePack.facts.some((f) => f.id === 'kadhimi-survived-drone') ? ['kadhimi-survived-drone'] : [])].sort());
    expect(result.clashes.every((c) => c.pack === 'core')).toBe(true);
    expect(await everything()).toEqual(before);
  });

  it('refuses a reader pack that takes a bundled pack id', async () => {
    const before = await everything();
    const fake = { ...extraPack(), meta: { ...extraPack().meta, id: 'core', version: '99.0.0' } };
    expect(await installPack(db, fake)).toMatchObject({ status: 'refused' });
    expect(await everything()).toEqual(before);
  });

  it('rolls everything back when a write fails half-way (the previous version stays whole)', async () => {
    await installPack(db, extraPack('1.0.0'));
    const before = await everything();
    vi.spyOn(db.facts, 'bulkAdd').mockImplementationOnce(() => {
      throw new Error('QuotaExceededError');
    });
    await expect(installPack(db, extraPack('2.0.0', '5555666677778888'))).rejects.toThrow('QuotaExceededError');
    expect(await everything()).toEqual(before);
    expect((await db.packs.get('extra'))?.meta.version).toBe('1.0.0');
  });

  it('never touches visits or settings', async () => {
    await recordVisit(db, { url: 'https://www.example.iq/a', title: 'خبر', at: 5, ids: ['baghdad', 'salam-al-obaidi'] });
    await updateSettings(db, { highlights: false, disabledSites: ['www.example.com'] });
    const visits = await db.visits.toArray();
    const settings = await getSettings(db);
    await installPack(db, extraPack());
    await installPack(db, extraPack('2.0.0', '1212121212121212'));
    await setPackEnabled(db, 'extra', false);
    await removePack(db, 'extra');
    await installPack(db, nextCorePack(), { bundled: true });
    expect(await db.visits.toArray()).toEqual(visits);
    expect(await getSettings(db)).toEqual(settings);
  });
});

describe('switching off and removing', () => {
  it('a switched-off pack gives no matches and no cards, and the combined version changes', async () => {
    await installPack(db, extraPack());
    const on = await getCombinedVersion(db);
    expect((await buildCards(db, ['salam-al-obaidi'], { onPage: new Set() })).cards).toHaveLength(1);
    await setPackEnabled(db, 'extra', false);
    expect(await getCombinedVersion(db)).not.toBe(on);
    expect(await ids()).not.toContain('salam-al-obaidi');
    expect((await loadMatchableSet(db)).set.entities.find((e) => e.id === 'baghdad')!.aliases.map((a) => a.text)).not.toContain('بغداد الرشيد');
    expect(await buildCards(db, ['salam-al-obaidi'], { onPage: new Set() })).toEqual({ cards: [], missing: ['salam-al-obaidi'] });
    // Core's Baghdad card no longer lists the relation from the switched-off pack.
    const baghdad = (await buildCards(db, ['baghdad'], { onPage: new Set() })).cards[0]!;
    expect(baghdad.relations.map((r) => r.other.id)).not.toContain('salam-al-obaidi');
    expect(baghdad.origin.map((o) => o.id)).toEqual(['core']);
    await setPackEnabled(db, 'extra', true);
    expect(await getCombinedVersion(db)).toBe(on);
  });

  it('cards name their pack and its attribution, and the packs that amend them', async () => {
    await installPack(db, extraPack());
    const { cards } = await buildCards(db, ['salam-al-obaidi', 'baghdad'], { onPage: new Set() });
    expect(cards[0]!.origin).toEqual([{ id: 'extra', name: extraPack().meta.name, attribution: 'Trial newsroom' }]);
    expect(cards[0]!.facts[0]).toMatchObject({ id: 'obaidi-met-minister', source: { id: 'extra-note' } });
    expect(cards[1]!.origin.map((o) => o.id)).toEqual(['core', 'extra']);
    expect(cards[1]!.relations.map((r) => r.other.id)).toContain('salam-al-obaidi');
  });

  it('switching the core pack off leaves no cards from it', async () => {
    await setPackEnabled(db, 'core', false);
    expect(await ids()).toEqual([]);
    expect((await buildCards(db, ['mustafa-al-kadhimi'], { onPage: new Set() })).missing).toEqual(['mustafa-al-kadhimi']);
  });

  it('removes a pack and every record of it in one transaction; bundled packs cannot be removed', async () => {
    await installPack(db, extraPack());
    await removePack(db, 'extra');
    for (const table of ['sources', 'entities', 'events', 'relations', 'facts', 'amends'] as const) {
      expect(await db.table(table).where('pack').equals('extra').count(), table).toBe(0);
    }
    expect((await listPacks(db)).map((p) => p.id)).toEqual(['core']);
    await expect(removePack(db, 'core')).rejects.toThrow(/switched off, not removed/);
    await expect(removePack(db, 'nope')).rejects.toThrow(/no installed pack/);
    expect(await db.entities.where('pack').equals('core').count()).toBe(corePack.entities.length);
  });

  it('exports a pack back to a file that installs as the same pack', async () => {
    await installPack(db, extraPack());
    const { fileName, text } = await exportPack(db, 'extra');
    expect(fileName).toBe('extra-1.0.0.siyaq-pack.json');
    const file = JSON.parse(text) as InstallablePack & { format: string };
    expect(file.format).toBe('siyaq-pack');
    expect(file).toMatchObject({ meta: extraPack().meta, contentVersion: extraPack().contentVersion });
    expect({ ...file, format: undefined, formatVersion: undefined }).toMatchObject(JSON.parse(JSON.stringify(extraPack())));
    expect(JSON.stringify(file)).not.toMatch(/"pack":|"key":/);
  });
});

describe('installBundledPacks', () => {
  const parse = (data: unknown) => data as InstallablePack;
  /** A bundled pack as the build's index describes it, with its file behind `load`. */
  const bundled = (pack: InstallablePack, load = () => pack as unknown) => ({
    id: pack.meta.id,
    version: pack.meta.version,
    contentVersion: pack.contentVersion,
    requires: pack.meta.requires ?? [],
    load,
  });

  it('skips a bundled pack whose contentVersion is stored already', async () => {
    const add = vi.spyOn(db.entities, 'bulkAdd');
    const load = vi.fn(() => corePack as unknown);
    expect(await installBundledPacks(db, [bundled(corePack, load)], parse)).toEqual([{ id: 'core', status: 'unchanged', contentVersion: corePack.contentVersion }]);
    expect(add).not.toHaveBeenCalled();
    // Not even read: parsing megabytes of packs on every worker start is what made cold starts slow.
    expect(load).not.toHaveBeenCalled();
  });

  it('refuses a file whose versions disagree with the build\'s index, keeping the previous version', async () => {
    const entry = { ...bundled(nextCorePack()), contentVersion: '0123456789abcdef' };
    const [result] = await installBundledPacks(db, [entry], parse);
    expect(result).toMatchObject({ status: 'failed', error: expect.stringContaining("the build's index says 9.0.0 (0123456789abcdef)") });
    expect((await db.packs.get('core'))?.contentVersion).toBe(corePack.contentVersion);
  });

  it('updates a bundled pack whose contentVersion changed, keeping a reader\'s off switch', async () => {
    await setPackEnabled(db, 'core', false);
    const [result] = await installBundledPacks(db, [bundled(nextCorePack())], parse);
    expect(result).toMatchObject({ status: 'updated', contentVersion: 'ffffeeee00001111' });
    expect(await db.packs.get('core')).toMatchObject({ enabled: false, bundled: true });
    expect(await db.entities.get('twitter')).toBeUndefined();
  });

  it('records a failure, keeps the previous version, and clears the error after a later success', async () => {
    const bad = () => {
      throw new Error('broken bundle');
    };
    const [result] = await installBundledPacks(db, [bundled(nextCorePack())], bad);
    expect(result).toMatchObject({ status: 'failed', error: 'broken bundle' });
    expect((await db.packs.get('core'))?.contentVersion).toBe(corePack.contentVersion);
    expect((await db.meta.get('importError'))?.value).toMatchObject({ message: 'bundled pack core: broken bundle' });
    expect(await getReferenceStatus(db)).toMatchObject({ importError: 'bundled pack core: broken bundle', problem: 'install-failed' });
    await installBundledPacks(db, [bundled(nextCorePack())], parse);
    expect((await db.meta.get('importError'))?.value).toBeNull();
    expect(await getReferenceStatus(db)).toMatchObject({ importError: null, problem: null });
  });
});
