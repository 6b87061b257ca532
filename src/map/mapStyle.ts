/**
 * The MapLibre style (sources added once, colours read from feature state), from the map's look
 * (scene.ts: the colours, hover shades, sizes and rings the SVG writers draw too).
 */
import type { StyleSpecification, ExpressionSpecification, LngLatBoundsLike, LayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString, MultiLineString } from 'geojson';
import { STATUSES, type Status } from '../data/types.ts';
import type { ResolvedTheme } from '../color/palette.ts';
import type { GeoBasemap } from './geometry.ts';
import { WORLD_BOUNDS } from './mercator.ts';
import { atZoom, mapLook, MARKER_MAX_ZOOM, PATTERNED, SELECTED_MARKER_MAX_ZOOM, SIZES, type Stops } from './scene.ts';

export const COUNTRY_SOURCE = 'countries';
export const SELECTION_SOURCE = 'selection';
export const COUNTRY_FILL_LAYER = 'country-fill';
export const MARKER_LAYER = 'country-marker';

export const INITIAL_BOUNDS: LngLatBoundsLike = [[...WORLD_BOUNDS[0]], [...WORLD_BOUNDS[1]]];

export const LINE_LAYER = 'lines';

/** Coastlines and borders, each feature's `kind` saying which (no country has a `kind`). */
function lines(geo: GeoBasemap): Feature<MultiLineString | LineString, { kind: 'coast' | 'border' }>[] {
  const tag = (kind: 'coast' | 'border') => (f: Feature<MultiLineString | LineString>) => ({ ...f, properties: { kind } });
  return [...geo.coastlines.features.map(tag('coast')), ...geo.borders.features.map(tag('border'))];
}

/** The line layer's features, and the marker layer's (the small countries' dots, the only points). */
const isLine: ExpressionSpecification = ['has', 'kind'];
const isDot: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
/** The fill layers' features: MapLibre would fill a line (closing it) too. */
const isCountry: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];

/**
 * The one source the map draws from: the countries (with their pattern slots), their dots and the
 * coastlines and borders, so that each frame clips its tiles once, not once per source, and a
 * country's feature state (promoted from `iso`) colours its dot too.
 */
function mapData(geo: GeoBasemap, slots: ReadonlyMap<string, readonly Status[]>): FeatureCollection {
  return { type: 'FeatureCollection', features: [...withPatternSlots(geo.countries, slots).features, ...geo.markers.features, ...lines(geo)] };
}

/** Each line's width at a zoom, by its kind: the coast's and the borders' stops (scene.ts SIZES). */
function lineWidths(): ExpressionSpecification {
  const coast = new Map(SIZES.coast.map(([z, w]) => [z, w]));
  const border = new Map(SIZES.border.map(([z, w]) => [z, w]));
  const zooms = [...new Set([...coast.keys(), ...border.keys()])].sort((a, b) => a - b);
  const at = (stops: Stops, z: number) => atZoom(stops, z);
  return ['interpolate', ['linear'], ['zoom'], ...zooms.flatMap((z) => [z, ['match', ['get', 'kind'], 'coast', coast.get(z) ?? at(SIZES.coast, z), border.get(z) ?? at(SIZES.border, z)]])] as unknown as ExpressionSpecification;
}

/** The name of a patterned status's image. */
export const patternId = (status: Status): string => `pattern-${status}`;

/** MapLibre draws patterns as layers of its own (pattern images), not the look's SVG tiles. */
const LOOK = { idPrefix: 'maplibre-' };

/** The look's colour of each status (or its hover shade) by the feature's status. */
function statusMatch(theme: ResolvedTheme, hover: boolean): ExpressionSpecification {
  const look = mapLook(theme, LOOK);
  const pairs = STATUSES.flatMap((s) => [s, look.colour(s, hover)]);
  return ['match', ['coalesce', ['feature-state', 'status'], ''], ...pairs, look.colour(null, hover)] as unknown as ExpressionSpecification;
}

/** Under the pointer, or pointed at from the legend or the table. */
const shaded: ExpressionSpecification = ['any', ['boolean', ['feature-state', 'hover'], false], ['boolean', ['feature-state', 'highlight'], false]];
/** Compare mode: the country's status did not change between the two dates. */
const quiet: ExpressionSpecification = ['boolean', ['feature-state', 'quiet'], false];
const hasStatus: ExpressionSpecification = ['!=', ['coalesce', ['feature-state', 'status'], ''], ''];

/**
 * Fill colour from feature state: the status colour, a shade darker (lighter on a dark map)
 * under the pointer or pointed at from the legend or the table (`highlight`). (A change of opacity on hover would show the triangles of big polygons
 * under software WebGL.)
 */
function fillColourExpression(theme: ResolvedTheme): ExpressionSpecification {
  const look = mapLook(theme, LOOK);
  return [
    'case',
    // Compare mode: a country whose status did not change is quiet grey (its hover shade under the pointer).
    ['all', quiet, hasStatus],
    ['case', shaded, look.quiet(true), look.quiet(false)],
    shaded,
    statusMatch(theme, true),
    statusMatch(theme, false),
  ];
}


const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/**
 * A small country's dot radius: SIZES.markerRadius by zoom up to MARKER_MAX_ZOOM, then, up to
 * SELECTED_MARKER_MAX_ZOOM (the layer's maxzoom), the selected one's only (scene.ts, as the SVG map
 * draws it). The zoom may only be the input of the top-level interpolate, so the cut at
 * MARKER_MAX_ZOOM is a stop a thousandth of a zoom level before it.
 */
