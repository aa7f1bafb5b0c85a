import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTabStateStore, memoryArea } from '../../../lib/platform/tab-state-store';
import { createTabTracker } from '../../../lib/platform/tab-tracker';
import { toTabMatches } from '../../../lib/platform/tab-state';

const URL_A = 'https://www.example.iq/politics/kadhimi';
const kadhimi = { id: 'mustafa-al-kadhimi', type: 'person' as const, mentions: 3 };
const greenZone = { id: 'green-zone', type: 'place' as const, mentions: 1 };
const attempt = { id: 'kadhimi-assassination-attempt-2021', mentions: 2 };

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const scan = (revision: number, append = false, url = URL_A) => ({ url, title: 'محاولة اغتيال الكاظمي', revision, append });

describe('tab tracker', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the number of distinct entities and events on each tab', async () => {
    const tracker = createTabTracker();
    await tracker.recordScan(1, scan(1), { entities: [kadhimi, greenZone], events: [attempt] });
    await tracker.recordScan(2, scan(1), { entities: [kadhimi], events: [] });
    await tracker.recordScan(3, scan(1), { entities: [], events: [] });
    expect(await badge(1)).toBe('3');
    expect(await badge(2)).toBe('1');
    expect(await badge(3)).toBe('');
    expect(toTabMatches(await tracker.get(3)).status).toBe('no-matches');
  });

  it('adds appended content to the same revision and counts an entity once', async () => {
    const tracker = createTabTracker();
    await tracker.recordScan(1, scan(1), { entities: [kadhimi], events: [] });
    await tracker.recordScan(1, scan(1, true), { entities: [{ ...kadhimi, mentions: 2 }, greenZone], events: [] });
    const state = await tracker.get(1);
    expect(state?.entities).toEqual([{ ...kadhimi, mentions: 5 }, greenZone]);
    expect(await badge(1)).toBe('2');
  });

  it('drops an append from an older revision and replaces the state on a new full scan', async () => {
    const tracker = createTabTracker();
    await tracker.recordScan(1, scan(2), { entities: [kadhimi], events: [attempt] });
    expect(await tracker.recordScan(1, scan(1, true), { entities: [greenZone], events: [] })).toBeUndefined();
    expect(await tracker.recordScan(1, scan(1), { entities: [greenZone], events: [] })).toBeUndefined();
    await tracker.recordScan(1, scan(3), { entities: [greenZone], events: [] });
    expect((await tracker.get(1))?.entities.map((e) => e.id)).toEqual(['green-zone']);
    expect(await badge(1)).toBe('1');
  });

  it('records the empty states without a badge', async () => {
    const tracker = createTabTracker();
    await tracker.recordScan(4, scan(1), { entities: [kadhimi], events: [] });
    await tracker.recordStatus(4, 'disabled', URL_A, 'خبر');
    expect(toTabMatches(await tracker.get(4))).toMatchObject({ status: 'disabled', entities: [] });
    expect(await badge(4)).toBe('');
    expect(toTabMatches(await tracker.get(5)).status).toBe('not-scanned');
  });

  it('forgets a tab and clears its badge when it loads another page, keeps it on a #fragment change, and on close', async () => {
    const tracker = createTabTracker();
    tracker.watchNavigation();
    await tracker.recordScan(1, scan(1), { entities: [kadhimi], events: [] });
    await tracker.recordScan(2, scan(1), { entities: [kadhimi], events: [] });

    await fakeBrowser.tabs.onUpdated.trigger(1, { url: `${URL_A}#comments` }, { id: 1 } as never);
    expect(await badge(1)).toBe('1');
    expect(await tracker.get(1)).toBeDefined();

    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'loading' }, { id: 1 } as never);
    expect(await badge(1)).toBe('');
    expect(await tracker.get(1)).toBeUndefined();

    await fakeBrowser.tabs.onUpdated.trigger(2, { url: 'https://www.example.iq/sport' }, { id: 2 } as never);
    expect(await badge(2)).toBe('');
    expect(await tracker.get(2)).toBeUndefined();

    await tracker.recordScan(3, scan(1), { entities: [kadhimi], events: [] });
    await fakeBrowser.tabs.onRemoved.trigger(3, { windowId: 1, isWindowClosing: false });
    await new Promise((r) => setTimeout(r, 0));
    expect(await tracker.get(3)).toBeUndefined();
  });

  it('a new page that reports before the browser announces its URL keeps its state (the check and the delete are one step)', async () => {
    const tracker = createTabTracker();
    tracker.watchNavigation();
    await tracker.recordScan(1, scan(1), { entities: [kadhimi], events: [] });
    const next = 'https://www.example.com/en/story';
    // The URL change and the new page's status arrive together: the status is recorded while the
    // navigation handler is still looking at the old page's state.
    const navigated = fakeBrowser.tabs.onUpdated.trigger(1, { url: next }, { id: 1 } as never);
    const reported = tracker.recordStatus(1, 'not-arabic', next, 'Story');
    await Promise.all([navigated, reported]);
    expect(toTabMatches(await tracker.get(1))).toMatchObject({ status: 'not-arabic', url: next });
  });

  it('keeps tab state in storage.session so a restarted worker still knows the tab', async () => {
    await createTabTracker().recordScan(8, scan(1), { entities: [kadhimi], events: [attempt] });
    const stored = await fakeBrowser.storage.session.get('tab:8');
    expect(stored['tab:8']).toMatchObject({ status: 'matched', url: URL_A });
    // A new tracker is what a woken service worker creates.
    expect(toTabMatches(await createTabTracker().get(8))).toMatchObject({ status: 'matched', events: [attempt] });
  });

  it('serializes concurrent updates of one tab (a full scan and its appends)', async () => {
    const tracker = createTabTracker({ store: createTabStateStore(memoryArea()), setBadge: async () => undefined });
    await tracker.recordScan(1, scan(1), { entities: [], events: [] });
    await Promise.all(
      Array.from({ length: 10 }, () => tracker.recordScan(1, scan(1, true), { entities: [{ ...kadhimi, mentions: 1 }], events: [] })),
    );
    expect((await tracker.get(1))?.entities).toEqual([{ ...kadhimi, mentions: 10 }]);
  });
});
