import { describe, expect, it } from 'vitest';
import type { CircleLayerSpecification, FillLayerSpecification, GeoJSONSourceSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { GeoBasemap } from './geometry.ts';
import { COUNTRY_SOURCE, LINE_LAYER, MARKER_LAYER, mapStyle, patternId, patternSlots } from './mapStyle.ts';
import { mapLook, MARKER_MAX_ZOOM, SELECTED_MARKER_MAX_ZOOM } from './scene.ts';

const square = (x: number) => ({ type: 'Polygon' as const, coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] });
const geo: GeoBasemap = {
  countries: {
    type: 'FeatureCollection',
    features: ['AAA', 'BBB', 'CCC'].map((iso, i) => ({ type: 'Feature', properties: { iso, name: iso }, geometry: square(i * 2) })),
  },
  borders: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } }] },
  coastlines: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[2, 2], [3, 3]] } }] },
  markers: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { iso: 'CCC' }, geometry: { type: 'Point', coordinates: [4.5, 0.5] } }] },
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
    const kinds = (src.data as unknown as { features: { properties: { kind?: string } }[] }).features.flatMap((f) => f.properties.kind ?? []);
    expect(kinds.sort()).toEqual(['border', 'coast']);
    expect(lines[0]?.filter).toEqual(['has', 'kind']);
    expect(lines[0]?.paint?.['line-color']).toEqual(expect.arrayContaining(['match', ['get', 'kind'], 'coast']));
  });

  it('draws from one source (countries, dots, lines; the selection apart), each layer taking its own features', () => {
    const style = mapStyle(geo, 'light', new Map([['refused', ['AAA']]]));
    expect(Object.keys(style.sources).sort()).toEqual([COUNTRY_SOURCE, 'selection'].sort());
    const data = (style.sources[COUNTRY_SOURCE] as GeoJSONSourceSpecification).data as { features: { geometry: { type: string }; properties: Record<string, unknown> }[] };
    const types = data.features.map((f) => f.geometry.type);
    expect(types.filter((t) => t === 'Point')).toHaveLength(1);
    // The dot carries its country's iso, which the source promotes to the id its feature state is set on.
    expect(data.features.find((f) => f.geometry.type === 'Point')?.properties).toEqual({ iso: 'CCC' });
    // No country carries the line layer's `kind`, and only the dots are points (the circle layer's filter).
    expect(data.features.filter((f) => 'kind' in f.properties).every((f) => /LineString$/.test(f.geometry.type))).toBe(true);
    const dot = style.layers.find((l) => l.id === MARKER_LAYER) as CircleLayerSpecification;
    expect(dot.source).toBe(COUNTRY_SOURCE);
    expect(dot.filter).toEqual(['==', ['geometry-type'], 'Point']);
    // MapLibre would fill a line as a closed ring: the fill layers take the polygons only.
    for (const fill of style.layers.filter((l) => l.type === 'fill') as FillLayerSpecification[]) {
      expect(JSON.stringify(fill.filter)).toContain(JSON.stringify(['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]]));
    }
  });
});

describe('the small countries\' dots', () => {
  /** The radius the layer's expression gives at a zoom, for a dot selected or not (linear interpolation between its stops). */
  function radiusAt(expr: unknown, zoom: number, selected: boolean): number {
    const [, , , ...flat] = expr as unknown[];
    const stops: [number, number][] = [];
    for (let i = 0; i < flat.length; i += 2) {
      const out = flat[i + 1];
      stops.push([flat[i] as number, Array.isArray(out) ? ((selected ? out[2] : out[3]) as number) : (out as number)]);
    }
    const after = stops.findIndex(([z]) => z >= zoom);
    if (after <= 0) return (stops[after === 0 ? 0 : stops.length - 1] as [number, number])[1];
    const [z0, v0] = stops[after - 1] as [number, number];
    const [z1, v1] = stops[after] as [number, number];
    return v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0);
  }

  it('draw as the SVG map does: by zoom to MARKER_MAX_ZOOM, then the selected one only, to SELECTED_MARKER_MAX_ZOOM', () => {
    const layer = mapStyle(geo, 'light').layers.find((l) => l.id === MARKER_LAYER) as CircleLayerSpecification;
    expect(layer.maxzoom).toBe(SELECTED_MARKER_MAX_ZOOM);
    const look = mapLook('light', { idPrefix: '' });
    for (const zoom of [0, 2, 4, 4.5, MARKER_MAX_ZOOM, 6, 7.9]) {
      for (const selected of [false, true]) expect(radiusAt(layer.paint?.['circle-radius'], zoom, selected)).toBeCloseTo(look.dotRadius(zoom, selected), 5);
    }
  });
});

