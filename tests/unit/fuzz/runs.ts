/**
 * How many cases each property runs: a few hundred in CI (`npm test` stays quick), as many as
 * FUZZ_RUNS says under `npm run fuzz`.
 */
export function runs(ci: number): { numRuns: number } {
  const fromEnv = Number(process.env.FUZZ_RUNS);
  return { numRuns: Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : ci };
}

/** Per-test time limit: the CI numbers fit well within it; `npm run fuzz` may take minutes. */
export const FUZZ_TIMEOUT = process.env.FUZZ_RUNS ? 1_800_000 : 30_000;
