/**
 * The basemap: one TopoJSON file built by scripts/basemap/build.ts and served from our own
 * origin, decoded once into the three GeoJSON layers the map draws. Borders and coastlines come
 * from shared arcs, never from polygon outlines (which would show tile-clip seams).
 *
 * The SVG renderer's world comes projected instead (src/map/projectedWorld.ts, written at build
 * time): a basemap is either kind, and only the SVG renderer draws both.
 */
import { feature } from 'topojson-client';
import { fetchJson, isBasemapShape } from '../data/fetchJson.ts';
import type { Topology, GeometryCollection, MultiLineString as TopoMultiLine } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon, MultiLineString, LineString, Feature, Point, Position } from 'geojson';

export interface CountryProps {
  iso: string;
  name: string;
}

/** A TopoJSON basemap decoded into GeoJSON: what MapLibre and the downloads draw. */
export interface GeoBasemap {
  kind: 'geojson';
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  borders: FeatureCollection<MultiLineString | LineString>;
  coastlines: FeatureCollection<MultiLineString | LineString>;
  /** A dot for each country too small to see at world zoom (the basemap's `marker` points). */
  markers: FeatureCollection<Point, { iso: string }>;
}

/** One country of the projected world (below). */
export interface ProjectedCountry {
  /** ISO 3166-1 alpha-3, as the data set keys countries. */
  id: string;
  /** Its shape: `M x y l dx dy … z` per ring. */
  d: string;
  /** Its outline as lines where that is not `d` without its `z`s: the rings of a country cut at ±180°, without the cut. */
  outline?: string;
  /** The coastlines and land borders that run along its rings (part of the map's two line paths). */
  coast?: string;
  borders?: string;
}

/** The SVG map's world, projected at build time by projectedWorld.ts: path strings in a square frame. */
export interface ProjectedWorld {
  kind: 'projected';
  /** The frame's side in units (WORLD_SIZE when written by projectedWorld.ts). */
  size: number;
  countries: ProjectedCountry[];
  /**
   * Land borders and coastlines, as open lines (from the basemap's shared arcs): those not written
   * beside a country (all of them unless `byCountry`). The map's paths: `linePath`.
   */
  borders: string;
  coastlines: string;
  /** A dot for each country too small to see at world zoom: its centre in the frame. */
  dots: { id: string; x: number; y: number }[];
}

/** What the page loaded for its map: GeoJSON layers, or the SVG map's world projected at build time. */
export type BaseGeometry = GeoBasemap | ProjectedWorld;

type BasemapTopology = Topology<{
  countries: GeometryCollection<{ name: string; marker?: [number, number] }>;
  borders: TopoMultiLine;
  coastlines: TopoMultiLine;
}>;


export function decodeBasemap(topo: BasemapTopology): GeoBasemap {
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string; marker?: [number, number] }>;
  const countries: GeoBasemap['countries'] = {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { iso: String(f.id), name: f.properties.name },
    })),
  };
  const asCollection = (g: Feature<MultiLineString | LineString>): FeatureCollection<MultiLineString | LineString> => ({
    type: 'FeatureCollection',
    features: [g],
  });
  const markers: GeoBasemap['markers'] = { type: 'FeatureCollection', features: [] };
  for (const f of fc.features) {
    const m = f.properties.marker;
    if (Array.isArray(m) && m.length === 2) {
      markers.features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [m[0], m[1]] }, properties: { iso: String(f.id) } });
    }
  }
  return {
    kind: 'geojson',
    countries,
    markers,
    borders: asCollection(feature(topo, topo.objects.borders) as Feature<MultiLineString>),
    coastlines: asCollection(feature(topo, topo.objects.coastlines) as Feature<MultiLineString>),
  };
}

/**
 * Fetches a basemap (src/map/renderers.ts says which file each renderer draws): a TopoJSON file is
 * decoded, the projected world is used as it comes.
 */
export async function loadBasemap(url: string): Promise<BaseGeometry> {
  const isShape = (v: unknown): v is Record<string, unknown> => isProjectedWorldShape(v) || isBasemapShape(v);
  const v = await fetchJson(url, { what: 'basemap', isShape });
  return isProjectedWorldShape(v) ? { ...v, kind: 'projected' } : decodeBasemap(v as unknown as BasemapTopology);
}

/** A TopoJSON basemap, fetched and decoded (the downloads draw from one whatever the map drew). */
export async function loadGeoBasemap(url: string): Promise<GeoBasemap> {
  return decodeBasemap((await fetchJson(url, { what: 'basemap', isShape: isBasemapShape })) as unknown as BasemapTopology);
}

/**
 * A country's outline as lines, for the selection ring: drawn as a line source, so its tiles
 * clip lines (no seams), and without the artificial edges along the ±180° cut.
 */
export function outlineOf(f: Feature<Polygon | MultiPolygon>): Feature<MultiLineString> {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const lines: Position[][] = [];
  for (const poly of polys) {
    for (const ring of poly) {
      let current: Position[] = [];
      for (let i = 0; i < ring.length; i++) {
        const p = ring[i] as Position;
        const prev = ring[i - 1];
        const onCut = prev !== undefined && Math.abs(p[0] as number) === 180 && prev[0] === p[0];
        if (onCut) {
          if (current.length > 1) lines.push(current);
          current = [p];
        } else current.push(p);
      }
      if (current.length > 1) lines.push(current);
    }
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** The asset's shape, checked where it is fetched (a proxy's page or a file cut short is not one). */
export function isProjectedWorldShape(v: unknown): v is Omit<ProjectedWorld, 'kind'> & { kind: unknown } {
  return (
    isRecord(v) &&
    v.kind === 'projected' &&
    typeof v.size === 'number' &&
    v.size > 0 &&
    typeof v.borders === 'string' &&
    typeof v.coastlines === 'string' &&
    Array.isArray(v.countries) &&
    v.countries.every((c) => isRecord(c) && typeof c.id === 'string' && typeof c.d === 'string' && ['outline', 'coast', 'borders'].every((k) => c[k] === undefined || typeof c[k] === 'string')) &&
    Array.isArray(v.dots) &&
    v.dots.every((d) => isRecord(d) && typeof d.id === 'string' && typeof d.x === 'number' && typeof d.y === 'number')
  );
}
