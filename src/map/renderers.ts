/**
 * Making the map's renderer: the choice (src/map/rendererChoice.ts) applied in the browser, and
 * each renderer's code, loaded on demand so a browser that will not use MapLibre never downloads
 * it. Adding a renderer: its traits in rendererChoice.ts, its loader here (the Record makes the
 * compiler ask for it), its module implementing MapRenderer.
 */
import { chooseRenderer, isRendererKind, isSoftwareRenderer, RENDERER_OVERRIDE_KEY, RENDERERS, type RendererKind, type RendererPreference, type WebglProbe } from './rendererChoice.ts';
import { WORLD_URL } from 'virtual:tcdm-world';
import type { BaseGeometry } from './geometry.ts';
import type { MapRenderer, RendererCallbacks, RendererFactory, RendererOptions } from './types.ts';

const LOADERS: Record<RendererKind, () => Promise<RendererFactory>> = {
  webgl: () => import('./maplibreRenderer.ts').then((m) => m.createMapLibreRenderer),
  svg: () => import('./svgRenderer.ts').then((m) => m.createSvgRenderer),
};

const loading = new Map<RendererKind, Promise<RendererFactory>>();

/** A renderer's code (fetched once; a failed fetch may be retried). */
function load(kind: RendererKind): Promise<RendererFactory> {
  let p = loading.get(kind);
  if (!p) {
    p = LOADERS[kind]().catch((e: unknown) => {
      loading.delete(kind);
      throw e;
    });
    loading.set(kind, p);
  }
  return p;
}

/**
 * Tells the early probe that the app now fetches the data set and the basemap itself, so it
 * preloads neither after this (scripts/vite/probePlugin.ts: under the static first paint it
 * preloads them once the page has painted, which can come after the app's own fetch).
 */
export function fetchingNow(): void {
  const early = (globalThis as { tcdmProbe?: { fetching?: boolean } }).tcdmProbe;
  if (early) early.fetching = true;
}

let probed: WebglProbe | null = null;

/** What this browser's WebGL can do: as the early probe found it, else probed here once. */
function probeWebgl(): WebglProbe {
  probed ??= probe();
  return probed;
}

function probe(): WebglProbe {
  const early = (globalThis as { tcdmProbe?: Partial<WebglProbe> }).tcdmProbe;
  if (early && typeof early.available === 'boolean' && typeof early.software === 'boolean') return { available: early.available, software: early.software };
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

/** The developer's override from localStorage, if any. */
function rendererPreference(): RendererPreference {
  try {
    const v = globalThis.localStorage?.getItem(RENDERER_OVERRIDE_KEY);
    return isRendererKind(v) ? v : 'auto';
  } catch {
    return 'auto';
  }
}

/** The renderer this page draws with, unless told otherwise. */
export function pageRenderer(): RendererKind {
  return chooseRenderer(probeWebgl(), rendererPreference());
}

/** The basemap a renderer draws, as a URL of this site: its TopoJSON file, or the world projected at build time. */
export function basemapUrl(kind: RendererKind): string {
  return RENDERERS[kind].projected ? WORLD_URL : topoUrl(kind);
}

/** A renderer's basemap as TopoJSON (what the downloads draw, whichever form the map drew). */
export function topoUrl(kind: RendererKind): string {
  return `${import.meta.env.BASE_URL}geo/${RENDERERS[kind].basemap}`;
}

/**
 * Makes the renderer `prefer` asks for (see chooseRenderer), or, if its code or its start fails,
 * the fallback. Rejects only if none can.
 */
export async function createRenderer(
  container: HTMLElement,
  geo: BaseGeometry,
  cb: RendererCallbacks,
  opts: RendererOptions,
  prefer: RendererPreference = rendererPreference(),
): Promise<MapRenderer> {
  const kind = chooseRenderer(probeWebgl(), prefer);
  try {
    return (await load(kind))(container, geo, cb, opts);
  } catch (e) {
    const fallback = chooseRenderer({ available: false, software: false }, 'auto');
    if (fallback === kind) throw e;
    console.warn(`${kind} map unavailable, drawing ${fallback}:`, e);
    return (await load(fallback))(container, geo, cb, opts);
  }
}

// The chosen renderer's code starts downloading as the page boots, alongside the data and the
// basemap, rather than once React has rendered the map's box (MapLibre is the biggest download).
if (typeof document !== 'undefined') load(pageRenderer()).catch(() => undefined);
