import { describe, expect, it } from 'vitest';
import type { FillLayerSpecification, GeoJSONSourceSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { GeoBasemap } from './geometry.ts';
import { COUNTRY_SOURCE, LINE_LAYER, mapStyle, patternId, patternSlots } from './mapStyle.ts';

const square = (x: number) => ({ type: 'Polygon' as const, coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] });
const geo: GeoBasemap = {
  countries: {
    type: 'FeatureCollection',
    features: ['AAA', 'BBB', 'CCC'].map((iso, i) => ({ type: 'Feature', properties: { iso, name: iso }, geometry: square(i * 2) })),
  },
  borders: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } }] },
  coastlines: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[2, 2], [3, 3]] } }] },
  markers: { type: 'FeatureCollection', features: [] },
} as unknown as GeoBasemap;

describe('patternSlots', () => {
  it('lists each country’s patterned statuses in the patterned order', () => {
    const slots = patternSlots(new Map([['ended', ['AAA']], ['refused', ['AAA', 'BBB']]]));
    expect(slots.get('AAA')).toEqual(['refused', 'ended']);
    expect(slots.get('BBB')).toEqual(['refused']);
    expect(slots.has('CCC')).toBe(false);
  });
});

describe('mapStyle', () => {
  const layers = (patterned: Map<'refused' | 'ended', string[]>) => mapStyle(geo, 'light', patterned).layers;
  const patternLayers = (patterned: Map<'refused' | 'ended', string[]>) => layers(patterned).filter((l) => l.id.startsWith('patterns-')) as FillLayerSpecification[];

  it('draws every patterned status in one layer when no country has two', () => {
    const ls = patternLayers(new Map([['refused', ['AAA']], ['ended', ['BBB']]]));
    expect(ls).toHaveLength(1);
    expect(ls[0]?.paint?.['fill-pattern']).toEqual(['get', 'pattern-image-0']);
  });

  it('adds a layer only for countries with a second patterned status, and none without any', () => {
    expect(patternLayers(new Map([['refused', ['AAA', 'BBB']], ['ended', ['AAA']]]))).toHaveLength(2);
    expect(patternLayers(new Map())).toHaveLength(0);
  });

  it('names each country’s patterns and their images in its properties, and leaves the others untouched', () => {
    const style = mapStyle(geo, 'light', new Map([['refused', ['AAA']], ['ended', ['AAA']]]));
    const data = (style.sources[COUNTRY_SOURCE] as GeoJSONSourceSpecification).data as GeoBasemap['countries'];
    const [a, b] = data.features;
    expect(a?.properties).toMatchObject({ iso: 'AAA', 'pattern-status-0': 'refused', 'pattern-image-0': patternId('refused'), 'pattern-status-1': 'ended' });
    expect(b).toBe(geo.countries.features[1]);
  });

  it('draws coastlines and borders in one line layer, each kind its own colour', () => {
    const style = mapStyle(geo, 'light');
    const lines = style.layers.filter((l) => l.type === 'line' && l.source !== 'selection') as LineLayerSpecification[];
    expect(lines.map((l) => l.id)).toEqual([LINE_LAYER]);
    const src = style.sources[lines[0]?.source as string] as GeoJSONSourceSpecification;
    const kinds = (src.data as unknown as { features: { properties: { kind: string } }[] }).features.map((f) => f.properties.kind);
    expect(kinds.sort()).toEqual(['border', 'coast']);
    expect(lines[0]?.paint?.['line-color']).toEqual(expect.arrayContaining(['match', ['get', 'kind'], 'coast']));
  });
});
