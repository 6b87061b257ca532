/**
 * npm run bench: the app measured side by side with the floor (bare MapLibre) and the peer (plain
 * d3-geo SVG), in one run, on this machine. See bench/README.md for the method.
 *
 *  1. builds the app (its own vite.config.ts, into bench/.build/app) and the three bench pages
 *     (bench/vite.config.ts, each on its own, into bench/.build/ref);
 *  2. serves each on its own localhost port (a tiny static server that logs every byte it sends);
 *  3. drives headless Chromium (the e2e tests' flags, SwiftShader WebGL) through them, alternating
 *     app, floor and peer in every round: cold loads in fresh contexts, then scrub steps in blocks
 *     on three live pages, with the JS heap after load and after the steps;
 *  4. measures the app's logic at 100x data (bench/scale, bench/synth.ts) and its bytes;
 *  5. prints a Markdown table and the ratios, writes bench/results/latest.json and latest.md,
 *     and puts the table into bench/README.md between its bench:table markers.
 *
 * Environment: BENCH_LOADS (cold loads per page, default 11), BENCH_STEPS (scrub steps per page,
 * default 300), BENCH_BLOCK (steps per page before switching, default 10), BENCH_SKIP_BUILD=1
 * (reuse bench/.build), CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { execSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page as PwPage } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM, QUIET, SWIFTSHADER } from '../scripts/chromium.ts';
import { StatusIndex } from '../src/data/statusIndex.ts';
import type { Dataset } from '../src/data/types.ts';
import { synthDataset } from './synth.ts';
import { refConfig, REF_OUT, type Page as RefPage } from './vite.config.ts';
import type { ScaleResult, Dist } from './scale/scale.tsx';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const APP_OUT = join(HERE, '.build', 'app');
const SHOTS = join(HERE, '.build', 'shots');
const RESULTS = join(HERE, 'results');

const LOADS = Number(process.env.BENCH_LOADS ?? 11);
const STEPS = Number(process.env.BENCH_STEPS ?? 300);
const BLOCK = Number(process.env.BENCH_BLOCK ?? 10);
const SKIP_BUILD = process.env.BENCH_SKIP_BUILD === '1';
const STEP_TIMEOUT_MS = 5000;
const LOAD_TIMEOUT_MS = 60_000;

/** The e2e tests' flags (scripts/chromium.ts): quiet offline, WebGL from SwiftShader. */
const ARGS = [...QUIET, ...SWIFTSHADER];
/**
 * Page raster on the CPU, as Chromium does by default on a machine without a usable GPU. With the
 * e2e flags alone, Chromium rasters the page's layers on the GPU, i.e. through SwiftShader, where
 * an SVG world map takes seconds per recolour (see README.md): a setup no reader has.
 * BENCH_GPU_RASTER=1 keeps GPU raster (the e2e tests' exact setup).
 */
const GPU_RASTER = process.env.BENCH_GPU_RASTER === '1';
if (!GPU_RASTER) ARGS.push('--disable-gpu-rasterization');
const VIEWPORT = { width: 1280, height: 720 };

/**
 * The pages: the app as a reader here gets it (it picks its renderer: SVG where WebGL runs in
 * software), the app with its WebGL renderer forced (the developer override: the path readers with
 * a GPU get, compared with the floor like for like), the floor and the peer.
 */
type Name = 'app' | 'appWebgl' | 'floor' | 'peer';
const NAMES: readonly Name[] = ['app', 'appWebgl', 'floor', 'peer'];
const LABEL: Record<Name, string> = { app: 'app', appWebgl: 'app, WebGL forced', floor: 'floor (bare MapLibre)', peer: 'peer (d3-geo SVG)' };
type Mode = 'webgl' | 'svg';

const started = Date.now();
const log = (...a: unknown[]) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...a);

// ---------------------------------------------------------------------------------------------
// Statistics

function quantile(xs: readonly number[], p: number): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] as number;
}
const median = (xs: readonly number[]) => quantile(xs, 0.5);
const p95 = (xs: readonly number[]) => quantile(xs, 0.95);
const round = (x: number, d = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);

// ---------------------------------------------------------------------------------------------
// Static servers: one per page, on a port the OS picks, logging what they send.

interface Sent {
  path: string;
  bytes: number;
}
interface Static {
  port: number;
  sent: Sent[];
  server: Server;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

function serve(root: string): Promise<Static> {
  const sent: Sent[] = [];
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', 'content-length': body.length });
    res.end(body);
    sent.push({ path, bytes: body.length });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as { port: number }).port, sent, server })));
}

// ---------------------------------------------------------------------------------------------
// The in-page instrument, the same on every page (an init script: it runs before any of the
// page's own code). It never calls into the page: it watches.
//
//  - navigator.webdriver reads false, so the app behaves as for a reader (MapView turns on
//    preserveDrawingBuffer and a test hook only under webdriver).
//  - The map container says how it draws (data-renderer="webgl" | "svg", as the app's MapView and
//    the two reference pages set it) and when its final colours are in (data-map-ready="true").
//  - WebGL draw calls are noted with the frame they were issued in (document.timeline's time,
//    which is that frame's rAF timestamp) and the context that issued them: MapLibre draws only
//    inside animation frame callbacks.
//  - A MutationObserver notes changes to an SVG map in the container (the <svg> going in, `fill`
//    attributes changing), and from each such change records the start of every frame after it.
//
// The frame that shows a change is F: on a WebGL map, the frame whose callbacks issued the draw
// calls (for a load: the frame that drew when the map said it was ready; for a step: the first
// frame to draw after the input); on an SVG map, the first frame to start after the DOM changed.
// The change counts as painted when both
//  - the second animation frame after F has started: Chromium does not commit F+1 before F's
//    layers are rastered and activated, so F+2 cannot start earlier (one frame after F is not
//    enough: F+1 may start while F is still being rastered); and
//  - on a WebGL map, a fence put into the map's context at the start of F+1 has signalled: the
//    GPU (SwiftShader, a CPU here) has executed F's draw calls. Without it, WebGL's cost would
//    hide in the GPU process, after the main thread has moved on.

