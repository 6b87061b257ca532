/**
 * The MapLibre style (sources added once, colours read from feature state), from the map's look
 * (scene.ts: the colours, hover shades, sizes and rings the SVG writers draw too).
 */
import type { StyleSpecification, ExpressionSpecification, LngLatBoundsLike, LayerSpecification } from 'maplibre-gl';
import { STATUSES, type Status } from '../data/types.ts';
import type { ResolvedTheme } from '../color/palette.ts';
import { REGION_BOUNDS, type Region } from '../data/regions.ts';
import type { GeoBasemap } from './geometry.ts';
import { mapLook, MARKER_MAX_ZOOM, PATTERNED, SIZES, type Stops } from './scene.ts';

export { atZoom, MARKER_MAX_ZOOM, PATTERNED, SIZES, type Stops } from './scene.ts';

export const COUNTRY_SOURCE = 'countries';
export const SELECTION_SOURCE = 'selection';
export const COUNTRY_FILL_LAYER = 'country-fill';
export const MARKER_SOURCE = 'markers';
export const MARKER_LAYER = 'country-marker';

/** A region's bounds as [[west, south], [east, north]], the corner pairs MapLibre and the SVG fit take. */
export function cornerBounds(region: Region): readonly [readonly [number, number], readonly [number, number]] {
  const [w, s, e, n] = REGION_BOUNDS[region];
  return [[w, s], [e, n]];
}

/** The whole width of the world, from Tierra del Fuego to the Arctic islands, without Antarctica: the `world` region. */
export const WORLD_BOUNDS = cornerBounds('world');
export const INITIAL_BOUNDS: LngLatBoundsLike = [[...WORLD_BOUNDS[0]], [...WORLD_BOUNDS[1]]];
/** Space kept free around the world when it is fitted to the map (CSS px). */
export const FIT_PADDING = 8;

function interpolate(stops: Stops): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...stops.flat()] as unknown as ExpressionSpecification;
}

/** The name of a patterned status's image and layer. */
export const patternId = (status: Status): string => `pattern-${status}`;

/** MapLibre draws patterns as layers of its own (pattern images), not the look's SVG tiles. */
const LOOK = { idPrefix: 'maplibre-' };

/** The look's colour of each status (or its hover shade) by the feature's status. */
function statusMatch(theme: ResolvedTheme, hover: boolean): ExpressionSpecification {
  const look = mapLook(theme, LOOK);
  const pairs = STATUSES.flatMap((s) => [s, look.colour(s, hover)]);
  return ['match', ['coalesce', ['feature-state', 'status'], ''], ...pairs, look.colour(null, hover)] as unknown as ExpressionSpecification;
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
    statusMatch(theme, true),
    statusMatch(theme, false),
  ];
}

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

export function markerStrokeExpression(theme: ResolvedTheme): ExpressionSpecification {
  const look = mapLook(theme, LOOK);
  return ['case', selected, look.dotRing(true).colour, look.dotRing(false).colour];
}

/**
 * Every paint property that depends on the theme, by layer: the style is built from these, and a
 * theme change sets them again with setPaintProperty (sources and layers stay).
 */
export function themedPaint(theme: ResolvedTheme): Record<string, Record<string, unknown>> {
  const look = mapLook(theme, LOOK);
  return {
    ocean: { 'background-color': look.ocean },
    [COUNTRY_FILL_LAYER]: { 'fill-color': fillColourExpression(theme) },
    coastlines: { 'line-color': look.coast.colour },
    borders: { 'line-color': look.borders.colour },
    [MARKER_LAYER]: { 'circle-color': fillColourExpression(theme), 'circle-stroke-color': markerStrokeExpression(theme) },
    'selection-casing': { 'line-color': look.selection.casing.colour },
    selection: { 'line-color': look.selection.line.colour },
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
export function mapStyle(geo: GeoBasemap, theme: ResolvedTheme, patterned: ReadonlyMap<Status, readonly string[]> = new Map()): StyleSpecification {
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
