/**
 * The report: what the rounds measured, summarised per page (medians, p95s, the parts), with the
 * ratios to the floor and the peer and the targets; written to bench/results/latest.json and
 * latest.md, put into README.md between its bench:table markers, and printed.
 */
import type { LighthouseSummary } from '../scripts/lighthouse.ts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { builtBytes, Totals } from './bytes.ts';
import { ARGS, BLOCK, byName, LOADS, NAMES, README, RESULTS, STARTED, VIEWPORT, type Name, type PerPage } from './config.ts';
import type { LoadResult, StepResult } from './instrument.ts';
import { gitState, type Machine } from './machine.ts';
import { markdown } from './markdown.ts';
import type { Num, Result } from './result.ts';
import type { ColdLoads, Scrub, WarmUp } from './rounds.ts';
import type { ScaleResult } from './scale/scale.tsx';
import { median, p95, ratio, round } from './stats.ts';

/** What a run measured, as the driver hands it over. */
export interface Measured {
  machine: Machine;
  days: readonly number[];
  loadDate: string;
  warm: WarmUp;
  cold: ColdLoads;
  scrub: Scrub;
  /** What each page fetched on a cold load, by category. */
  onLoad: PerPage<{ totals: Totals; files: string[] }>;
  /** The app's build. */
  app: ReturnType<typeof builtBytes>;
  scale: ScaleResult;
  /** index.allAt in Node, ms per call per batch. */
  nodeAllAt: number[];
  lighthouse: LighthouseSummary | null;
}

export function summarise(m: Measured): Result {
  const result: Result = {
    date: new Date().toISOString(),
    runSeconds: 0,
    machine: m.machine,
    config: { loads: LOADS, steps: m.days.length, block: BLOCK, viewport: VIEWPORT, mapBox: m.warm.box, loadDate: m.loadDate, scrubDays: new Set(m.days).size, renderer: m.warm.renderer, basemap: m.warm.geo, args: ARGS, app: gitState() },
    load: loadSummary(m.cold.loads),
    scrub: scrubSummary(m.scrub.steps, m.scrub.wrongValue),
    memory: memorySummary(m.scrub),
    bytes: {
      app: { built: m.app.built, appJsLoadedOnStart: m.onLoad.app.totals.js, appJsLazy: m.app.lazy, lazyChunks: m.app.lazyChunks },
      onLoad: byName((n) => ({ ...m.onLoad[n].totals, files: m.onLoad[n].files })),
    },
    scale100x: { ...m.scale, nodeAllAt: { median: median(m.nodeAllAt), p95: p95(m.nodeAllAt), n: m.nodeAllAt.length } },
    ratios: {},
    lighthouse: m.lighthouse,
    targets: [],
  };
  result.ratios = ratios(result);
  result.targets = targets(result);
  result.runSeconds = Math.round((Date.now() - STARTED) / 1000);
  return result;
}

function loadSummary(loads: PerPage<LoadResult[]>): Result['load'] {
  const loadMs = (n: Name) => loads[n].map((r) => r.end);
  const medLoad = (f: (r: LoadResult) => number) => byName((n) => round(median(loads[n].map(f))));
  return {
    ...byName((n) => round(median(loadMs(n)))),
    p95: byName((n) => round(p95(loadMs(n)))),
    glContextAt: medLoad((r) => r.glContextAt),
    firstDrawAt: medLoad((r) => r.firstDrawAt),
    readyAt: medLoad((r) => r.readyAt),
    rafAt: medLoad((r) => r.rafAt),
    gpuAt: medLoad((r) => r.gpuAt),
    netDone: medLoad((r) => r.netDone),
    longTaskMs: medLoad((r) => r.longTaskMs),
    fcp: medLoad((r) => r.fcp),
    // The first paint shows the coloured map when it held the static first paint's map, or came no earlier than the map saying ready.
    colouredFirstPaint: byName((n) => loads[n].filter((r) => r.fcpMap || (Number.isFinite(r.fcp) && r.fcp >= r.readyAt)).length),
    colouredAt: medLoad((r) => (r.fcpMap && Number.isFinite(r.fcp) ? r.fcp : r.end)),
    runs: byName((n) => loadMs(n).map((x) => round(x))),
    resources: byName((n) => resourceMedians(loads[n])),
  };
}