interface StepResult {
  /** Input to painted (ms), and its two parts: the second frame after F starting, F's GL work done. */
  ms: number;
  rafMs: number;
  gpuMs: number;
  /** Input to the end of the main thread's work on F (its callbacks, style, layout, paint). */
  mainMs: number;
  frames: number;
  /** WebGL draw calls from the input until painted. */
  draws: number;
  value: string;
}
interface LoadResult {
  end: number;
  readyAt: number;
  rafAt: number;
  gpuAt: number;
  /** When the page asked for a WebGL context last before ready (the map's), and first drew (ms). */
  glContextAt: number;
  firstDrawAt: number;
  longTaskMs: number;
  renderer: string;
  netDone: number;
  resources: { name: string; start: number; end: number }[];
}
interface Hook {
  loaded: Promise<LoadResult>;
  step(value: number, timeoutMs: number): Promise<StepResult>;
  settle(): Promise<void>;
}

function instrument(): void {
  Object.defineProperty(Navigator.prototype, 'webdriver', { configurable: true, get: () => false });
  const raf = window.requestAnimationFrame.bind(window);
  const now = () => performance.now();
  const frameTime = () => Number(document.timeline.currentTime ?? -1);
  const s = {
    mode: 'svg' as 'webgl' | 'svg',
    draws: 0,
    lastDrawTs: -1,
    glContextAt: NaN,
    firstDrawAt: NaN,
    gl: null as WebGL2RenderingContext | null,
    marking: false,
    markDrawTs: null as number | null,
    markFillAt: null as number | null,
    /** When the main thread was done with F (a task posted from F's animation frame callbacks). */
    mainAt: NaN,
    readyAt: null as number | null,
    loadDone: false,
    /** Frames (their start, ms) since the SVG map last changed, while loading. */
    svgFrames: [] as number[],
    recording: false,
    longTaskMs: 0,
  };

  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    if (Number.isNaN(s.mainAt)) s.mainAt = now();
  };
  /** Notes the end of the current frame's main-thread work (a task runs after the frame's rendering). */
  const afterFrame = () => channel.port2.postMessage(0);

  const getContext = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, id: string, o?: unknown) => RenderingContext | null;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, id: string, o?: unknown) {
    if (/webgl/.test(id) && s.readyAt === null) s.glContextAt = now();
    return getContext.call(this, id, o);
  } as typeof HTMLCanvasElement.prototype.getContext;

  for (const C of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    if (!C) continue;
    const proto = C.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    for (const m of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'drawRangeElements']) {
      const f = proto[m];
      if (typeof f !== 'function') continue;
      proto[m] = function (this: WebGL2RenderingContext, ...a: unknown[]) {
        s.draws++;
        if (Number.isNaN(s.firstDrawAt)) s.firstDrawAt = now();
        s.lastDrawTs = frameTime();
        s.gl = this;
        if (s.marking && s.markDrawTs === null) {
          s.markDrawTs = s.lastDrawTs;
          afterFrame();
        }
        return f.apply(this, a);
      };
    }
  }

  interface Painted {
    end: number;
    rafAt: number;
    gpuAt: number;
    /** Animation frames seen from the start to painted. */
    frames: number;
  }
  /**
   * Resolves once F counts as painted. getF gives F (a frame timestamp) once known, from each
   * frame's timestamp.
   */
  function painted(getF: (ts: number) => number | null, t0: number, timeoutMs: number): Promise<Painted> {
    return new Promise((resolve) => {
      let F: number | null = null;
      let frames = 0;
      let after = 0;
      let rafAt = NaN;
      let gpuAt = s.mode === 'webgl' ? NaN : -Infinity;
      let done = false;
      const finish = (fail = false) => {
        if (done) return;
        if (fail) {
          done = true;
          resolve({ end: NaN, rafAt, gpuAt, frames });
        } else if (!Number.isNaN(rafAt) && !Number.isNaN(gpuAt)) {
          done = true;
          resolve({ end: Math.max(rafAt, gpuAt), rafAt, gpuAt, frames });
        }
      };
      const fence = () => {
        const gl = s.gl;
        const sync = gl?.fenceSync?.(gl.SYNC_GPU_COMMANDS_COMPLETE, 0) ?? null;
        if (!gl || !sync) {
          gpuAt = now();
          return;
        }
        gl.flush();
        const poll = () => {
          if (done) return;
          if (gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED) {
            gpuAt = now();
            gl.deleteSync(sync);
            finish();
          } else if (now() - t0 > timeoutMs) finish(true);
          else setTimeout(poll, 0);
        };
        setTimeout(poll, 0);
      };
      const tick = (ts: number) => {
        if (done) return;
        frames++;
        const t = now();
        if (F === null) F = getF(ts);
        if (F !== null && ts > F) {
          after++;
          if (after === 1 && s.mode === 'webgl') fence();
          if (after === 2) {
            rafAt = t;
            return finish();
          }
        }
        if (t - t0 > timeoutMs) return finish(true);
        raf(tick);
      };
      raf(tick);
    });
  }

  let resolveLoaded: (r: LoadResult) => void = () => undefined;
  const loaded = new Promise<LoadResult>((r) => (resolveLoaded = r));

  function record(): void {
    if (s.loadDone) {
      s.recording = false;
      return;
    }
    raf(() => {
      s.svgFrames.push(now());
      record();
    });
  }
  function svgChanged(): void {
    s.svgFrames = [];
    if (!s.recording && !s.loadDone) {
      s.recording = true;
      record();
    }
  }

  function onReady(el: Element): void {
    const readyAt = now();
    s.readyAt = readyAt;
    s.mode = el.getAttribute('data-renderer') === 'webgl' ? 'webgl' : 'svg';
    const longAtReady = s.longTaskMs;
    const report = ({ end, rafAt, gpuAt }: Painted) => {
      s.loadDone = true;
      const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      resolveLoaded({
        end,
        readyAt,
        rafAt,
        gpuAt,
        glContextAt: s.glContextAt,
        firstDrawAt: s.firstDrawAt,
        longTaskMs: longAtReady,
        renderer: s.mode,
        netDone: Math.max(0, ...res.map((r) => r.responseEnd)),
        resources: res.map((r) => ({ name: new URL(r.name).pathname, start: Math.round(r.startTime), end: Math.round(r.responseEnd) })),
      });
    };
    if (s.mode === 'webgl') {
      const F = s.lastDrawTs;
      void painted(() => F, readyAt, 20_000).then(report);
    } else {
      // F is the first frame after the SVG map last changed: the start of F+2 is the third frame
      // recorded since (the app's SVG renderer says it is ready a frame or two after it changed).
      const wait = () => {
        if (s.svgFrames.length >= 3) report({ end: s.svgFrames[2] as number, rafAt: s.svgFrames[2] as number, gpuAt: NaN, frames: 3 });
        else if (now() - readyAt > 20_000) report({ end: NaN, rafAt: NaN, gpuAt: NaN, frames: 0 });
        else raf(() => setTimeout(wait, 0));
      };
      if (!s.recording && s.svgFrames.length === 0) svgChanged();
      wait();
    }
  }

  const inMap = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest('[data-testid=map]') ?? null;
  new MutationObserver((records) => {
    const t = now();
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of r.addedNodes) if (n.nodeName.toLowerCase() === 'svg' && inMap(n)) svgChanged();
      } else if (r.attributeName === 'fill') {
        if (!inMap(r.target)) continue;
        if (s.marking && s.markFillAt === null) s.markFillAt = t;
        if (!s.loadDone) svgChanged();
      } else if (r.attributeName === 'data-map-ready' && s.readyAt === null && (r.target as Element).getAttribute('data-map-ready') === 'true') {
        onReady(r.target as Element);
      }
    }
  }).observe(document, { attributes: true, childList: true, subtree: true, attributeFilter: ['fill', 'data-map-ready'] });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) s.longTaskMs += e.duration;
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no long task timing */
  }

  const hook: Hook = {
    loaded,
    step(value, timeoutMs) {
      const input = document.querySelector<HTMLInputElement>('input[type=range]');
      if (!input) return Promise.resolve({ ms: NaN, rafMs: NaN, gpuMs: NaN, mainMs: NaN, frames: 0, draws: 0, value: '' });
      // The native setter: React tracks the value it last saw and would ignore a plain assignment.
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      s.markDrawTs = null;
      s.markFillAt = null;
      s.marking = true;
      const draws0 = s.draws;
      const t0 = now();
      setter?.call(input, String(value));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      s.mainAt = NaN;
      const getF = (ts: number) => {
        if (s.mode === 'webgl') return s.markDrawTs;
        if (s.markFillAt === null) return null;
        afterFrame();
        return ts;
      };
      return painted(getF, t0, timeoutMs).then(({ end, rafAt, gpuAt, frames }) => {
        s.marking = false;
        return { ms: end - t0, rafMs: rafAt - t0, gpuMs: gpuAt - t0, mainMs: s.mainAt - t0, frames, draws: s.draws - draws0, value: input.value };
      });
    },
    settle() {
      // Let deferred work (the app's panel) finish, then two quiet frames.
      return new Promise((r) => requestIdleCallback(() => raf(() => raf(() => r())), { timeout: 1000 }));
    },
  };
  (window as unknown as { __bench: Hook }).__bench = hook;
}

