/** The generated early probe chooses as the app does, for every WebGL and every override. */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { chooseRenderer, RENDERER_OVERRIDE_KEY, RENDERERS, type RendererKind } from '../../src/map/rendererChoice.ts';
import { probeScript, type EarlyProbe } from './probePlugin.ts';

/** Runs the probe in a stub page whose WebGL (if any) reports `glName`. */
function run(glName: string | null, override: string | null, geoBase = ''): { probe: EarlyProbe; preload: string; contextsLost: number } {
  let lost = 0;
  const links: { href: string; rel: string }[] = [];
  const gl = {
    RENDERER: 1,
    getExtension: (n: string) => (n === 'WEBGL_debug_renderer_info' ? { UNMASKED_RENDERER_WEBGL: 2 } : n === 'WEBGL_lose_context' ? { loseContext: () => lost++ } : null),
    getParameter: () => glName,
  };
  const window: { tcdmProbe?: EarlyProbe } = {};
  runInNewContext(probeScript(geoBase, 'assets/world-x.json'), {
    window,
    document: {
      createElement: (tag: string) => (tag === 'canvas' ? { getContext: () => (glName === null ? null : gl) } : { rel: '', href: '' }),
      head: { appendChild: (l: { href: string; rel: string }) => links.push(l) },
    },
    localStorage: { getItem: (k: string) => (k === RENDERER_OVERRIDE_KEY ? override : null) },
  });
  if (!window.tcdmProbe) throw new Error('no probe');
  return { probe: window.tcdmProbe, preload: links[0]?.href ?? '', contextsLost: lost };
}

describe('the early probe', () => {
  const webgls = { none: null, gpu: 'ANGLE (NVIDIA GeForce RTX 3060)', software: 'SwiftShader Device (Subzero)' };
  for (const [what, name] of Object.entries(webgls)) {
    for (const override of [null, 'auto', 'webgl', 'svg', 'bogus']) {
      it(`with ${what} WebGL and override ${String(override)}: the app's choice, and its basemap preloaded`, () => {
        const { probe, preload, contextsLost } = run(name, override);
        const expected: RendererKind = chooseRenderer({ available: name !== null, software: what === 'software' }, override ?? 'auto');
        expect(probe).toEqual({ available: name !== null, software: what === 'software', kind: expected });
        expect(preload).toBe(RENDERERS[expected].projected ? 'assets/world-x.json' : `geo/${RENDERERS[expected].basemap}`);
        expect(contextsLost).toBe(name === null ? 0 : 1);
      });
    }
  }
  it('finds the basemaps under an absolute base', () => {
    expect(run(null, null, '/map/').preload).toBe('/map/assets/world-x.json');
    expect(run('ANGLE (NVIDIA GeForce RTX 3060)', null, '/map/').preload).toBe(`/map/geo/${RENDERERS.webgl.basemap}`);
  });
});
