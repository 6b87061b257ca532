import { describe, expect, it } from 'vitest';
import {
  MAX_MERCATOR_LAT,
  antimeridianEdges,
  createIdResolver,
  cutPolygonAtAntimeridian,
  cutRingAtAntimeridian,
  hasAntimeridianJump,
  markerPoint,
  polygonAreaKm2,
  prepareGeometry,
  ringArea,
  ringsOf,
  splitRingAtMeridian,
  unwrapRing,
  type CountryRow,
  type Position,
  type Ring,
} from './geometry';

/** Wraps longitudes into [-180, 180), as a GeoJSON source would write them. */
const wrap = (ring: Position[]): Ring => ring.map(([x, y]): Position => [x > 180 ? x - 360 : x, y]);

function expectValidRing(ring: Ring): void {
  expect(ring.length).toBeGreaterThanOrEqual(4);
  expect(ring[0]).toEqual(ring[ring.length - 1]);
  expect(hasAntimeridianJump(ring)).toBe(false);
  for (const [x, y] of ring) {
    expect(x).toBeGreaterThanOrEqual(-180);
    expect(x).toBeLessThanOrEqual(180);
    expect(Math.abs(y)).toBeLessThanOrEqual(MAX_MERCATOR_LAT);
  }
}

const onEast = (ring: Ring): boolean => ring.every(([x]) => x >= 0);
const onWest = (ring: Ring): boolean => ring.every(([x]) => x <= 0);
const totalArea = (rings: Ring[]): number => rings.reduce((s, r) => s + ringArea(r), 0);

describe('cutRingAtAntimeridian', () => {
  it('splits a ring crossing the antimeridian into one ring on each side, closed along ±180', () => {
    const ring: Ring = [
      [170, 0],
      [-170, 0],
      [-170, 10],
      [170, 10],
      [170, 0],
    ];
    const out = cutRingAtAntimeridian(ring);
    expect(out).toHaveLength(2);
    out.forEach(expectValidRing);
    const east = out.find(onEast);
    const west = out.find(onWest);
    expect(east).toBeDefined();
    expect(west).toBeDefined();
    const latsAt = (r: Ring | undefined, lon: number): number[] =>
      [...new Set((r ?? []).filter(([x]) => x === lon).map(([, y]) => y))].sort((a, b) => a - b);
    expect(latsAt(east, 180)).toEqual([0, 10]);
    expect(latsAt(west, -180)).toEqual([0, 10]);
    expect(east?.every(([x]) => x >= 170)).toBe(true);
    expect(west?.every(([x]) => x <= -170)).toBe(true);
    // Area and orientation are kept: 10° x 10° on each side, same sign as the (unwrapped) input.
    const sign = Math.sign(ringArea(unwrapRing(ring)));
    for (const r of out) expect(ringArea(r)).toBeCloseTo(sign * 100, 9);
  });

  it('interpolates the crossing latitude', () => {
    const out = cutRingAtAntimeridian([
      [170, 0],
      [-170, 20],
      [-170, 30],
      [170, 30],
      [170, 0],
    ]);
    expect(out).toHaveLength(2);
    const crossings = out.flat().filter(([x]) => Math.abs(x) === 180).map(([, y]) => y);
    expect(crossings).toContain(10);
    expect(crossings).toContain(30);
  });

  it('leaves a ring that does not cross unchanged', () => {
    const ring: Ring = [
      [10, 10],
      [20, 10],
      [20, 20],
      [10, 20],
      [10, 10],
    ];
    expect(cutRingAtAntimeridian(ring)).toEqual([ring]);
  });

  it('leaves a ring that only touches the antimeridian unchanged', () => {
    const east: Ring = [
      [179, -16],
      [180, -16],
      [180, -17],
      [179, -17],
      [179, -16],
    ];
    const west: Ring = [
      [-180, -16],
      [-179, -16],
      [-179, -17],
      [-180, -17],
      [-180, -16],
    ];
    expect(cutRingAtAntimeridian(east)).toEqual([east]);
    expect(cutRingAtAntimeridian(west)).toEqual([west]);
  });

  it('moves a ring written at +180 but lying west of the antimeridian without splitting it', () => {
    const ring: Ring = [
      [180, -16],
      [-179, -16],
      [-179, -17],
      [180, -17],
      [180, -16],
    ];
    const out = cutRingAtAntimeridian(ring);
    expect(out).toHaveLength(1);
    out.forEach(expectValidRing);
    expect(out[0]?.every(([x]) => x <= -179)).toBe(true);
    expect(Math.abs(ringArea(out[0] ?? []))).toBeCloseTo(1, 9);
  });

  it('handles a concave ring that crosses four times, in both orientations', () => {
    // A "U" open to the west, spanning 175°E..175°W (185 unwrapped), notch between 2 and 8°N.
    const u: Position[] = [
      [175, 0],
      [185, 0],
      [185, 10],
      [175, 10],
      [175, 8],
      [183, 8],
      [183, 2],
      [175, 2],
      [175, 0],
    ];
    for (const ring of [wrap(u), wrap([...u].reverse())]) {
      const out = cutRingAtAntimeridian(ring);
      out.forEach(expectValidRing);
      const east = out.filter(onEast);
      const west = out.filter(onWest);
      expect(east).toHaveLength(2); // the two arms west of 180 (in east longitudes)
      expect(west).toHaveLength(1); // the bend of the U
      expect(Math.abs(totalArea(east))).toBeCloseTo(20, 9);
      expect(Math.abs(totalArea(west))).toBeCloseTo(32, 9);
      const sign = Math.sign(ringArea(unwrapRing(ring)));
      for (const r of out) expect(Math.sign(ringArea(r))).toBe(sign);
    }
  });

  it('handles a ring crossing at -180 whose first point is west of it', () => {
    // Like Wrangel Island in Natural Earth: starts at -180, mostly east of the antimeridian.
    const ring: Ring = [
      [-180, 71.5],
      [-179, 71.5],
      [-179, 71],
      [-180, 71],
      [179, 71],
      [179, 71.5],
      [-180, 71.5],
    ];
    const out = cutRingAtAntimeridian(ring);
    expect(out).toHaveLength(2);
    out.forEach(expectValidRing);
    expect(Math.abs(totalArea(out))).toBeCloseTo(1, 9);
  });

  it('closes a ring that goes round a pole along the Mercator limit', () => {
    const ring: Ring = [
      [0, -70],
      [120, -70],
      [-120, -70],
      [0, -70],
    ];
    const out = cutRingAtAntimeridian(ring);
    expect(out.length).toBeGreaterThanOrEqual(1);
    out.forEach(expectValidRing);
    const lats = out.flat().map(([, y]) => y);
    expect(Math.min(...lats)).toBeCloseTo(-MAX_MERCATOR_LAT, 9);
    // Together the pieces cover the whole band from -70 to the limit, 360° wide.
    expect(Math.abs(totalArea(out))).toBeCloseTo(360 * (MAX_MERCATOR_LAT - 70), 6);
  });
});

