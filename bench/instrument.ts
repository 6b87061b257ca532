/**
 * The in-page instrument, the same on every page (an init script: it runs before any of the page's
 * own code). It never calls into the page: it watches.
 *
 *  - navigator.webdriver reads false, so the app behaves as for a reader (MapView turns on
 *    preserveDrawingBuffer and a test hook only under webdriver).
 *  - The map container says how it draws (data-renderer="webgl" | "svg", as the app's MapView and
 *    the two reference pages set it) and when its final colours are in (data-map-ready="true").
 *  - WebGL draw calls are noted with the frame they were issued in (document.timeline's time,
 *    which is that frame's rAF timestamp) and the context that issued them: MapLibre draws only
 *    inside animation frame callbacks.
 *  - A MutationObserver notes changes to an SVG map in the container (the <svg> going in, `fill`
 *    attributes changing), and from each such change records the start of every frame after it.
 *
 * The frame that shows a change is F: on a WebGL map, the frame whose callbacks issued the draw
 * calls (for a load: the frame that drew when the map said it was ready; for a step: the first
 * frame to draw after the input); on an SVG map, the first frame to start after the DOM changed.
 * The change counts as painted when both
 *  - the second animation frame after F has started: Chromium does not commit F+1 before F's
 *    layers are rastered and activated, so F+2 cannot start earlier (one frame after F is not
 *    enough: F+1 may start while F is still being rastered); and
 *  - on a WebGL map, a fence put into the map's context at the start of F+1 has signalled: the
 *    GPU (SwiftShader, a CPU here) has executed F's draw calls. Without it, WebGL's cost would
 *    hide in the GPU process, after the main thread has moved on.
 *
 * Every function below runs in the page, not in Node: initScript sends their source, so they may
 * use nothing from this module but each other (types aside). They share one Probe, made at start.
 */

export interface StepResult {
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
export interface LoadResult {
  end: number;
  readyAt: number;
  rafAt: number;
  gpuAt: number;
  /** When the page asked for a WebGL context last before ready (the map's), and first drew (ms). */
  glContextAt: number;
  firstDrawAt: number;
  longTaskMs: number;
  /** The page's first contentful paint (ms; NaN if none was reported). */
  fcp: number;
  /** Whether that first paint showed the static first paint's coloured map (see watchFirstPaint). */
  fcpMap: boolean;
  renderer: string;
  netDone: number;
  resources: { name: string; start: number; end: number }[];
}
/** What the instrument puts on the page as window.__bench. */
export interface Hook {
  loaded: Promise<LoadResult>;
  step(value: number, timeoutMs: number): Promise<StepResult>;
  settle(): Promise<void>;
}

/** The instrument's state in the page, with the page's primitives as they were before its code ran. */
interface Probe {
  raf: (cb: FrameRequestCallback) => number;
  now: () => number;
  /** The current frame's timestamp (document.timeline's time). */
  frameTime: () => number;
  /** Notes the end of the current frame's main-thread work (a task runs after the frame's rendering). */
  afterFrame: () => void;
  mode: 'webgl' | 'svg';
  draws: number;
  lastDrawTs: number;
  glContextAt: number;
  firstDrawAt: number;
  gl: WebGL2RenderingContext | null;
  marking: boolean;
  markDrawTs: number | null;
  markFillAt: number | null;
  /** When the main thread was done with F (a task posted from F's animation frame callbacks). */
  mainAt: number;
  readyAt: number | null;
  loadDone: boolean;
  /** Frames (their start, ms) since the SVG map last changed, while loading. */
  svgFrames: number[];
  recording: boolean;
  longTaskMs: number;
  /** Whether the static first paint's map was up and visible at the first contentful paint. */
  fcpMap: boolean;
}

interface Painted {
  end: number;
  rafAt: number;
  gpuAt: number;
  /** Animation frames seen from the start to painted. */
  frames: number;
}

function instrument(): void {
  Object.defineProperty(Navigator.prototype, 'webdriver', { configurable: true, get: () => false });
  const s = newProbe();
  wrapWebgl(s);
  let resolveLoaded: (r: LoadResult) => void = () => undefined;
  const loaded = new Promise<LoadResult>((r) => (resolveLoaded = r));
  watchMap(s, resolveLoaded);
  watchLongTasks(s);
  watchFirstPaint(s);
  (window as unknown as { __bench: Hook }).__bench = benchHook(s, loaded);
}

function newProbe(): Probe {
  const raf = window.requestAnimationFrame.bind(window);
  const now = () => performance.now();
  const frameTime = () => Number(document.timeline.currentTime ?? -1);
  const channel = new MessageChannel();
  const afterFrame = () => channel.port2.postMessage(0);
  const s: Probe = {
    raf,
    now,
    frameTime,
    afterFrame,
    mode: 'svg',
    draws: 0,
    lastDrawTs: -1,
    glContextAt: NaN,
    firstDrawAt: NaN,
    gl: null,
    marking: false,
    markDrawTs: null,
    markFillAt: null,
    mainAt: NaN,
    readyAt: null,
    loadDone: false,
    svgFrames: [],
    recording: false,
    longTaskMs: 0,
    fcpMap: false,
  };
  channel.port1.onmessage = () => {
    if (Number.isNaN(s.mainAt)) s.mainAt = now();
  };
  return s;
}

/** Notes when the page asks for a WebGL context, and every draw call: its frame and its context. */
function wrapWebgl(s: Probe): void {
  const getContext = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, id: string, o?: unknown) => RenderingContext | null;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, id: string, o?: unknown) {
    if (/webgl/.test(id) && s.readyAt === null) s.glContextAt = s.now();
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
        if (Number.isNaN(s.firstDrawAt)) s.firstDrawAt = s.now();
        s.lastDrawTs = s.frameTime();
        s.gl = this;
        if (s.marking && s.markDrawTs === null) {
          s.markDrawTs = s.lastDrawTs;
          s.afterFrame();
        }
        return f.apply(this, a);
      };
    }
  }
}

