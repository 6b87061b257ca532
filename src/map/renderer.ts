/**
 * The one interface the app draws the map through. Two renderers stand behind it: MapLibre
 * (WebGL) when the browser draws WebGL on a GPU, else an SVG map (d3-geo) drawn from the same
 * geometry in the same colours. Each is loaded on demand, so a browser that will not use
 * MapLibre never downloads it.
 */
import type { ResolvedTheme } from '../color/palette.ts';
import type { Status } from '../data/types.ts';
import type { BaseGeometry } from './geometry.ts';

export type RendererKind = 'webgl' | 'svg';

export interface MapRenderer {
  readonly kind: RendererKind;
  /** Resolves once the first frame with the final colours has been drawn. */
  readonly ready: Promise<void>;
  /** Recolours: only the countries whose status changed are touched. */
  setStatuses(next: ReadonlyMap<string, { status: Status }>): void;
  setSelected(iso: string | null): void;
  setTheme(theme: ResolvedTheme): void;
  /** Screen position (CSS px, relative to the container) of a longitude/latitude. */
  project(lng: number, lat: number): { x: number; y: number };
  /** The container changed size. */
  resize(): void;
  destroy(): void;
}

export interface RendererCallbacks {
  /** The pointer is over a country (and where, relative to the container), or over none. */
  onHover(iso: string | null, point: { x: number; y: number } | null): void;
  /** A click or tap on a country, or on the sea (null). */
  onSelect(iso: string | null): void;
  /** The renderer died (its WebGL context was lost for good): the caller should swap to SVG. */
  onLost?(): void;
}

export interface RendererOptions {
  theme: ResolvedTheme;
  /** For each patterned status, the countries that ever have it (see patternedCountries). */
  patterned: ReadonlyMap<Status, readonly string[]>;
}

/** What the browser's WebGL can do: whether there is a context, and whether it is drawn in software. */
export interface WebglProbe {
  available: boolean;
  /** SwiftShader, llvmpipe and the like: WebGL drawn on the CPU, slower than SVG for this map. */
  software: boolean;
}

/** Which renderer to use when the choice is not forced: `auto`, or a developer's override. */
export type RendererPreference = 'auto' | RendererKind;

/** The storage key a developer (or a test, or the benchmark) sets to force a renderer. */
export const RENDERER_OVERRIDE_KEY = 'tcdm.renderer';

/** Renderer names of WebGL implementations that run on the CPU. */
export const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE_RENDERER.test(name);
}

/**
 * MapLibre where WebGL runs on a GPU; SVG where there is no WebGL, or where it is drawn in
 * software — there a MapLibre frame of the world costs several times an SVG recolour (measured in
 * bench/README.md) — unless a developer forces one.
 */
export function chooseRenderer(probe: WebglProbe, preference: RendererPreference): RendererKind {
  if (!probe.available || preference === 'svg') return 'svg';
  if (preference === 'webgl') return 'webgl';
  return probe.software ? 'svg' : 'webgl';
}

let probed: WebglProbe | null = null;

/** What this browser's WebGL can do (probed once per page). */
export function probeWebgl(): WebglProbe {
  probed ??= probe();
  return probed;
}

/** True when this browser can give MapLibre a WebGL context. */
export function webglAvailable(): boolean {
  return probeWebgl().available;
}

function probe(): WebglProbe {
  // index.html probed already (to preload the right geometry) and left the renderer's name.
  const early = (globalThis as { tcdmWebgl?: unknown }).tcdmWebgl;
  if (typeof early === 'string') return { available: true, software: isSoftwareRenderer(early) };
  try {
    const c = document.createElement('canvas');
    const gl = c.getContext('webgl2') ?? c.getContext('webgl');
    if (!gl) return { available: false, software: false };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    // Give the probe's context back at once: browsers cap live WebGL contexts.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, software: isSoftwareRenderer(name) };
  } catch {
    return { available: false, software: false };
  }
}

/** The developer's override from localStorage, if any ('webgl' or 'svg'). */
export function rendererPreference(): RendererPreference {
  try {
    const v = globalThis.localStorage?.getItem(RENDERER_OVERRIDE_KEY);
    return v === 'webgl' || v === 'svg' ? v : 'auto';
  } catch {
    return 'auto';
  }
}

/**
 * Makes the renderer `prefer` asks for (see chooseRenderer): MapLibre, or (if WebGL is missing or
 * MapLibre cannot start) SVG. Rejects only if neither can.
 */
export async function createRenderer(
  container: HTMLElement,
  geo: BaseGeometry,
  cb: RendererCallbacks,
  opts: RendererOptions,
  prefer: RendererPreference = rendererPreference(),
): Promise<MapRenderer> {
  if (chooseRenderer(probeWebgl(), prefer) === 'webgl') {
    try {
      const { MapLibreRenderer } = await loadMapLibre();
      return new MapLibreRenderer(container, geo, cb, opts);
    } catch (e) {
      console.warn('WebGL map unavailable, drawing SVG:', e);
    }
  }
  const { SvgRenderer } = await loadSvg();
  return new SvgRenderer(container, geo, cb, opts);
}

let svgModule: Promise<typeof import('./svgRenderer.ts')> | null = null;

function loadSvg(): Promise<typeof import('./svgRenderer.ts')> {
  svgModule ??= import('./svgRenderer.ts');
  return svgModule;
}

let maplibreModule: Promise<typeof import('./maplibreRenderer.ts')> | null = null;

function loadMapLibre(): Promise<typeof import('./maplibreRenderer.ts')> {
  maplibreModule ??= import('./maplibreRenderer.ts');
  return maplibreModule;
}

// The chosen renderer's code starts downloading as the page boots, alongside the data and the
// basemap, rather than once React has rendered the map's box (MapLibre is the biggest download).
if (typeof document !== 'undefined') {
  if (chooseRenderer(probeWebgl(), rendererPreference()) === 'webgl') loadMapLibre().catch(() => (maplibreModule = null));
  else loadSvg().catch(() => (svgModule = null));
}
