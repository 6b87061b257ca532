/**
 * What the map frames, as pure arithmetic shared by both renderers: the bounds of a set of countries
 * (from either kind of basemap, across the ±180° cut), the zoom ceiling that shows one small state
 * in context, the part of the map's box that the overlays (caption, legend, controls) leave free,
 * and the countries a story step is about. No DOM: MapView measures the overlays and hands the
 * rectangles in; the renderers fit what comes out (docs/ARCHITECTURE.md, "Framing").
 */
import { REGION_BOUNDS, type Bounds, type Region } from '../data/regions.ts';
import { isSenderWide } from '../data/scope.ts';
import type { CompiledEvent, StoryStep } from '../data/types.ts';
import type { BaseGeometry } from './geometry.ts';
import { fitMercator } from './mercator.ts';
import { ZOOM_EXTENT } from './svgZoom.ts';
import type { FrameTarget, Insets } from './types.ts';

export type { Insets } from './types.ts';

/** A rectangle in CSS px relative to the map's box (left/top inclusive, right/bottom exclusive). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The zoom ceiling, in three parts, so that one small state is shown with its neighbours rather
 * than filling the screen: a subject's bounds are doubled about their centre (it fills at most half
 * the free area)…
 */
export const SUBJECT_MARGIN = 2;

/** …then grown to at least this many degrees of longitude, and as tall in Mercator units… */
export const MIN_SPAN_DEG = 2.5;

/** …and a frame never zooms past this (MapLibre's zoom: about 182 px a degree, its own limit), whatever the screen. */
export const MAX_FRAME_ZOOM = 7;

/** MapLibre's tile size: at zoom z the world is 512 × 2^z CSS px wide. */
const TILE = 512;

/**
 * A ring smaller than this share of the country's largest (by the area of its box) is left out of
 * the country's bounds: Palau's far south-western islets, Hawaii for the United States.
 */
const MINOR_RING_SHARE = 0.1;

/** A country drawn narrower than this (CSS px) is eased to when it is selected: too small to see and tap. */
export const MIN_DRAWN_PX = 24;

/** An overlay is not framed around when that would leave the free area less than this share of the box in either direction. */
const MIN_FREE_SHARE = 0.4;

const RAD = Math.PI / 180;
const MAX_LAT = (Math.atan(Math.sinh(Math.PI)) * 180) / Math.PI;

/** Mercator y (radians-scaled, north up) of a latitude, and back. */
function mercY(lat: number): number {
  const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * RAD;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2));
}
function latOf(y: number): number {
  return Math.atan(Math.sinh(y)) / RAD;
}

/**
 * The smallest bounds holding all of these, longitudes taken round the globe: where the shortest
 * arc that holds every box crosses ±180° (Fiji, the Aleutians), `east` exceeds 180 (MapLibre's
 * fitBounds takes such bounds; the SVG map holds its view inside the world). Null for none.
 */
