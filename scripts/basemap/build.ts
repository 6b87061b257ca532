/**
 * Builds public/geo/countries-50m.topo.json, the basemap the app draws with MapLibre, from Natural
 * Earth 1:50m (node_modules/world-atlas/countries-50m.json).
 *
 * - Countries are keyed by ISO 3166-1 alpha-3 (src/data/countries.json), with the table's English
 *   name; features without an id are mapped by name (see NAME_TO_A3 in geometry.ts), duplicates
 *   are merged with their shared borders dissolved, and Antarctica is dropped.
 * - Rings crossing ±180° are cut there (MapLibre would draw them as bands across the map), and
 *   latitudes are clamped to Web Mercator's limit.
 * - Two extra objects, `borders` (arcs shared by two countries) and `coastlines` (arcs of one
 *   country, without the artificial edges along ±180°), are built from arcs so that the client can
 *   stroke them without tile-clip seams.
 *
 * - Countries under MARKER_MAX_KM2 carry `properties.marker`, a point where the app draws a dot
 *   in the country's colour, since their shapes are specks at world zoom.
 *
 * - A second, lighter file, public/geo/countries-world.topo.json, holds the same objects with
 *   arcs simplified for a whole-world view (Visvalingam, WORLD_MIN_AREA) and coarser quantisation:
 *   the SVG map draws it (a third of the points, 40% of the bytes), and zooms by scaling what it
 *   drew, so its detail is the world view's (coarse at 20–40×; the WebGL map draws the 1:50m file).
 *
 * Run: npx tsx scripts/basemap/build.ts   (npm run basemap). Output is deterministic.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type * as GeoJSON from 'geojson';
import { feature, merge, meshArcs, quantize } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import { topology as toTopology } from 'topojson-server';
import type { GeometryCollection, GeometryObject, MultiLineString, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import {
  antimeridianEdges,
  createIdResolver,
  markerPoint,
  MARKER_MAX_KM2,
  prepareGeometry,
  ringsOf,
  type AreaGeometry,
  type CountryRow,
} from './geometry';

/**
 * Grid size for the output's quantisation: 5e4 steps across the bounding box, i.e. 0.0072° of
 * longitude, under 0.7 px at zoom 6 (512 px tiles). 1e5 looked no different and cost 12% more.
 */
export const QUANTIZATION = 5e4;

const root = fileURLToPath(new URL('../../', import.meta.url));
const INPUT = `${root}node_modules/world-atlas/countries-50m.json`;
const TABLE = `${root}src/data/countries.json`;
const OUTPUT = `${root}public/geo/countries-50m.topo.json`;
const WORLD_OUTPUT = `${root}public/geo/countries-world.topo.json`;

/**
 * The world file keeps a point where the triangle it makes with its neighbours covers at least
 * this many square degrees: (0.1°)², a quarter of a pixel across on a 900 px wide world map.
 */
export const WORLD_MIN_AREA = 0.01;
/** The world file's quantisation: 1e4 steps, 0.036° of longitude, a tenth of a pixel at 900 px. */
export const WORLD_QUANTIZATION = 1e4;

/** `marker`: [lng, lat] for a country too small to see at world zoom (drawn as a dot). */
type CountryProps = { name: string; marker?: [number, number] };
type AreaObject = Polygon<CountryProps> | MultiPolygon<CountryProps>;

function isArea(g: GeometryObject): g is Polygon | MultiPolygon {
  return g.type === 'Polygon' || g.type === 'MultiPolygon';
}

