/**
 * The SVG map's world, projected ahead of time: the basemap in planar Web Mercator (the projection
 * of svgGeometry.ts), written as SVG path strings in a fixed square frame, so the browser draws
 * it with no per-vertex work. scripts/vite/worldPlugin.ts projects the SVG renderer's basemap at
 * build time and emits it as `assets/world-<hash>.json`; the renderer places the whole frame with
 * one transform for the fit (`frameTransform`). A renderer handed a GeoJSON basemap instead (the
 * SVG fallback of the WebGL map, which drew the 1:50m world) projects it with the same function.
 *
 * The frame: the Mercator world square (±180°, ±85.05°) is `size` units wide and tall, x east from
 * −180°, y south from 85.05° (SVG's direction). Coordinates are integers: paths start each ring
 * with an absolute `M x y` and go on with relative `l dx dy` steps (the deltas of the rounded
 * points, so no error accumulates), polygons' rings end `z` after an explicit step back to their
 * first point (so the same string without `z` is the ring as a line: the selection's outline).
 *
 * Borders and coastlines are single paths on the map, but the build writes each line beside the
 * country whose ring runs along it in the same direction (`coast`, `borders`), and the renderer
 * joins them: the line's steps then repeat steps gzip has just seen, so the file compresses to about
 * two thirds of what it would with the lines apart.
 *
 * Pure: no DOM, no d3, no TopoJSON.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { outlineOf, type GeoBasemap, type ProjectedCountry, type ProjectedWorld } from './geometry.ts';
import { mercator, type Fit } from './mercator.ts';

/**
 * The frame's side in units. At the SVG map's closest zoom (40× the fit) a 2,560 CSS px wide box
 * shows 102,400 px of world, so a unit is under 0.8 px there and rounding to it moves a point by
 * under 0.4 px (half a unit) along either axis.
 */
export const WORLD_SIZE = 131_072;

/** A longitude/latitude in the frame (unrounded). */
export function toFrame(lng: number, lat: number, size = WORLD_SIZE): [number, number] {
  const [mx, my] = mercator(lng, lat);
  return [((mx + Math.PI) / (2 * Math.PI)) * size, ((Math.PI - my) / (2 * Math.PI)) * size];
}

/**
 * Douglas–Peucker on integer points: keeps the first and last and every point further than
 * `tolerance` units from the chord of the points it stands between.
 */
