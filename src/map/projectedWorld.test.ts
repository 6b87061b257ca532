import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBasemap, isProjectedWorldShape, outlineOf, type GeoBasemap } from './geometry.ts';
import { frameTransform, linePath, outlinePath, projectWorld, toFrame, WORLD_SIZE } from './projectedWorld.ts';
import { fitMercator, pathGenerator, projectFit } from './svgGeometry.ts';
import { ZOOM_EXTENT } from './svgZoom.ts';

const world = decodeBasemap(JSON.parse(readFileSync(new URL('../../public/geo/countries-world.topo.json', import.meta.url), 'utf8')));
// As the build writes it (scripts/vite/worldPlugin.ts).
const projected = projectWorld(world, WORLD_SIZE, { byCountry: true });

/** A path's points in absolute frame units, per subpath (M x y then l dx dy …, z closes). */
function points(d: string): [number, number][][] {
  const out: [number, number][][] = [];
  for (const sub of d.split('M').slice(1)) {
    const [start, steps = ''] = sub.replace(/z$/, '').split('l') as [string, string?];
    const [x0, y0] = start.split(' ').map(Number) as [number, number];
    const ring: [number, number][] = [[x0, y0]];
    const n = [...steps.matchAll(/-?\d+/g)].map((m) => Number(m[0]));
    for (let i = 0; i < n.length; i += 2) {
      const [px, py] = ring[ring.length - 1] as [number, number];
      ring.push([px + (n[i] as number), py + (n[i + 1] as number)]);
    }
    out.push(ring);
  }
  return out;
}

/** A fitted path's points in box px (d3-geo's `M x,y L x,y … Z`). */
function fittedPoints(d: string): [number, number][][] {
  return d
    .split('M')
    .slice(1)
    .map((sub) => sub.replace(/Z$/, '').split('L').map((p) => p.split(',').map(Number) as [number, number]));
}

describe('toFrame', () => {
  it('puts the Mercator world square in [0, size]², north up', () => {
    expect(toFrame(-180, 85.0511287798)[0]).toBeCloseTo(0, 6);
    expect(toFrame(-180, 85.0511287798)[1]).toBeCloseTo(0, 3);
    expect(toFrame(180, -85.0511287798)[0]).toBeCloseTo(WORLD_SIZE, 6);
    expect(toFrame(180, -85.0511287798)[1]).toBeCloseTo(WORLD_SIZE, 3);
    expect(toFrame(0, 0)).toEqual([WORLD_SIZE / 2, WORLD_SIZE / 2]);
  });
});

