/**
 * What a run ran on: the machine, the browser, its WebGL renderer, the load average at start and
 * end, and the commit the app was built from.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import type { Browser } from '@playwright/test';
import { ROOT } from './config.ts';
import { round } from './stats.ts';

type Num = number | null;

export interface Machine {
  cpus: number;
  cpu: string;
  memGB: Num;
  chromium: string;
  node: string;
  /** The WebGL renderer's name, filled in by the warm-up. */
  gl: string;
  loadavgStart: Num[];
  loadavgEnd: Num[];
}

export const loadAverage = (): Num[] => loadavg().map((x) => round(x, 2));

/** The machine now, with the browser just launched (the load average at the start). */
export function describeMachine(browser: Browser): Machine {
  return {
    cpus: availableParallelism(),
    cpu: readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? cpus()[0]?.model ?? 'unknown',
    memGB: round(totalmem() / 2 ** 30, 1),
    chromium: browser.version(),
    node: process.version,
    gl: '',
    loadavgStart: loadAverage(),
    loadavgEnd: [],
  };
}

/** The commit the app was built from, and whether the working tree had changes (others edit it too). */
export function gitState(): string {
  try {
    return execSync('git describe --always --dirty', { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
