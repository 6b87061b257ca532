/**
 * What the two reference pages (floor and peer) share: the same files as the app (the basemap and
 * the data set from public/), the same statuses (the app's pure StatusIndex), the same colours, the
 * same view (the app's world bounds and padding) and a plain range slider. Nothing else of ours.
 *
 * URL: ?date=YYYY-MM-DD (default: the last day) &w=&h= (the map box in CSS px, the size the app's
 * map has at the bench's viewport, so all three pages fill the same number of pixels) &geo= (the
 * basemap file in public/geo/, default countries-50m.topo.json; the bench passes the one the app
 * fetched, so all three draw the very same geometry).
 * When the map has drawn its final colours the page sets data-map-ready="true" on #map, as the app
 * does, and the bench driver (bench/run.ts) takes it from there.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection, MultiLineString as TopoMultiLine } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { MAP_COLOURS } from '../src/color/palette.ts';
import { StatusIndex } from '../src/data/statusIndex.ts';
import type { Dataset, Status } from '../src/data/types.ts';
// The app's data set, as the app's own data plugin builds it (refConfig adds the plugin).
import { DATASET_URL } from 'virtual:tcdm-dataset';

/** The light theme's colours: the app's palette constants (plain data, no code of the app's). */
const LIGHT = MAP_COLOURS.light;
export const OCEAN = LIGHT.ocean;
export const NO_STATUS = LIGHT.noStatus;
export const BORDER = LIGHT.border;
export const COAST = LIGHT.coast;
export const STATUS_COLOURS: Record<Status, string> = LIGHT.statuses;

/** The app's initial view: the world without Antarctica, 8 px padding (src/map/mercator.ts). */
export const WORLD_BOUNDS: [[number, number], [number, number]] = [[-180, -56], [180, 80]];
export const FIT_PADDING = 8;

type Basemap = Topology<{
  countries: GeometryCollection<{ name: string }>;
  borders: TopoMultiLine;
  coastlines: TopoMultiLine;
}>;

export interface Loaded {
  countries: FeatureCollection<Polygon | MultiPolygon, { iso: string }>;
  /** Borders and coastlines: two line features drawn from the basemap's shared arcs. */
  borders: Feature<MultiLineString>;
  coastlines: Feature<MultiLineString>;
  index: StatusIndex;
  day: number;
}

export interface Params {
  date: string | null;
  geo: string;
  width: number;
  height: number;
}

export function params(): Params {
  const q = new URLSearchParams(location.search);
  return {
    date: q.get('date'),
    geo: (q.get('geo') ?? '').replace(/[^\w.-]/g, '') || 'countries-50m.topo.json',
    width: Number(q.get('w') ?? 0) || window.innerWidth,
    height: Number(q.get('h') ?? 0) || window.innerHeight - 40,
  };
}

const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/** Fetches the basemap and the data set in parallel and decodes them. */
export async function load(p: Params): Promise<Loaded> {
  const [topo, dataset] = await Promise.all([
    fetch(`../geo/${p.geo}`).then((r) => r.json() as Promise<Basemap>),
    fetch(DATASET_URL).then((r) => r.json() as Promise<Dataset>),
  ]);
  const fc = feature(topo, topo.objects.countries);
  const countries: Loaded['countries'] = {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({ type: 'Feature', geometry: f.geometry as Polygon | MultiPolygon, properties: { iso: String(f.id) } })),
  };
  const index = new StatusIndex(dataset.events);
  const day = p.date ? Math.min(index.lastDay, Math.max(index.firstDay, dayOf(p.date))) : index.lastDay;
  return {
    countries,
    borders: feature(topo, topo.objects.borders) as Feature<MultiLineString>,
    coastlines: feature(topo, topo.objects.coastlines) as Feature<MultiLineString>,
    index,
    day,
  };
}

/** A plain range slider under the map; `onDay` runs synchronously on every input event. */
export function slider(index: StatusIndex, day: number, onDay: (day: number) => void): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'range';
  input.min = String(index.firstDay);
  input.max = String(index.lastDay);
  input.step = '1';
  input.value = String(day);
  input.setAttribute('aria-label', 'Date');
  input.addEventListener('input', () => onDay(Number(input.value)));
  document.body.append(input);
  return input;
}

/** The map box, sized like the app's. */
export function mapBox(p: Params): HTMLDivElement {
  const el = document.createElement('div');
  el.id = 'map';
  el.dataset.testid = 'map';
  el.style.cssText = `position:relative;width:${p.width}px;height:${p.height}px;background:${OCEAN}`;
  document.body.append(el);
  return el;
}
