/**
 * Runs every case once per round, for `rounds` rounds after one warm-up round, and keeps each case's
 * median. On a shared machine load comes and goes; interleaving lets it fall on every case alike, so the
 * ratios between cases stay meaningful even when the absolute rates drift.
 */
export function interleave<T>(cases: readonly (() => T)[], rounds: number): { ms: number; result: T }[] {
  const times: number[][] = cases.map(() => []);
  const results: T[] = cases.map((run) => run());
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
