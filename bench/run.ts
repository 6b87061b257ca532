/**
 * npm run bench: the app measured side by side with the floor (bare MapLibre) and the peer (plain
 * d3-geo SVG), in one run, on this machine. See bench/README.md for the method; main below is its
 * steps, each in a module of its own:
 *
 *  - build.ts: the app (its own vite.config.ts) and the bench pages (bench/vite.config.ts);
 *  - scrub-days.ts: the scrub's walk over the app's own data;
 *  - server.ts, targets.ts: a static server per page (logging every byte it sends), each page's
 *    URL, and opening a page cold with the instrument;
 *  - rounds.ts: the warm-up, cold loads and scrub steps, alternating the pages in every round;
 *  - instrument.ts (runs in the page) and probes.ts (asks the page): what is timed and counted;
 *  - scale100x.ts: the app's logic at 100x data (bench/scale, bench/synth.ts), in Chromium and Node;
 *  - bytes.ts: the app's build and what each page fetched, raw and gzipped; bundleMap.ts: the
 *    build's chunks, start or lazy, and their modules (bench/results/bundle.md);
 *  - report.ts, markdown.ts, result.ts: the summary, ratios and targets; bench/results/latest.json
 *    and latest.md, README.md's bench:table block, and the table and ratios printed.
 *
 *  - lighthouse: scripts/lighthouse.ts on the app's build (map and embed, mobile, simulated
 *    throttling), its summary judged among the targets;
 *
 * Environment: BENCH_LOADS (cold loads per page, default 11), BENCH_STEPS (scrub steps per page,
 * default 300), BENCH_BLOCK (steps per page before switching, default 10), BENCH_SKIP_BUILD=1
 * (reuse bench/.build), BENCH_LIGHTHOUSE=0 (skip Lighthouse), BENCH_GPU_RASTER=1 (config.ts); CHROMIUM_PATH (default /usr/bin/chromium,
 * scripts/chromium.ts).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM } from '../scripts/chromium.ts';
import { builtBytes, loadedBytes } from './bytes.ts';
import { buildAll, builtData } from './build.ts';
import { writeBundleMap } from './bundleMap.ts';
import { APP_OUT, ARGS, byName, NAMES, SKIP_BUILD, STEPS } from './config.ts';
import { describeMachine, loadAverage } from './machine.ts';
import { report, summarise } from './report.ts';
import { coldLoads, scrub, warmUp } from './rounds.ts';
import { allAtInNode, scaleInBrowser } from './scale100x.ts';
import { isoDate, scrubDays } from './scrub-days.ts';
import { serve } from './server.ts';
import { serveTargets } from './targets.ts';
import { runLighthouse } from './lighthouse.ts';
import { REF_OUT } from './vite.config.ts';

async function main(): Promise<void> {
  // 1. Build the app and the bench pages; the scrub's days over the app's own data.
  if (!SKIP_BUILD) await buildAll();
  const { dataset, isos } = builtData();
  const { days, loadDay } = scrubDays(dataset, isos, STEPS);
  const loadDate = isoDate(loadDay);

  // 2. Serve each page on its own port.
  const targets = await serveTargets();
  const scaleServer = await serve(REF_OUT);

  // 3. The browser, then the rounds: warm-up, cold loads, scrub steps (with the heap around them).
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const machine = describeMachine(browser);
  const warm = await warmUp(browser, targets, loadDate, days);
  machine.gl = warm.gl;
  const cold = await coldLoads(browser, targets);
  const scrubbed = await scrub(browser, targets, days);

  // 4. The app's logic at 100x data, in the browser; allAt in Node too.
  const scale = await scaleInBrowser(browser, scaleServer.port);
  machine.loadavgEnd = loadAverage();
  await browser.close();
  for (const n of NAMES) targets[n].server.server.close();
  scaleServer.server.close();
  const nodeAllAt = allAtInNode();

  // 4b. Lighthouse's mobile audit of the same build, map and embed (after the browser has closed).
  const lighthouse = runLighthouse();

  // 5. Bytes: what each page fetched on its first cold load, and the app's build.
  const onLoad = byName((n) => loadedBytes(targets[n].root, cold.sentOnLoad[n] ?? []));
  const app = builtBytes(APP_OUT, onLoad.app.files);
  // The app's chunks, start or lazy, and the modules in each start chunk (bench/results/bundle.md).
  writeBundleMap(APP_OUT);

  // 6. The report: latest.json, latest.md, README.md's table, printed.
  report(summarise({ machine, days, loadDate, warm, cold, scrub: scrubbed, onLoad, app, scale, nodeAllAt, lighthouse }));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
