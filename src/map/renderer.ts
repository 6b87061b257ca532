/**
 * The one interface the app draws the map through. Two renderers stand behind it: MapLibre
 * (WebGL) when the browser can give it a context, else an SVG map (d3-geo) drawn from the same
 * geometry in the same colours. Each is loaded on demand, so a browser without WebGL never
 * downloads MapLibre.
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

let probed: boolean | null = null;

/** True when this browser can give MapLibre a WebGL context (probed once per page). */
export function webglAvailable(): boolean {
  probed ??= probeWebgl();
  return probed;
}

function probeWebgl(): boolean {
  try {
    const c = document.createElement('canvas');
    const gl = c.getContext('webgl2') ?? c.getContext('webgl');
    // Give the probe's context back at once: browsers cap live WebGL contexts.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

/**
 * Makes the best renderer this browser can run in `container`: MapLibre if WebGL is available
 * and `prefer` is not 'svg', else (or if MapLibre cannot start) SVG. Rejects only if neither can.
 */
export async function createRenderer(
  container: HTMLElement,
  geo: BaseGeometry,
  cb: RendererCallbacks,
  opts: RendererOptions,
  prefer: RendererKind = 'webgl',
): Promise<MapRenderer> {
  if (prefer === 'webgl' && webglAvailable()) {
    try {
      const { MapLibreRenderer } = await loadMapLibre();
      return new MapLibreRenderer(container, geo, cb, opts);
    } catch (e) {
      console.warn('WebGL map unavailable, drawing SVG:', e);
    }
  }
  const { SvgRenderer } = await import('./svgRenderer.ts');
  return new SvgRenderer(container, geo, cb, opts);
}

let maplibreModule: Promise<typeof import('./maplibreRenderer.ts')> | null = null;

function loadMapLibre(): Promise<typeof import('./maplibreRenderer.ts')> {
  maplibreModule ??= import('./maplibreRenderer.ts');
  return maplibreModule;
}

// MapLibre is the biggest download: a browser that can run it starts fetching it as the page
// boots, alongside the data and the basemap, rather than once they have arrived.
if (typeof document !== 'undefined' && webglAvailable()) loadMapLibre().catch(() => (maplibreModule = null));
