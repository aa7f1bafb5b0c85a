export interface Clock {
  setTimeout(handler: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  now(): number;
}

export interface RescanSchedulerOptions {
  /** Quiet time after the last change before running (news pages change in bursts). */
  delayMs: number;
  /**
   * The longest a change waits while changes keep coming: a ticker that rewrites itself every 20 ms
   * never falls quiet, and a pure debounce would never run.
   */
  maxWaitMs: number;
  /** The work; never runs twice at once (changes meanwhile schedule the next run). */
  run: () => Promise<void>;
  /** True while the page cannot be seen (a background tab): changes wait, nothing runs. */
  hidden?: () => boolean;
  clock?: Clock;
}

const realClock: Clock = {
  setTimeout: (handler, ms) => setTimeout(handler, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  now: () => performance.now(),
};

/**
 * Debounce with a maximum wait, paused while hidden. `changed()` says something changed; `run` is
 * called `delayMs` after the last change, or `maxWaitMs` after the first unhandled one, whichever is
 * sooner. While `hidden()` nothing runs; `resume()` (on `visibilitychange`) catches up at once if a
 * change has waited longer than `maxWaitMs`.
 */
export function createRescanScheduler({ delayMs, maxWaitMs, run, hidden = () => false, clock = realClock }: RescanSchedulerOptions) {
  /** When the oldest change not yet handled happened; undefined when there is none. */
  let firstChange: number | undefined;
  let timer: unknown;
  let armed = false;
  let running = false;
  let stopped = false;

  const disarm = () => {
    if (armed) clock.clearTimeout(timer);
    armed = false;
  };

  const arm = () => {
    disarm();
    if (stopped || running || firstChange === undefined || hidden()) return;
    const now = clock.now();
    const due = Math.min(now + delayMs, firstChange + maxWaitMs);
    armed = true;
    timer = clock.setTimeout(() => void fire(), Math.max(0, due - now));
  };

  async function fire(): Promise<void> {
    armed = false;
    if (stopped || running || hidden()) return;
    firstChange = undefined;
    running = true;
    try {
      await run();
    } catch (e) {
      console.warn('[siyaq] rescan failed', e);
    } finally {
      running = false;
    }
    // Changes that came in while running wait their turn from when they came.
    arm();
  }

  return {
    changed(): void {
      if (stopped) return;
      firstChange ??= clock.now();
      arm();
    },
    /** The page became visible again: run what waited. */
    resume(): void {
      arm();
    },
    /** Something is pending (a change not yet handled). */
    get pending(): boolean {
      return firstChange !== undefined;
    },
    stop(): void {
      stopped = true;
      disarm();
      firstChange = undefined;
    },
  };
}

export type RescanScheduler = ReturnType<typeof createRescanScheduler>;
