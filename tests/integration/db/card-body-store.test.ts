import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCardBodies } from '../../../lib/db/build-cards';
import { createCardBodyStore } from '../../../lib/db/card-body-store';
import { installPack } from '../../../lib/db/install-pack';
import { setPackEnabled } from '../../../lib/db/manage-packs';
import { SiyaqDb } from '../../../lib/db/siyaq-db';
import type { CardBody } from '../../../lib/messaging/protocol';
import { corePack } from './reference-pack';

const KADHIMI = 'mustafa-al-kadhimi';
const ATTEMPT = 'kadhimi-assassination-attempt-2021';
let db: SiyaqDb;
beforeEach(async () => {
  db = new SiyaqDb(`bodies-${crypto.randomUUID()}`);
  await installPack(db, corePack, { bundled: true });
});
afterEach(() => db.delete());

describe('card bodies kept for the popup’s first paint', () => {
  it('a body built for the same page is not read again; other page ids, another date or a switched-off pack build anew', async () => {
    const store = createCardBodyStore();
    const page = { onPage: new Set([KADHIMI, ATTEMPT]), url: 'https://a.example/1' };
    const first = await buildCardBodies(db, [KADHIMI, ATTEMPT], page, store);
    const records = vi.spyOn(db.entities, 'get');
    const again = await buildCardBodies(db, [KADHIMI, ATTEMPT], { ...page, url: 'https://a.example/2' }, store);
    expect(records).not.toHaveBeenCalled();
    expect(again).toEqual(first);

    // Relations say whether their other end is on the page: another set of ids is another body.
    const alone = await buildCardBodies(db, [KADHIMI], { onPage: new Set([KADHIMI]) }, store);
    expect(records).toHaveBeenCalledTimes(1);
    expect(alone.cards[0]!.relations.some((r) => r.other.id === ATTEMPT && r.other.onPage)).toBe(false);
    expect(first.cards[0]!.relations.some((r) => r.other.id === ATTEMPT && r.other.onPage)).toBe(true);

    const dated = await buildCardBodies(db, [KADHIMI], { ...page, pageDate: { date: '2021-11-07', from: 'page' } }, store);
    expect(records).toHaveBeenCalledTimes(2);
    expect(dated.cards[0]!.pageDate).toEqual({ date: '2021-11-07', from: 'page' });

    await setPackEnabled(db, 'core', false);
    expect(await buildCardBodies(db, [KADHIMI], page, store)).toEqual({ cards: [], missing: [KADHIMI] });
  });

  it('keeps the most recently used bodies up to its size, and forgets a failed read', async () => {
    const store = createCardBodyStore(2);
    const body = (id: string) => Promise.resolve({ id } as CardBody);
    store.set('a', body('a'));
    store.set('b', body('b'));
    store.get('a');
    store.set('c', body('c'));
    expect(store.get('b')).toBeUndefined();
    expect(await store.get('a')).toEqual({ id: 'a' });
    expect(await store.get('c')).toEqual({ id: 'c' });

    const kept = createCardBodyStore();
    const failing = vi.spyOn(db.entities, 'get').mockRejectedValueOnce(new Error('disk'));
    await expect(buildCardBodies(db, [KADHIMI], { onPage: new Set([KADHIMI]) }, kept)).rejects.toThrow('disk');
    failing.mockRestore();
    expect((await buildCardBodies(db, [KADHIMI], { onPage: new Set([KADHIMI]) }, kept)).cards.map((c) => c.id)).toEqual([KADHIMI]);
  });
});
