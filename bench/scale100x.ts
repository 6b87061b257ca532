/**
 * The app's logic at 100x data: timed in Chromium by the scale page (bench/scale), and
 * index.allAt timed in Node too, over the same synthetic set (bench/synth.ts).
 */
import type { Browser } from '@playwright/test';
import { StatusIndex } from '../src/data/statusIndex.ts';
import { CONTEXT, log } from './config.ts';
import { scaleResult } from './probes.ts';
import type { ScaleResult } from './scale/scale.tsx';
import { synthDataset } from './synth.ts';

/** Loads the scale page (served on `port`) and waits for its timings. */
export async function scaleInBrowser(browser: Browser, port: number): Promise<ScaleResult> {
  log('scale: the app at 100x data');
  const sctx = await browser.newContext(CONTEXT);
  const spage = await sctx.newPage();
  spage.on('pageerror', (e) => log(`scale: page error: ${e.message}`));
  await spage.goto(`http://127.0.0.1:${port}/scale/`);
  const scale = await scaleResult(spage);
  await sctx.close();
  return scale;
}

/** index.allAt in Node: 31 batches of 400 calls, each on a different day; ms per call per batch. */
export function allAtInNode(): number[] {
  const synth = synthDataset();
  const nodeIndex = new StatusIndex(synth.events);
  const span = nodeIndex.lastDay - nodeIndex.firstDay;
  const nodeAllAt: number[] = [];
  for (let b = 0; b < 31; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < 400; i++) nodeIndex.allAt(nodeIndex.firstDay + ((i * 7919 + b) % (span + 1)));
    nodeAllAt.push(Number(process.hrtime.bigint() - t0) / 1e6 / 400);
  }
  return nodeAllAt;
}