/**
 * The instrument as page source. tsx (esbuild, keepNames) wraps named functions in `__name(...)`,
 * which the page does not have: define it there, for this script and for page.evaluate callbacks.
 * `forceWebgl` sets the app's developer override (localStorage tcdm.renderer, src/map/renderer.ts).
 */
function initScript(forceWebgl: boolean): string {
  const force = forceWebgl ? "try { localStorage.setItem('tcdm.renderer', 'webgl'); } catch {}\n" : '';
  return `var __name = (f) => f;\n${force}(${instrument.toString()})();`;
}

// ---------------------------------------------------------------------------------------------
// Bytes

interface Bytes {
  raw: number;
  gzip: number;
}
type Category = 'js' | 'maplibre' | 'css' | 'geometry' | 'data' | 'html' | 'other';
const CATEGORIES: readonly Category[] = ['js', 'maplibre', 'css', 'geometry', 'data', 'html', 'other'];

function category(path: string): Category {
  const base = path.split('/').pop() ?? '';
  if (/\.(m?js)$/.test(base)) return /^maplibre/.test(base) ? 'maplibre' : 'js';
  if (base.endsWith('.css')) return 'css';
  if (base.endsWith('.topo.json')) return 'geometry';
  if (base.endsWith('.json')) return 'data';
  if (base.endsWith('.html')) return 'html';
  return 'other';
}

const gzCache = new Map<string, Bytes>();
function bytesOf(file: string): Bytes {
  let b = gzCache.get(file);
  if (!b) {
    const body = readFileSync(file);
    b = { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    gzCache.set(file, b);
  }
  return b;
}

function emptyTotals(): Record<Category, Bytes> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, { raw: 0, gzip: 0 }])) as Record<Category, Bytes>;
}

