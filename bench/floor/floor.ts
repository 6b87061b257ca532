/**
 * The floor: the least a MapLibre page can do to draw the same countries in the same colours at
 * the same date. One GeoJSON source of countries (promoteId), one fill layer coloured by feature
 * state, one line layer for borders and coastlines; MapLibre's defaults for everything else. A date
 * change sets feature state on the countries whose status changed, straight from the input event.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { ExpressionSpecification } from 'maplibre-gl';
import { STATUSES, type Status } from '../../src/data/types.ts';
import { BORDER, COAST, FIT_PADDING, load, mapBox, NO_STATUS, OCEAN, params, slider, STATUS_COLOURS, WORLD_BOUNDS } from '../common.ts';

maplibregl.setWorkerUrl(workerUrl);

const p = params();
const box = mapBox(p);
box.setAttribute('data-renderer', 'webgl');
const { countries, borders, coastlines, index, day } = await load(p);

const fill = ['match', ['coalesce', ['feature-state', 'status'], ''], ...STATUSES.flatMap((s) => [s, STATUS_COLOURS[s]]), NO_STATUS] as unknown as ExpressionSpecification;

const map = new maplibregl.Map({
  container: box,
  bounds: WORLD_BOUNDS,
  fitBoundsOptions: { padding: FIT_PADDING },
  renderWorldCopies: false,
  style: {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: countries, promoteId: 'iso' },
      lines: { type: 'geojson', data: { type: 'FeatureCollection', features: [{ ...coastlines, properties: { kind: 'coast' } }, { ...borders, properties: { kind: 'border' } }] } },
    },
    layers: [
      { id: 'ocean', type: 'background', paint: { 'background-color': OCEAN } },
      { id: 'fill', type: 'fill', source: 'countries', paint: { 'fill-color': fill } },
      { id: 'lines', type: 'line', source: 'lines', paint: { 'line-color': ['match', ['get', 'kind'], 'coast', COAST, BORDER], 'line-width': 0.5 } },
    ],
  },
});

const drawn = new Map<string, Status>();
function setDay(d: number): void {
  const next = index.allAt(d);
  for (const iso of drawn.keys()) {
    if (!next.has(iso)) {
      map.removeFeatureState({ source: 'countries', id: iso }, 'status');
      drawn.delete(iso);
    }
  }
  for (const [iso, { status }] of next) {
    if (drawn.get(iso) === status) continue;
    map.setFeatureState({ source: 'countries', id: iso }, { status });
    drawn.set(iso, status);
  }
}

map.once('load', () => {
  setDay(day);
  map.once('idle', () => box.setAttribute('data-map-ready', 'true'));
});
slider(index, day, setDay);
