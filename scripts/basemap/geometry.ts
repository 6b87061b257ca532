/**
 * Pure geometry and id-mapping helpers for the basemap build (scripts/basemap/build.ts).
 *
 * Coordinates are planar [longitude, latitude] pairs, as MapLibre treats them: an edge is a straight
 * line in Web Mercator, so an edge whose end points are more than 180° of longitude apart is drawn
 * the long way round, as a band across the whole map. The cutter below splits such rings at ±180°.
 */
import { geoArea } from 'd3-geo';

export type Position = [number, number];
/** A closed ring: first point equals last point. */
export type Ring = Position[];
/** Exterior ring first, then holes. */
export type PolygonRings = Ring[];

interface PolygonGeometry {
  type: 'Polygon';
  coordinates: PolygonRings;
}
interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: PolygonRings[];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

/** Web Mercator's latitude limit (the latitude at which the square world tile ends). */
export const MAX_MERCATOR_LAT = 85.0511287798066;

function at<T>(array: readonly T[], index: number): T {
  const value = array[index];
  if (value === undefined) throw new RangeError(`index ${index} out of range (length ${array.length})`);
  return value;
}

/** Signed planar area (shoelace); positive for counter-clockwise rings with y pointing up. */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = at(ring, i);
    const [x1, y1] = at(ring, i + 1);
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

/** Whether any edge of the ring spans more than 180° of longitude. */
export function hasAntimeridianJump(ring: readonly Position[]): boolean {
  for (let i = 1; i < ring.length; i++) {
    if (Math.abs(at(ring, i)[0] - at(ring, i - 1)[0]) > 180) return true;
  }
  return false;
}

/** Whether the ring needs cutting: an edge jumps more than 180°, or a longitude is outside [-180, 180]. */
function ringNeedsCut(ring: readonly Position[]): boolean {
  return hasAntimeridianJump(ring) || ring.some(([x]) => x < -180 || x > 180);
}

/** Removes consecutive duplicate points (keeps the ring closed). */
function dedupe(ring: readonly Position[]): Ring {
  const out: Ring = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (last === undefined || last[0] !== p[0] || last[1] !== p[1]) out.push([p[0], p[1]]);
  }
  return out;
}

function close(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first !== undefined && last !== undefined && (first[0] !== last[0] || first[1] !== last[1])) {
    ring.push([first[0], first[1]]);
  }
  return ring;
}

/** A ring that encloses no area: too few points, all on one meridian, or zero area. */
function isDegenerate(ring: readonly Position[]): boolean {
  if (ring.length < 4) return true;
  const x0 = at(ring, 0)[0];
  if (ring.every(([x]) => x === x0)) return true;
  return Math.abs(ringArea(ring)) < 1e-12;
}

/**
 * Makes longitudes continuous: each point is shifted by a multiple of 360° so that no edge spans more
 * than 180°. The first point keeps its longitude. For a ring that goes round a pole, the last point
 * ends up 360° away from the first (see {@link cutRingAtAntimeridian}).
 */
export function unwrapRing(ring: readonly Position[]): Ring {
  const out: Ring = [];
  let offset = 0;
  let prev: number | undefined;
  for (const [x, y] of ring) {
    if (prev !== undefined) {
      const d = x - prev;
      if (d > 180) offset -= 360 * Math.ceil((d - 180) / 360);
      else if (d < -180) offset += 360 * Math.ceil((-d - 180) / 360);
    }
    prev = x;
    out.push([x + offset, y]);
  }
  return out;
}

type Side = 'low' | 'high';

interface Crossing {
  y: number;
  /** The side the ring enters at this crossing. */
  into: Side;
}

/**
 * Splits a closed ring (with continuous longitudes) along the meridian x = m into rings lying
 * entirely on the low side (x <= m) and rings lying entirely on the high side (x >= m). Crossing
 * points are interpolated linearly, and each piece is closed along the meridian. Points exactly on
 * the meridian count as low. Orientation is kept; degenerate pieces are dropped. Assumes a simple
 * (non-self-intersecting) ring.
 */
