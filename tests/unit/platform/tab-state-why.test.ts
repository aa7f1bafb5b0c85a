import { describe, expect, it } from 'vitest';
import { MAX_WHY } from '../../../lib/messaging/protocol';
import { applyScan, distinctWhy, toTabMatches, type ScanInfo } from '../../../lib/platform/tab-state';

const TOP = 'https://news.example.iq/a/1';
const scan = (revision: number, append: boolean, frameId = 0): ScanInfo => ({ url: TOP, title: 'خبر', revision, append, frameId, tabUrl: TOP });

describe('why a name counts, across scans', () => {
  it('keeps the distinct reasons, first seen first, at most MAX_WHY, each detail cut to 200 characters', () => {
    const reasons = distinctWhy([{ rule: 'name' }, undefined, { rule: 'name' }, { rule: 'near', detail: 'رئيس الوزراء' }, { rule: 'near', detail: 'x'.repeat(500) }, { rule: 'era' }, { rule: 'page' }]);
    expect(reasons.map((r) => r.rule)).toEqual(['name', 'near', 'near', 'era']);
    expect(reasons).toHaveLength(MAX_WHY);
    expect(reasons[2]!.detail).toHaveLength(200);
  });

  it('unites the reasons of the first scan, an appended part and a frame, and hands them to the popup', () => {
    const kadhimi = (why: { rule: 'name' | 'coherence' | 'role'; detail?: string }) => ({ id: 'mustafa-al-kadhimi', type: 'person' as const, mentions: 1, why: [why] });
    let state = applyScan(undefined, scan(1, false), { entities: [kadhimi({ rule: 'coherence', detail: 'بغداد' })], events: [] })!;
    state = applyScan(state, scan(1, true), { entities: [kadhimi({ rule: 'name' })], events: [] })!;
    state = applyScan(state, scan(5, false, 2), { entities: [kadhimi({ rule: 'role' })], events: [] })!;
    const [entity] = toTabMatches(state).entities;
    expect(entity!.mentions).toBe(3);
    expect(entity!.why).toEqual([{ rule: 'coherence', detail: 'بغداد' }, { rule: 'name' }, { rule: 'role' }]);
  });
});
