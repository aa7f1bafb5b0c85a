import { describe, expect, it } from 'vitest';
import { applyFrameGone, applyScan, applyStatus, distinctCount, locateMention, type Found, type ScanInfo, type TabState } from '../../../lib/platform/tab-state';

const TOP = 'https://news.example.iq/a/1';
const LIVE = 'https://news.example.iq/live/embed';
const kadhimi = { id: 'mustafa-al-kadhimi', type: 'person' as const, mentions: 2 };
const reuters = { id: 'reuters', type: 'organization' as const, mentions: 1 };
const baghdad = { id: 'baghdad', type: 'place' as const, mentions: 1 };
const found = (...entities: Found['entities']): Found => ({ entities, events: [] });
const scan = (frameId: number, revision: number, extra: Partial<ScanInfo> = {}): ScanInfo => ({
  url: frameId === 0 ? TOP : LIVE,
  title: frameId === 0 ? 'خبر' : 'Live',
  revision,
  append: false,
  frameId,
  tabUrl: TOP,
  ...extra,
});

function fold(...steps: [ScanInfo, Found][]): TabState | undefined {
  let state: TabState | undefined;
  for (const [s, f] of steps) state = applyScan(state, s, f) ?? state;
  return state;
}

describe('tab state across frames', () => {
  it('adds a frame’s findings to the top document’s; the page is the top one whichever reports first', () => {
    const state = fold([scan(3, 10), found(reuters, { ...kadhimi, mentions: 1 })], [scan(0, 20), found(kadhimi, baghdad)])!;
    expect(state).toMatchObject({ status: 'matched', url: TOP, title: 'خبر', revision: 20 });
    // Top frame first, then frames; mentions added up across frames.
    expect(state.entities).toEqual([{ ...kadhimi, mentions: 3 }, baghdad, reuters]);
    expect(distinctCount(state)).toBe(3);
  });

  it('a frame’s rescan replaces only that frame; an old revision of one frame is stale, another frame’s is not', () => {
    let state = fold([scan(0, 20), found(kadhimi)], [scan(3, 10), found(reuters)])!;
    state = applyScan(state, scan(3, 11), found(baghdad))!;
    expect(state.entities.map((e) => e.id)).toEqual(['mustafa-al-kadhimi', 'baghdad']);
    expect(applyScan(state, scan(3, 5), found(reuters))).toBeNull();
    expect(applyScan(state, scan(4, 5), found(reuters))).not.toBeNull();
    // An append joins its own frame's revision only.
    expect(applyScan(state, scan(3, 11, { append: true }), found(reuters))!.entities.map((e) => e.id)).toEqual(['mustafa-al-kadhimi', 'baghdad', 'reuters']);
    expect(applyScan(state, scan(3, 12, { append: true }), found(reuters))).toBeNull();
  });

  it('a top page that is not Arabic keeps an Arabic frame’s findings; a site switched off drops everything', () => {
    const state = fold([scan(0, 20), found(kadhimi)], [scan(3, 10), found(reuters)]);
    const notArabic = applyStatus(state, 'not-arabic', TOP, 'English');
    expect(notArabic).toMatchObject({ status: 'matched', revision: -1 });
    expect(notArabic.entities.map((e) => e.id)).toEqual(['reuters']);
    expect(applyStatus(undefined, 'not-arabic', TOP, 'English')).toMatchObject({ status: 'not-arabic', entities: [] });
    expect(applyStatus(state, 'disabled', TOP, 'خبر')).toMatchObject({ status: 'disabled', entities: [], events: [] });
    // A frame with nothing found under a non-Arabic top page keeps the "not Arabic" status.
    expect(applyScan(applyStatus(undefined, 'not-arabic', TOP, 'English'), scan(3, 10), found())).toMatchObject({ status: 'not-arabic' });
  });

  it('a state stored before frames existed reads as the top frame', () => {
    const old: TabState = { status: 'matched', url: TOP, title: 'خبر', revision: 20, entities: [kadhimi], events: [] };
    const state = applyScan(old, scan(3, 10), found(reuters))!;
    expect(state.entities.map((e) => e.id)).toEqual(['mustafa-al-kadhimi', 'reuters']);
    expect(applyScan(old, scan(0, 20, { append: true }), found(baghdad))!.entities.map((e) => e.id)).toEqual(['mustafa-al-kadhimi', 'baghdad']);
  });

  it('locates the n-th mention of the tab in its frame, counting the top frame first', () => {
    const state = fold([scan(0, 20), found(kadhimi)], [scan(3, 10), found({ ...kadhimi, mentions: 3 })], [scan(2, 10), found(reuters)]);
    expect(locateMention(state, 'mustafa-al-kadhimi', 0)).toEqual({ frameId: 0, index: 0 });
    expect(locateMention(state, 'mustafa-al-kadhimi', 1)).toEqual({ frameId: 0, index: 1 });
    expect(locateMention(state, 'mustafa-al-kadhimi', 2)).toEqual({ frameId: 3, index: 0 });
    expect(locateMention(state, 'mustafa-al-kadhimi', 4)).toEqual({ frameId: 3, index: 2 });
    expect(locateMention(state, 'mustafa-al-kadhimi', 5)).toBeNull();
    expect(locateMention(state, 'reuters', 0)).toEqual({ frameId: 2, index: 0 });
    expect(locateMention(undefined, 'reuters', 0)).toBeNull();
  });

  it('a removed frame takes its findings out of the totals; the top document’s stay, with the page and its date', () => {
    const state = fold([scan(0, 20, { pageKey: TOP, pageDate: { date: '2021-11-07', from: 'page' } }), found(kadhimi)], [scan(3, 10), found(reuters, { ...kadhimi, mentions: 1 })])!;
    expect(distinctCount(state)).toBe(2);
    const after = applyFrameGone(state, 3, LIVE)!;
    expect(after.entities).toEqual([kadhimi]);
    expect(Object.keys(after.frames!)).toEqual(['0']);
    expect(after).toMatchObject({ status: 'matched', url: TOP, revision: 20, pageKey: TOP, pageDate: state.pageDate });
    expect(distinctCount(after)).toBe(1);
  });

  it('nothing changes for the top frame, an unknown frame, or a frame that already reported its next document', () => {
    const state = fold([scan(0, 20), found(kadhimi)], [scan(3, 10), found(reuters)])!;
    expect(applyFrameGone(state, 0, TOP)).toBeNull();
    expect(applyFrameGone(state, 7, LIVE)).toBeNull();
    expect(applyFrameGone(state, 3, 'https://news.example.iq/live/old')).toBeNull();
    expect(applyFrameGone(undefined, 3, LIVE)).toBeNull();
  });

  it('with the only Arabic frame gone, a tab whose top page is not Arabic says so again; a top page with nothing found says no matches', () => {
    const framed = applyStatus(fold([scan(3, 10), found(reuters)]), 'not-arabic', TOP, 'English');
    expect(applyFrameGone(framed, 3, LIVE)).toMatchObject({ status: 'not-arabic', entities: [], events: [] });
    const plain = fold([scan(0, 20), found()], [scan(3, 10), found(reuters)])!;
    expect(applyFrameGone(plain, 3, LIVE)).toMatchObject({ status: 'no-matches', entities: [] });
  });
});