export function splitRingAtMeridian(input: readonly Position[], m: number): { low: Ring[]; high: Ring[] } {
  const ring = dedupe(input);
  const n = ring.length - 1; // distinct vertices (ring is closed)
  if (n < 3) return { low: [], high: [] };
  const side = (p: Position): Side => (p[0] > m ? 'high' : 'low');
  const sides = ring.slice(0, n).map(side);

  // Find a vertex k whose predecessor is on the other side; walk from there.
  let start = -1;
  for (let k = 0; k < n; k++) {
    if (at(sides, (k + n - 1) % n) !== at(sides, k)) {
      start = k;
      break;
    }
  }
  if (start < 0) {
    const copy = ring.map(([x, y]): Position => [x, y]);
    return at(sides, 0) === 'low' ? { low: [copy], high: [] } : { low: [], high: [copy] };
  }

  const crossingPoint = (p: Position, q: Position): number => {
    if (p[0] === m) return p[1];
    if (q[0] === m) return q[1];
    return p[1] + ((m - p[0]) * (q[1] - p[1])) / (q[0] - p[0]);
  };

  // runs[j] goes from crossings[j] to crossings[(j + 1) % count], with its vertices in between.
  const crossings: Crossing[] = [];
  const runs: { side: Side; points: Ring }[] = [];
  for (let step = 0; step < n; step++) {
    const k = (start + step) % n;
    const p = at(ring, (k + n - 1) % n);
    const q = at(ring, k);
    const s = at(sides, k);
    if (at(sides, (k + n - 1) % n) !== s) {
      const y = crossingPoint(p, q);
      const current = runs[runs.length - 1];
      if (current) current.points.push([m, y]);
      crossings.push({ y, into: s });
      runs.push({ side: s, points: [[m, y]] });
    }
    at(runs, runs.length - 1).points.push([q[0], q[1]]);
  }
  const first = at(crossings, 0);
  at(runs, runs.length - 1).points.push([m, first.y]);
  const count = crossings.length;

  // Along the meridian, crossings alternate between entering the low and the high side; between
  // sorted crossings 2i and 2i+1 the meridian lies inside the polygon. Which side comes first
  // depends on the orientation. Ties (the ring touching the meridian) are ordered to keep the
  // alternation.
  const ccw = ringArea(ring) > 0;
  const firstInto: Side = ccw ? 'high' : 'low';
  const byY = crossings.map((c, i) => ({ ...c, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const ordered: typeof byY = [];
  for (let g = 0; g < byY.length; ) {
    let h = g;
    while (h < byY.length && at(byY, h).y === at(byY, g).y) h++;
    const group = byY.slice(g, h);
    while (group.length > 0) {
      const expected: Side = ordered.length % 2 === 0 ? firstInto : firstInto === 'high' ? 'low' : 'high';
      const idx = group.findIndex((c) => c.into === expected);
      ordered.push(at(group.splice(idx < 0 ? 0 : idx, 1), 0));
    }
    g = h;
  }
  if (count % 2 !== 0) throw new Error(`odd number of meridian crossings (${count})`);
  const partner: number[] = new Array<number>(count).fill(-1);
  for (let i = 0; i < count; i += 2) {
    const a = at(ordered, i);
    const b = at(ordered, i + 1);
    if (a.into === b.into) throw new Error('meridian crossings do not alternate; is the ring self-intersecting?');
    partner[a.i] = b.i;
    partner[b.i] = a.i;
  }

  const out: { low: Ring[]; high: Ring[] } = { low: [], high: [] };
  const visited = new Array<boolean>(count).fill(false);
  for (let j = 0; j < count; j++) {
    if (visited[j]) continue;
    const s = at(runs, j).side;
    const piece: Ring = [];
    let r = j;
    for (let guard = 0; guard <= count; guard++) {
      if (visited[r]) throw new Error('inconsistent meridian pairing');
      visited[r] = true;
      piece.push(...at(runs, r).points);
      // The run ends at crossing r+1 (leaving side s); its partner is where the ring re-enters s.
      const next = at(partner, (r + 1) % count);
      if (at(runs, next).side !== s) throw new Error('meridian pairing joins different sides');
      if (next === j) break;
      r = next;
    }
    const cleaned = close(dedupe(piece));
    if (!isDegenerate(cleaned)) out[s].push(cleaned);
  }
  return out;
}

function shift(ring: readonly Position[], dx: number): Ring {
  return ring.map(([x, y]): Position => [x + dx, y]);
}

/**
 * Cuts one ring at the antimeridian. Returns rings whose longitudes all lie in [-180, 180] and whose
 * edges never span more than 180°. A ring that needs no cutting comes back unchanged (as a copy).
 *
 * A ring that goes round a pole (its unwrapped longitudes do not close) is first closed along the
 * nearer pole, at the Web Mercator limit.
 */
export function cutRingAtAntimeridian(input: readonly Position[]): Ring[] {
  if (!ringNeedsCut(input)) return [input.map(([x, y]): Position => [x, y])];
  let ring = unwrapRing(input);
  const first = at(ring, 0);
  const last = at(ring, ring.length - 1);
  if (Math.abs(last[0] - first[0]) > 180) {
    const meanLat = ring.reduce((s, [, y]) => s + y, 0) / ring.length;
    const poleLat = meanLat < 0 ? -MAX_MERCATOR_LAT : MAX_MERCATOR_LAT;
    ring = [...ring, [last[0], poleLat], [first[0], poleLat], [first[0], first[1]]];
  }
  return splitAtAntimeridian(dedupe(ring), 0);
}

function splitAtAntimeridian(ring: Ring, depth: number): Ring[] {
  if (depth > 8) throw new Error('ring spans too many copies of the world');
  const xs = ring.map(([x]) => x);
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  if (min >= -180 && max <= 180) return [ring];
  if (min >= 180) return splitAtAntimeridian(shift(ring, -360), depth + 1);
  if (max <= -180) return splitAtAntimeridian(shift(ring, 360), depth + 1);
  if (max > 180) {
    const { low, high } = splitRingAtMeridian(ring, 180);
    return [...low.flatMap((r) => splitAtAntimeridian(r, depth + 1)), ...high.flatMap((r) => splitAtAntimeridian(shift(r, -360), depth + 1))];
  }
  const { low, high } = splitRingAtMeridian(ring, -180);
  return [...low.flatMap((r) => splitAtAntimeridian(shift(r, 360), depth + 1)), ...high.flatMap((r) => splitAtAntimeridian(r, depth + 1))];
}

/** Even-odd point-in-ring test. */
function pointInRing(point: Position, ring: readonly Position[]): boolean {
  const [px, py] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = at(ring, i);
    const [xj, yj] = at(ring, j);
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Cuts a polygon (exterior + holes) at the antimeridian into one or more polygons. Holes that do not
 * cross are attached to the exterior piece that contains them. A hole that itself crosses the
 * antimeridian is not supported (none does in Natural Earth once Antarctica is dropped) and throws.
 */
export function cutPolygonAtAntimeridian(polygon: readonly (readonly Position[])[]): PolygonRings[] {
  const [outer, ...holes] = polygon;
  if (outer === undefined) return [];
  if (!ringNeedsCut(outer) && !holes.some(ringNeedsCut)) return [polygon.map((r) => r.map(([x, y]): Position => [x, y]))];
  const pieces: PolygonRings[] = cutRingAtAntimeridian(outer).map((r) => [r]);
  for (const hole of holes) {
    const cut = cutRingAtAntimeridian(hole);
    if (cut.length !== 1 || hasAntimeridianJump(hole)) throw new Error('a hole crosses the antimeridian: not supported');
    const h = at(cut, 0);
    const probe = h.find(([x]) => Math.abs(x) !== 180) ?? at(h, 0);
    const home = pieces.find((p) => pointInRing(probe, at(p, 0)));
    if (!home) throw new Error('a hole lies in no piece of its exterior');
    home.push(h);
  }
  return pieces;
}

/** Clamps latitudes to Web Mercator's limit. Returns the same ring object if nothing changed. */
function clampRingLatitudes(ring: Ring, limit = MAX_MERCATOR_LAT): Ring {
  if (ring.every(([, y]) => y >= -limit && y <= limit)) return ring;
  return dedupe(ring.map(([x, y]): Position => [x, Math.max(-limit, Math.min(limit, y))]));
}

export interface CutResult {
  geometry: AreaGeometry;
  /** Whether any ring had to be cut (or shifted) at the antimeridian. */
  cut: boolean;
  /** Whether any latitude had to be clamped. */
  clamped: boolean;
}

/**
 * Cuts a Polygon or MultiPolygon at the antimeridian and clamps latitudes to the Mercator limit.
 * Geometries that need neither come back as an equal copy of the input, with the same type.
 */
export function prepareGeometry(geometry: AreaGeometry): CutResult {
  const polygons: PolygonRings[] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const cut = polygons.some((p) => p.some(ringNeedsCut));
  let clamped = false;
  const out: PolygonRings[] = [];
  for (const polygon of polygons) {
    for (const piece of cutPolygonAtAntimeridian(polygon)) {
      const rings = piece.map((r) => {
        const c = clampRingLatitudes(r);
        if (c !== r) clamped = true;
        return c;
      });
      const [outer] = rings;
      if (outer !== undefined && !isDegenerate(outer)) out.push(rings.filter((r) => !isDegenerate(r)));
    }
  }
  if (!cut && !clamped) return { geometry: copyGeometry(geometry), cut, clamped };
  const geometryOut: AreaGeometry =
    out.length === 1 && geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: at(out, 0) }
      : { type: 'MultiPolygon', coordinates: out };
  return { geometry: geometryOut, cut, clamped };
}

function copyGeometry(geometry: AreaGeometry): AreaGeometry {
  const copyRings = (p: readonly Ring[]): PolygonRings => p.map((r) => r.map(([x, y]): Position => [x, y]));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: copyRings(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(copyRings) };
}

/** Every ring of an area geometry. */
export function ringsOf(geometry: AreaGeometry): Ring[] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/**
 * The edges of the given rings that run along the antimeridian (both ends at longitude 180, or both
 * at -180): artificial edges made by cutting, not coastline. Deduplicated, in a stable order.
 */
export function antimeridianEdges(rings: readonly (readonly Position[])[]): [Position, Position][] {
  const seen = new Set<string>();
  const out: [Position, Position][] = [];
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const a = at(ring, i - 1);
      const b = at(ring, i);
      if (Math.abs(a[0]) === 180 && a[0] === b[0] && a[1] !== b[1]) {
        const [lo, hi] = a[1] < b[1] ? [a, b] : [b, a];
        const key = `${lo[0]},${lo[1]},${hi[1]}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push([[lo[0], lo[1]], [hi[0], hi[1]]]);
        }
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Id mapping

export interface CountryRow {
  a3: string;
  a2: string;
  num: string | null;
  name: string;
}

/**
 * world-atlas features that have no ISO numeric id, by their `properties.name`, and the alpha-3 they
 * are filed under. Somaliland and Northern Cyprus are merged into the states that the UN recognises;
 * Indian Ocean Ter. (Christmas Island and the Cocos Islands, Australian external territories) into
 * Australia; the Siachen Glacier (administered by India, claimed by Pakistan) into India, so that
 * no hole is left in the map.
 */
const NAME_TO_A3: Readonly<Record<string, string>> = {
  Kosovo: 'XKX',
  Somaliland: 'SOM',
  'N. Cyprus': 'CYP',
  'Indian Ocean Ter.': 'AUS',
  'Siachen Glacier': 'IND',
};

/** Alpha-3 codes left off the map: Antarctica dominates a Mercator map and is not part of the story. */
const DROPPED_A3: readonly string[] = ['ATA'];

export type Resolution =
  | { kind: 'ok'; a3: string; name: string; via: 'id' | 'name' }
  | { kind: 'drop'; a3: string; name: string }
  | { kind: 'unknown'; reason: string };

export interface SourceGeometry {
  id?: string | number | undefined;
  properties?: { name?: string | undefined } | null | undefined;
}

/** Maps world-atlas geometries (numeric id or, failing that, name) to rows of the country table. */
export function createIdResolver(
  table: readonly CountryRow[],
  nameToA3: Readonly<Record<string, string>> = NAME_TO_A3,
  dropped: readonly string[] = DROPPED_A3,
): (g: SourceGeometry) => Resolution {
  const byNum = new Map<string, CountryRow>();
  const byA3 = new Map<string, CountryRow>();
  for (const row of table) {
    if (row.num !== null) byNum.set(row.num, row);
    byA3.set(row.a3, row);
  }
  return (g) => {
    const label = g.properties?.name ?? '(no name)';
    let row: CountryRow | undefined;
    let via: 'id' | 'name';
    if (g.id !== undefined && g.id !== null && g.id !== '') {
      const num = String(g.id).padStart(3, '0');
      row = byNum.get(num);
      via = 'id';
      if (!row) return { kind: 'unknown', reason: `numeric id ${num} (${label}) has no row in the country table` };
    } else {
      const a3 = nameToA3[label];
      if (a3 === undefined) return { kind: 'unknown', reason: `feature "${label}" has no id and no name mapping` };
      row = byA3.get(a3);
      via = 'name';
      if (!row) return { kind: 'unknown', reason: `name mapping ${label} -> ${a3}: ${a3} not in the country table` };
    }
    if (dropped.includes(row.a3)) return { kind: 'drop', a3: row.a3, name: row.name };
    return { kind: 'ok', a3: row.a3, name: row.name, via };
  };
}

/** Countries smaller than this (km²) get a marker point: at world zoom their shapes are specks. */
export const MARKER_MAX_KM2 = 3000;
const EARTH_RADIUS_KM = 6371.0088;

/** Spherical area of a polygon in km², whatever its ring winding. */
export function polygonAreaKm2(rings: readonly (readonly Position[])[]): number {
  let a = geoArea({ type: 'Polygon', coordinates: rings as Position[][] });
  if (a > 2 * Math.PI) a = 4 * Math.PI - a;
  return a * EARTH_RADIUS_KM * EARTH_RADIUS_KM;
}

/**
 * Where to put a small country's marker: the area-weighted centroid (planar, in degrees, which
 * is fine at this size) of its largest polygon's outer ring, rounded to 0.01°. Null when the
 * country is not small.
 */
export function markerPoint(geometry: AreaGeometry, maxKm2 = MARKER_MAX_KM2): [number, number] | null {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let total = 0;
  let best: { area: number; ring: readonly Position[] } | null = null;
  for (const p of polys) {
    const area = polygonAreaKm2(p);
    total += area;
    const outer = p[0];
    if (outer && (!best || area > best.area)) best = { area, ring: outer };
  }
  if (!best || total >= maxKm2) return null;
  let a2 = 0;
  let cx = 0;
  let cy = 0;
  const r = best.ring;
  for (let i = 0; i < r.length - 1; i++) {
    const [x0, y0] = r[i] as [number, number];
    const [x1, y1] = r[i + 1] as [number, number];
    const c = x0 * y1 - x1 * y0;
    a2 += c;
    cx += (x0 + x1) * c;
    cy += (y0 + y1) * c;
  }
  let x: number;
  let y: number;
  if (Math.abs(a2) < 1e-12) {
    x = r.reduce((s, p) => s + (p[0] as number), 0) / r.length;
    y = r.reduce((s, p) => s + (p[1] as number), 0) / r.length;
  } else {
    x = cx / (3 * a2);
    y = cy / (3 * a2);
  }
  return [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
}
