/**
 * The map's shared types: what a renderer is and what it is told, kept apart from the modules
 * that implement or choose renderers so that none of them imports another for its types.
 */
import type { ResolvedTheme } from '../color/palette.ts';
import type { Status } from '../data/types.ts';
import type { BaseGeometry } from './geometry.ts';
import type { RendererKind } from './rendererChoice.ts';

export type { RendererKind, RendererPreference, WebglProbe } from './rendererChoice.ts';

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

/** How a renderer module makes its map in a container. */
export type RendererFactory = (container: HTMLElement, geo: BaseGeometry, cb: RendererCallbacks, opts: RendererOptions) => MapRenderer;