describe('compare mode\'s quiet countries', () => {
  /** A small evaluator for the few expression forms the fill and pattern paints use, over a feature's state and properties. */
  function evaluate(expr: unknown, state: Record<string, unknown>, props: Record<string, unknown> = {}): unknown {
    if (!Array.isArray(expr)) return expr;
    const [op, ...args] = expr as [string, ...unknown[]];
    const ev = (e: unknown) => evaluate(e, state, props);
    switch (op) {
      case 'feature-state': return state[args[0] as string] ?? null;
      case 'get': return props[args[0] as string] ?? null;
      case 'boolean': return typeof ev(args[0]) === 'boolean' ? ev(args[0]) : ev(args[1]);
      case 'coalesce': return args.map(ev).find((v) => v !== null && v !== undefined) ?? null;
      case 'any': return args.some((a) => ev(a) === true);
      case 'all': return args.every((a) => ev(a) === true);
      case '!': return ev(args[0]) !== true;
      case '==': return ev(args[0]) === ev(args[1]);
      case '!=': return ev(args[0]) !== ev(args[1]);
      case 'case': {
        for (let i = 0; i + 1 < args.length; i += 2) if (ev(args[i]) === true) return ev(args[i + 1]);
        return ev(args[args.length - 1]);
      }
      case 'match': {
        const v = ev(args[0]);
        for (let i = 1; i + 1 < args.length; i += 2) if (args[i] === v) return ev(args[i + 1]);
        return ev(args[args.length - 1]);
      }
      default: throw new Error(`no evaluator for ${op}`);
    }
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`fill as the SVG map fills them (${theme}): quiet grey for a country with a status, its hover shade, and no stripes`, () => {
      const style = mapStyle(geo, theme, new Map([['refused', ['AAA']]]));
      const look = mapLook(theme, { idPrefix: '' });
      const fill = (style.layers.find((l) => l.id === 'country-fill') as FillLayerSpecification).paint?.['fill-color'];
      const dot = (style.layers.find((l) => l.id === MARKER_LAYER) as CircleLayerSpecification).paint?.['circle-color'];
      for (const paint of [fill, dot]) {
        expect(evaluate(paint, { status: 'receiving', quiet: true })).toBe(look.quiet(false));
        expect(evaluate(paint, { status: 'receiving', quiet: true, hover: true })).toBe(look.quiet(true));
        expect(evaluate(paint, { status: 'receiving', quiet: false })).toBe(look.colour('receiving'));
        expect(evaluate(paint, { status: 'receiving', highlight: true })).toBe(look.colour('receiving', true));
        // Land with no status stays the land's colour, quiet or not.
        expect(evaluate(paint, { quiet: true })).toBe(look.colour(null));
      }
      const pattern = (style.layers.find((l) => l.id === 'patterns-0') as FillLayerSpecification).paint?.['fill-opacity'];
      const props = { 'pattern-status-0': 'refused' };
      expect(evaluate(pattern, { status: 'refused' }, props)).toBe(1);
      expect(evaluate(pattern, { status: 'refused', quiet: true }, props)).toBe(0);
    });
  }
});
