/**
 * Planar Web Mercator, the SVG map's projection (the view MapLibre shows): a longitude/latitude in
 * Mercator units, and the fit of the world to a box. No d3, so the SVG renderer's chunk and the
 * build-time projection (projectedWorld.ts) carry none; svgGeometry.ts draws GeoJSON under a fit.
 */
import { REGION_BOUNDS, type Region } from '../data/regions.ts';

/** Corner pairs [[west, south], [east, north]], as MapLibre and the SVG fit take bounds. */
export type Corners = readonly [readonly [number, number], readonly [number, number]];

/** A region's bounds as corner pairs. */
export function cornerBounds(region: Region): Corners {
  const [w, s, e, n] = REGION_BOUNDS[region];
  return [[w, s], [e, n]];
}

/** The whole width of the world, from Tierra del Fuego to the Arctic islands, without Antarctica: the `world` region. */
export const WORLD_BOUNDS = cornerBounds('world');
/** Space kept free around the world when it is fitted to the map (CSS px), by both renderers. */
export const FIT_PADDING = 8;

/** Web Mercator's latitude limit, as MapLibre clamps it. */
const MAX_LAT = (Math.atan(Math.sinh(Math.PI)) * 180) / Math.PI; // 85.0511…°
/** MapLibre's tile size: at zoom z the world is 512 × 2^z CSS px wide. */
const TILE = 512;

/** Mercator x, y of a longitude/latitude in radians-scaled units (y grows northwards). */
export function mercator(lng: number, lat: number): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(lng * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

export interface Fit {
  width: number;
  height: number;
  /** CSS px per Mercator unit. */
  k: number;
  /** Screen position of Mercator (0, 0). */
  x0: number;
  y0: number;
  /** The MapLibre zoom that draws the world at this scale (line widths and dot sizes follow it). */
  zoom: number;
}

/**
 * The view MapLibre shows for this box: `bounds` ([[west, south], [east, north]]) fitted into
 * `width × height` with `padding` on every side (fitBounds), then constrained as MapLibre
 * constrains a map that does not repeat the world (renderWorldCopies: false): the world is never
 * smaller than the box in either direction, and the box never looks past its edges. For a
 * landscape box that means the world spans the full width, centred on the bounds' latitudes.
 */
export function fitMercator(width: number, height: number, bounds: Corners = WORLD_BOUNDS, padding = FIT_PADDING): Fit {
  const [[w, s], [e, n]] = bounds;
  const [ax, ay] = mercator(w, s);
  const [bx, by] = mercator(e, n);
  const fitted = Math.min((width - 2 * padding) / (bx - ax), (height - 2 * padding) / (by - ay));
  // The Mercator world is 2π units square.
  const k = Math.max(1e-6, fitted, width / (2 * Math.PI), height / (2 * Math.PI));
  const clamp = (v: number, half: number) => Math.max(-Math.PI + half, Math.min(Math.PI - half, v));
  const cx = clamp((ax + bx) / 2, width / 2 / k);
  const cy = clamp((ay + by) / 2, height / 2 / k);
  return { width, height, k, x0: width / 2 - k * cx, y0: height / 2 + k * cy, zoom: Math.log2((2 * Math.PI * k) / TILE) };
}

/** Screen position (CSS px in the box) of a longitude/latitude under a fit. */
export function projectFit(fit: Fit, lng: number, lat: number): { x: number; y: number } {
  const [mx, my] = mercator(lng, lat);
  return { x: fit.x0 + fit.k * mx, y: fit.y0 - fit.k * my };
}
