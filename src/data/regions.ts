/**
 * The regions a reader, a presenter or a story step can frame (URL `region`), as longitude and
 * latitude bounds: [west, south, east, north]. Pure data, shared by both renderers, the URL codec
 * and the story validator (which is why it lives in the data layer).
 */
export const REGIONS = ['world', 'americas', 'central-america', 'africa', 'europe', 'asia', 'oceania'] as const;
export type Region = (typeof REGIONS)[number];

export type Bounds = readonly [west: number, south: number, east: number, north: number];

export const REGION_BOUNDS: Readonly<Record<Region, Bounds>> = {
  // The world as the map fits it on load (no Antarctica): the renderers' WORLD_BOUNDS (src/map/mercator.ts).
  world: [-180, -56, 180, 80],
  // Mexico, Central America, the Caribbean and South America, with the United States (not the
  // Arctic) for context: the destinations of this subject, not the hemisphere.
  americas: [-125, -56, -34, 50],
  // Closer: from Baja California and the US border to Panama, and the Caribbean to Barbados and
  // Trinidad, where most of the story's early steps happen.
  'central-america': [-118, 7, -59, 33],
  // The continent from Cabo Verde's longitude to the Horn, and Madagascar.
  africa: [-26, -35, 52, 38],
  europe: [-25, 34, 45, 72],
  // From Turkey and the Gulf to Japan and Indonesia.
  asia: [25, -11, 150, 56],
  // Australia, New Zealand and the Pacific islands west of the antimeridian (Palau to Fiji).
  oceania: [110, -48, 180, 20],
};

export function isRegion(v: unknown): v is Region {
  return (REGIONS as readonly unknown[]).includes(v);
}