function main(): void {
  const source = JSON.parse(readFileSync(INPUT, 'utf8')) as Topology<{ countries: GeometryCollection<{ name?: string }> }>;
  const table = JSON.parse(readFileSync(TABLE, 'utf8')) as CountryRow[];
  const resolve = createIdResolver(table);

  // 1. Group source geometries by alpha-3.
  const groups = new Map<string, { name: string; geoms: (Polygon | MultiPolygon)[]; labels: string[] }>();
  const dropped: string[] = [];
  const unknown: string[] = [];
  const byName: string[] = [];
  for (const g of source.objects.countries.geometries) {
    const props = (g.properties ?? {}) as { name?: string };
    const label = props.name ?? '(no name)';
    const r = resolve({ id: g.id, properties: props });
    if (r.kind === 'unknown') {
      unknown.push(r.reason);
      continue;
    }
    if (r.kind === 'drop') {
      dropped.push(`${label} (${r.a3})`);
      continue;
    }
    if (!isArea(g)) {
      unknown.push(`${label}: unexpected geometry type ${g.type}`);
      continue;
    }
    if (r.via === 'name') byName.push(`${label} -> ${r.a3}`);
    const group = groups.get(r.a3) ?? { name: r.name, geoms: [], labels: [] };
    group.geoms.push(g);
    group.labels.push(label);
    groups.set(r.a3, group);
  }

  // 2. Decode, merging groups (mergeArcs dissolves the arcs they share), then cut at ±180°.
  const merged: string[] = [];
  const cut: string[] = [];
  const clamped: string[] = [];
  const markers: string[] = [];
  const features: GeoJSON.Feature<AreaGeometry, CountryProps>[] = [];
  for (const a3 of [...groups.keys()].sort()) {
    const group = groups.get(a3);
    if (!group) continue;
    let geometry: AreaGeometry;
    const [only] = group.geoms;
    if (group.geoms.length === 1 && only) {
      geometry = (feature(source, only) as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>).geometry as AreaGeometry;
    } else {
      geometry = merge(source, group.geoms) as AreaGeometry;
      merged.push(`${a3} <- ${group.labels.join(' + ')}`);
    }
    const prepared = prepareGeometry(geometry);
    if (prepared.cut) cut.push(`${a3} (${group.name})`);
    if (prepared.clamped) clamped.push(a3);
    const marker = markerPoint(geometry);
    if (marker) markers.push(a3);
    features.push({ type: 'Feature', id: a3, properties: { name: group.name, ...(marker ? { marker } : {}) }, geometry: prepared.geometry });
  }

  // 3. The edges along ±180° go in a temporary object: topojson-server then makes them separate
  //    arcs (line ends are junctions, identical segments are shared), which we can leave out of
  //    the coastlines.
  const edges = antimeridianEdges(features.flatMap((f) => ringsOf(f.geometry)));
  const cutLines: GeoJSON.FeatureCollection<GeoJSON.LineString> = {
    type: 'FeatureCollection',
    features: edges.map((coordinates) => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } })),
  };
  const built = toTopology(
    { countries: { type: 'FeatureCollection', features } as GeoJSON.FeatureCollection, cut: cutLines },
    QUANTIZATION,
  ) as Topology<{ countries: GeometryCollection<CountryProps>; cut: GeometryCollection }>;

  const artificial = new Set<number>();
  for (const g of built.objects.cut.geometries) {
    if (g.type !== 'LineString') continue;
    for (const a of g.arcs) artificial.add(a < 0 ? ~a : a);
  }
  const areas: AreaObject[] = built.objects.countries.geometries.map((g) => {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error(`unexpected ${g.type}`);
    return g as AreaObject;
  });
  const countries: GeometryCollection<CountryProps> = { type: 'GeometryCollection', geometries: areas };
  const topo: Topology<{ countries: GeometryCollection<CountryProps> }> = {
    type: 'Topology',
    ...(built.bbox ? { bbox: built.bbox } : {}),
    ...(built.transform ? { transform: built.transform } : {}),
    objects: { countries },
    arcs: built.arcs,
  };

  // 4. Borders and coastlines from arcs.
  const borders = meshArcs(topo, countries, (a, b) => a !== b);
  const coastAll = meshArcs(topo, countries, (a, b) => a === b);
  const coastlines: MultiLineString = { type: 'MultiLineString', arcs: [] };
  for (const line of coastAll.arcs) {
    let part: number[] = [];
    for (const a of line) {
      if (artificial.has(a < 0 ? ~a : a)) {
        if (part.length) coastlines.arcs.push(part);
        part = [];
      } else part.push(a);
    }
    if (part.length) coastlines.arcs.push(part);
  }

  // Arcs used twice by one country would be drawn as coastline inside it; report them.
  const uses = new Map<number, string[]>();
  const walk = (arcs: unknown, id: string): void => {
    if (typeof arcs === 'number') {
      const i = arcs < 0 ? ~arcs : arcs;
      uses.set(i, [...(uses.get(i) ?? []), id]);
    } else if (Array.isArray(arcs)) for (const a of arcs) walk(a, id);
  };
  for (const g of areas) walk(g.arcs, String(g.id));
  const selfShared = [...uses.values()].filter((ids) => ids.length > 1 && ids[0] === ids[1]).map((ids) => ids[0]);

  const output = {
    type: 'Topology',
    bbox: topo.bbox,
    transform: topo.transform,
    objects: { countries, borders, coastlines },
    arcs: topo.arcs,
  };
  const json = JSON.stringify(output);
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, json);
  const gz = gzipSync(json, { level: 9 }).length;
  const gzDefault = gzipSync(json).length;

  const pointCount = topo.arcs.reduce((s, a) => s + a.length, 0);
  const lines = [
    `wrote ${relative(process.cwd(), OUTPUT) || OUTPUT}`,
    `  countries: ${countries.geometries.length} (quantisation ${QUANTIZATION}, ${topo.arcs.length} arcs, ${pointCount} points)`,
    `  borders: ${borders.arcs.length} lines; coastlines: ${coastlines.arcs.length} lines; artificial ±180° arcs left out: ${artificial.size}`,
    `  mapped by name: ${byName.join('; ') || 'none'}`,
    `  merged: ${merged.join('; ') || 'none'}`,
    `  dropped: ${dropped.join('; ') || 'none'}`,
    `  cut at the antimeridian: ${cut.join(', ') || 'none'}`,
    `  markers (under ${MARKER_MAX_KM2} km²): ${markers.length}: ${markers.join(' ')}`,
    `  latitudes clamped: ${clamped.join(', ') || 'none'}`,
    `  source features with no row in the table: ${unknown.join('; ') || 'none'}`,
    ...(selfShared.length ? [`  WARNING: arcs used twice by one country: ${[...new Set(selfShared)].join(', ')}`] : []),
    `  size: ${Buffer.byteLength(json)} bytes raw, ${gz} bytes gzipped at level 9 (${gzDefault} at the default level 6)`,
  ];
  console.log(lines.join('\n'));
  writeWorld(output as unknown as Topology);
  if (unknown.length) process.exitCode = 1;
}

/** The lighter whole-world file (see WORLD_MIN_AREA): same objects, simplified arcs. */
function writeWorld(full: Topology): void {
  const simplified = quantize(simplify(presimplify(full as Parameters<typeof presimplify>[0]), WORLD_MIN_AREA), WORLD_QUANTIZATION);
  // presimplify's weights ride along as a third coordinate; the file needs only x and y.
  for (const arc of simplified.arcs) for (const p of arc) p.length = 2;
  const json = JSON.stringify(simplified);
  writeFileSync(WORLD_OUTPUT, json);
  const points = simplified.arcs.reduce((s, a) => s + a.length, 0);
  console.log(
    `wrote ${relative(process.cwd(), WORLD_OUTPUT) || WORLD_OUTPUT}: ${points} points (min area ${WORLD_MIN_AREA} deg², quantisation ${WORLD_QUANTIZATION}), ` +
      `${Buffer.byteLength(json)} bytes raw, ${gzipSync(json, { level: 9 }).length} gzipped`,
  );
}

main();
