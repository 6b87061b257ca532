/** The generated early probe chooses as the app does, for every WebGL and every override. */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { chooseRenderer, RENDERER_OVERRIDE_KEY, RENDERERS, type RendererKind } from '../../src/map/rendererChoice.ts';
import { FIRST_PAINT_VIEW, type FirstPaintView } from '../../src/snapshot/defaultView.ts';
import { CODE_META, DATA_META, deferCode, deferData, FIRST_PAINT_OFF, probeScript, type EarlyProbe } from './probePlugin.ts';

interface StubPage {
  search?: string;
  languages?: string[];
  dark?: boolean;
  /** The content of the page's code <meta> (none: a dev page). */
  code?: string;
  /** Whether the page is still being parsed when the probe runs (it is, in a real page). */
  parsing?: boolean;
  /** The first paint's view the probe is generated for (default: the build's, FIRST_PAINT_VIEW). */
  view?: FirstPaintView;
  /** The content of the page's data <meta> (index.html; none: the embed page, a country page, dev). */
  data?: string;
  /** Whether the browser reports paint timing (a PerformanceObserver of 'paint' entries). */
  paintTiming?: boolean;
}

type Tag = { href?: string; src?: string; rel?: string; as?: string; type?: string; crossOrigin?: string };

/** Runs the probe in a stub page whose WebGL (if any) reports `glName`. */
function run(
  glName: string | null,
  override: string | null,
  geoBase = '',
  page: StubPage = {},
): { probe: EarlyProbe; preload: string; contextsLost: number; snapshotAttr: string | null; added: Tag[]; all: Tag[]; fire(what: 'parsed' | 'frame' | 'timers'): void; paint(name: string): void } {
  const attrs = new Map<string, string>();
  const queues = { parsed: [] as (() => void)[], frame: [] as (() => void)[], timers: [] as (() => void)[] };
  const drain = (q: (() => void)[]) => q.splice(0).forEach((f) => f());
  let lost = 0;
  const links: Tag[] = [];
  const gl = {
    RENDERER: 1,
    getExtension: (n: string) => (n === 'WEBGL_debug_renderer_info' ? { UNMASKED_RENDERER_WEBGL: 2 } : n === 'WEBGL_lose_context' ? { loseContext: () => lost++ } : null),
    getParameter: () => glName,
  };
  const window: { tcdmProbe?: EarlyProbe } = {};
  // Paint timing: each observer gets the entries reported after it began observing.
  const observers: ((list: { getEntries(): { name: string }[] }) => void)[] = [];
  class PerformanceObserver {
    static supportedEntryTypes = ['paint'];
    private on = true;
    constructor(private readonly cb: (list: { getEntries(): { name: string }[] }) => void) {}
    observe(): void {
      observers.push((list) => this.on && this.cb(list));
    }
    disconnect(): void {
      this.on = false;
    }
  }
  Object.assign(window, { matchMedia: (q: string) => ({ matches: q === '(prefers-color-scheme: dark)' && (page.dark ?? false) }) });
  runInNewContext(probeScript(geoBase, 'assets/world-x.json', ['en', 'es'], page.view), {
    window,
    location: { search: page.search ?? '' },
    navigator: { languages: page.languages ?? ['en-US', 'en'], language: page.languages?.[0] ?? 'en-US' },
    document: {
      readyState: page.parsing === false ? 'complete' : 'loading',
      addEventListener: (type: string, f: () => void) => type === 'DOMContentLoaded' && queues.parsed.push(f),
      querySelector: (sel: string) =>
        sel === `meta[name="${CODE_META}"]` && page.code !== undefined
          ? { getAttribute: () => page.code }
          : sel === `meta[name="${DATA_META}"]` && page.data !== undefined
            ? { getAttribute: () => page.data }
            : null,
      documentElement: { setAttribute: (k: string, v: string) => attrs.set(k, v) },
      createElement: (tag: string) => (tag === 'canvas' ? { getContext: () => (glName === null ? null : gl) } : { tag }),
      head: { appendChild: (l: Tag) => links.push(l) },
    },
    requestAnimationFrame: (f: () => void) => queues.frame.push(f),
    setTimeout: (f: () => void) => queues.timers.push(f),
    localStorage: { getItem: (k: string) => (k === RENDERER_OVERRIDE_KEY ? override : null) },
    ...(page.paintTiming ? { PerformanceObserver } : {}),
  });
  if (!window.tcdmProbe) throw new Error('no probe');
  return {
    probe: window.tcdmProbe,
    preload: links[0]?.href ?? '',
    contextsLost: lost,
    snapshotAttr: attrs.get('data-snapshot') ?? null,
    get added() {
      return links.slice(1);
    },
    get all() {
      return [...links];
    },
    fire: (what) => drain(queues[what]),
    paint: (name) => observers.forEach((o) => o({ getEntries: () => [{ name }] })),
  };
}

