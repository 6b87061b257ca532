/**
 * What the browser suite cost: its slowest tests and the sum of their durations, set against the
 * wall time the workers had. Pure, so it is unit-tested (scripts/testCost.test.ts); the Playwright
 * reporter that feeds it is e2e/reporters/slowest.ts.
 */

/** One run of one test, as the reporter saw it end. */
export interface TestRun {
  /** The test's titles from its file down: file › describe › … › test. */
  title: string;
  project: string;
  /** Milliseconds, as Playwright measured them (the test and its fixtures, not the worker's start). */
  durationMs: number;
}

/** The n slowest runs, slowest first; equal durations keep the order they ended in. */
export function slowest(runs: readonly TestRun[], n: number): TestRun[] {
  return runs
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.durationMs - a.r.durationMs || a.i - b.i)
    .slice(0, Math.max(0, n))
    .map(({ r }) => r);
}

/** Seconds with one decimal, right-aligned to a width. */
export function seconds(ms: number, width = 6): string {
  return `${(ms / 1000).toFixed(1)} s`.padStart(width + 2);
}

/** Minutes with one decimal. */
export function minutes(ms: number): string {
  return `${(ms / 60_000).toFixed(1)} min`;
}

/**
 * The lines printed at the end of a run: the n slowest tests (seconds, project, title) and the
 * total, with how much of the workers' time the tests themselves filled (the rest is workers
 * starting, worker-scoped fixtures, the web server, idle workers at the end of the run).
 */
export function costReport(runs: readonly TestRun[], wallMs: number, workers: number, n = 10): string[] {
  if (runs.length === 0) return [];
  const total = runs.reduce((s, r) => s + r.durationMs, 0);
  const lines = [`The ${Math.min(n, runs.length)} slowest tests:`];
  for (const r of slowest(runs, n)) lines.push(`${seconds(r.durationMs)}  [${r.project}] ${r.title}`);
  const capacity = wallMs * Math.max(1, workers);
  const share = capacity > 0 ? Math.round((100 * total) / capacity) : 0;
  lines.push(
    `${runs.length} test run${runs.length === 1 ? '' : 's'}: durations sum to ${minutes(total)}; ${minutes(wallMs)} wall on ${workers} worker${workers === 1 ? '' : 's'}` +
      ` (${minutes(capacity)} of worker time, ${share}% of it in tests)`,
  );
  return lines;
}