describe('splitRingAtMeridian', () => {
  it('keeps everything on one side when the ring does not cross', () => {
    const ring: Ring = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    expect(splitRingAtMeridian(ring, 5)).toEqual({ low: [ring], high: [] });
    expect(splitRingAtMeridian(ring, -5)).toEqual({ low: [], high: [ring] });
  });

  it('conserves area', () => {
    const ring: Ring = [
      [0, 0],
      [10, 1],
      [4, 3],
      [9, 6],
      [1, 9],
      [6, 5],
      [0, 0],
    ];
    const { low, high } = splitRingAtMeridian(ring, 5);
    expect(low.length).toBeGreaterThan(0);
    expect(high.length).toBeGreaterThan(0);
    for (const r of low) expect(r.every(([x]) => x <= 5)).toBe(true);
    for (const r of high) expect(r.every(([x]) => x >= 5)).toBe(true);
    expect(totalArea([...low, ...high])).toBeCloseTo(ringArea(ring), 9);
  });
});

describe('cutPolygonAtAntimeridian / prepareGeometry', () => {
  const crossing: Ring = [
    [170, 0],
    [-170, 0],
    [-170, 10],
    [170, 10],
    [170, 0],
  ];
  const hole: Ring = [
    [-175, 2],
    [-175, 4],
    [-173, 4],
    [-173, 2],
    [-175, 2],
  ];

  it('attaches a hole to the piece that contains it', () => {
    const out = cutPolygonAtAntimeridian([crossing, hole]);
    expect(out).toHaveLength(2);
    const withHole = out.filter((p) => p.length === 2);
    expect(withHole).toHaveLength(1);
    expect(withHole[0]?.[0]?.every(([x]) => x <= -170)).toBe(true);
    expect(withHole[0]?.[1]).toEqual(hole);
  });

  it('refuses a hole that crosses the antimeridian', () => {
    const outer: Ring = [
      [160, -20],
      [-160, -20],
      [-160, 20],
      [160, 20],
      [160, -20],
    ];
    expect(() => cutPolygonAtAntimeridian([outer, crossing])).toThrow(/hole/);
  });

  it('returns an equal copy of a geometry that needs nothing', () => {
    const g = { type: 'Polygon' as const, coordinates: [hole] };
    const out = prepareGeometry(g);
    expect(out).toEqual({ geometry: g, cut: false, clamped: false });
    expect(out.geometry).not.toBe(g);
  });

  it('cuts a MultiPolygon and reports it', () => {
    const out = prepareGeometry({ type: 'MultiPolygon', coordinates: [[crossing], [hole]] });
    expect(out.cut).toBe(true);
    expect(out.geometry.type).toBe('MultiPolygon');
    expect(out.geometry.coordinates).toHaveLength(3);
    ringsOf(out.geometry).forEach(expectValidRing);
  });

  it('clamps latitudes beyond the Mercator limit', () => {
    const out = prepareGeometry({
      type: 'Polygon',
      coordinates: [
        [
          [0, 80],
          [10, 80],
          [10, 89],
          [0, 89],
          [0, 80],
        ],
      ],
    });
    expect(out.clamped).toBe(true);
    expect(out.cut).toBe(false);
    ringsOf(out.geometry).forEach(expectValidRing);
  });

  it('lists the edges that lie along ±180', () => {
    const out = cutRingAtAntimeridian(crossing);
    expect(antimeridianEdges(out)).toEqual([
      [
        [180, 0],
        [180, 10],
      ],
      [
        [-180, 0],
        [-180, 10],
      ],
    ]);
  });
});

