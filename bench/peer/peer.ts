/**
 * The peer: a plain SVG choropleth drawn with d3-geo, the technique Datawrapper and Our World in
 * Data use. One <path> per country filled with its status colour, one path each for borders and
 * coastlines; the world fitted to the box in Web Mercator, as MapLibre shows it. The basemap is cut
 * at ±180°, so the projection is planar (d3's geoTransform over the Mercator formulas): spherical
 * clipping would only re-cut what is already cut. A date change sets `fill` on the paths whose
 * status changed, straight from the input event.
 */
import { geoPath, geoTransform } from 'd3-geo';
import type { Status } from '../../src/data/types.ts';
import { BORDER, COAST, FIT_PADDING, load, mapBox, NO_STATUS, OCEAN, params, slider, STATUS_COLOURS, WORLD_BOUNDS } from '../common.ts';

const NS = 'http://www.w3.org/2000/svg';
const MAX_LAT = 85.0511287798066;

const p = params();
const box = mapBox(p);
box.setAttribute('data-renderer', 'svg');
const { countries, borders, coastlines, index, day } = await load(p);

const merc = (lng: number, lat: number): [number, number] => {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(lng * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + phi / 2))];
};
// Fit the bounds into the box with padding; the world never smaller than the box (as MapLibre does).
const [[w, s], [e, n]] = WORLD_BOUNDS;
const [ax, ay] = merc(w, s);
const [bx, by] = merc(e, n);
const fitted = Math.min((p.width - 2 * FIT_PADDING) / (bx - ax), (p.height - 2 * FIT_PADDING) / (by - ay));
const k = Math.max(fitted, p.width / (2 * Math.PI), p.height / (2 * Math.PI));
const clamp = (v: number, half: number) => Math.max(-Math.PI + half, Math.min(Math.PI - half, v));
const cx = clamp((ax + bx) / 2, p.width / 2 / k);
const cy = clamp((ay + by) / 2, p.height / 2 / k);
const projection = geoTransform({
  point(lng: number, lat: number) {
    const [x, y] = merc(lng, lat);
    this.stream.point(p.width / 2 + k * (x - cx), p.height / 2 - k * (y - cy));
  },
});
const path = geoPath(projection).digits(1);

const svg = document.createElementNS(NS, 'svg');
svg.setAttribute('width', String(p.width));
svg.setAttribute('height', String(p.height));
svg.setAttribute('viewBox', `0 0 ${p.width} ${p.height}`);
svg.style.background = OCEAN;
const paths = new Map<string, SVGPathElement>();
for (const f of countries.features) {
  const el = document.createElementNS(NS, 'path');
  el.setAttribute('d', path(f) ?? '');
  el.setAttribute('fill', NO_STATUS);
  svg.append(el);
  paths.set(f.properties.iso, el);
}
for (const [line, colour] of [[coastlines, COAST], [borders, BORDER]] as const) {
  const el = document.createElementNS(NS, 'path');
  el.setAttribute('d', path(line) ?? '');
  el.setAttribute('fill', 'none');
  el.setAttribute('stroke', colour);
  el.setAttribute('stroke-width', '0.5');
  svg.append(el);
}

const drawn = new Map<string, Status>();
function setDay(d: number): void {
  const next = index.allAt(d);
  for (const iso of drawn.keys()) {
    if (!next.has(iso)) {
      paths.get(iso)?.setAttribute('fill', NO_STATUS);
      drawn.delete(iso);
    }
  }
  for (const [iso, { status }] of next) {
    if (drawn.get(iso) === status) continue;
    paths.get(iso)?.setAttribute('fill', STATUS_COLOURS[status]);
    drawn.set(iso, status);
  }
}

setDay(day);
box.append(svg);
// Everything is in the DOM with its final colour: the next frame shows it.
box.setAttribute('data-map-ready', 'true');
slider(index, day, setDay);
