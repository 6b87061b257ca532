/**
 * A Playwright reporter that prints, at the end of the run, the ten slowest tests (seconds,
 * project, title) and the sum of all test durations against the wall time the workers had
 * (scripts/testCost.ts). It sits beside the `list` reporter (playwright.config.ts).
 */
import type { FullConfig, FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { costReport, type TestRun } from '../../scripts/testCost.ts';

export default class SlowestReporter implements Reporter {
  private runs: TestRun[] = [];
  private workers = 1;

  onBegin(config: FullConfig): void {
    this.workers = config.workers;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'skipped') return;
    // titlePath: '', project, file, describes…, title.
    const [, project = '', ...rest] = test.titlePath();
    this.runs.push({ title: rest.join(' › '), project, durationMs: result.duration });
  }

  onEnd(result: FullResult): void {
    const lines = costReport(this.runs, result.duration, this.workers);
    if (lines.length > 0) console.log(`\n${lines.join('\n')}`);
  }

  printsToStdio(): boolean {
    // The list reporter owns the terminal; this one only adds lines at the end.
    return false;
  }
}
