/**
 * How the map is drawn, decided once: for a theme, the fill of a country in each status (a colour,
 * or the pattern tile it is filled with) and its hover shade, the pattern tiles (size, stripes,
 * ground), the dots of small countries (radius at a zoom, fill, ring), the selection's outline
 * (casing and line), and the colours and widths of coastlines and borders at a zoom.
 *
 * Pure data from the palette (src/color/palette.ts) and the sizes below. Two writers draw from it
 * as SVG: the live SVG map (svgRenderer.ts, which sets it as attributes on a DOM built once) and
 * the map download (src/export/mapScene.ts, written as an SVG file or drawn through a canvas as a
 * PNG). The MapLibre style (mapStyle.ts) reads the same sizes and colours.
 */
import { hoverShade, MAP_COLOURS, STATUS_PATTERNS, statusColour, type ResolvedTheme, type StatusPattern } from '../color/palette.ts';
import { STATUSES, type Status } from '../data/types.ts';
import { svgStripePath } from './patterns.ts';

/** Above this zoom small countries are big enough to see and their dots go. */
export const MARKER_MAX_ZOOM = 5;
/**
 * The selected small country keeps its dot, ringed, up to this zoom: framed with its neighbours
 * (src/map/framing.ts) an island state may still be a sliver under the selection's outline (Saint
 * Lucia is about 20 px tall on a phone at zoom 5), and the ring shows where it is.
 */
export const SELECTED_MARKER_MAX_ZOOM = 8;

/**
 * Line widths and dot radii as [zoom, CSS px] stops, interpolated linearly between stops (and
 * held beyond them): MapLibre reads them as `interpolate` expressions, the SVG writers at the
 * zoom their fit corresponds to, so all draw the same weights.
 */
export const SIZES = {
  coast: [[0, 0.4], [5, 1]],
  border: [[0, 0.5], [5, 1.5]],
  markerRadius: [[0, 3.5], [4, 5.5]],
  markerStroke: 1,
  markerStrokeSelected: 2,
  selection: 2,
  selectionCasing: 4.5,
} as const;

export type Stops = readonly (readonly [number, number])[];

/** The value of linear stops at a zoom (held at the first and last stop outside their range). */
export function atZoom(stops: Stops, zoom: number): number {
  const first = stops[0] as readonly [number, number];
  if (zoom <= first[0]) return first[1];
  for (let i = 1; i < stops.length; i++) {
    const [z1, v1] = stops[i] as readonly [number, number];
    const [z0, v0] = stops[i - 1] as readonly [number, number];
    if (zoom <= z1) return v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0);
  }
  return (stops[stops.length - 1] as readonly [number, number])[1];
}

/** Statuses drawn with a pattern over their colour (refused, ended). */
export const PATTERNED = STATUSES.filter((s) => STATUS_PATTERNS[s] !== undefined);

/** A stroke: its colour and width in CSS px. */
export interface Stroke {
  colour: string;
  width: number;
}

/** A line whose width follows the zoom: its colour, its width stops, and the stroke at a zoom. */
interface ZoomedStroke {
  colour: string;
  widths: Stops;
  at(zoom: number): Stroke;
}

/** A pattern tile as an SVG <pattern>: the status's stripes over its colour (or hover shade). */
export interface PatternTile extends StatusPattern {
  /** The element id, unique on the page (see SceneOptions.idPrefix). */
  id: string;
  status: Status;
  /** The tile of a country under the pointer: its ground is the hover shade. */
  hover: boolean;
  /** The colour under the stripes. */
  ground: string;
  /** The stripes, as one path `d` in the tile's `size × size` box (svgStripePath). */
  stripes: string;
}

export interface SceneOptions {
  /** Prefix of the pattern tiles' element ids (ids are page-wide; two maps may coexist). */
  idPrefix: string;
  /** Whether to make hover tiles too (the live map; a download has no pointer). */
  hover?: boolean;
}

