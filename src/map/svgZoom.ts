/**
 * The SVG map's pan and zoom, as pure arithmetic: the renderer (svgRenderer.ts) draws the world
 * once under a fit (svgGeometry.ts) and moves it with one transform on the group around
 * everything drawn, `screen = k · drawn + (x, y)`, as d3-zoom keeps it. Here: the view that frames
 * a region, the limits a view is held to (zoom 1–40× the fit, never past the world's edges), the
 * same view carried into a box of another size, and which gestures a mode lets the map take.
 * No DOM and no d3 at run time, so it is unit-tested in Node.
 */
import { FIT_PADDING, mercator, type Corners, type Fit } from './mercator.ts';
import type { GestureHint, GestureMode, Insets } from './types.ts';

/** A view of the drawn map: screen = k · drawn + (x, y) (d3-zoom's ZoomTransform has the same fields). */
export interface View {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: View = { k: 1, x: 0, y: 0 };

/** How far the reader may zoom, as multiples of the fit (which shows the whole world's width). */
export const ZOOM_EXTENT: readonly [number, number] = [1, 40];

/** How long a region change or a zoom button eases, in ms (none under reduced motion). */
export const EASE_MS = 600;

/** The Mercator world square (±180°, ±85.05°) in the fit's drawn coordinates: [[x0, y0], [x1, y1]]. */
export function worldExtent(fit: Fit): [[number, number], [number, number]] {
  return [
    [fit.x0 - fit.k * Math.PI, fit.y0 - fit.k * Math.PI],
    [fit.x0 + fit.k * Math.PI, fit.y0 + fit.k * Math.PI],
  ];
}

/** A view with its scale held in the extent. */
function clampScale(v: View, extent: readonly [number, number]): number {
  return Math.max(extent[0], Math.min(extent[1], v.k));
}

/**
 * A view held inside the world: the box never shows past the world's edges, and where the world
 * is smaller than the box in one direction it is centred in it. The rule d3-zoom's own
 * `constrain` applies with the world as its translate extent, so a view set here and one the
 * reader drags to agree.
 */
export function constrainView(v: View, fit: Fit, world = worldExtent(fit)): View {
  const invX = (px: number) => (px - v.x) / v.k;
  const invY = (py: number) => (py - v.y) / v.k;
  const dx0 = invX(0) - world[0][0];
  const dx1 = invX(fit.width) - world[1][0];
  const dy0 = invY(0) - world[0][1];
  const dy1 = invY(fit.height) - world[1][1];
  const tx = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
  const ty = dy1 > dy0 ? (dy0 + dy1) / 2 : Math.min(0, dy0) || Math.max(0, dy1);
  return { k: v.k, x: v.x + v.k * tx, y: v.y + v.k * ty };
}

/**
 * The view that frames bounds ([[west, south], [east, north]]) in the box, as MapLibre's fitBounds
 * does: `padding` px on every side, or per side (the free area the overlays leave, framing.ts);
 * its scale held in the extent and the view in the world.
 */
export function frameBounds(fit: Fit, bounds: Corners, padding: number | Insets = FIT_PADDING, extent = ZOOM_EXTENT): View {
  const [[w, s], [e, n]] = bounds;
  const [ax, ay] = mercator(w, s);
  const [bx, by] = mercator(e, n);
  const pad = typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  // The bounds as the fit draws them (y grows southwards on screen).
  const x0 = fit.x0 + fit.k * ax;
  const x1 = fit.x0 + fit.k * bx;
  const y0 = fit.y0 - fit.k * by;
  const y1 = fit.y0 - fit.k * ay;
  const freeW = Math.max(1, fit.width - pad.left - pad.right);
  const freeH = Math.max(1, fit.height - pad.top - pad.bottom);
  const wanted = Math.min(freeW / Math.max(1e-9, x1 - x0), freeH / Math.max(1e-9, y1 - y0));
  const k = clampScale({ k: wanted, x: 0, y: 0 }, extent);
  // The bounds' centre goes to the free area's centre.
  const v = { k, x: pad.left + freeW / 2 - k * ((x0 + x1) / 2), y: pad.top + freeH / 2 - k * ((y0 + y1) / 2) };
  return constrainView(v, fit);
}

/** The zoom extent under a frame's ceiling (a MapLibre zoom, framing.ts), as scales of the fit. */
export function ceilingExtent(fit: Fit, maxZoom?: number): [number, number] {
  if (maxZoom === undefined) return [...ZOOM_EXTENT];
  return [ZOOM_EXTENT[0], Math.max(ZOOM_EXTENT[0], Math.min(ZOOM_EXTENT[1], 2 ** (maxZoom - fit.zoom)))];
}

/** The view scaled by `factor` about a point of the box (its centre by default), within the limits. */
export function zoomView(fit: Fit, v: View, factor: number, about: { x: number; y: number } = { x: fit.width / 2, y: fit.height / 2 }, extent = ZOOM_EXTENT): View {
  const k = clampScale({ ...v, k: v.k * factor }, extent);
  // The drawn point under `about` stays under it.
  const px = (about.x - v.x) / v.k;
  const py = (about.y - v.y) / v.k;
  return constrainView({ k, x: about.x - k * px, y: about.y - k * py }, fit);
}

/**
 * The same view in a box of another size (the reader's own pan and zoom survive a resize): the
 * place at the box's centre stays at its centre and the map keeps its scale on screen (CSS px per
 * degree), within the limits.
 */
export function carryView(from: Fit, v: View, to: Fit, extent = ZOOM_EXTENT): View {
  // The Mercator point at the old box's centre, and the old scale in px per Mercator unit.
  const mx = ((from.width / 2 - v.x) / v.k - from.x0) / from.k;
  const my = (from.y0 - (from.height / 2 - v.y) / v.k) / from.k;
  const k = clampScale({ ...v, k: (v.k * from.k) / to.k }, extent);
  const dx = to.x0 + to.k * mx;
  const dy = to.y0 - to.k * my;
  return constrainView({ k, x: to.width / 2 - k * dx, y: to.height / 2 - k * dy }, to);
}

/** The MapLibre zoom a view shows the world at (line widths and dot sizes follow it). */
export function viewZoom(fit: Fit, v: View): number {
  return fit.zoom + Math.log2(v.k);
}

/** Whether two views differ by more than rounding. */
export function sameView(a: View, b: View): boolean {
  return Math.abs(a.k - b.k) < 1e-6 && Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01;
}

/** The parts of an input event the gesture filter reads. */
export interface GestureEvent {
  type: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  button?: number;
  touches?: { length: number };
}

/**
 * Whether the map takes a gesture that starts with this event (d3-zoom's filter). Like d3-zoom's
 * default it ignores secondary buttons and Ctrl+click (a Mac's right click) but not Ctrl+wheel (a
 * trackpad's pinch); a cooperative map also leaves a plain wheel and a one-finger touch to the page.
 */
export function acceptsGesture(mode: GestureMode, e: GestureEvent): boolean {
  if (e.button) return false;
  if (e.ctrlKey && e.type !== 'wheel') return false;
  if (mode === 'all') return true;
  if (e.type === 'wheel') return Boolean(e.ctrlKey || e.metaKey);
  if (e.type === 'touchstart') return (e.touches?.length ?? 0) >= 2;
  return true;
}

/** The hint a cooperative map shows for a gesture it left to the page, if any. */
export function declinedGesture(mode: GestureMode, e: GestureEvent): GestureHint | null {
  if (mode !== 'cooperative') return null;
  if (e.type === 'wheel' && !acceptsGesture(mode, e)) return 'wheel';
  if (e.type === 'touchmove' && (e.touches?.length ?? 0) === 1) return 'touch';
  return null;
}