/**
 * Resolves once F counts as painted. getF gives F (a frame timestamp) once known, from each
 * frame's timestamp.
 */
function painted(s: Probe, getF: (ts: number) => number | null, t0: number, timeoutMs: number): Promise<Painted> {
  const { raf, now } = s;
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

/** Records the start of every frame until the load is done. */
function recordFrames(s: Probe): void {
  if (s.loadDone) {
    s.recording = false;
    return;
  }
  s.raf(() => {
    s.svgFrames.push(s.now());
    recordFrames(s);
  });
}

/** The SVG map changed while loading: count frames afresh from here. */
function svgChanged(s: Probe): void {
  s.svgFrames = [];
  if (!s.recording && !s.loadDone) {
    s.recording = true;
    recordFrames(s);
  }
}

/** The map said it is ready: resolves the load once its final colours count as painted. */
function onReady(s: Probe, el: Element, resolveLoaded: (r: LoadResult) => void): void {
  const { raf, now } = s;
  const readyAt = now();
  s.readyAt = readyAt;
  s.mode = el.getAttribute('data-renderer') === 'webgl' ? 'webgl' : 'svg';
  const longAtReady = s.longTaskMs;
  const report = (p: Painted) => {
    s.loadDone = true;
    resolveLoaded(loadResult(s, p, readyAt, longAtReady));
  };
  if (s.mode === 'webgl') {
    const F = s.lastDrawTs;
    void painted(s, () => F, readyAt, 20_000).then(report);
  } else {
    // F is the first frame after the SVG map last changed: the start of F+2 is the third frame
    // recorded since (the app's SVG renderer says it is ready a frame or two after it changed).
    const wait = () => {
      if (s.svgFrames.length >= 3) report({ end: s.svgFrames[2] as number, rafAt: s.svgFrames[2] as number, gpuAt: NaN, frames: 3 });
      else if (now() - readyAt > 20_000) report({ end: NaN, rafAt: NaN, gpuAt: NaN, frames: 0 });
      else raf(() => setTimeout(wait, 0));
    };
    if (!s.recording && s.svgFrames.length === 0) svgChanged(s);
    wait();
  }
}

/** A cold load's result, with what the page fetched (Resource Timing). */
function loadResult(s: Probe, { end, rafAt, gpuAt }: Painted, readyAt: number, longTaskMs: number): LoadResult {
  const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  return {
    end,
    readyAt,
    rafAt,
    gpuAt,
    glContextAt: s.glContextAt,
    firstDrawAt: s.firstDrawAt,
    longTaskMs,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    fcpMap: s.fcpMap,
    renderer: s.mode,
    netDone: Math.max(0, ...res.map((r) => r.responseEnd)),
    resources: res.map((r) => ({ name: new URL(r.name).pathname, start: Math.round(r.startTime), end: Math.round(r.responseEnd) })),
  };
}

/** Watches the map box: its SVG going in, `fill` changes in it, and data-map-ready. */
function watchMap(s: Probe, resolveLoaded: (r: LoadResult) => void): void {
  const inMap = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest('[data-testid=map]') ?? null;
  new MutationObserver((records) => {
    const t = s.now();
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of r.addedNodes) if (n.nodeName.toLowerCase() === 'svg' && inMap(n)) svgChanged(s);
      } else if (r.attributeName === 'fill') {
        if (!inMap(r.target)) continue;
        if (s.marking && s.markFillAt === null) s.markFillAt = t;
        if (!s.loadDone) svgChanged(s);
      } else if (r.attributeName === 'data-map-ready' && s.readyAt === null && (r.target as Element).getAttribute('data-map-ready') === 'true') {
        onReady(s, r.target as Element, resolveLoaded);
      }
    }
  }).observe(document, { attributes: true, childList: true, subtree: true, attributeFilter: ['fill', 'data-map-ready'] });
}

