/**
 * The renderers the map can draw with, described once (docs/ARCHITECTURE.md, "Registries"): what
 * each needs and suits, and the basemap it draws. Pure data and one pure function, with no browser
 * API, so one choice serves the app (src/map/renderers.ts), the early probe the page runs before
 * the app arrives (generated from this module at build time by scripts/vite/probePlugin.ts) and the tests.
 */

/** Every renderer, in the order `auto` prefers them. */
export const RENDERER_KINDS = ['webgl', 'svg'] as const;
export type RendererKind = (typeof RENDERER_KINDS)[number];

export interface RendererTraits {
  kind: RendererKind;
  /** The basemap it draws: a file under public/geo/ (scripts/basemap); the downloads draw it too. */
  basemap: string;
  /**
   * It draws that basemap projected at build time (src/map/projectedWorld.ts, emitted by
   * scripts/vite/worldPlugin.ts as `assets/world-<hash>.json`), not the TopoJSON file itself.
   */
  projected: boolean;
  /** It needs a WebGL context. */
  needsWebgl: boolean;
  /** Chosen by `auto` where WebGL runs in software (there an SVG recolour beats a WebGL frame: bench/README.md). */
  forSoftwareWebgl: boolean;
  /** It can be chosen where nothing else runs: the last resort. */
  fallback: boolean;
}

export const RENDERERS: Readonly<Record<RendererKind, RendererTraits>> = {
  // MapLibre on a GPU: zoomable, so it draws the 1:50m world.
  webgl: { kind: 'webgl', basemap: 'countries-50m.topo.json', projected: false, needsWebgl: true, forSoftwareWebgl: false, fallback: false },
  // SVG: no WebGL, software WebGL, or a lost context; the simplified world, projected at build time.
  svg: { kind: 'svg', basemap: 'countries-world.topo.json', projected: true, needsWebgl: false, forSoftwareWebgl: true, fallback: true },
};

/** What the browser's WebGL can do: whether there is a context, and whether it is drawn in software. */
export interface WebglProbe {
  available: boolean;
  /** SwiftShader, llvmpipe and the like: WebGL drawn on the CPU. */
  software: boolean;
}

/** `auto`, or a developer's override. */
export type RendererPreference = 'auto' | RendererKind;

/** The storage key a developer (or a test, or the benchmark) sets to force a renderer. */
export const RENDERER_OVERRIDE_KEY = 'tcdm.renderer';

/** Renderer names of WebGL implementations that run on the CPU (as a source, for the probe too). */
export const SOFTWARE_RENDERER_SOURCE = 'swiftshader|llvmpipe|softpipe|software|basic render';
const SOFTWARE_RENDERER = new RegExp(SOFTWARE_RENDERER_SOURCE, 'i');

export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE_RENDERER.test(name);
}

export function isRendererKind(v: unknown): v is RendererKind {
  return (RENDERER_KINDS as readonly unknown[]).includes(v);
}

/**
 * The renderer to use: the one a developer forces, if it can run; else the first (in
 * RENDERER_KINDS order) that runs and suits this WebGL; else the fallback. Any other preference
 * counts as `auto`. The early probe does not run this: scripts/vite/probePlugin.ts tabulates its answers.
 */
export function chooseRenderer(probe: WebglProbe, preference: string): RendererKind {
  const all = RENDERER_KINDS.map((k) => RENDERERS[k]);
  const runs = (r: RendererTraits): boolean => !r.needsWebgl || probe.available;
  const forced = all.find((r) => r.kind === preference);
  if (forced && runs(forced)) return forced.kind;
  const suited = all.find((r) => runs(r) && (!probe.software || r.forSoftwareWebgl));
  return (suited ?? all.find((r) => r.fallback) ?? RENDERERS.svg).kind;
}

/** Every answer chooseRenderer can give, keyed by probe and preference: what the early probe looks up. */
export function choiceTable(): Record<'none' | 'gpu' | 'software', Record<RendererPreference, RendererKind>> {
  const row = (probe: WebglProbe) =>
    Object.fromEntries((['auto', ...RENDERER_KINDS] as const).map((p) => [p, chooseRenderer(probe, p)])) as Record<RendererPreference, RendererKind>;
  return {
    none: row({ available: false, software: false }),
    gpu: row({ available: true, software: false }),
    software: row({ available: true, software: true }),
  };
}
