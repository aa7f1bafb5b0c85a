import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clock } from '../../../lib/page/rescan-scheduler';
import { watchChanges, type PageChanges } from '../../../lib/page/watch-changes';

const clock: Clock = {
  setTimeout: (handler, ms) => setTimeout(handler, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/** A MutationObserver the test feeds by hand (linkedom's does not report characterData). */
class FakeObserver {
  static last: FakeObserver | undefined;
  connected = false;
  options: MutationObserverInit | undefined;
  constructor(readonly callback: (records: Partial<MutationRecord>[]) => void) {
    FakeObserver.last = this;
  }
  observe(_root: Node, options: MutationObserverInit) {
    this.connected = true;
    this.options = options;
  }
  disconnect() {
    this.connected = false;
  }
  emit(records: Partial<MutationRecord>[]) {
    this.callback(records.map((r) => ({ addedNodes: [] as unknown as NodeList, removedNodes: [] as unknown as NodeList, ...r })));
  }
}

function fakeDoc(state: 'visible' | 'hidden' = 'visible') {
  const listeners = new Set<() => void>();
  return {
    visibilityState: state as DocumentVisibilityState,
    addEventListener: (_: string, l: () => void) => void listeners.add(l),
    removeEventListener: (_: string, l: () => void) => void listeners.delete(l),
    show() {
      this.visibilityState = 'visible';
      for (const l of listeners) l();
    },
    listeners,
  };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('watchChanges', () => {
  const { document } = parseHTML('<html><body><p id="a">الكاظمي</p><p id="b">بغداد</p></body></html>');
  const textOf = (id: string) => document.getElementById(id)!.firstChild as Text;
  const asList = (nodes: Node[]) => nodes as unknown as NodeList;

  it('observes added, removed and rewritten text, and hands them over together', async () => {
    const batches: PageChanges[] = [];
    const stop = watchChanges(document.body, async (c) => (batches.push(c), []), { clock, MutationObserver: FakeObserver as never });
    const observer = FakeObserver.last!;
    expect(observer.options).toMatchObject({ childList: true, subtree: true, characterData: true });
    observer.emit([{ type: 'characterData', target: textOf('a') }]);
    observer.emit([{ type: 'childList', target: document.body, addedNodes: asList([document.getElementById('b')!]) }]);
    observer.emit([{ type: 'childList', target: document.body, removedNodes: asList([document.createElement('p')]) }]);
    await vi.advanceTimersByTimeAsync(600);
    expect(batches).toEqual([{ added: [document.getElementById('b')], changed: [textOf('a')], removed: true }]);
    stop();
    expect(observer.connected).toBe(false);
  });

  it('nodes the handler had no budget for come back in the next round', async () => {
    const batches: PageChanges[] = [];
    const b = document.getElementById('b')!;
    const stop = watchChanges(
      document.body,
      async (c) => {
        batches.push(c);
        return batches.length === 1 ? [b] : [];
      },
      { clock, MutationObserver: FakeObserver as never },
    );
    FakeObserver.last!.emit([{ type: 'childList', target: document.body, addedNodes: asList([b]) }]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(batches.map((x) => x.added)).toEqual([[b], [b]]);
    stop();
  });

  it('stops when the handler says so (site switched off)', async () => {
    const handler = vi.fn(async () => false as const);
    watchChanges(document.body, handler, { clock, MutationObserver: FakeObserver as never });
    const observer = FakeObserver.last!;
    observer.emit([{ type: 'characterData', target: textOf('a') }]);
    await vi.advanceTimersByTimeAsync(600);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(observer.connected).toBe(false);
  });

  it('a hidden tab collects changes and scans them when shown', async () => {
    const doc = fakeDoc('hidden');
    const handler = vi.fn(async () => []);
    const stop = watchChanges(document.body, handler, { clock, doc: doc as never, MutationObserver: FakeObserver as never });
    for (let i = 0; i < 100; i++) {
      FakeObserver.last!.emit([{ type: 'characterData', target: textOf('a') }]);
      await vi.advanceTimersByTimeAsync(20);
    }
    await vi.advanceTimersByTimeAsync(5000);
    expect(handler).not.toHaveBeenCalled();
    doc.show();
    await vi.advanceTimersByTimeAsync(0);
    expect(handler).toHaveBeenCalledTimes(1);
    stop();
    expect(doc.listeners.size).toBe(0);
  });
});
