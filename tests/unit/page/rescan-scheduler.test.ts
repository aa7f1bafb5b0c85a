import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRescanScheduler, type Clock } from '../../../lib/page/rescan-scheduler';

const clock: Clock = {
  setTimeout: (handler, ms) => setTimeout(handler, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

/** A scheduler whose runs are recorded with the (fake) time they started at. */
function recorder({ hidden = (): boolean => false, runMs = 0 }: { hidden?: () => boolean; runMs?: number } = {}) {
  const runs: number[] = [];
  const start = Date.now();
  const scheduler = createRescanScheduler({
    delayMs: 500,
    maxWaitMs: 1000,
    hidden,
    clock,
    run: async () => {
      runs.push(Date.now() - start);
      if (runMs > 0) await new Promise((r) => setTimeout(r, runMs));
    },
  });
  return { scheduler, runs };
}

/** Calls `changed` every `every` ms for `forMs` ms. */
async function storm(changed: () => void, every: number, forMs: number) {
  for (let t = 0; t < forMs; t += every) {
    changed();
    await vi.advanceTimersByTimeAsync(every);
  }
}

describe('rescan scheduler', () => {
  it('a burst of changes runs once, delayMs after the last one', async () => {
    const { scheduler, runs } = recorder();
    await storm(() => scheduler.changed(), 50, 300); // changes at 0, 50 … 250
    await vi.advanceTimersByTimeAsync(2000);
    expect(runs).toEqual([750]);
  });

  it('text that changes every 20 ms is still scanned at least once a second', async () => {
    const { scheduler, runs } = recorder();
    await storm(() => scheduler.changed(), 20, 4000);
    expect(runs.length).toBeGreaterThanOrEqual(4);
    const gaps = runs.map((t, i) => t - (runs[i - 1] ?? 0));
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(1000);
    // The last change (at 3980 ms) is handled too, and then nothing runs for nothing.
    expect(runs.at(-1)).toBeGreaterThanOrEqual(3980);
    const before = runs.length;
    await vi.advanceTimersByTimeAsync(3000);
    expect(runs.length).toBe(before);
  });

  it('never runs twice at once: changes during a slow run wait for it, then run', async () => {
    const { scheduler, runs } = recorder({ runMs: 1500 });
    await storm(() => scheduler.changed(), 20, 5000);
    await vi.advanceTimersByTimeAsync(5000);
    for (let i = 1; i < runs.length; i++) expect(runs[i]! - runs[i - 1]!).toBeGreaterThanOrEqual(1500);
    expect(runs.length).toBeGreaterThanOrEqual(3);
  });

  it('waits while the page is hidden and catches up at once when it is shown', async () => {
    let hidden = true;
    const { scheduler, runs } = recorder({ hidden: () => hidden });
    await storm(() => scheduler.changed(), 20, 3000);
    await vi.advanceTimersByTimeAsync(3000);
    expect(runs).toEqual([]);
    expect(scheduler.pending).toBe(true);
    hidden = false;
    scheduler.resume();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([6000]);
    expect(scheduler.pending).toBe(false);
  });

  it('a hidden page that becomes visible with nothing pending does not run', async () => {
    const { scheduler, runs } = recorder();
    scheduler.resume();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toEqual([]);
  });

  it('stop cancels what is pending', async () => {
    const { scheduler, runs } = recorder();
    scheduler.changed();
    scheduler.stop();
    scheduler.changed();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toEqual([]);
  });
});
