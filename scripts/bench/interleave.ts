/**
 * Runs every case `warmup` rounds untimed, then `rounds` timed rounds, and keeps each case's median. On a
 * shared machine load comes and goes; interleaving lets it fall on every case alike, so the ratios between
 * cases stay meaningful even when the absolute rates drift.
 *
 * Why several warm-up rounds: the first scans of a process run before V8 has optimized the matcher and
 * while the heap is still growing. Measured on the core set and 1 MB, the scan takes 115–145 ms the first
 * time, 35–95 ms (median) over the next seven, and settles at 21–24 ms after ten or so; with one
 * warm-up round the medians were partly the JIT's and the collector's settling, and swung from run to run.
 */
export const WARMUP_ROUNDS = 10;

export function interleave<T>(cases: readonly (() => T)[], rounds: number, warmup = WARMUP_ROUNDS): { ms: number; result: T }[] {
  const times: number[][] = cases.map(() => []);
  const results: T[] = cases.map((run) => run());
  for (let r = 1; r < warmup; r++) cases.forEach((run, i) => void (results[i] = run()));
  for (let r = 0; r < rounds; r++) {
    cases.forEach((run, i) => {
      const t0 = performance.now();
      results[i] = run();
      times[i]!.push(performance.now() - t0);
    });
  }
  return times.map((t, i) => {
    const sorted = [...t].sort((a, b) => a - b);
    return { ms: sorted[Math.floor(sorted.length / 2)]!, result: results[i]! };
  });
}
