/**
 * The map's look as plain data, shared by both renderers: the MapLibre style (sources added once,
 * colours read from feature state) and the sizes the SVG renderer draws to match it.
 */
import type { StyleSpecification, ExpressionSpecification, LngLatBoundsLike, LayerSpecification } from 'maplibre-gl';
import { STATUSES, type Status } from '../data/types.ts';
import { hoverShade, MAP_COLOURS, STATUS_PATTERNS, statusColour, type ResolvedTheme } from '../color/palette.ts';
import type { BaseGeometry } from './geometry.ts';

export const COUNTRY_SOURCE = 'countries';
export const SELECTION_SOURCE = 'selection';
export const COUNTRY_FILL_LAYER = 'country-fill';
export const MARKER_SOURCE = 'markers';
export const MARKER_LAYER = 'country-marker';
/** Above this zoom small countries are big enough to see and their dots go. */
export const MARKER_MAX_ZOOM = 5;

/** The whole width of the world, from Tierra del Fuego to the Arctic islands, without Antarctica. */
export const WORLD_BOUNDS = [[-180, -56], [180, 80]] as const satisfies readonly [readonly [number, number], readonly [number, number]];
export const INITIAL_BOUNDS: LngLatBoundsLike = [[...WORLD_BOUNDS[0]], [...WORLD_BOUNDS[1]]];
/** Space kept free around the world when it is fitted to the map (CSS px). */
export const FIT_PADDING = 8;

/**
 * Line widths and dot radii as [zoom, CSS px] stops, interpolated linearly between stops (and
 * held beyond them): MapLibre reads them as `interpolate` expressions, the SVG renderer at the
 * zoom its fit corresponds to, so both draw the same weights.
 */
export const SIZES = {
  coast: [[0, 0.4], [5, 1]],
  border: [[0, 0.5], [5, 1.5]],
  markerRadius: [[0, 3.5], [4, 5.5]],
  markerStroke: 1,
  markerStrokeSelected: 2,
  selection: 2,
  selectionCasing: 4.5,
} as const;

export type Stops = readonly (readonly [number, number])[];

/** The value of linear stops at a zoom (held at the first and last stop outside their range). */
export function atZoom(stops: Stops, zoom: number): number {
  const first = stops[0] as readonly [number, number];
  if (zoom <= first[0]) return first[1];
  for (let i = 1; i < stops.length; i++) {
    const [z1, v1] = stops[i] as readonly [number, number];
    const [z0, v0] = stops[i - 1] as readonly [number, number];
    if (zoom <= z1) return v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0);
  }
  return (stops[stops.length - 1] as readonly [number, number])[1];
}

function interpolate(stops: Stops): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...stops.flat()] as unknown as ExpressionSpecification;
}

/** The name of a patterned status's image and layer. */
export const patternId = (status: Status): string => `pattern-${status}`;

/** Statuses drawn with a pattern over their colour (refused, ended). */
export const PATTERNED = STATUSES.filter((s) => STATUS_PATTERNS[s] !== undefined);

function statusMatch(theme: ResolvedTheme, colour: (c: string) => string): ExpressionSpecification {
  const pairs = STATUSES.flatMap((s) => [s, colour(statusColour(s, theme))]);
  return ['match', ['coalesce', ['feature-state', 'status'], ''], ...pairs, colour(statusColour(null, theme))] as unknown as ExpressionSpecification;
}

/**
 * Fill colour from feature state: the status colour, a shade darker (lighter on a dark map)
 * under the pointer. (A change of opacity on hover would show the triangles of big polygons
 * under software WebGL.)
 */
export function fillColourExpression(theme: ResolvedTheme): ExpressionSpecification {
  return [
    'case',
    ['boolean', ['feature-state', 'hover'], false],
    statusMatch(theme, (c) => hoverShade(c, theme)),
    statusMatch(theme, (c) => c),
  ];
}

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

export function markerStrokeExpression(theme: ResolvedTheme): ExpressionSpecification {
  const c = MAP_COLOURS[theme];
  return ['case', selected, c.selection, c.markerStroke];
}

/**
 * Every paint property that depends on the theme, by layer: the style is built from these, and a
 * theme change sets them again with setPaintProperty (sources and layers stay).
 */