/** Each fetch's median start and end over the runs (the same files every run), in order of start. */
function resourceMedians(runs: readonly LoadResult[]): LoadResult['resources'] {
  const by = new Map<string, { start: number[]; end: number[] }>();
  for (const r of runs) {
    for (const x of r.resources) {
      const e = by.get(x.name) ?? { start: [], end: [] };
      e.start.push(x.start);
      e.end.push(x.end);
      by.set(x.name, e);
    }
  }
  return [...by].map(([name, e]) => ({ name, start: median(e.start), end: median(e.end) })).sort((a, b) => a.start - b.start);
}

function scrubSummary(steps: PerPage<StepResult[]>, wrongValue: PerPage<number>): Result['scrub'] {
  const stepMs = (n: Name) => steps[n].map((s) => s.ms);
  const medStep = (f: (r: StepResult) => number) => byName((n) => round(median(steps[n].map(f))));
  return {
    ...byName((n) => round(median(stepMs(n)))),
    p95: byName((n) => round(p95(stepMs(n)))),
    rafMs: medStep((s) => s.rafMs),
    gpuMs: medStep((s) => s.gpuMs),
    mainMs: medStep((s) => s.mainMs),
    mainP95: byName((n) => round(p95(steps[n].map((s) => s.mainMs)))),
    frames: byName((n) => median(steps[n].map((s) => s.frames))),
    draws: byName((n) => median(steps[n].map((s) => s.draws))),
    n: byName((n) => steps[n].length),
    timeouts: byName((n) => steps[n].filter((s) => !Number.isFinite(s.ms)).length),
    wrongValue,
  };
}

function memorySummary({ heapLoad, heapScrub }: Scrub): Result['memory'] {
  return byName((n) => ({
    heapAfterLoadMB: round(heapLoad[n].used / 2 ** 20, 2),
    heapAfterScrubMB: round(heapScrub[n].used / 2 ** 20, 2),
    growthMB: round((heapScrub[n].used - heapLoad[n].used) / 2 ** 20, 2),
    domNodesAfterLoad: heapLoad[n].nodes,
    domNodesAfterScrub: heapScrub[n].nodes,
    listenersAfterLoad: heapLoad[n].listeners,
    listenersAfterScrub: heapScrub[n].listeners,
  }));
}

/** The app (and the app with WebGL forced) against the floor and the peer: load and scrub medians. */
function ratios({ load: L, scrub: S }: Result): Result['ratios'] {
  return {
    loadAppFloor: ratio(L.app, L.floor),
    loadAppPeer: ratio(L.app, L.peer),
    scrubAppFloor: ratio(S.app, S.floor),
    scrubAppPeer: ratio(S.app, S.peer),
    loadAppWebglFloor: ratio(L.appWebgl, L.floor),
    scrubAppWebglFloor: ratio(S.appWebgl, S.floor),
  };
}