describe('the early probe', () => {
  const webgls = { none: null, gpu: 'ANGLE (NVIDIA GeForce RTX 3060)', software: 'SwiftShader Device (Subzero)' };
  for (const [what, name] of Object.entries(webgls)) {
    for (const override of [null, 'auto', 'webgl', 'svg', 'bogus']) {
      it(`with ${what} WebGL and override ${String(override)}: the app's choice, and its basemap preloaded`, () => {
        const { probe, preload, contextsLost } = run(name, override);
        const expected: RendererKind = chooseRenderer({ available: name !== null, software: what === 'software' }, override ?? 'auto');
        expect(probe).toEqual({ available: name !== null, software: what === 'software', kind: expected, firstPaint: true });
        expect(preload).toBe(RENDERERS[expected].projected ? 'assets/world-x.json' : `geo/${RENDERERS[expected].basemap}`);
        expect(contextsLost).toBe(name === null ? 0 : 1);
      });
    }
  }
  it('finds the basemaps under an absolute base', () => {
    expect(run(null, null, '/map/').preload).toBe('/map/assets/world-x.json');
    expect(run('ANGLE (NVIDIA GeForce RTX 3060)', null, '/map/').preload).toBe(`/map/geo/${RENDERERS.webgl.basemap}`);
  });

  describe('keeps the static first paint only where the page will show the default view in English, light', () => {
    const cases: [string, StubPage, boolean][] = [
      ['no parameters, an English browser', {}, true],
      ['a bare "?"', { search: '?' }, true],
      ['a browser in a language we do not ship, then English', { languages: ['de-DE', 'en'] }, true],
      ['a browser in no language we ship (English is the fallback)', { languages: ['de-DE', 'fr'] }, true],
      ['a date in the URL', { search: '?date=2025-06-01' }, false],
      ['embed mode', { search: '?embed=1' }, false],
      ['a Spanish browser', { languages: ['es-MX', 'en'] }, false],
      ['German, then Spanish', { languages: ['de', 'es'] }, false],
      ['a dark system theme', { dark: true }, false],
    ];
    for (const [what, page, kept] of cases) {
      it(`${what}: ${kept ? 'kept' : 'hidden'}`, () => {
        const r = run(null, null, '', page);
        expect(r.probe.firstPaint).toBe(kept);
        expect(r.snapshotAttr).toBe(kept ? null : FIRST_PAINT_OFF);
      });
    }
    it('the first paint\'s view (src/snapshot/defaultView.ts, which the build renders) is English, light, with no query', () => {
      expect(FIRST_PAINT_VIEW).toEqual({ query: '', lang: 'en', theme: 'light' });
    });
    it('is generated from that view: a first paint rendered in Spanish, dark, would be kept for a Spanish browser in a dark theme only', () => {
      const view: FirstPaintView = { query: '', lang: 'es', theme: 'dark' };
      expect(run(null, null, '', { view, languages: ['es-MX'], dark: true }).probe.firstPaint).toBe(true);
      expect(run(null, null, '', { view, languages: ['es-MX'], dark: false }).probe.firstPaint).toBe(false);
      expect(run(null, null, '', { view, languages: ['en-US'], dark: true }).probe.firstPaint).toBe(false);
      // A browser in no language we ship gets English (pickLang), not the view's language.
      expect(run(null, null, '', { view, languages: ['de-DE'], dark: true }).probe.firstPaint).toBe(false);
      expect(run(null, null, '', { view, languages: ['es'], dark: true, search: '?date=2025-01-01' }).probe.firstPaint).toBe(false);
    });
  });

  describe("the app's code", () => {
    const code = './assets/index-A.js';
    const entry = { tag: 'script', type: 'module', crossOrigin: 'anonymous', src: './assets/index-A.js' };

    it('under the first paint: runs once the page is parsed and a frame has come', () => {
      const r = run(null, null, '', { code });
      r.fire('parsed');
      r.fire('frame');
      expect(r.added).toEqual([]);
      r.fire('timers');
      expect(r.added).toEqual([entry]);
      // Once only, whichever of the frame and the fallback timer comes first.
      r.fire('frame');
      r.fire('timers');
      expect(r.added).toEqual([entry]);
    });
    it('under the first paint, where frames do not come (a hidden tab): after its fallback timer', () => {
      const r = run(null, null, '', { code });
      r.fire('parsed');
      r.fire('timers');
      expect(r.added).toEqual([entry]);
    });
    it('under the first paint, if the page was parsed before the probe ran: after a frame', () => {
      const r = run(null, null, '', { code, parsing: false });
      r.fire('frame');
      r.fire('timers');
      expect(r.added).toEqual([entry]);
    });
    it('without the first paint (a URL with parameters): once the page is parsed, no frame waited for', () => {
      const r = run(null, null, '', { code, search: '?date=2025-01-01' });
      expect(r.added).toEqual([]);
      r.fire('parsed');
      expect(r.added).toEqual([entry]);
    });
    it('index.html under the first paint: the data set and the basemap are preloaded once the first contentful paint is reported', () => {
      const r = run(null, null, '', { code, data: './assets/dataset-D.json', paintTiming: true });
      r.fire('parsed');
      r.fire('frame');
      r.fire('timers');
      expect(r.all.map((t) => t.src)).toEqual(['./assets/index-A.js']);
      r.paint('first-paint');
      expect(r.all).toHaveLength(1);
      r.paint('first-contentful-paint');
      expect(r.all.map((t) => t.href ?? t.src)).toEqual(['./assets/index-A.js', './assets/dataset-D.json', 'assets/world-x.json']);
      r.paint('first-contentful-paint');
      expect(r.all).toHaveLength(3);
    });
    it('index.html under the first paint: no preload once the app fetches them itself (a paint reported late)', () => {
      const r = run(null, null, '', { code, data: './assets/dataset-D.json', paintTiming: true });
      r.fire('parsed');
      r.fire('frame');
      r.fire('timers');
      r.probe.fetching = true;
      r.paint('first-contentful-paint');
      expect(r.all.map((t) => t.src)).toEqual(['./assets/index-A.js']);
    });
    it('index.html under the first paint, where paint timing is not reported: the data set and the basemap as the code runs', () => {
      const r = run(null, null, '', { code, data: './assets/dataset-D.json' });
      r.fire('parsed');
      r.fire('frame');
      expect(r.all).toEqual([]);
      r.fire('timers');
      expect(r.all.map((t) => t.href ?? t.src)).toEqual(['./assets/dataset-D.json', 'assets/world-x.json', './assets/index-A.js']);
      expect(r.all[0]).toMatchObject({ rel: 'preload', as: 'fetch', crossOrigin: 'anonymous' });
    });
    it('index.html without the first paint (a URL with parameters): the data set and the basemap at once', () => {
      const r = run(null, null, '', { code, data: './assets/dataset-D.json', search: '?date=2025-01-01' });
      expect(r.all.map((t) => t.href)).toEqual(['./assets/dataset-D.json', 'assets/world-x.json']);
    });
    it('nothing in dev, where the page has no code <meta> and loads its own module', () => {
      for (const search of ['', '?embed=1']) {
        const r = run(null, null, '', { search });
        r.fire('parsed');
        r.fire('frame');
        r.fire('timers');
        expect(r.added).toEqual([]);
      }
    });
  });
});

