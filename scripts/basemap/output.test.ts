/**
 * Checks the committed basemap (public/geo/countries-50m.topo.json, written by build.ts) against the
 * invariants the app relies on. Rebuild with `npm run basemap` if these fail after a data change.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type * as GeoJSON from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, MultiLineString, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { MAX_MERCATOR_LAT, type CountryRow } from './geometry';

const FILE = new URL('../../public/geo/countries-50m.topo.json', import.meta.url);
const raw = readFileSync(FILE);
const topo = JSON.parse(raw.toString('utf8')) as Topology<{
  countries: GeometryCollection<{ name: string; marker?: [number, number] }>;
  borders: MultiLineString;
  coastlines: MultiLineString;
}>;
const table = JSON.parse(readFileSync(new URL('../../src/data/countries.json', import.meta.url), 'utf8')) as CountryRow[];
const nameByA3 = new Map(table.map((r) => [r.a3, r.name]));

const countries = feature(topo, topo.objects.countries) as GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name: string; marker?: [number, number] }>;
const rings = countries.features.flatMap((f) =>
  f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat(),
);
const lines = (name: 'borders' | 'coastlines'): GeoJSON.Position[][] =>
  feature(topo, topo.objects[name]).geometry.coordinates;

describe('public/geo/countries-50m.topo.json', () => {
  it('gives small countries a marker point inside their bounding box, and large ones none', () => {
    const byId = new Map(countries.features.map((f) => [String(f.id), f]));
    for (const a3 of ['KNA', 'ATG', 'DMA', 'PLW', 'MLT', 'SGP']) {
      const f = byId.get(a3);
      const m = f?.properties.marker as [number, number] | undefined;
      expect(m, a3).toBeDefined();
      const pts = (f?.geometry.type === 'Polygon' ? f.geometry.coordinates : f?.geometry.coordinates.flat() ?? []).flat();
      const xs = pts.map((p) => p[0] as number);
      const ys = pts.map((p) => p[1] as number);
      expect(m?.[0], a3).toBeGreaterThanOrEqual(Math.min(...xs) - 0.01);
      expect(m?.[0], a3).toBeLessThanOrEqual(Math.max(...xs) + 0.01);
      expect(m?.[1], a3).toBeGreaterThanOrEqual(Math.min(...ys) - 0.01);
      expect(m?.[1], a3).toBeLessThanOrEqual(Math.max(...ys) + 0.01);
    }
    for (const a3 of ['SLV', 'SWZ', 'XKX', 'GMB', 'USA', 'RUS', 'FJI']) expect(byId.get(a3)?.properties.marker, a3).toBeUndefined();
  });

  it('is keyed by alpha-3 codes from the country table, once each, with the table name', () => {
    const ids = topo.objects.countries.geometries.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const g of topo.objects.countries.geometries) {
      expect(typeof g.id).toBe('string');
      expect(nameByA3.has(String(g.id))).toBe(true);
      expect((g.properties as { name?: string } | undefined)?.name).toBe(nameByA3.get(String(g.id)));
    }
    for (const a3 of ['XKX', 'SLV', 'AGO', 'RUS', 'FJI', 'USA', 'SOM', 'CYP']) expect(ids).toContain(a3);
    expect(ids).not.toContain('ATA');
    expect(ids.length).toBeGreaterThan(200);
  });

  it('has no ring crossing the antimeridian and all coordinates in Web Mercator range', () => {
    let jumps = 0;
    let outOfRange = 0;
    for (const ring of rings) {
      expect(ring.length).toBeGreaterThanOrEqual(4);
      ring.forEach(([x = NaN, y = NaN], i) => {
        if (!(x >= -180 && x <= 180 && Math.abs(y) <= MAX_MERCATOR_LAT)) outOfRange++;
        const prev = ring[i - 1];
        if (prev && Math.abs(x - (prev[0] ?? NaN)) > 180) jumps++;
      });
    }
    expect(jumps).toBe(0);
    expect(outOfRange).toBe(0);
  });

  it('has Russia and Fiji on both sides of the antimeridian', () => {
    for (const id of ['RUS', 'FJI']) {
      const f = countries.features.find((c) => c.id === id);
      const xs = (f?.geometry.coordinates.flat(2) ?? []) as GeoJSON.Position[];
      expect(Math.min(...xs.map(([x = 0]) => x))).toBeCloseTo(-180, 6);
      expect(Math.max(...xs.map(([x = 0]) => x))).toBeCloseTo(180, 6);
    }
  });

  it('has non-empty borders and coastlines made of arcs, with no coastline along ±180', () => {
    for (const name of ['borders', 'coastlines'] as const) {
      const o = topo.objects[name];
      expect(o.type).toBe('MultiLineString');
      expect(o.arcs.length).toBeGreaterThan(100);
    }
    let alongCut = 0;
    for (const line of lines('coastlines')) {
      for (let i = 1; i < line.length; i++) {
        const [ax = 0] = line[i - 1] ?? [];
        const [bx = 0] = line[i] ?? [];
        if (Math.abs(Math.abs(ax) - 180) < 1e-6 && Math.abs(Math.abs(bx) - 180) < 1e-6) alongCut++;
      }
    }
    expect(alongCut).toBe(0);
    expect(lines('borders').length).toBeGreaterThan(100);
  });

  it('is under 300 KB gzipped', () => {
    expect(gzipSync(raw).length).toBeLessThan(300 * 1024);
  });
});

describe('public/geo/countries-world.topo.json (the SVG map’s simplified world)', () => {
  const worldRaw = readFileSync(new URL('../../public/geo/countries-world.topo.json', import.meta.url));
  const world = JSON.parse(worldRaw.toString('utf8')) as typeof topo;
  const worldCountries = feature(world, world.objects.countries) as typeof countries;
  it('has every country, name and marker of the full basemap', () => {
    const full = new Map(countries.features.map((f) => [String(f.id), f.properties]));
    const light = new Map(worldCountries.features.map((f) => [String(f.id), f.properties]));
    expect([...light.keys()].sort()).toEqual([...full.keys()].sort());
    for (const [id, p] of full) expect(light.get(id), id).toEqual(p);
  });
  it('keeps borders and coastlines, with finite coordinates inside the world', () => {
    for (const name of ['borders', 'coastlines'] as const) expect(feature(world, world.objects[name]).geometry.coordinates.length).toBeGreaterThan(100);
    const pts = worldCountries.features.flatMap((f) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()).flat());
    for (const [x, y] of pts as [number, number][]) {
      expect(Number.isFinite(x) && x >= -180 && x <= 180).toBe(true);
      expect(Number.isFinite(y) && y >= -MAX_MERCATOR_LAT - 1e-6 && y <= MAX_MERCATOR_LAT + 1e-6).toBe(true);
    }
  });
  it('is much lighter than the full basemap', () => {
    expect(gzipSync(worldRaw).length).toBeLessThan(gzipSync(raw).length / 2);
  });
});