function watchLongTasks(s: Probe): void {
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) s.longTaskMs += e.duration;
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no long task timing */
  }
}

/**
 * Whether the first contentful paint showed the static first paint's coloured map: the page makes
 * that map render-blocking (`<link rel="expect" blocking="render">`), so if it is in the document
 * and visible when the paint is reported, the paint held it (the early probe hides it, or not,
 * before the body is parsed; only the app takes it away, once its own map has drawn).
 */
function watchFirstPaint(s: Probe): void {
  try {
    const po = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      const m = document.getElementById('first-paint-map');
      s.fcpMap = m !== null && m.getBoundingClientRect().width > 0 && getComputedStyle(m).visibility === 'visible';
      po.disconnect();
    });
    po.observe({ type: 'paint', buffered: true });
  } catch {
    /* no paint timing */
  }
}

/** window.__bench: the load's result, one scrub step (input to painted), and settling between steps. */
function benchHook(s: Probe, loaded: Promise<LoadResult>): Hook {
  return {
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
      const t0 = s.now();
      setter?.call(input, String(value));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      s.mainAt = NaN;
      const getF = (ts: number) => {
        if (s.mode === 'webgl') return s.markDrawTs;
        if (s.markFillAt === null) return null;
        s.afterFrame();
        return ts;
      };
      return painted(s, getF, t0, timeoutMs).then(({ end, rafAt, gpuAt, frames }) => {
        s.marking = false;
        return { ms: end - t0, rafMs: rafAt - t0, gpuMs: gpuAt - t0, mainMs: s.mainAt - t0, frames, draws: s.draws - draws0, value: input.value };
      });
    },
    settle() {
      // Let deferred work (the app's panel) finish, then two quiet frames.
      return new Promise((r) => requestIdleCallback(() => s.raf(() => s.raf(() => r())), { timeout: 1000 }));
    },
  };
}

/** The instrument's parts, sent to the page as source. */
const PARTS = [instrument, newProbe, wrapWebgl, painted, recordFrames, svgChanged, onReady, loadResult, watchMap, watchLongTasks, watchFirstPaint, benchHook];

/**
 * The instrument as page source: its parts inside one function scope (so the page's globals are
 * untouched), then a call to instrument(). tsx (esbuild, keepNames) wraps named functions in
 * `__name(...)`, which the page does not have: define it there, for this script and for
 * page.evaluate callbacks. `forceWebgl` sets the app's developer override (localStorage
 * tcdm.renderer, src/map/rendererChoice.ts).
 */
export function initScript(forceWebgl: boolean): string {
  const force = forceWebgl ? "try { localStorage.setItem('tcdm.renderer', 'webgl'); } catch {}\n" : '';
  return `var __name = (f) => f;\n${force}(() => {\n${PARTS.map(String).join('\n')}\ninstrument();\n})();`;
}
