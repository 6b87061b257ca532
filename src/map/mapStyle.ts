/** The map's style as plain data: sources added once, colours read from feature state. */
import type { StyleSpecification, ExpressionSpecification, LngLatBoundsLike } from 'maplibre-gl';
import { STATUSES } from '../data/types.ts';
import { darken, NO_STATUS_COLOUR, statusColour } from '../color/palette.ts';
import type { BaseGeometry } from './geometry.ts';

export const COUNTRY_SOURCE = 'countries';
export const SELECTION_SOURCE = 'selection';
export const COUNTRY_FILL_LAYER = 'country-fill';
export const MARKER_SOURCE = 'markers';
export const MARKER_LAYER = 'country-marker';
/** Above this zoom small countries are big enough to see and their dots go. */
export const MARKER_MAX_ZOOM = 5;

export const OCEAN_COLOUR = '#f3f6f9';
export const BORDER_COLOUR = '#ffffff';
export const COAST_COLOUR = '#a9b4bf';

/** The whole width of the world, from Tierra del Fuego to the Arctic islands, without Antarctica. */
export const INITIAL_BOUNDS: LngLatBoundsLike = [[-180, -56], [180, 80]];

const HOVER_SHADE = 0.18;

function statusMatch(colour: (c: string) => string): ExpressionSpecification {
  const pairs = STATUSES.flatMap((s) => [s, colour(statusColour(s))]);
  return ['match', ['coalesce', ['feature-state', 'status'], ''], ...pairs, colour(NO_STATUS_COLOUR)] as unknown as ExpressionSpecification;
}

/**
 * Fill colour from feature state: the status colour, a shade darker under the pointer. (A
 * change of opacity on hover would show the triangles of big polygons under software WebGL.)
 */
export function fillColourExpression(): ExpressionSpecification {
  return ['case', ['boolean', ['feature-state', 'hover'], false], statusMatch((c) => darken(c, HOVER_SHADE)), statusMatch((c) => c)];
}

export function mapStyle(geo: BaseGeometry): StyleSpecification {
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
      { id: 'ocean', type: 'background', paint: { 'background-color': OCEAN_COLOUR } },
      {
        id: COUNTRY_FILL_LAYER,
        type: 'fill',
        source: COUNTRY_SOURCE,
        paint: {
          'fill-color': fillColourExpression(),
          'fill-antialias': false,
        },
      },
      {
        id: 'coastlines',
        type: 'line',
        source: 'coastlines',
        paint: { 'line-color': COAST_COLOUR, 'line-width': ['interpolate', ['linear'], ['zoom'], 0, 0.4, 5, 1] },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': BORDER_COLOUR, 'line-width': ['interpolate', ['linear'], ['zoom'], 0, 0.5, 5, 1.5] },
      },
      {
        // Small countries with a status get a dot in its colour: at world zoom their shapes are specks.
        id: MARKER_LAYER,
        type: 'circle',
        source: MARKER_SOURCE,
        maxzoom: MARKER_MAX_ZOOM,
        paint: {
          'circle-color': fillColourExpression(),
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 0, 3.5, 4, 5.5],
          'circle-stroke-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#111111', '#ffffff'],
          'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 2, 1],
          'circle-opacity': ['case', ['!=', ['coalesce', ['feature-state', 'status'], ''], ''], 1, 0],
          'circle-stroke-opacity': ['case', ['!=', ['coalesce', ['feature-state', 'status'], ''], ''], 1, 0],
        },
      },
      {
        id: 'selection-casing',
        type: 'line',
        source: SELECTION_SOURCE,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': '#ffffff', 'line-width': 4.5 },
      },
      {
        id: 'selection',
        type: 'line',
        source: SELECTION_SOURCE,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': '#111111', 'line-width': 2 },
      },
    ],
  };
}
