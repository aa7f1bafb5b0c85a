import { describe, expect, it } from 'vitest';
import type { TabState } from '../../../lib/platform/tab-state';
import { createTabStateStore, memoryArea, type SessionArea } from '../../../lib/platform/tab-state-store';

const URL_A = 'https://www.alsumaria.example/news/kadhimi-drone';
const state = (mentions: number): TabState => ({
  status: 'matched',
  url: URL_A,
  title: 'الكاظمي ينجو من محاولة اغتيال بطائرة مسيّرة',
  revision: 1,
  entities: [{ id: 'mustafa-al-kadhimi', type: 'person', mentions }],
  events: [],
});

/** A session area that counts its reads and can be made to fail its writes. */
function countingArea(inner: SessionArea = memoryArea()) {
  const calls = { get: 0, set: 0, remove: 0 };
  let failWrites = false;
  const area: SessionArea = {
    get: (key) => (calls.get++, inner.get(key)),
    set: async (items) => {
      calls.set++;
      if (failWrites) throw new Error('QUOTA_BYTES quota exceeded');
      return inner.set(items);
    },
    remove: (key) => (calls.remove++, inner.remove(key)),
  };
  return { area, calls, inner, failWrites: (on: boolean) => (failWrites = on) };
}

describe('tab state store: what it wrote is read back from memory', () => {
  it('answers a read after a write without asking the session area', async () => {
    const { area, calls } = countingArea();
    const store = createTabStateStore(area);
    await store.update(1, () => state(3));
    const readsAfterWrite = calls.get;
    expect(await store.get(1)).toEqual(state(3));
    expect(await store.get(1)).toEqual(state(3));
    expect(calls.get).toBe(readsAfterWrite);
  });

  it('still writes every change to the area: a restarted worker (a new store) reads it there', async () => {
    const { area, inner } = countingArea();
    await createTabStateStore(area).update(1, () => state(3));
    expect((await inner.get('tab:1'))['tab:1']).toEqual(state(3));
    const restarted = countingArea(inner);
    expect(await createTabStateStore(restarted.area).get(1)).toEqual(state(3));
    expect(restarted.calls.get).toBe(1);
  });

  it('reads a tab from the area once, then from memory', async () => {
    const inner = memoryArea();
    await inner.set({ 'tab:4': state(2) });
    const { area, calls } = countingArea(inner);
    const store = createTabStateStore(area);
    expect(await store.get(4)).toEqual(state(2));
    expect(await store.get(4)).toEqual(state(2));
    expect(calls.get).toBe(1);
  });

  it('hands out copies: changing what a caller got changes nothing kept', async () => {
    const store = createTabStateStore(countingArea().area);
    const written = await store.update(1, () => state(3));
    written!.entities[0]!.mentions = 99;
    const read = await store.get(1);
    read!.entities.push({ id: 'green-zone', type: 'place', mentions: 1 });
    read!.title = 'عنوان آخر';
    expect(await store.get(1)).toEqual(state(3));
  });

  it('forgets a deleted tab (delete and deleteIf): the next read finds nothing', async () => {
    const store = createTabStateStore(countingArea().area);
    await store.update(1, () => state(3));
    await store.update(2, () => state(1));
    await store.delete(1);
    expect(await store.get(1)).toBeUndefined();
    expect(await store.deleteIf(2, (s) => s?.url === URL_A)).toBe(true);
    expect(await store.get(2)).toBeUndefined();
  });

  it('a write that fails keeps nothing of it: the next read asks the area, which holds the last state written', async () => {
    const counting = countingArea();
    const store = createTabStateStore(counting.area);
    await store.update(1, () => state(3));
    counting.failWrites(true);
    await expect(store.update(1, () => state(7))).rejects.toThrow(/quota/);
    const reads = counting.calls.get;
    expect(await store.get(1)).toEqual(state(3));
    expect(counting.calls.get).toBe(reads + 1);
  });

  it('an update that changes nothing (null) leaves memory and area as they were', async () => {
    const { area, calls } = countingArea();
    const store = createTabStateStore(area);
    await store.update(1, () => state(3));
    const writes = calls.set;
    expect(await store.update(1, () => null)).toBeUndefined();
    expect(calls.set).toBe(writes);
    expect(await store.get(1)).toEqual(state(3));
  });
});