describe('deferCode', () => {
  const built = `<html><head>
    <script type="module" crossorigin src="./assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/palette-B.js">
    <link rel="stylesheet" crossorigin href="./assets/index-D.css">
  </head><body><div id="root"></div></body></html>`;
  it('makes the module script a module preload (fetched at once), and names it in the code <meta> for the probe to run', () => {
    const out = deferCode(built);
    expect(out).not.toContain('<script type="module"');
    expect(out).toContain('<link rel="modulepreload" crossorigin href="./assets/index-A.js">');
    expect(out).toContain(`<meta name="${CODE_META}" content="./assets/index-A.js">`);
    expect(out).toContain('<link rel="modulepreload" crossorigin href="./assets/palette-B.js">');
    expect(out).toContain('<link rel="stylesheet" crossorigin href="./assets/index-D.css">');
  });
  it('refuses a page without a module script', () => {
    expect(() => deferCode('<html><head></head></html>')).toThrow(/no module script/);
  });
});

describe('deferData', () => {
  it('turns the data set preload into the data <meta> for the probe, in its place, and leaves other tags', () => {
    const head = '<link rel="preload" href="./assets/dataset-X.json" as="fetch" crossorigin="anonymous">\n<script src="./assets/probe-P.js"></script>';
    const out = deferData(head);
    expect(out).toBe(`<meta name="${DATA_META}" content="./assets/dataset-X.json">\n<script src="./assets/probe-P.js"></script>`);
  });
  it('refuses a page without a data set preload', () => {
    expect(() => deferData('<html><head><link rel="preload" href="./x.json" as="fetch" crossorigin="anonymous"></head></html>')).toThrow(/no data set preload/);
  });
});
