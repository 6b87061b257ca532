/**
 * The map's shared types: what a renderer is and what it is told, kept apart from the modules
 * that implement or choose renderers so that none of them imports another for its types.
 */
import type { ResolvedTheme } from '../color/palette.ts';
import type { Bounds } from '../data/regions.ts';
import type { Status } from '../data/types.ts';
import type { BaseGeometry } from './geometry.ts';
import type { RendererKind } from './rendererChoice.ts';

export type { RendererKind, RendererPreference } from './rendererChoice.ts';

/**
 * Which gestures move the map: `all` (the page's own map: wheel, drag, pinch, one-finger pan,
 * double-click), or `cooperative` (a map embedded in someone's page, which must not catch the
 * reader's scrolling: the wheel zooms only with Ctrl or ⌘, touch moves the map only with two
 * fingers; a mouse drag and a double-click still work).
 */
export type GestureMode = 'all' | 'cooperative';

/** Gestures a cooperative map declined, for the hint that says how to move it. */
export type GestureHint = 'wheel' | 'touch';

export interface MapRenderer {
  readonly kind: RendererKind;
  /** Resolves once the first frame with the final colours has been drawn. */
  readonly ready: Promise<void>;
  /** Recolours: only the countries whose status changed are touched. */
  setStatuses(next: ReadonlyMap<string, { status: Status }>): void;
  setSelected(iso: string | null): void;
  setTheme(theme: ResolvedTheme): void;
  /** Screen position (CSS px, relative to the container) of a longitude/latitude, as the map shows it now. */
  project(lng: number, lat: number): { x: number; y: number };
  /**
   * Fits bounds into the box (a region's, or the countries a story step or a selection is about,
   * src/map/framing.ts): into the free area the overlays leave when `free`, else with the fit's
   * padding; a short eased move (EASE_MS) when `animate`, a jump otherwise. It is the reader's view
   * again (movedByHand false), and until the reader pans or zooms by hand a resize frames it again.
   */
  frame(target: FrameTarget, animate: boolean): void;
  /** Whether the reader has panned or zoomed since the last frame(): a selection then never moves the map. */
  readonly movedByHand: boolean;
  /**
   * Compare mode: draws these countries quiet (a grey, no pattern: their status did not change),
   * or none (null: compare mode off). Feature state or attributes only; no source is rebuilt.
   */
  setQuiet(isos: readonly string[] | null): void;
  /** Shades these countries as the pointer does (a legend entry or table row points at them). */
  setHighlighted(isos: readonly string[]): void;
  /**
   * Zooms by a factor (2: in, 0.5: out) about the view's centre, eased like frame() unless
   * `animate` is false; repeated calls add up. Counts as the reader's own move (a resize keeps it).
   */
  zoomBy(factor: number, animate?: boolean): void;
  /** The container changed size: what was framed is framed again, or the reader's own view is kept. */
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
  /** The reader panned or zoomed for the first time since the last frame() (a gesture, a zoom button or key). */
  onHandMove?(): void;
  /** A cooperative map left a gesture to the page: the caller says how to move the map. */
  onGestureHint?(hint: GestureHint): void;
}

export interface RendererOptions {
  theme: ResolvedTheme;
  /** For each patterned status, the countries that ever have it (see patternedCountries). */
  patterned: ReadonlyMap<Status, readonly string[]>;
  /**
   * Which gestures move the map (see GestureMode): `all` (the default) for the page's own map,
   * `cooperative` for a map inside someone else's page (Ctrl/⌘ + wheel, two fingers).
   */
  gestures?: GestureMode;
  /** The free area's insets as the overlays stand now (MapView measures them); read at every fit. */
  insets?: () => Insets;
}

/** Space kept clear on each side of the map's box when framing, in CSS px (src/map/framing.ts). */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What frame() fits: [west, south, east, north] (east may pass 180 across the cut, framing.ts). */
export interface FrameTarget {
  bounds: Bounds;
  /** Fit into the free area the overlays leave (a region or a subject), not the whole box (the world). */
  free: boolean;
  /** The closest MapLibre zoom the fit may reach (the zoom ceiling of a subject); none: the map's own limit. */
  maxZoom?: number;
}

/** How a renderer module makes its map in a container. */
export type RendererFactory = (container: HTMLElement, geo: BaseGeometry, cb: RendererCallbacks, opts: RendererOptions) => MapRenderer;