export function unionBounds(boxes: readonly Bounds[]): Bounds | null {
  if (boxes.length === 0) return null;
  let south = Infinity;
  let north = -Infinity;
  // Longitude intervals in [-180, 180], sorted by west; the arc is the circle less its widest gap.
  const spans = boxes.map(([w, , e]) => [w, e] as [number, number]).sort((a, b) => a[0] - b[0]);
  for (const [, s, , n] of boxes) {
    south = Math.min(south, s);
    north = Math.max(north, n);
  }
  // Merge overlapping intervals.
  const merged: [number, number][] = [];
  for (const [w, e] of spans) {
    const last = merged[merged.length - 1];
    if (last && w <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([w, e]);
  }
  const first = merged[0] as [number, number];
  const lastSpan = merged[merged.length - 1] as [number, number];
  // The gap across ±180° (from the last interval's east round to the first's west), then the others.
  let gap = first[0] + 360 - lastSpan[1];
  let west = first[0];
  let east = lastSpan[1];
  for (let i = 1; i < merged.length; i++) {
    const g = (merged[i] as [number, number])[0] - (merged[i - 1] as [number, number])[1];
    if (g > gap) {
      gap = g;
      west = (merged[i] as [number, number])[0];
      east = (merged[i - 1] as [number, number])[1] + 360;
    }
  }
  return [west, south, east, north];
}

/**
 * Bounds scaled by `margin` about their centre (in Mercator), then grown to at least `minSpan`
 * degrees wide and as tall in Mercator units.
 */
export function withCeiling(b: Bounds, minSpan = MIN_SPAN_DEG, margin = SUBJECT_MARGIN): Bounds {
  const [w, s, e, n] = b;
  const half = (minSpan * RAD) / 2;
  const cx = ((w + e) / 2) * RAD;
  const hx = Math.max(((e - w) * RAD * margin) / 2, half);
  const y0 = mercY(s);
  const y1 = mercY(n);
  const cy = (y0 + y1) / 2;
  const hy = Math.max(((y1 - y0) * margin) / 2, half);
  return [(cx - hx) / RAD, latOf(cy - hy), (cx + hx) / RAD, latOf(cy + hy)];
}

/** Each ring's box, in longitude and latitude, of a projected country's path (`M x y l dx dy … z`). */
function projectedRingBoxes(d: string, size: number): Bounds[] {
  const boxes: Bounds[] = [];
  const tokens = d.match(/[Mlz]|-?\d+(?:\.\d+)?/g) ?? [];
  let x = 0;
  let y = 0;
  let box: [number, number, number, number] | null = null;
  let relative = false;
  const flush = (): void => {
    if (!box) return;
    // Frame units (y down) to degrees.
    const lng = (u: number): number => (u / size) * 360 - 180;
    const lat = (v: number): number => latOf(Math.PI - (v / size) * 2 * Math.PI);
    boxes.push([lng(box[0]), lat(box[3]), lng(box[2]), lat(box[1])]);
    box = null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tk = tokens[i] as string;
    if (tk === 'M') {
      flush();
      x = Number(tokens[++i]);
      y = Number(tokens[++i]);
      box = [x, y, x, y];
      relative = false;
    } else if (tk === 'l') relative = true;
    else if (tk === 'z') flush();
    else if (relative && box) {
      x += Number(tk);
      y += Number(tokens[++i]);
      box = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
    }
  }
  flush();
  return boxes;
}

type Ring = readonly (readonly number[])[];

function ringBox(ring: Ring): Bounds {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const p of ring) {
    const [x, y] = p as [number, number];
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return [w, s, e, n];
}

const boundsCache = new WeakMap<BaseGeometry, Map<string, Bounds | null>>();

/**
 * A country's bounds on this basemap, without its minor outlying islands (null where the basemap has
 * no shape for it). Memoised per basemap.
 */
export function countryBounds(geo: BaseGeometry, iso: string): Bounds | null {
  let cache = boundsCache.get(geo);
  if (!cache) boundsCache.set(geo, (cache = new Map()));
  const hit = cache.get(iso);
  if (hit !== undefined) return hit;
  let boxes: Bounds[] = [];
  if (geo.kind === 'projected') {
    const c = geo.countries.find((k) => k.id === iso);
    if (c) boxes = projectedRingBoxes(c.d, geo.size);
  } else {
    const f = geo.countries.features.find((k) => k.properties.iso === iso);
    const g = f?.geometry;
    if (g) boxes = (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()).filter((r) => r.length > 0).map((r) => ringBox(r));
  }
  const size = ([w, s, e, n]: Bounds): number => (e - w) * (n - s);
  const largest = Math.max(0, ...boxes.map(size));
  const b = unionBounds(boxes.filter((x) => size(x) >= MINOR_RING_SHARE * largest));
  cache.set(iso, b);
  return b;
}

/** The bounds of every country of the list that the basemap draws, as one frame (null if it draws none). */
export function subjectBounds(geo: BaseGeometry, isos: readonly string[]): Bounds | null {
  return unionBounds(isos.map((iso) => countryBounds(geo, iso)).filter((b): b is Bounds => b !== null));
}

/**
 * The countries a story step is about: its country, then the countries of its events, each once;
 * events for every destination (the sender's own, src/data/scope.ts) name no place to frame.
 */
export function stepSubject(step: Pick<StoryStep, 'country' | 'events'>, eventsById: ReadonlyMap<string, CompiledEvent>): string[] {
  const out: string[] = step.country ? [step.country] : [];
  for (const id of step.events) {
    const e = eventsById.get(id);
    if (e && !isSenderWide(e) && !out.includes(e.country)) out.push(e.country);
  }
  return out;
}

/**
 * The padding that keeps framed bounds clear of the overlays on the map: the free area starts as
 * the whole box, and each overlay (largest first) that reaches into it cuts it along the side that
 * leaves the most area. An overlay whose cut would leave less than 40% of the box's width or height
 * is not framed around (an open sheet, a caption on a small screen): the map would be a sliver.
 * `margin` is added on every side, as the fit's padding.
 */
export function freeInsets(width: number, height: number, overlays: readonly Rect[], margin = 8): Insets {
  const free: Rect = { left: 0, top: 0, right: width, bottom: height };
  const area = (r: Rect): number => (r.right - r.left) * (r.bottom - r.top);
  const sorted = [...overlays].sort((a, b) => area(b) - area(a));
  for (const o of sorted) {
    const hit: Rect = { left: Math.max(o.left, free.left), top: Math.max(o.top, free.top), right: Math.min(o.right, free.right), bottom: Math.min(o.bottom, free.bottom) };
    if (hit.right <= hit.left || hit.bottom <= hit.top) continue;
    const cuts: Rect[] = [
      { ...free, top: hit.bottom },
      { ...free, bottom: hit.top },
      { ...free, left: hit.right },
      { ...free, right: hit.left },
    ].filter((r) => r.right - r.left >= MIN_FREE_SHARE * width && r.bottom - r.top >= MIN_FREE_SHARE * height);
    let best: Rect | null = null;
    for (const c of cuts) if (!best || area(c) > area(best)) best = c;
    if (best) Object.assign(free, best);
  }
  return { top: free.top + margin, right: width - free.right + margin, bottom: height - free.bottom + margin, left: free.left + margin };
}

/** Whether a rectangle on screen lies inside the box less its insets (to half a pixel). */
export function insideFree(r: Rect, width: number, height: number, i: Insets): boolean {
  return r.left >= i.left - 0.5 && r.top >= i.top - 0.5 && r.right <= width - i.right + 0.5 && r.bottom <= height - i.bottom + 0.5;
}

/** What frame() fits for a region: its bounds, into the free area (the world: the whole box, as the first paint shows it). */
export function regionTarget(region: Region): FrameTarget {
  return { bounds: REGION_BOUNDS[region], free: region !== 'world' };
}

/** What frame() fits for countries: their bounds under the zoom ceiling, into the free area. */
export function subjectTarget(bounds: Bounds): FrameTarget {
  return { bounds: withCeiling(bounds), free: true, maxZoom: MAX_FRAME_ZOOM };
}

/** Mercator width and height (radians-scaled) of bounds. */
function mercSize([w, s, e, n]: Bounds): { w: number; h: number } {
  return { w: (e - w) * RAD, h: mercY(n) - mercY(s) };
}

/** The fit's own padding on every side, where no overlay is framed around. */
const PLAIN: Insets = { top: 8, right: 8, bottom: 8, left: 8 };

/**
 * The padding a target is fitted with in a box: the free area's insets where the target fits in it
 * at a scale the map can show (never smaller than the world filling the box), else the fit's own
 * padding — a small map with big overlays shows the whole region under them rather than cut off.
 */
export function framePadding(target: FrameTarget, width: number, height: number, insets: Insets): Insets {
  if (!target.free) return PLAIN;
  const t = mercSize(target.bounds);
  const needed = Math.min((width - insets.left - insets.right) / Math.max(1e-9, t.w), (height - insets.top - insets.bottom) / Math.max(1e-9, t.h));
  return needed >= fitMercator(width, height).k ? insets : PLAIN;
}

/**
 * How wide (CSS px) a country comes out when a target is framed in a box with these insets, as the
 * renderers fit it (the scale that fits the target's bounds into the free area, held under its
 * maxZoom and the SVG map's limits of 1–40× the world's fit), and whether the country lies inside what is framed. Pure, so MapView
 * can decide before the map has moved, whatever move is under way.
 */
export function drawnUnder(country: Bounds, target: FrameTarget, width: number, height: number, insets: Insets): { px: number; inside: boolean } {
  const pad = framePadding(target, width, height, insets);
  const t = mercSize(target.bounds);
  const fw = Math.max(1, width - pad.left - pad.right);
  const fh = Math.max(1, height - pad.top - pad.bottom);
  const fitted = Math.min(fw / Math.max(1e-9, t.w), fh / Math.max(1e-9, t.h));
  const ceiling = target.maxZoom === undefined ? Infinity : (TILE * 2 ** target.maxZoom) / (2 * Math.PI);
  // The SVG map's limits (svgZoom.ts): from the world's fit to 40× it.
  const world = fitMercator(width, height).k;
  const k = Math.max(world, Math.min(fitted, ceiling, ZOOM_EXTENT[1] * world));
  const c = mercSize(country);
  const [tw, ts, te, tn] = target.bounds;
  const [cw, cs, ce, cn] = country;
  // Longitudes compared on the target's side of the cut.
  const shift = ce + 360 <= te ? 360 : cw - 360 >= tw ? -360 : 0;
  const inside = cw + shift >= tw - 1e-9 && ce + shift <= te + 1e-9 && cs >= ts - 1e-9 && cn <= tn + 1e-9;
  return { px: k * c.w, inside };
}

/**
 * Whether selecting a country should move the map to it: only while the reader has not panned or
 * zoomed by hand, and only when, framed as it is, the country would be drawn narrower than
 * MIN_DRAWN_PX or lie outside what is framed.
 */
export function revealNeeded(country: Bounds, framed: FrameTarget, width: number, height: number, insets: Insets, movedByHand: boolean): boolean {
  if (movedByHand) return false;
  const { px, inside } = drawnUnder(country, framed, width, height, insets);
  return px < MIN_DRAWN_PX || !inside;
}

/**
 * Whether the reader has panned or zoomed since the map last framed something: set by a gesture,
 * a zoom button or key (telling the renderer's onHandMove the first time), cleared by frame().
 */
export class HandMoves {
  private moved = false;

  constructor(private readonly onFirst?: () => void) {}

  get value(): boolean {
    return this.moved;
  }

  mark(): void {
    if (this.moved) return;
    this.moved = true;
    this.onFirst?.();
  }

  clear(): void {
    this.moved = false;
  }
}