describe('createIdResolver', () => {
  const table: CountryRow[] = [
    { a3: 'AGO', a2: 'AO', num: '024', name: 'Angola' },
    { a3: 'ATA', a2: 'AQ', num: '010', name: 'Antarctica' },
    { a3: 'CYP', a2: 'CY', num: '196', name: 'Cyprus' },
    { a3: 'SOM', a2: 'SO', num: '706', name: 'Somalia' },
    { a3: 'XKX', a2: 'XK', num: null, name: 'Kosovo' },
  ];
  const resolve = createIdResolver(table);

  it('maps numeric ids (zero-padded) to alpha-3 and the table name', () => {
    expect(resolve({ id: '024', properties: { name: 'Angola' } })).toEqual({ kind: 'ok', a3: 'AGO', name: 'Angola', via: 'id' });
    expect(resolve({ id: 24 })).toMatchObject({ kind: 'ok', a3: 'AGO' });
  });

  it('maps features without an id by name', () => {
    expect(resolve({ properties: { name: 'Kosovo' } })).toMatchObject({ kind: 'ok', a3: 'XKX', via: 'name' });
    expect(resolve({ properties: { name: 'Somaliland' } })).toMatchObject({ kind: 'ok', a3: 'SOM' });
    expect(resolve({ properties: { name: 'N. Cyprus' } })).toMatchObject({ kind: 'ok', a3: 'CYP' });
  });

  it('drops Antarctica', () => {
    expect(resolve({ id: '010', properties: { name: 'Antarctica' } })).toEqual({ kind: 'drop', a3: 'ATA', name: 'Antarctica' });
  });

  it('reports what it cannot map', () => {
    expect(resolve({ id: '999', properties: { name: 'Atlantis' } }).kind).toBe('unknown');
    expect(resolve({ properties: { name: 'Atlantis' } }).kind).toBe('unknown');
    // Mapped by name to a code missing from this (partial) table.
    expect(resolve({ properties: { name: 'Siachen Glacier' } }).kind).toBe('unknown');
  });
});

describe('markerPoint', () => {
  const square = (x: number, y: number, d: number): Position[] => [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]];
  it('puts a small country’s marker at the centroid of its largest polygon', () => {
    // ~0.2° squares near the equator: about 490 km² and 120 km².
    const m = markerPoint({ type: 'MultiPolygon', coordinates: [[square(10, 0, 0.1)], [square(20, 0, 0.2)]] });
    expect(m).toEqual([20.1, 0.1]);
  });
  it('works whatever the ring winding', () => {
    const ring = square(-61.9, 17, 0.2).reverse();
    expect(markerPoint({ type: 'Polygon', coordinates: [ring] })).toEqual([-61.8, 17.1]);
    expect(polygonAreaKm2([ring])).toBeCloseTo(polygonAreaKm2([square(-61.9, 17, 0.2)]), 6);
  });
  it('gives none to a country over the threshold', () => {
    expect(markerPoint({ type: 'Polygon', coordinates: [square(0, 0, 1)] })).toBeNull(); // ~12,300 km²
    expect(polygonAreaKm2([square(0, 0, 1)])).toBeGreaterThan(12000);
    expect(polygonAreaKm2([square(0, 0, 1)])).toBeLessThan(12500);
  });
});