function addTo(t: Record<Category, Bytes>, path: string, b: Bytes): void {
  const c = t[category(path)];
  c.raw += b.raw;
  c.gzip += b.gzip;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Bytes of what a page fetched on a cold load (from the server's log), by category. */
function loadedBytes(root: string, sent: readonly Sent[]): { totals: Record<Category, Bytes>; files: string[] } {
  const totals = emptyTotals();
  const files = [...new Set(sent.map((s) => s.path))];
  for (const p of files) addTo(totals, p, bytesOf(join(root, p)));
  return { totals, files };
}

// ---------------------------------------------------------------------------------------------
// The scrub sequence: days across the whole timeline where the map changes every step.

function scrubDays(dataset: Dataset, basemapIsos: ReadonlySet<string>, n: number): { days: number[]; loadDay: number } {
  const index = new StatusIndex(dataset.events);
  const key = (d: number) =>
    [...index.allAt(d)]
      .filter(([iso]) => basemapIsos.has(iso))
      .map(([iso, s]) => `${iso}:${s.status}`)
      .sort()
      .join(',');
  // Days on which some country on the map changes colour (and the first day).
  const changes: number[] = [];
  let prev = '';
  for (const d of index.eventDays) {
    const k = key(d);
    if (k !== prev) changes.push(d);
    prev = k;
  }
  // A seeded walk over them: each step jumps to another change day whose map differs.
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const keys = new Map(changes.map((d) => [d, key(d)]));
  const days: number[] = [];
  let at = index.lastDay;
  // The last step returns to the load day, so the heap and DOM after the steps compare with after load.
  while (days.length < n - 1 || key(index.lastDay) === key(at)) {
    const d = changes[Math.floor(rand() * changes.length)] as number;
    if (keys.get(d) === key(at)) continue;
    days.push(d);
    at = d;
  }
  days.push(index.lastDay);
  return { days, loadDay: index.lastDay };
}

// ---------------------------------------------------------------------------------------------
// Driving the browser

const CONTEXT = { viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-GB', timezoneId: 'UTC', colorScheme: 'light' as const };

interface Target {
  name: Name;
  url: string;
  root: string;
  server: Static;
}

async function open(browser: Browser, t: Target): Promise<{ ctx: BrowserContext; page: PwPage; load: LoadResult; sent: Sent[] }> {
  const ctx = await browser.newContext(CONTEXT);
  await ctx.addInitScript({ content: initScript(t.name === 'appWebgl') });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => log(`${t.name}: page error: ${e.message}`));
  const from = t.server.sent.length;
  await page.goto(t.url, { waitUntil: 'commit' });
  const load = await Promise.race([
    page.evaluate(() => (window as unknown as { __bench: Hook }).__bench.loaded),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${t.name}: not ready after ${LOAD_TIMEOUT_MS} ms`)), LOAD_TIMEOUT_MS)),
  ]);
  // Workers fetch after the page is ready at the latest; give the log a moment.
  await page.waitForTimeout(50);
  return { ctx, page, load, sent: t.server.sent.slice(from) };
}

async function heap(ctx: BrowserContext, page: PwPage): Promise<{ used: number; nodes: number; listeners: number }> {
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const h = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  return { used: h.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

function rotate<T>(xs: readonly T[], k: number): T[] {
  const i = k % xs.length;
  return [...xs.slice(i), ...xs.slice(0, i)];
}

const byName = <T,>(f: (n: Name) => T): Record<Name, T> => Object.fromEntries(NAMES.map((n) => [n, f(n)])) as Record<Name, T>;

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  // 1. Builds
  if (!SKIP_BUILD) {
    log('building the app (vite.config.ts) into bench/.build/app');
    await build({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, logLevel: 'warn', build: { outDir: APP_OUT, emptyOutDir: true } });
    const pages: RefPage[] = ['floor', 'peer', 'scale'];
    for (const [i, p] of pages.entries()) {
      log(`building bench/${p}`);
      await build(refConfig([p], i === 0));
    }
  }

  const dataset = JSON.parse(readFileSync(join(APP_OUT, 'generated', 'dataset.json'), 'utf8')) as Dataset;
  const topoFile = readdirSync(join(APP_OUT, 'geo')).find((f) => f.endsWith('.topo.json')) as string;
  const topo = JSON.parse(readFileSync(join(APP_OUT, 'geo', topoFile), 'utf8')) as { objects: { countries: { geometries: { id: string }[] } } };
  const isos = new Set(topo.objects.countries.geometries.map((g) => String(g.id)));
  const { days, loadDay } = scrubDays(dataset, isos, STEPS);
  const loadDate = new Date(loadDay * 86_400_000).toISOString().slice(0, 10);

  // 2. Servers
  const servers = byName((n) => serve(n === 'app' || n === 'appWebgl' ? APP_OUT : REF_OUT));
  const srv = {} as Record<Name, Static>;
  for (const n of NAMES) srv[n] = await servers[n];
  const scaleServer = await serve(REF_OUT);

  // 3. Browser
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const machine = {
    cpus: availableParallelism(),
    cpu: readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? cpus()[0]?.model ?? 'unknown',
    memGB: round(totalmem() / 2 ** 30, 1),
    chromium: browser.version(),
    node: process.version,
    gl: '',
    loadavgStart: loadavg().map((x) => round(x, 2)),
    loadavgEnd: [] as (number | null)[],
  };

  const targets = byName((name): Target => ({
    name,
    url: name === 'app' || name === 'appWebgl' ? `http://127.0.0.1:${srv[name].port}/?date=${loadDate}` : '',
    root: name === 'app' || name === 'appWebgl' ? APP_OUT : REF_OUT,
    server: srv[name],
  }));

  // Warm-up: one discarded load each (the GPU process compiles its shaders once per browser), the
  // app's map box size (the reference pages draw into a box of the same size), which basemap the
  // app draws with each renderer (the floor draws the WebGL one, the peer the SVG one) and a
  // screenshot of each page (bench/.build/shots).
  mkdirSync(SHOTS, { recursive: true });
  log(`warm-up; load date ${loadDate}; ${days.length} scrub steps over ${new Set(days).size} days`);
  let box = { w: 0, h: 0 };
  const geo: Record<Mode, string> = { webgl: 'countries-50m.topo.json', svg: 'countries-50m.topo.json' };
  const renderer = {} as Record<Name, string>;
  const geoSeen = {} as Record<Mode, string>;
  for (const name of NAMES) {
    if (name === 'floor' || name === 'peer') {
      const g = geoSeen[name === 'floor' ? 'webgl' : 'svg'] ?? geoSeen.webgl ?? geoSeen.svg ?? geo.webgl;
      targets[name].url = `http://127.0.0.1:${srv[name].port}/${name}/?date=${loadDate}&w=${box.w}&h=${box.h}&geo=${g}`;
    }
    const o = await open(browser, targets[name]);
    renderer[name] = o.load.renderer;
    if (name === 'app' || name === 'appWebgl') {
      const topos = [...new Set(o.sent.map((x) => x.path).filter((p) => p.endsWith('.topo.json')))];
      // If the app fetched more than one, it draws the largest in the end.
      const largest = topos.sort((a, b) => bytesOf(join(APP_OUT, b)).raw - bytesOf(join(APP_OUT, a)).raw)[0];
      if (largest) geoSeen[o.load.renderer as Mode] ??= largest.split('/').pop() as string;
      const r = await o.page.locator('[data-testid=map]').boundingBox();
      box = { w: Math.round(r?.width ?? 0), h: Math.round(r?.height ?? 0) };
      machine.gl ||= await o.page.evaluate(() => {
        const gl = document.createElement('canvas').getContext('webgl2');
        const ext = gl?.getExtension('WEBGL_debug_renderer_info');
        return ext && gl ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : 'none';
      });
    }
    await o.page.screenshot({ path: join(SHOTS, `${name}.png`) });
    await o.ctx.close();
  }
  if (renderer.appWebgl !== 'webgl') log(`WARNING: the app drew "${renderer.appWebgl}" with WebGL forced`);
  geo.webgl = geoSeen.webgl ?? geo.webgl;
  geo.svg = geoSeen.svg ?? geo.svg;
  log(`map box ${box.w}x${box.h} CSS px; the app draws ${renderer.app}; basemaps: WebGL ${geo.webgl}, SVG ${geo.svg}; GL: ${machine.gl}`);

  // 4. Cold loads, alternating, each in a fresh context.
  const loads = byName((): LoadResult[] => []);
  const sentOnLoad: Partial<Record<Name, Sent[]>> = {};
  for (let round = 0; round < LOADS; round++) {
    for (const name of rotate(NAMES, round)) {
      const o = await open(browser, targets[name]);
      loads[name].push(o.load);
      sentOnLoad[name] ??= o.sent;
      await o.ctx.close();
    }
    log(`cold load ${round + 1}/${LOADS}: ${NAMES.map((n) => `${n} ${loads[n].at(-1)?.end.toFixed(0)} ms`).join(', ')}`);
  }

  // 5. Scrub: the pages live side by side, blocks of steps alternating between them; the JS heap
  //    after load and after the steps (the last step returns to the load date).
  const live = {} as Record<Name, { ctx: BrowserContext; page: PwPage }>;
  const heapLoad = {} as Record<Name, Awaited<ReturnType<typeof heap>>>;
  for (const name of NAMES) {
    const o = await open(browser, targets[name]);
    await o.page.evaluate(() => (window as unknown as { __bench: Hook }).__bench.settle());
    live[name] = { ctx: o.ctx, page: o.page };
    heapLoad[name] = await heap(o.ctx, o.page);
  }
  const steps = byName((): StepResult[] => []);
  const wrongValue = byName(() => 0);
  for (let b = 0, k = 0; b < days.length; b += BLOCK, k++) {
    const values = days.slice(b, b + BLOCK);
    for (const name of rotate(NAMES, k)) {
      const out = await live[name].page.evaluate(
        async ({ values, timeout }) => {
          const h = (window as unknown as { __bench: Hook }).__bench;
          const res: StepResult[] = [];
          for (const v of values) {
            res.push(await h.step(v, timeout));
            await h.settle();
          }
          return res;
        },
        { values, timeout: STEP_TIMEOUT_MS },
      );
      out.forEach((r, i) => {
        if (r.value !== String(values[i])) wrongValue[name]++;
      });
      steps[name].push(...out);
    }
    if ((k + 1) % 6 === 0 || b + BLOCK >= days.length) {
      log(`scrub ${Math.min(b + BLOCK, days.length)}/${days.length}: ${NAMES.map((n) => `${n} ${median(steps[n].map((s) => s.ms)).toFixed(0)} ms`).join(', ')}`);
    }
  }
  const heapScrub = {} as Record<Name, Awaited<ReturnType<typeof heap>>>;
  for (const name of NAMES) {
    heapScrub[name] = await heap(live[name].ctx, live[name].page);
    await live[name].ctx.close();
  }

  // 6. The app's logic at 100x data, in the browser; allAt in Node too.
  log('scale: the app at 100x data');
  const sctx = await browser.newContext(CONTEXT);
  const spage = await sctx.newPage();
  spage.on('pageerror', (e) => log(`scale: page error: ${e.message}`));
  await spage.goto(`http://127.0.0.1:${scaleServer.port}/scale/`);
  const scale = await spage.evaluate(() => (window as unknown as { __scale: Promise<ScaleResult> }).__scale);
  await sctx.close();
  machine.loadavgEnd = loadavg().map((x) => round(x, 2));
  await browser.close();
  for (const s of [...Object.values(srv), scaleServer]) s.server.close();

  const synth = synthDataset();
  const nodeIndex = new StatusIndex(synth.events);
  const span = nodeIndex.lastDay - nodeIndex.firstDay;
  const nodeAllAt: number[] = [];
  for (let b = 0; b < 31; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < 400; i++) nodeIndex.allAt(nodeIndex.firstDay + ((i * 7919 + b) % (span + 1)));
    nodeAllAt.push(Number(process.hrtime.bigint() - t0) / 1e6 / 400);
  }

  // 7. Bytes
  const appFiles = walk(APP_OUT).filter((f) => !f.endsWith('.map'));
  const appBuilt = emptyTotals();
  for (const f of appFiles) addTo(appBuilt, f, bytesOf(f));
  const onLoad = byName((n) => loadedBytes(targets[n].root, sentOnLoad[n] ?? []));
  const appJsLoaded = new Set(onLoad.app.files.filter((p) => category(p) === 'js').map((p) => p.replace(/^\//, '')));
  const lazyJs = appFiles.filter((f) => category(f) === 'js' && !appJsLoaded.has(relative(APP_OUT, f).split(sep).join('/')));
  const lazy = { raw: 0, gzip: 0 };
  for (const f of lazyJs) {
    lazy.raw += bytesOf(f).raw;
    lazy.gzip += bytesOf(f).gzip;
  }

  // 8. Results
  const loadMs = (n: Name) => loads[n].map((r) => r.end);
  const medLoad = (f: (r: LoadResult) => number) => byName((n) => round(median(loads[n].map(f))));
  const stepMs = (n: Name) => steps[n].map((s) => s.ms);
  const medStep = (f: (r: StepResult) => number) => byName((n) => round(median(steps[n].map(f))));
  const mem = byName((n) => ({
    heapAfterLoadMB: round(heapLoad[n].used / 2 ** 20, 2),
    heapAfterScrubMB: round(heapScrub[n].used / 2 ** 20, 2),
    growthMB: round((heapScrub[n].used - heapLoad[n].used) / 2 ** 20, 2),
    domNodesAfterLoad: heapLoad[n].nodes,
    domNodesAfterScrub: heapScrub[n].nodes,
    listenersAfterLoad: heapLoad[n].listeners,
    listenersAfterScrub: heapScrub[n].listeners,
  }));
  const result: Result = {
    date: new Date().toISOString(),
    runSeconds: 0,
    machine,
    config: { loads: LOADS, steps: days.length, block: BLOCK, viewport: VIEWPORT, mapBox: box, loadDate, scrubDays: new Set(days).size, renderer, basemap: geo, args: ARGS, app: gitState() },
    load: {
      ...byName((n) => round(median(loadMs(n)))),
      p95: byName((n) => round(p95(loadMs(n)))),
      glContextAt: medLoad((r) => r.glContextAt),
      firstDrawAt: medLoad((r) => r.firstDrawAt),
      readyAt: medLoad((r) => r.readyAt),
      rafAt: medLoad((r) => r.rafAt),
      gpuAt: medLoad((r) => r.gpuAt),
      netDone: medLoad((r) => r.netDone),
      longTaskMs: medLoad((r) => r.longTaskMs),
      runs: byName((n) => loadMs(n).map((x) => round(x))),
      resources: byName((n) => {
        // Each fetch's median start and end over the runs (the same files every run).
        const by = new Map<string, { start: number[]; end: number[] }>();
        for (const r of loads[n]) {
          for (const x of r.resources) {
            const e = by.get(x.name) ?? { start: [], end: [] };
            e.start.push(x.start);
            e.end.push(x.end);
            by.set(x.name, e);
          }
        }
        return [...by].map(([name, e]) => ({ name, start: median(e.start), end: median(e.end) })).sort((a, b) => a.start - b.start);
      }),
    },
    scrub: {
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
    },
    memory: mem,
    bytes: {
      app: { built: appBuilt, appJsLoadedOnStart: onLoad.app.totals.js, appJsLazy: lazy, lazyChunks: lazyJs.map((f) => relative(APP_OUT, f)) },
      onLoad: byName((n) => ({ ...onLoad[n].totals, files: onLoad[n].files })),
    },
    scale100x: { ...scale, nodeAllAt: { median: median(nodeAllAt), p95: p95(nodeAllAt), n: nodeAllAt.length } },
    ratios: {},
    targets: [],
  };
  const L = result.load;
  const S = result.scrub;
  result.ratios = {
    loadAppFloor: ratio(L.app, L.floor),
    loadAppPeer: ratio(L.app, L.peer),
    scrubAppFloor: ratio(S.app, S.floor),
    scrubAppPeer: ratio(S.app, S.peer),
    loadAppWebglFloor: ratio(L.appWebgl, L.floor),
    scrubAppWebglFloor: ratio(S.appWebgl, S.floor),
  };
  const R = result.ratios;
  const KB = 1024;
  const growth = mem.app.growthMB ?? 0;
  const noise = Math.max(1, 0.05 * (mem.app.heapAfterLoadMB ?? 0));
  const atMost = (x: number | null | undefined, limit: number) => x !== null && x !== undefined && x <= limit;
  result.targets = [
    { target: 'cold load ≤ 1.15× floor', value: `${R.loadAppFloor}× (WebGL forced: ${R.loadAppWebglFloor}×)`, met: atMost(R.loadAppFloor, 1.15) },
    { target: 'scrub step ≤ 1.1× floor', value: `${R.scrubAppFloor}× (WebGL forced: ${R.scrubAppWebglFloor}×)`, met: atMost(R.scrubAppFloor, 1.1) },
    { target: 'scrub step faster than the SVG peer', value: `${S.app} vs ${S.peer} ms`, met: (S.app ?? Infinity) < (S.peer ?? 0) },
    { target: 'app JS excluding maplibre-gl ≤ 80 KB gzipped (every chunk)', value: `${(appBuilt.js.gzip / KB).toFixed(1)} KB (${(onLoad.app.totals.js.gzip / KB).toFixed(1)} KB on start)`, met: appBuilt.js.gzip <= 80 * KB },
    { target: 'geometry ≤ 300 KB gzipped (every basemap file)', value: `${(appBuilt.geometry.gzip / KB).toFixed(1)} KB`, met: appBuilt.geometry.gzip <= 300 * KB },
    { target: 'every country at a date at 100× data < 1 ms', value: `${(scale.allAt.median * 1000).toFixed(1)} µs`, met: scale.allAt.median < 1 },
    { target: `no heap growth after ${days.length} steps beyond noise (${noise.toFixed(1)} MB)`, value: `${growth >= 0 ? '+' : ''}${growth} MB (WebGL forced: ${mem.appWebgl.growthMB} MB)`, met: growth <= noise },
  ];
  result.runSeconds = Math.round((Date.now() - started) / 1000);

  const md = markdown(result);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(RESULTS, 'latest.md'), md);
  const readme = join(HERE, 'README.md');
  if (existsSync(readme)) {
    const text = readFileSync(readme, 'utf8');
    const next = text.replace(/(<!-- bench:table -->\n)[\s\S]*?(<!-- \/bench:table -->)/, `$1${md}$2`);
    if (next !== text) writeFileSync(readme, next);
  }
  console.log(`\n${md}`);
  console.log(`ratios: load app/floor ${R.loadAppFloor}×, app/peer ${R.loadAppPeer}×; scrub app/floor ${R.scrubAppFloor}×, app/peer ${R.scrubAppPeer}× (the app drew ${renderer.app}; with WebGL forced: load ${R.loadAppWebglFloor}×, scrub ${R.scrubAppWebglFloor}× the floor)`);
  console.log(`wrote bench/results/latest.json and latest.md in ${result.runSeconds} s`);
  if (NAMES.some((n) => S.timeouts[n] || wrongValue[n])) console.log('WARNING: some scrub steps timed out or landed on the wrong day (see latest.json scrub.timeouts / wrongValue)');
}

/** The commit the app was built from, and whether the working tree had changes (others edit it too). */
function gitState(): string {
  try {
    return execSync('git describe --always --dirty', { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  return a === null || a === undefined || b === null || b === undefined || b === 0 ? null : Math.round((a / b) * 100) / 100;
}

type PerPage<T> = Record<Name, T>;
type Num = number | null;

interface Result {
  date: string;
  runSeconds: number;
  machine: { cpus: number; cpu: string; memGB: Num; chromium: string; node: string; gl: string; loadavgStart: Num[]; loadavgEnd: Num[] };
  config: { loads: number; steps: number; block: number; viewport: typeof VIEWPORT; mapBox: { w: number; h: number }; loadDate: string; scrubDays: number; renderer: PerPage<string>; basemap: Record<Mode, string>; args: string[]; app: string };
  /** Medians (ms) per page, then the rest (resources: each fetch's median start and end). */
  load: PerPage<Num> & {
    p95: PerPage<Num>;
    glContextAt: PerPage<Num>;
    firstDrawAt: PerPage<Num>;
    readyAt: PerPage<Num>;
    rafAt: PerPage<Num>;
    gpuAt: PerPage<Num>;
    netDone: PerPage<Num>;
    longTaskMs: PerPage<Num>;
    runs: PerPage<Num[]>;
    resources: PerPage<LoadResult['resources']>;
  };
  scrub: PerPage<Num> & {
    p95: PerPage<Num>;
    rafMs: PerPage<Num>;
    gpuMs: PerPage<Num>;
    mainMs: PerPage<Num>;
    mainP95: PerPage<Num>;
    frames: PerPage<number>;
    draws: PerPage<number>;
    n: PerPage<number>;
    timeouts: PerPage<number>;
    wrongValue: PerPage<number>;
  };
  memory: PerPage<{ heapAfterLoadMB: Num; heapAfterScrubMB: Num; growthMB: Num; domNodesAfterLoad: number; domNodesAfterScrub: number; listenersAfterLoad: number; listenersAfterScrub: number }>;
  bytes: {
    app: { built: Record<Category, Bytes>; appJsLoadedOnStart: Bytes; appJsLazy: Bytes; lazyChunks: string[] };
    onLoad: PerPage<Record<Category, Bytes> & { files: string[] }>;
  };
  scale100x: ScaleResult & { nodeAllAt: Dist };
  ratios: Record<string, Num>;
  targets: { target: string; value: string; met: boolean }[];
}

function markdown(r: Result): string {
  const kb = (b: Bytes) => `${(b.raw / 1024).toFixed(0)} / ${(b.gzip / 1024).toFixed(1)}`;
  const ms = (x: Num | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(0));
  const x = (a: Num | undefined, b: Num | undefined) => {
    const q = ratio(a, b);
    return q === null ? '–' : `${q.toFixed(2)}×`;
  };
  const per = (label: string, f: (n: Name) => string, ratios?: (n: Name) => Num | undefined) =>
    `| ${label} | ${NAMES.map(f).join(' | ')} | ${ratios ? `${x(ratios('app'), ratios('floor'))} | ${x(ratios('app'), ratios('peer'))} | ${x(ratios('appWebgl'), ratios('floor'))}` : ' | | '} |`;
  const L = r.load;
  const S = r.scrub;
  const m = r.memory;
  const on = r.bytes.onLoad;
  const sum = (n: Name) => CATEGORIES.reduce((acc, c) => ({ raw: acc.raw + on[n][c].raw, gzip: acc.gzip + on[n][c].gzip }), { raw: 0, gzip: 0 });
  const both = (a: Bytes, b: Bytes) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
  const mb = (v: Num) => (v === null ? '–' : v.toFixed(1));
  const sc = r.scale100x;
  const d = (v: Dist, unit: 'ms' | 'µs' = 'ms') => (unit === 'µs' ? `${(v.median * 1000).toFixed(1)} µs (p95 ${(v.p95 * 1000).toFixed(1)})` : `${v.median.toFixed(1)} ms (p95 ${v.p95.toFixed(1)})`);
  const webgl = (n: Name) => r.config.renderer[n] === 'webgl';
  const lines = [
    `Run ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${r.runSeconds} s, app built from ${r.config.app}. ${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.memGB} GB; Chromium ${r.machine.chromium}; WebGL: ${r.machine.gl}; ${r.config.args.includes('--disable-gpu-rasterization') ? 'page raster on the CPU' : 'page raster on the GPU (SwiftShader)'}. Viewport 1280×720, map box ${r.config.mapBox.w}×${r.config.mapBox.h} CSS px; basemap ${r.config.basemap.webgl} (WebGL), ${r.config.basemap.svg} (SVG). Load average ${r.machine.loadavgStart.join(' ')} → ${r.machine.loadavgEnd.join(' ')}.`,
    '',
    `| measure | ${NAMES.map((n) => `${LABEL[n]}${n.startsWith('app') ? ` [${r.config.renderer[n]}]` : ''}`).join(' | ')} | app/floor | app/peer | app WebGL/floor |`,
    `|---|${NAMES.map(() => '---:').join('|')}|---:|---:|---:|`,
    per(`**cold load**, median of ${r.config.loads} (ms)`, (n) => `**${ms(L[n])}**`, (n) => L[n]),
    per('cold load, p95 (ms)', (n) => ms(L.p95[n]), (n) => L.p95[n]),
    per('… map’s WebGL context asked for / first draw (ms)', (n) => (webgl(n) ? `${ms(L.glContextAt[n])} / ${ms(L.firstDrawAt[n])}` : '–')),
    per('… map says ready (ms)', (n) => ms(L.readyAt[n])),
    per('… painted: 2nd frame after / GL work done (ms)', (n) => `${ms(L.rafAt[n])} / ${webgl(n) ? ms(L.gpuAt[n]) : '–'}`),
    per('… last byte fetched by the page (ms)', (n) => ms(L.netDone[n])),
    per('… long tasks before ready (ms)', (n) => ms(L.longTaskMs[n])),
    per(`**scrub step**, median of ${S.n.app} (ms)`, (n) => `**${ms(S[n])}**`, (n) => S[n]),
    per('scrub step, p95 (ms)', (n) => ms(S.p95[n]), (n) => S.p95[n]),
    per('… main thread done with the changed frame, median / p95 (ms)', (n) => `${ms(S.mainMs[n])} / ${ms(S.mainP95[n])}`, (n) => S.mainMs[n]),
    per('… painted: 2nd frame after / GL work done (ms)', (n) => `${ms(S.rafMs[n])} / ${webgl(n) ? ms(S.gpuMs[n]) : '–'}`),
    per('… animation frames input → painted', (n) => String(S.frames[n])),
    per('… WebGL draw calls per step', (n) => (webgl(n) ? String(S.draws[n]) : '–')),
    per('JS heap after load (MB)', (n) => mb(m[n].heapAfterLoadMB)),
    per(`JS heap after ${r.config.steps} steps (MB)`, (n) => mb(m[n].heapAfterScrubMB)),
    per('… growth (MB)', (n) => mb(m[n].growthMB)),
    per('DOM nodes after load → after steps', (n) => `${m[n].domNodesAfterLoad} → ${m[n].domNodesAfterScrub}`),
    per('fetched: JS excl. MapLibre (KB raw / gz)', (n) => kb(on[n].js)),
    per('fetched: MapLibre JS + worker (KB raw / gz)', (n) => kb(on[n].maplibre)),
    per('fetched: CSS (KB raw / gz)', (n) => kb(on[n].css)),
    per('fetched: geometry + data (KB raw / gz)', (n) => kb(both(on[n].geometry, on[n].data))),
    per('fetched: everything (KB raw / gz)', (n) => kb(sum(n))),
    '',
    'The app’s build (bytes shipped, KB raw / gzip -9; source maps excluded):',
    '',
    '| app JS excl. MapLibre (all chunks) | … fetched on start | … lazy | MapLibre JS + worker | CSS | geometry (all basemaps) | data |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    `| ${kb(r.bytes.app.built.js)} | ${kb(r.bytes.app.appJsLoadedOnStart)} | ${kb(r.bytes.app.appJsLazy)} | ${kb(r.bytes.app.built.maplibre)} | ${kb(r.bytes.app.built.css)} | ${kb(r.bytes.app.built.geometry)} | ${kb(r.bytes.app.built.data)} |`,
    '',
    `The app’s code at 100× data (${sc.data.events} events, ${sc.data.quotes} quotes, ${sc.data.sources} sources, ${sc.data.countries} countries; busy country ${sc.data.busy} with ${sc.data.busyEvents} events), in Chromium:`,
    '',
    '| measure | median (p95) |',
    '|---|---:|',
    `| StatusIndex built from every event | ${d(sc.indexBuild)} |`,
    `| every country’s status at a date (index.allAt) | ${d(sc.allAt, 'µs')} |`,
    `| … the same in Node | ${d(sc.nodeAllAt, 'µs')} |`,
    `| panel events for the busy country / for all (panelEvents) | ${d(sc.panelEventsBusy)} / ${d(sc.panelEventsAll)} |`,
    `| story panel for the busy country (${sc.busyCards} event cards drawn): React + DOM | ${d(sc.panelBusyMount)} |`,
    `| … then style and layout | ${d(sc.panelBusyLayout)} |`,
    `| … after a date change, until its deferred render commits | ${d(sc.panelBusyUpdate)} |`,
    `| story panel with no country selected (${sc.allCards} event cards drawn, the default view): React + DOM | ${d(sc.panelAllMount)} |`,
    `| … then style and layout | ${d(sc.panelAllLayout)} |`,
    '',
    'Targets (reported, not asserted; judged on the app as it runs here):',
    '',
    '| target | measured | met |',
    '|---|---:|:---:|',
    ...r.targets.map((t) => `| ${t.target} | ${t.value} | ${t.met ? 'yes' : '**no**'} |`),
    '',
  ];
  return lines.join('\n');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