export function themedPaint(theme: ResolvedTheme): Record<string, Record<string, unknown>> {
  const c = MAP_COLOURS[theme];
  return {
    ocean: { 'background-color': c.ocean },
    [COUNTRY_FILL_LAYER]: { 'fill-color': fillColourExpression(theme) },
    coastlines: { 'line-color': c.coast },
    borders: { 'line-color': c.border },
    [MARKER_LAYER]: { 'circle-color': fillColourExpression(theme), 'circle-stroke-color': markerStrokeExpression(theme) },
    'selection-casing': { 'line-color': c.selectionCasing },
    selection: { 'line-color': c.selection },
  };
}

/**
 * One fill layer per patterned status, over the country colours: its stripes (a tile with a
 * transparent ground, so the hover shade shows through) are opaque only where the country's
 * status is that status, and it is filtered to the countries that ever have it.
 */
function patternLayers(patterned: ReadonlyMap<Status, readonly string[]>): LayerSpecification[] {
  const out: LayerSpecification[] = [];
  for (const status of PATTERNED) {
    const isos = patterned.get(status) ?? [];
    if (isos.length === 0) continue;
    out.push({
      id: patternId(status),
      type: 'fill',
      source: COUNTRY_SOURCE,
      filter: ['in', ['get', 'iso'], ['literal', [...isos]]],
      paint: {
        'fill-pattern': patternId(status),
        'fill-opacity': ['case', ['==', ['feature-state', 'status'], status], 1, 0],
        'fill-antialias': false,
      },
    });
  }
  return out;
}

/** The MapLibre style. `patterned`: for each patterned status, the countries that ever have it. */
export function mapStyle(geo: BaseGeometry, theme: ResolvedTheme, patterned: ReadonlyMap<Status, readonly string[]> = new Map()): StyleSpecification {
  const paint = themedPaint(theme);
  return {
    version: 8,
    sources: {
      [COUNTRY_SOURCE]: { type: 'geojson', data: geo.countries, promoteId: 'iso', tolerance: 0.3, buffer: 8 },
      borders: { type: 'geojson', data: geo.borders, tolerance: 0.3 },
      coastlines: { type: 'geojson', data: geo.coastlines, tolerance: 0.3 },
      [SELECTION_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      [MARKER_SOURCE]: { type: 'geojson', data: geo.markers, promoteId: 'iso' },
    },
    layers: [
      { id: 'ocean', type: 'background', paint: { ...paint.ocean } },
      {
        id: COUNTRY_FILL_LAYER,
        type: 'fill',
        source: COUNTRY_SOURCE,
        paint: {
          ...paint[COUNTRY_FILL_LAYER],
          'fill-antialias': false,
        },
      },
      ...patternLayers(patterned),
      {
        id: 'coastlines',
        type: 'line',
        source: 'coastlines',
        paint: { ...paint.coastlines, 'line-width': interpolate(SIZES.coast) },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        layout: { 'line-join': 'round' },
        paint: { ...paint.borders, 'line-width': interpolate(SIZES.border) },
      },
      {
        // Small countries with a status get a dot in its colour: at world zoom their shapes are specks.
        id: MARKER_LAYER,
        type: 'circle',
        source: MARKER_SOURCE,
        maxzoom: MARKER_MAX_ZOOM,
        paint: {
          ...paint[MARKER_LAYER],
          'circle-radius': interpolate(SIZES.markerRadius),
          'circle-stroke-width': ['case', selected, SIZES.markerStrokeSelected, SIZES.markerStroke],
          'circle-opacity': ['case', ['!=', ['coalesce', ['feature-state', 'status'], ''], ''], 1, 0],
          'circle-stroke-opacity': ['case', ['!=', ['coalesce', ['feature-state', 'status'], ''], ''], 1, 0],
        },
      },
      {
        id: 'selection-casing',
        type: 'line',
        source: SELECTION_SOURCE,
        layout: { 'line-join': 'round' },
        paint: { ...paint['selection-casing'], 'line-width': SIZES.selectionCasing },
      },
      {
        id: 'selection',
        type: 'line',
        source: SELECTION_SOURCE,
        layout: { 'line-join': 'round' },
        paint: { ...paint.selection, 'line-width': SIZES.selection },
      },
    ] as LayerSpecification[],
  };
}