/** The targets, judged on the app as it runs here (reported, not asserted). */
function targets(r: Result): Result['targets'] {
  const { load: L, scrub: S, memory: mem } = r;
  const { built, appJsLoadedOnStart } = r.bytes.app;
  const KB = 1024;
  const growth = mem.app.growthMB ?? 0;
  const atMost = (x: number | null | undefined, limit: number) => x !== null && x !== undefined && x <= limit;
  const rel = (a: Num, b: Num) => (a === null || b === null || b === 0 ? null : Math.round((a / b) * 100) / 100);
  const x = (v: Num) => (v === null ? '–' : `${v}×`);
  const loadPeer = rel(L.app, L.peer);
  const scrubPeer = rel(S.app, S.peer);
  const scrubPeerP95 = rel(S.p95.app, S.p95.peer);
  const webglLoad = rel(L.appWebgl, L.floor);
  const webglScrub = rel(S.appWebgl, S.floor);
  const colouredPeer = rel(L.colouredAt.app, L.colouredAt.peer);
  const html = r.bytes.onLoad.app.html;
  // The targets of the performance issue of December 2026 (bench/README.md, "What we learnt").
  const out: Result['targets'] = [
    { target: 'cold load to the live map ≤ 1.1× the SVG peer', value: `${x(loadPeer)} (${L.app} vs ${L.peer} ms)`, met: atMost(loadPeer, 1.1) },
    { target: 'coloured map on screen ≤ 0.8× the SVG peer (the first paint shows it)', value: `${x(colouredPeer)} (${L.colouredAt.app} vs ${L.colouredAt.peer} ms; the first paint held the map in ${L.colouredFirstPaint.app} of ${r.config.loads} loads)`, met: atMost(colouredPeer, 0.8) },
    { target: 'scrub step ≤ 1.0× the SVG peer, median and p95', value: `${x(scrubPeer)} / ${x(scrubPeerP95)} (${S.app} / ${S.p95.app} vs ${S.peer} / ${S.p95.peer} ms)`, met: atMost(scrubPeer, 1) && atMost(scrubPeerP95, 1) },
    { target: 'scrub: main thread per step ≤ the peer’s (median)', value: `${S.mainMs.app} vs ${S.mainMs.peer} ms (p95 ${S.mainP95.app} vs ${S.mainP95.peer})`, met: S.mainMs.peer !== null && atMost(S.mainMs.app, S.mainMs.peer) },
    { target: 'WebGL forced: cold load ≤ 1.2× the floor', value: `${x(webglLoad)} (${L.appWebgl} vs ${L.floor} ms)`, met: atMost(webglLoad, 1.2) },
    { target: 'WebGL forced: scrub step ≤ 1.2× the floor', value: `${x(webglScrub)} (${S.appWebgl} vs ${S.floor} ms)`, met: atMost(webglScrub, 1.2) },
    { target: 'WebGL forced: draw calls per step ≤ 10', value: `${S.draws.appWebgl} (the floor ${S.draws.floor})`, met: S.draws.appWebgl <= 10 },
  ];
  const lh = r.lighthouse;
  for (const view of ['map', 'embed']) {
    const v = lh?.views[view];
    const label = view === 'map' ? 'the map' : 'embed mode';
    out.push({
      target: `Lighthouse mobile, ${label}: performance ≥ 95, total blocking time ≤ 150 ms, LCP ≤ 2.5 s`,
      value: v ? `${v.performance} / ${v.tbt === null ? '–' : Math.round(v.tbt)} ms / ${v.lcp === null ? '–' : (v.lcp / 1000).toFixed(2)} s` : 'not run',
      met: !!v && atMost(-(v.performance ?? 0), -95) && atMost(v.tbt, 150) && atMost(v.lcp, 2500),
    });
  }
  out.push(
    { target: 'app JS fetched on start ≤ 80 KB gzipped (maplibre-gl aside)', value: `${(appJsLoadedOnStart.gzip / KB).toFixed(1)} KB (${(built.js.gzip / KB).toFixed(1)} KB in every chunk)`, met: appJsLoadedOnStart.gzip <= 80 * KB },
    { target: '`index.html` ≤ 30 KB gzipped', value: `${(html.gzip / KB).toFixed(1)} KB (${(html.raw / KB).toFixed(1)} KB raw)`, met: html.gzip > 0 && html.gzip <= 30 * KB },
    { target: `heap growth over ${r.config.steps} steps ≤ 1.0 MB`, value: `${growth >= 0 ? '+' : ''}${growth} MB (WebGL forced: ${mem.appWebgl.growthMB} MB)`, met: growth <= 1 },
    { target: 'geometry ≤ 300 KB gzipped (every basemap file)', value: `${(built.geometry.gzip / KB).toFixed(1)} KB`, met: built.geometry.gzip <= 300 * KB },
    { target: 'every country at a date at 100× data < 1 ms', value: `${(r.scale100x.allAt.median * 1000).toFixed(1)} µs`, met: r.scale100x.allAt.median < 1 },
  );
  return out;
}

/** Writes latest.json and latest.md, updates README.md's table, and prints the table and the ratios. */
export function report(result: Result): void {
  const md = markdown(result);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(RESULTS, 'latest.md'), md);
  if (existsSync(README)) {
    const text = readFileSync(README, 'utf8');
    const next = text.replace(/(<!-- bench:table -->\n)[\s\S]*?(<!-- \/bench:table -->)/, `$1${md}$2`);
    if (next !== text) writeFileSync(README, next);
  }
  const R = result.ratios;
  const S = result.scrub;
  console.log(`\n${md}`);
  console.log(`ratios: load app/floor ${R.loadAppFloor}×, app/peer ${R.loadAppPeer}×; scrub app/floor ${R.scrubAppFloor}×, app/peer ${R.scrubAppPeer}× (the app drew ${result.config.renderer.app}; with WebGL forced: load ${R.loadAppWebglFloor}×, scrub ${R.scrubAppWebglFloor}× the floor)`);
  console.log(`wrote bench/results/latest.json and latest.md in ${result.runSeconds} s`);
  if (NAMES.some((n) => S.timeouts[n] || S.wrongValue[n])) console.log('WARNING: some scrub steps timed out or landed on the wrong day (see latest.json scrub.timeouts / wrongValue)');
}
