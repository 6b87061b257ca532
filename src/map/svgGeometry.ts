/**
 * SVG path strings for GeoJSON under a Web Mercator fit of the world to a box (mercator.ts, the
 * same view MapLibre shows): what the downloads draw (src/export/mapScene.ts). The live SVG map
 * draws the world projected at build time instead (projectedWorld.ts).
 *
 * The projection is planar (d3-geo's geoTransform over Mercator formulas), as MapLibre's is: each
 * vertex is projected and joined by straight lines, with no spherical clipping or resampling. The
 * basemap is built for that: countries are cut at ±180° and latitudes are clamped, so no ring
 * crosses the antimeridian (d3's spherical geoMercator would instead re-clip the cut rings and
 * depend on their winding).
 */
import { geoPath, geoTransform } from 'd3-geo';
import type { Feature, Geometry, Point, Position } from 'geojson';
import { projectFit, type Fit } from './mercator.ts';

export { fitMercator, mercator, projectFit, type Fit } from './mercator.ts';

/** An SVG path generator for GeoJSON under a fit (0.1 px precision). */
export function pathGenerator(fit: Fit): (g: Geometry | Feature) => string {
  const transform = geoTransform({
    point(lng: number, lat: number) {
      const p = projectFit(fit, lng, lat);
      this.stream.point(p.x, p.y);
    },
  });
  const path = geoPath(transform).digits(1);
  return (g) => path(g as Parameters<typeof path>[0]) ?? '';
}

/** A dot's centre under a fit. */
export function pointOf(fit: Fit, f: Feature<Point>): { x: number; y: number } {
  const [lng, lat] = f.geometry.coordinates as Position as [number, number];
  return projectFit(fit, lng, lat);
}
