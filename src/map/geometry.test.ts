import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { decodeBasemap, outlineOf } from './geometry.ts';

describe('outlineOf', () => {
  it('turns rings into lines and leaves out edges along the ±180° cut', () => {
    const f: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [[[170, 60], [180, 60], [180, 70], [170, 70], [170, 60]]] },
    };
    const lines = outlineOf(f).geometry.coordinates;
    expect(lines).toEqual([[[170, 60], [180, 60]], [[180, 70], [170, 70], [170, 60]]]);
    for (const line of lines) {
      for (let i = 1; i < line.length; i++) {
        const onCut = Math.abs(line[i]?.[0] as number) === 180 && line[i - 1]?.[0] === line[i]?.[0];
        expect(onCut).toBe(false);
      }
    }
  });
});

describe('decodeBasemap', () => {
  it('decodes the shipped basemap into countries keyed by ISO alpha-3, borders and coastlines', () => {
    const topo = JSON.parse(readFileSync(new URL('../../public/geo/countries-50m.topo.json', import.meta.url), 'utf8'));
    const geo = decodeBasemap(topo);
    const isos = geo.countries.features.map((f) => f.properties.iso);
    expect(isos).toContain('SLV');
    expect(isos).toContain('XKX');
    expect(new Set(isos).size).toBe(isos.length);
    expect(geo.borders.features[0]?.geometry.type).toBe('MultiLineString');
    expect(geo.coastlines.features[0]?.geometry.type).toBe('MultiLineString');
    const dots = geo.markers.features.map((f) => f.properties.iso);
    for (const a3 of ['KNA', 'ATG', 'DMA', 'PLW']) expect(dots).toContain(a3);
    expect(dots).not.toContain('SLV');
    expect(geo.markers.features[0]?.geometry.type).toBe('Point');
  });
});
