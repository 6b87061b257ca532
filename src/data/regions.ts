/**
 * The regions a reader, a presenter or a story step can frame (URL `region`), as longitude and
 * latitude bounds: [west, south, east, north]. Pure data, shared by both renderers, the URL codec
 * and the story validator (which is why it lives in the data layer).
 */
export const REGIONS = ['world', 'americas', 'africa', 'europe', 'asia', 'oceania'] as const;
export type Region = (typeof REGIONS)[number];

export type Bounds = readonly [west: number, south: number, east: number, north: number];

export const REGION_BOUNDS: Readonly<Record<Region, Bounds>> = {
  // The world as the map fits it on load (no Antarctica): the renderers' WORLD_BOUNDS (src/map/mapStyle.ts).
  world: [-180, -56, 180, 80],
  // From Alaska and Canada to Tierra del Fuego, the Caribbean included.
  americas: [-170, -56, -30, 72],
  africa: [-26, -36, 56, 38],
  europe: [-25, 34, 45, 72],
  // From Turkey and the Gulf to Japan and Indonesia.
  asia: [25, -11, 150, 56],
  // Australia, New Zealand and the Pacific islands west of the antimeridian (Palau to Fiji).
  oceania: [110, -48, 180, 20],
};

export function isRegion(v: unknown): v is Region {
  return (REGIONS as readonly unknown[]).includes(v);
}