describe('projectWorld', () => {
  it('writes integer steps: M x y, then l dx dy …, rings closed with z', () => {
    for (const c of projected.countries) {
      expect(c.d, c.id).toMatch(/^(M\d+ \d+(l-?\d+(?:[ -]\d+|-\d+)*)?z)+$/);
    }
    expect(linePath(projected, 'borders')).toMatch(/^(M\d+ \d+(l[-\d ]+)?)+$/);
    expect(linePath(projected, 'coastlines')).toMatch(/^(M\d+ \d+(l[-\d ]+)?)+$/);
  });

  it('keeps every country, in the basemap’s order, and every dot', () => {
    expect(projected.countries.map((c) => c.id)).toEqual(world.countries.features.map((f) => f.properties.iso));
    expect(projected.dots.map((d) => d.id)).toEqual(world.markers.features.map((f) => f.properties.iso));
    expect(isProjectedWorldShape(JSON.parse(JSON.stringify(projected)))).toBe(true);
    expect(isProjectedWorldShape({ type: 'Topology', objects: {}, arcs: [] })).toBe(false);
  });

  it('places every point within half a unit of its exact projection (no error builds up along a ring)', () => {
    for (const f of world.countries.features) {
      const c = projected.countries.find((p) => p.id === f.properties.iso);
      if (!c || !f.geometry) continue;
      const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
      const got = points(c.d);
      expect(got.length, c.id).toBe(rings.length);
      rings.forEach((ring, i) => {
        const drawn = got[i] as [number, number][];
        // The last point drawn is the ring's last point (its first again); equal rounded points were dropped.
        const exact = toFrame(ring[ring.length - 1]?.[0] as number, ring[ring.length - 1]?.[1] as number);
        const last = drawn[drawn.length - 1] as [number, number];
        expect(Math.abs(last[0] - exact[0]), c.id).toBeLessThanOrEqual(0.5);
        expect(Math.abs(last[1] - exact[1]), c.id).toBeLessThanOrEqual(0.5);
        expect(last).toEqual(drawn[0]);
      });
    }
  });

  it('draws what the fitted d3-geo path drew, within its 0.1 px rounding and a frame unit', () => {
    const fit = fitMercator(1280, 720);
    const path = pathGenerator(fit);
    const place = frameTransform(fit, projected.size);
    const tolerance = 0.05 + 0.5 * Math.SQRT2 * place.scale + 1e-9;
    for (const iso of ['USA', 'RUS', 'FJI', 'SLV', 'NZL']) {
      const f = world.countries.features.find((c) => c.properties.iso === iso);
      const c = projected.countries.find((p) => p.id === iso);
      if (!f || !c) throw new Error(iso);
      const before = fittedPoints(path(f)).flat();
      const after = points(c.d).flat().map(([x, y]) => [place.x + place.scale * x, place.y + place.scale * y] as const);
      // Every point of the new path lies on a point of the old one (the old path drops its rings' closing point).
      for (const [x, y] of after) {
        const d = Math.min(...before.map(([bx, by]) => Math.hypot(bx - x, by - y)));
        expect(d, iso).toBeLessThanOrEqual(tolerance + 0.1);
      }
    }
  });

  it('writes the lines beside their countries, and draws the same lines as with them apart', () => {
    const apart = projectWorld(world);
    for (const layer of ['borders', 'coastlines'] as const) {
      const subpaths = (d: string) => d.split('M').slice(1).sort();
      expect(apart[layer].length).toBeGreaterThan(1000);
      expect(projected[layer]).toBe('');
      expect(subpaths(linePath(projected, layer))).toEqual(subpaths(linePath(apart, layer)));
    }
    // ...and for that gzip finds the lines' steps in the countries' paths just before them.
    const gz = (w: unknown) => gzipSync(JSON.stringify(w), { level: 9 }).length;
    expect(gz(projected)).toBeLessThan(0.8 * gz(apart));
  });

  it('gives a country cut at ±180° its outline without the cut, and others none (their shape without z)', () => {
    const cut = projected.countries.filter((c) => c.outline !== undefined).map((c) => c.id);
    expect(cut).toContain('RUS');
    expect(cut).toContain('FJI');
    expect(cut.length).toBeLessThan(10);
    for (const iso of ['RUS', 'FJI', 'FRA', 'USA']) {
      const f = world.countries.features.find((c) => c.properties.iso === iso);
      const c = projected.countries.find((p) => p.id === iso);
      if (!f || !c) throw new Error(iso);
      const lines = outlineOf(f).geometry.coordinates;
      const got = points(outlinePath(c));
      expect(got.length, iso).toBe(lines.length);
      for (const line of got) {
        for (let i = 1; i < line.length; i++) {
          const [a, b] = [line[i - 1] as [number, number], line[i] as [number, number]];
          // No segment runs along the cut (x = 0 or x = size on both ends).
          expect(a[0] === b[0] && (a[0] === 0 || a[0] === WORLD_SIZE), iso).toBe(false);
        }
      }
    }
  });

  it('projects a small GeoJSON basemap as documented', () => {
    const geo: GeoBasemap = {
      kind: 'geojson',
      countries: {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { iso: 'AAA', name: 'A' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [90, 0], [90, 0.0001], [0, 0]]] } }],
      },
      borders: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[-180, 0], [0, 0]] } }] },
      coastlines: { type: 'FeatureCollection', features: [] },
      markers: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { iso: 'AAA' }, geometry: { type: 'Point', coordinates: [180, 0] } }] },
    };
    const w = projectWorld(geo, 360);
    // [90, 0.0001] rounds onto [90, 0]: the step of zero is dropped.
    expect(w.countries).toEqual([{ id: 'AAA', d: 'M180 180l90 0-90 0z' }]);
    expect(w.borders).toBe('M0 180l180 0');
    expect(w.coastlines).toBe('');
    expect(w.dots).toEqual([{ id: 'AAA', x: 360, y: 180 }]);
  });
});

describe('frameTransform', () => {
  it('places the frame where the fit projects: a point drawn in the frame lands on projectFit', () => {
    for (const [w, h] of [[1280, 720], [390, 844], [2560, 1440]] as const) {
      const fit = fitMercator(w, h);
      const place = frameTransform(fit, WORLD_SIZE);
      for (const [lng, lat] of [[-77, 38.9], [151.2, -33.9], [0, 0]] as const) {
        const [fx, fy] = toFrame(lng, lat);
        const p = projectFit(fit, lng, lat);
        expect(place.x + place.scale * fx).toBeCloseTo(p.x, 6);
        expect(place.y + place.scale * fy).toBeCloseTo(p.y, 6);
      }
    }
  });

  it('rounds to under 0.5 CSS px at the closest zoom of a 2,560 px wide map', () => {
    const fit = fitMercator(2560, 1440);
    const unitPx = frameTransform(fit, WORLD_SIZE).scale * (ZOOM_EXTENT[1] as number);
    // Half a unit along each axis.
    expect(0.5 * unitPx).toBeLessThan(0.5);
  });

  it('is small: the world as the build writes it, gzipped', () => {
    const json = JSON.stringify(projected);
    expect(gzipSync(json, { level: 9 }).length).toBeLessThan(150_000);
  });
});
