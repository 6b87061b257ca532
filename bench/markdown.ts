/**
 * The report as Markdown (bench/results/latest.md, README.md's bench:table block): a line on the
 * run, the table of the four pages with the ratios, the app's build, the 100x data and the targets.
 * Pure: a function of the result.
 */
import { CATEGORIES, type Bytes } from './bytes.ts';
import { LABEL, NAMES, type Name } from './config.ts';
import type { Num, Result } from './result.ts';
import type { Dist } from './scale/scale.tsx';
import { ratio } from './stats.ts';

const kb = (b: Bytes) => `${(b.raw / 1024).toFixed(0)} / ${(b.gzip / 1024).toFixed(1)}`;
const ms = (x: Num | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(0));
const mb = (v: Num) => (v === null ? '–' : v.toFixed(1));
const times = (a: Num | undefined, b: Num | undefined) => {
  const q = ratio(a, b);
  return q === null ? '–' : `${q.toFixed(2)}×`;
};
const dist = (v: Dist, unit: 'ms' | 'µs' = 'ms') => (unit === 'µs' ? `${(v.median * 1000).toFixed(1)} µs (p95 ${(v.p95 * 1000).toFixed(1)})` : `${v.median.toFixed(1)} ms (p95 ${v.p95.toFixed(1)})`);
const both = (a: Bytes, b: Bytes) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/** A row of the pages' table: a cell per page, then app/floor, app/peer and app WebGL/floor if `ratios`. */
function row(label: string, f: (n: Name) => string, ratios?: (n: Name) => Num | undefined): string {
  return `| ${label} | ${NAMES.map(f).join(' | ')} | ${ratios ? `${times(ratios('app'), ratios('floor'))} | ${times(ratios('app'), ratios('peer'))} | ${times(ratios('appWebgl'), ratios('floor'))}` : ' | | '} |`;
}

export function markdown(r: Result): string {
  const lines = [runLine(r), '', ...pagesTable(r), '', ...buildTable(r), '', ...scaleTable(r), '', ...lighthouseTable(r), '', ...targetsTable(r), ''];
  return lines.join('\n');
}

function runLine(r: Result): string {
  const raster = r.config.args.includes('--disable-gpu-rasterization') ? 'page raster on the CPU' : 'page raster on the GPU (SwiftShader)';
  return `Run ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${r.runSeconds} s, app built from ${r.config.app}. ${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.memGB} GB; Chromium ${r.machine.chromium}; WebGL: ${r.machine.gl}; ${raster}. Viewport 1280×720, map box ${r.config.mapBox.w}×${r.config.mapBox.h} CSS px; basemap ${r.config.basemap.webgl} (WebGL), ${r.config.basemap.svg} (SVG). Load average ${r.machine.loadavgStart.join(' ')} → ${r.machine.loadavgEnd.join(' ')}.`;
}

function pagesTable(r: Result): string[] {
  return [
    `| measure | ${NAMES.map((n) => `${LABEL[n]}${n.startsWith('app') ? ` [${r.config.renderer[n]}]` : ''}`).join(' | ')} | app/floor | app/peer | app WebGL/floor |`,
    `|---|${NAMES.map(() => '---:').join('|')}|---:|---:|---:|`,
    ...loadRows(r),
    ...scrubRows(r),
    ...memoryRows(r),
    ...fetchedRows(r),
  ];
}

function loadRows(r: Result): string[] {
  const L = r.load;
  const webgl = (n: Name) => r.config.renderer[n] === 'webgl';
  return [
    row(`**cold load**, median of ${r.config.loads} (ms)`, (n) => `**${ms(L[n])}**`, (n) => L[n]),
    row('cold load, p95 (ms)', (n) => ms(L.p95[n]), (n) => L.p95[n]),
    row('**coloured map on screen**, median (ms): the first paint where it held the map, else the cold load', (n) => `**${ms(L.colouredAt[n])}**`, (n) => L.colouredAt[n]),
    row('… map’s WebGL context asked for / first draw (ms)', (n) => (webgl(n) ? `${ms(L.glContextAt[n])} / ${ms(L.firstDrawAt[n])}` : '–')),
    row('… map says ready (ms)', (n) => ms(L.readyAt[n])),
    row('… painted: 2nd frame after / GL work done (ms)', (n) => `${ms(L.rafAt[n])} / ${webgl(n) ? ms(L.gpuAt[n]) : '–'}`),
    row('… last byte fetched by the page (ms)', (n) => ms(L.netDone[n])),
    row('… long tasks before ready (ms)', (n) => ms(L.longTaskMs[n])),
    row('… first contentful paint (ms)', (n) => ms(L.fcp[n])),
    row('… loads whose first paint showed the coloured map', (n) => `${L.colouredFirstPaint[n]} of ${r.config.loads}`),
  ];
}

function scrubRows(r: Result): string[] {
  const S = r.scrub;
  const webgl = (n: Name) => r.config.renderer[n] === 'webgl';
  return [
    row(`**scrub step**, median of ${S.n.app} (ms)`, (n) => `**${ms(S[n])}**`, (n) => S[n]),
    row('scrub step, p95 (ms)', (n) => ms(S.p95[n]), (n) => S.p95[n]),
    row('… main thread done with the changed frame, median / p95 (ms)', (n) => `${ms(S.mainMs[n])} / ${ms(S.mainP95[n])}`, (n) => S.mainMs[n]),
    row('… painted: 2nd frame after / GL work done (ms)', (n) => `${ms(S.rafMs[n])} / ${webgl(n) ? ms(S.gpuMs[n]) : '–'}`),
    row('… animation frames input → painted', (n) => String(S.frames[n])),
    row('… WebGL draw calls per step', (n) => (webgl(n) ? String(S.draws[n]) : '–')),
  ];
}