export interface MapLook {
  theme: ResolvedTheme;
  ocean: string;
  /** Every tile a country's fill may refer to, in PATTERNED order (each with its hover tile next). */
  patterns: readonly PatternTile[];
  /** The plain colour of a status (of no status: null), or its hover shade: a dot's fill, a pattern's ground. */
  colour(status: Status | null, hover?: boolean): string;
  /** Compare mode: the fill of a country whose status did not change (a plain grey, or its hover shade). */
  quiet(hover?: boolean): string;
  /** The tile a patterned status is filled with, or undefined for a plain colour. */
  pattern(status: Status | null, hover?: boolean): PatternTile | undefined;
  /** A country's fill as an SVG paint: `url(#tile)` for a patterned status, else its colour. */
  countryFill(status: Status | null, hover?: boolean): string;
  /** The ring around a small country's dot (thicker, in the selection colour, when selected). */
  dotRing(selected: boolean): Stroke;
  /** A small country's dot radius at a zoom: 0 from MARKER_MAX_ZOOM on (no dots), for the selected one from SELECTED_MARKER_MAX_ZOOM. */
  dotRadius(zoom: number, selected?: boolean): number;
  /** The selected country's outline: a casing under the line, so it shows on any fill. */
  selection: { casing: Stroke; line: Stroke };
  coast: ZoomedStroke;
  borders: ZoomedStroke;
}

export const patternTileId = (idPrefix: string, status: Status, hover = false): string => `${idPrefix}${status}${hover ? '-hover' : ''}`;

/** An SVG paint that refers to an element by id. */
const paintRef = (id: string): string => `url(#${id})`;

/** How the map is drawn in a theme. */
export function mapLook(theme: ResolvedTheme, options: SceneOptions): MapLook {
  const c = MAP_COLOURS[theme];
  const withHover = options.hover ?? false;
  const colour = (status: Status | null, hover = false): string => {
    const base = statusColour(status, theme);
    return hover ? hoverShade(base, theme) : base;
  };
  const tiles = new Map<string, PatternTile>();
  for (const status of PATTERNED) {
    const p = STATUS_PATTERNS[status];
    if (!p) continue;
    for (const hover of withHover ? [false, true] : [false]) {
      const id = patternTileId(options.idPrefix, status, hover);
      tiles.set(id, { ...p, id, status, hover, ground: colour(status, hover), stripes: svgStripePath(p) });
    }
  }
  const pattern = (status: Status | null, hover = false): PatternTile | undefined =>
    status ? tiles.get(patternTileId(options.idPrefix, status, hover && withHover)) : undefined;
  return {
    theme,
    ocean: c.ocean,
    patterns: [...tiles.values()],
    colour,
    quiet: (hover = false) => (hover ? hoverShade(c.quiet, theme) : c.quiet),
    pattern,
    countryFill(status, hover = false) {
      const tile = pattern(status, hover);
      return tile ? paintRef(tile.id) : colour(status, hover);
    },
    dotRing: (selected) =>
      selected ? { colour: c.selection, width: SIZES.markerStrokeSelected } : { colour: c.markerStroke, width: SIZES.markerStroke },
    dotRadius: (zoom, selected = false) => (zoom < (selected ? SELECTED_MARKER_MAX_ZOOM : MARKER_MAX_ZOOM) ? atZoom(SIZES.markerRadius, zoom) : 0),
    selection: {
      casing: { colour: c.selectionCasing, width: SIZES.selectionCasing },
      line: { colour: c.selection, width: SIZES.selection },
    },
    coast: zoomed(c.coast, SIZES.coast),
    borders: zoomed(c.border, SIZES.border),
  };
}

function zoomed(colour: string, widths: Stops): ZoomedStroke {
  return { colour, widths, at: (zoom) => ({ colour, width: atZoom(widths, zoom) }) };
}

/**
 * A tile's elements as SVG attributes, in the order both writers put them: the <pattern>, the
 * <rect> of its ground and the <path> of its stripes. The live map sets them on elements (and sets
 * the rect's and path's again on a theme change); the download writes them into its file.
 */
export function patternAttrs(t: PatternTile): { pattern: Record<string, string | number>; ground: Record<string, string | number>; stripes: Record<string, string | number> } {
  return {
    pattern: { id: t.id, patternUnits: 'userSpaceOnUse', width: t.size, height: t.size },
    ground: { width: t.size, height: t.size, fill: t.ground },
    stripes: { d: t.stripes, stroke: t.colour, 'stroke-width': t.width, fill: 'none' },
  };
}