export function simplifyPoints(pts: readonly [number, number][], tolerance: number): [number, number][] {
  if (tolerance <= 0 || pts.length < 3) return [...pts];
  const keep = new Uint8Array(pts.length);
  keep[0] = 1;
  keep[pts.length - 1] = 1;
  const t2 = tolerance * tolerance;
  const stack: [number, number][] = [[0, pts.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop() as [number, number];
    const [ax, ay] = pts[a] as [number, number];
    const [bx, by] = pts[b] as [number, number];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let far = t2;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = pts[i] as [number, number];
      // Squared distance to the chord (to the end point where the chord is a point: a closed ring).
      const d2 = len2 === 0 ? (px - ax) ** 2 + (py - ay) ** 2 : (dx * (ay - py) - dy * (ax - px)) ** 2 / len2;
      if (d2 > far) {
        far = d2;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return pts.filter((_, i) => keep[i] === 1);
}

/**
 * One line or ring as path commands; rings (`close`) end with `z`. Consecutive equal points are
 * dropped; with a `tolerance` (units), so is every point closer than that to the line through its
 * neighbours (a ring keeps at least four points, its first one twice).
 */
function encodeLine(line: readonly Position[], size: number, close: boolean, tolerance = 0): string {
  let pts: [number, number][] = [];
  for (const p of line) {
    const [fx, fy] = toFrame(p[0] as number, p[1] as number, size);
    const x = Math.round(fx);
    const y = Math.round(fy);
    const last = pts[pts.length - 1];
    if (last && last[0] === x && last[1] === y) continue;
    pts.push([x, y]);
  }
  if (pts.length === 0) return '';
  if (tolerance > 0) {
    const simple = simplifyPoints(pts, tolerance);
    if (!close || simple.length >= 4) pts = simple;
  }
  const [first] = pts as [[number, number]];
  let steps = '';
  for (let i = 1; i < pts.length; i++) {
    const dx = (pts[i] as [number, number])[0] - (pts[i - 1] as [number, number])[0];
    const dy = (pts[i] as [number, number])[1] - (pts[i - 1] as [number, number])[1];
    steps += `${steps === '' || dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`;
  }
  return `M${first[0]} ${first[1]}${steps === '' ? '' : `l${steps}`}${close ? 'z' : ''}`;
}

function encodeLines(lines: readonly (readonly Position[])[], size: number, close: boolean, tolerance = 0): string {
  return lines.map((l) => encodeLine(l, size, close, tolerance)).join('');
}

function rings(g: Polygon | MultiPolygon | null): Position[][] {
  if (!g) return [];
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

function linesOf(fc: GeoBasemap['borders']): Position[][] {
  return fc.features.flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates));
}

/**
 * Each line by the index of the country one of whose rings has the line's first segment in the
 * same direction (shared arcs decode to the same numbers), or -1.
 */
function owners(geo: GeoBasemap, lines: readonly Position[][]): number[] {
  const key = (a: Position, b: Position): string => `${a[0]},${a[1]},${b[0]},${b[1]}`;
  const wanted = new Map<string, number>();
  for (const l of lines) if (l.length > 1) wanted.set(key(l[0] as Position, l[1] as Position), -1);
  geo.countries.features.forEach((f, i) => {
    for (const r of rings(f.geometry)) {
      for (let j = 1; j < r.length; j++) {
        const k = key(r[j - 1] as Position, r[j] as Position);
        if (wanted.get(k) === -1) wanted.set(k, i);
      }
    }
  });
  return lines.map((l) => (l.length > 1 ? (wanted.get(key(l[0] as Position, l[1] as Position)) ?? -1) : -1));
}

/**
 * Projects a decoded basemap into the frame: what the build writes (`byCountry`: the lines beside
 * their countries, for gzip), and what the SVG renderer draws when handed a GeoJSON basemap.
 */
export function projectWorld(
  geo: GeoBasemap,
  size = WORLD_SIZE,
  { byCountry = false, tolerance = 0 }: { byCountry?: boolean; tolerance?: number } = {},
): ProjectedWorld {
  const countries = geo.countries.features.map((f): ProjectedCountry => {
    const d = encodeLines(rings(f.geometry), size, true, tolerance);
    const c: ProjectedCountry = { id: f.properties.iso, d };
    if (f.geometry) {
      const outline = encodeLines(outlineOf(f as Feature<Polygon | MultiPolygon>).geometry.coordinates, size, false, tolerance);
      if (outline !== d.replaceAll('z', '')) c.outline = outline;
    }
    return c;
  });
  /** The lines of a layer not placed beside a country. */
  const lines = (fc: GeoBasemap['borders'], field: 'coast' | 'borders'): string => {
    const all = linesOf(fc);
    const by = byCountry ? owners(geo, all) : all.map(() => -1);
    let rest = '';
    all.forEach((l, i) => {
      const d = encodeLine(l, size, false, tolerance);
      const c = countries[by[i] as number];
      if (c) c[field] = (c[field] ?? '') + d;
      else rest += d;
    });
    return rest;
  };
  return {
    kind: 'projected',
    size,
    countries,
    borders: lines(geo.borders, 'borders'),
    coastlines: lines(geo.coastlines, 'coast'),
    dots: geo.markers.features.map((f) => {
      const [x, y] = toFrame(f.geometry.coordinates[0] as number, f.geometry.coordinates[1] as number, size);
      return { id: f.properties.iso, x: Math.round(x), y: Math.round(y) };
    }),
  };
}

/** The map's border or coastline path: the lines beside each country, then the rest. */
export function linePath(w: ProjectedWorld, layer: 'borders' | 'coastlines'): string {
  const field = layer === 'borders' ? 'borders' : 'coast';
  let d = '';
  for (const c of w.countries) d += c[field] ?? '';
  return d + w[layer];
}

/** A country's outline (the selection ring) as a path. */
export function outlinePath(c: ProjectedCountry): string {
  return c.outline ?? c.d.replaceAll('z', '');
}

/** The frame placed under a fit: screen = scale · frame + (x, y), as an SVG transform and its parts. */
export function frameTransform(fit: Fit, size: number): { scale: number; x: number; y: number; transform: string } {
  const scale = (2 * Math.PI * fit.k) / size;
  const x = fit.x0 - fit.k * Math.PI;
  const y = fit.y0 - fit.k * Math.PI;
  return { scale, x, y, transform: `translate(${x},${y}) scale(${scale})` };
}
