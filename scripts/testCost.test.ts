import { describe, expect, it } from 'vitest';
import { costReport, slowest, type TestRun } from './testCost.ts';

const run = (title: string, durationMs: number, project = 'svg'): TestRun => ({ title, project, durationMs });

describe('slowest', () => {
  it('gives the n slowest, slowest first, ties in the order they ended', () => {
    const runs = [run('a', 10), run('b', 30), run('c', 20), run('d', 30), run('e', 5)];
    expect(slowest(runs, 3).map((r) => r.title)).toEqual(['b', 'd', 'c']);
  });
  it('gives all when there are fewer than n, and none for n ≤ 0', () => {
    expect(slowest([run('a', 1)], 10)).toHaveLength(1);
    expect(slowest([run('a', 1)], 0)).toEqual([]);
  });
  it('leaves its input as it was', () => {
    const runs = [run('a', 1), run('b', 2)];
    slowest(runs, 2);
    expect(runs.map((r) => r.title)).toEqual(['a', 'b']);
  });
});

describe('costReport', () => {
  it('lists the slowest with seconds and project, then the total against the workers’ time', () => {
    const runs = Array.from({ length: 12 }, (_, i) => run(`t${i}`, (i + 1) * 1000, i % 2 ? 'webgl' : 'svg'));
    const lines = costReport(runs, 60_000, 2);
    expect(lines[0]).toBe('The 10 slowest tests:');
    expect(lines[1]).toBe('  12.0 s  [webgl] t11');
    expect(lines[10]).toBe('   3.0 s  [svg] t2');
    expect(lines).toHaveLength(12);
    // 78 s of tests in 1 min wall on 2 workers: 2 min of worker time, 65% of it in tests.
    expect(lines[11]).toBe('12 test runs: durations sum to 1.3 min; 1.0 min wall on 2 workers (2.0 min of worker time, 65% of it in tests)');
  });
  it('says nothing when nothing ran', () => {
    expect(costReport([], 1000, 2)).toEqual([]);
  });
  it('counts one worker as one', () => {
    expect(costReport([run('a', 500)], 1000, 1).at(-1)).toBe('1 test run: durations sum to 0.0 min; 0.0 min wall on 1 worker (0.0 min of worker time, 50% of it in tests)');
  });
});
