/**
 * Lighthouse's mobile audit of the app's build (bench/.build/app), map and embed, with its default
 * (simulated) throttling: scripts/lighthouse.ts run as a child process, its summary read back
 * (the first run installs Lighthouse there, scripts/lighthouse.ts LIGHTHOUSE_VERSION).
 * BENCH_LIGHTHOUSE=0 skips it. A failed audit is logged and reported as missing, never fatal.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LighthouseSummary } from '../scripts/lighthouse.ts';
import { APP_OUT, log, ROOT } from './config.ts';

export function runLighthouse(): LighthouseSummary | null {
  if (process.env.BENCH_LIGHTHOUSE === '0') return null;
  const dir = mkdtempSync(join(tmpdir(), 'tcdm-lh-'));
  const file = join(dir, 'summary.json');
  log('Lighthouse: map and embed, mobile, simulated throttling …');
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'lighthouse.ts'), '--no-build', `--dist=${APP_OUT}`, '--views=map,embed', `--json=${file}`], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
    if (!existsSync(file)) {
      log(`Lighthouse did not finish (exit ${run.status}): ${(run.stderr || run.stdout || '').slice(-500)}`);
      return null;
    }
    return JSON.parse(readFileSync(file, 'utf8')) as LighthouseSummary;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