function markerRadius(): ExpressionSpecification {
  const last = atZoom(SIZES.markerRadius, MARKER_MAX_ZOOM);
  return ['interpolate', ['linear'], ['zoom'], ...SIZES.markerRadius.flat(), MARKER_MAX_ZOOM - 0.001, last, MARKER_MAX_ZOOM, ['case', selected, last, 0]] as unknown as ExpressionSpecification;
}

function markerStrokeExpression(theme: ResolvedTheme): ExpressionSpecification {
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
    [LINE_LAYER]: { 'line-color': ['match', ['get', 'kind'], 'coast', look.coast.colour, look.borders.colour] },
    [MARKER_LAYER]: { 'circle-color': fillColourExpression(theme), 'circle-stroke-color': markerStrokeExpression(theme) },
    'selection-casing': { 'line-color': look.selection.casing.colour },
    selection: { 'line-color': look.selection.line.colour },
  };
}

/** The feature properties naming a country's k-th patterned status and its image. */
const patternStatusProp = (k: number) => `pattern-status-${k}`;
const patternImageProp = (k: number) => `pattern-image-${k}`;

/**
 * For each country that ever has a patterned status, those statuses in PATTERNED's order: the
 * country's k-th is drawn by pattern layer k. Almost every such country has one, so one layer
 * draws them all (one draw per tile, not one per patterned status).
 */
export function patternSlots(patterned: ReadonlyMap<Status, readonly string[]>): Map<string, Status[]> {
  const slots = new Map<string, Status[]>();
  for (const status of PATTERNED) {
    for (const iso of patterned.get(status) ?? []) {
      const list = slots.get(iso) ?? [];
      list.push(status);
      slots.set(iso, list);
    }
  }
  return slots;
}

/** The countries with their pattern slots as properties (the others as they are). */
function withPatternSlots(countries: GeoBasemap['countries'], slots: ReadonlyMap<string, readonly Status[]>): GeoBasemap['countries'] {
  if (slots.size === 0) return countries;
  return {
    ...countries,
    features: countries.features.map((f) => {
      const list = slots.get(f.properties.iso);
      if (!list) return f;
      const props: Record<string, string> = {};
      list.forEach((status, k) => {
        props[patternStatusProp(k)] = status;
        props[patternImageProp(k)] = patternId(status);
      });
      return { ...f, properties: { ...f.properties, ...props } };
    }),
  };
}

/**
 * The stripes over the country colours, in as few fill layers as the countries need: layer k
 * draws each country's k-th patterned status (its image from a feature property) and is opaque
 * only where the country's status is that one now (feature state; the tile has a transparent
 * ground, so the hover shade shows through).
 */
function patternLayers(slots: ReadonlyMap<string, readonly Status[]>): LayerSpecification[] {
  const layers = Math.max(0, ...[...slots.values()].map((l) => l.length));
  const out: LayerSpecification[] = [];
  for (let k = 0; k < layers; k++) {
    out.push({
      id: `patterns-${k}`,
      type: 'fill',
      source: COUNTRY_SOURCE,
      filter: ['all', isCountry, ['has', patternStatusProp(k)]],
      paint: {
        'fill-pattern': ['get', patternImageProp(k)],
        // Not on a quiet country (compare mode: plain grey).
        'fill-opacity': ['case', ['all', ['!', quiet], ['==', ['feature-state', 'status'], ['get', patternStatusProp(k)]]], 1, 0],
        'fill-antialias': false,
      },
    } as LayerSpecification);
  }
  return out;
}

/** The MapLibre style. `patterned`: for each patterned status, the countries that ever have it. */
export function mapStyle(geo: GeoBasemap, theme: ResolvedTheme, patterned: ReadonlyMap<Status, readonly string[]> = new Map()): StyleSpecification {
  const paint = themedPaint(theme);
  const slots = patternSlots(patterned);
  return {
    version: 8,
    sources: {
      [COUNTRY_SOURCE]: { type: 'geojson', data: mapData(geo, slots), promoteId: 'iso', tolerance: 0.3, buffer: 8 },
      [SELECTION_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'ocean', type: 'background', paint: { ...paint.ocean } },
      {
        id: COUNTRY_FILL_LAYER,
        type: 'fill',
        source: COUNTRY_SOURCE,
        filter: isCountry,
        paint: {
          ...paint[COUNTRY_FILL_LAYER],
          'fill-antialias': false,
        },
      },
      ...patternLayers(slots),
      {
        // Coastlines and borders in one layer (one draw per tile instead of two), told apart by `kind`.
        // Mitred joins (MapLibre's default): at these widths they look as round ones do, with a
        // fraction of the triangles (round joins took the world's lines past one draw's vertices).
        id: LINE_LAYER,
        type: 'line',
        source: COUNTRY_SOURCE,
        filter: isLine,
        paint: { ...paint[LINE_LAYER], 'line-width': lineWidths() },
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
      {
        // Small countries with a status get a dot in its colour: at world zoom their shapes are specks.
        // Over the selection's outline, which would hide a selected small country's dot.
        id: MARKER_LAYER,
        type: 'circle',
        source: COUNTRY_SOURCE,
        filter: isDot,
        maxzoom: SELECTED_MARKER_MAX_ZOOM,
        paint: {
          ...paint[MARKER_LAYER],
          'circle-radius': markerRadius(),
          'circle-stroke-width': ['case', selected, SIZES.markerStrokeSelected, SIZES.markerStroke],
          'circle-opacity': ['case', ['!=', ['coalesce', ['feature-state', 'status'], ''], ''], 1, 0],
          'circle-stroke-opacity': ['case', ['!=', ['coalesce', ['feature-state', 'status'], ''], ''], 1, 0],
        },
      },
    ] as LayerSpecification[],
  };
}