function memoryRows(r: Result): string[] {
  const m = r.memory;
  return [
    row('JS heap after load (MB)', (n) => mb(m[n].heapAfterLoadMB)),
    row(`JS heap after ${r.config.steps} steps (MB)`, (n) => mb(m[n].heapAfterScrubMB)),
    row('… growth (MB)', (n) => mb(m[n].growthMB)),
    row('DOM nodes after load → after steps', (n) => `${m[n].domNodesAfterLoad} → ${m[n].domNodesAfterScrub}`),
  ];
}

function fetchedRows(r: Result): string[] {
  const on = r.bytes.onLoad;
  const sum = (n: Name) => CATEGORIES.reduce((acc, c) => ({ raw: acc.raw + on[n][c].raw, gzip: acc.gzip + on[n][c].gzip }), { raw: 0, gzip: 0 });
  return [
    row('fetched: JS excl. MapLibre (KB raw / gz)', (n) => kb(on[n].js)),
    row('fetched: MapLibre JS + worker (KB raw / gz)', (n) => kb(on[n].maplibre)),
    row('fetched: CSS (KB raw / gz)', (n) => kb(on[n].css)),
    row('fetched: geometry + data (KB raw / gz)', (n) => kb(both(on[n].geometry, on[n].data))),
    row('fetched: everything (KB raw / gz)', (n) => kb(sum(n))),
  ];
}

function buildTable(r: Result): string[] {
  const a = r.bytes.app;
  return [
    'The app’s build (bytes shipped, KB raw / gzip -9; source maps excluded):',
    '',
    '| app JS excl. MapLibre (all chunks) | … fetched on start | … lazy | MapLibre JS + worker | CSS | geometry (all basemaps) | data |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    `| ${kb(a.built.js)} | ${kb(a.appJsLoadedOnStart)} | ${kb(a.appJsLazy)} | ${kb(a.built.maplibre)} | ${kb(a.built.css)} | ${kb(a.built.geometry)} | ${kb(a.built.data)} |`,
  ];
}

function scaleTable(r: Result): string[] {
  const sc = r.scale100x;
  return [
    `The app’s code at 100× data (${sc.data.events} events, ${sc.data.quotes} quotes, ${sc.data.sources} sources, ${sc.data.countries} countries; busy country ${sc.data.busy} with ${sc.data.busyEvents} events), in Chromium:`,
    '',
    '| measure | median (p95) |',
    '|---|---:|',
    `| StatusIndex built from every event | ${dist(sc.indexBuild)} |`,
    `| every country’s status at a date (index.allAt) | ${dist(sc.allAt, 'µs')} |`,
    `| … the same in Node | ${dist(sc.nodeAllAt, 'µs')} |`,
    `| panel events for the busy country / for all (panelEvents) | ${dist(sc.panelEventsBusy)} / ${dist(sc.panelEventsAll)} |`,
    `| story panel for the busy country (${sc.busyCards} event cards drawn): React + DOM | ${dist(sc.panelBusyMount)} |`,
    `| … then style and layout | ${dist(sc.panelBusyLayout)} |`,
    `| … after a date change, until its render commits (it waits for two frames and an idle moment) | ${dist(sc.panelBusyUpdate)} |`,
    `| story panel with no country selected (${sc.allCards} event cards drawn, the default view): React + DOM | ${dist(sc.panelAllMount)} |`,
    `| … then style and layout | ${dist(sc.panelAllLayout)} |`,
  ];
}

function lighthouseTable(r: Result): string[] {
  const lh = r.lighthouse;
  if (!lh) return ['Lighthouse: not run (BENCH_LIGHTHOUSE=0, or it failed: see the log).'];
  const n = (v: number | null) => (v === null ? '–' : String(Math.round(v)));
  return [
    `Lighthouse ${lh.version}, mobile, ${lh.throttling === 'simulate' ? 'its default simulated throttling' : 'unthrottled'}, on the same build (\`npm run lighthouse -- --views=map,embed\` reproduces it):`,
    '',
    '| view | performance | accessibility | best practices | SEO | total blocking time (ms) | largest contentful paint (ms) | first contentful paint (ms) | layout shift |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...Object.entries(lh.views).map(([view, v]) => `| ${view} | ${n(v.performance)} | ${n(v.accessibility)} | ${n(v['best-practices'])} | ${n(v.seo)} | ${n(v.tbt)} | ${n(v.lcp)} | ${n(v.fcp)} | ${v.cls === null ? '–' : v.cls.toFixed(3)} |`),
  ];
}

function targetsTable(r: Result): string[] {
  return [
    'Targets (reported, not asserted; judged on the app as it runs here):',
    '',
    '| target | measured | met |',
    '|---|---:|:---:|',
    ...r.targets.map((t) => `| ${t.target} | ${t.value} | ${t.met ? 'yes' : '**no**'} |`),
  ];
}
