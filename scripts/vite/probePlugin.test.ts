/** The generated early probe chooses as the app does, for every WebGL and every override. */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { chooseRenderer, RENDERER_OVERRIDE_KEY, RENDERERS, type RendererKind } from '../../src/map/rendererChoice.ts';
import { FIRST_PAINT_OFF, probeScript, type EarlyProbe } from './probePlugin.ts';

interface StubPage {
  search?: string;
  languages?: string[];
  dark?: boolean;
}

/** Runs the probe in a stub page whose WebGL (if any) reports `glName`. */
function run(
  glName: string | null,
  override: string | null,
  geoBase = '',
  page: StubPage = {},
): { probe: EarlyProbe; preload: string; contextsLost: number; snapshotAttr: string | null } {
  const attrs = new Map<string, string>();
  let lost = 0;
  const links: { href: string; rel: string }[] = [];
  const gl = {
    RENDERER: 1,
    getExtension: (n: string) => (n === 'WEBGL_debug_renderer_info' ? { UNMASKED_RENDERER_WEBGL: 2 } : n === 'WEBGL_lose_context' ? { loseContext: () => lost++ } : null),
    getParameter: () => glName,
  };
  const window: { tcdmProbe?: EarlyProbe } = {};
  Object.assign(window, { matchMedia: (q: string) => ({ matches: q === '(prefers-color-scheme: dark)' && (page.dark ?? false) }) });
  runInNewContext(probeScript(geoBase, 'assets/world-x.json', ['en', 'es']), {
    window,
    location: { search: page.search ?? '' },
    navigator: { languages: page.languages ?? ['en-US', 'en'], language: page.languages?.[0] ?? 'en-US' },
    document: {
      documentElement: { setAttribute: (k: string, v: string) => attrs.set(k, v) },
      createElement: (tag: string) => (tag === 'canvas' ? { getContext: () => (glName === null ? null : gl) } : { rel: '', href: '' }),
      head: { appendChild: (l: { href: string; rel: string }) => links.push(l) },
    },
    localStorage: { getItem: (k: string) => (k === RENDERER_OVERRIDE_KEY ? override : null) },
  });
  if (!window.tcdmProbe) throw new Error('no probe');
  return { probe: window.tcdmProbe, preload: links[0]?.href ?? '', contextsLost: lost, snapshotAttr: attrs.get('data-snapshot') ?? null };
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
  });
});
