/**
 * The map download as one composition, drawn by two writers: a standalone SVG document (here,
 * pure) and a PNG through a 2D canvas (mapCanvas.ts). Both draw the same Scene: the title, the
 * date in words, the world fitted to its band with countries in their status colours and
 * patterns (so refused and ended still part in greyscale), borders, coastlines, the dots of small
 * countries with a status, the selected country's outline, a legend with counts, and a source line.
 * How the map is drawn (fills, pattern tiles, dots and rings, the selection, line weights) is the
 * map's look (src/map/scene.ts), the live SVG map's own; the frame around it is in the page's
 * colours (the palette's PAGE_COLOURS, which the CSS custom properties are generated from).
 *
 * The world is projected as the live map projects it (src/map/svgGeometry.ts: planar Web Mercator
 * over a basemap already cut at ±180°), so no spherical clipping can draw bands across it; the
 * band is clipped to a rectangle only, for the Arctic islands north of the fitted bounds.
 */
import { PAGE_COLOURS, portableColour, type PageColours, type ResolvedTheme } from '../color/palette.ts';
import type { Status } from '../data/types.ts';
import { outlineOf, type GeoBasemap } from '../map/geometry.ts';
import type { Corners } from '../map/mercator.ts';
import { mapLook, patternAttrs, patternTileId, type PatternTile } from '../map/scene.ts';
import { pathGenerator, pointOf } from '../map/svgGeometry.ts';
import { DOWNLOAD_LAYOUT, sceneFit, type SceneLayout } from './sceneLayout.ts';

export { PNG_RATIO, SCENE_HEIGHT, SCENE_WIDTH, SHARE_LAYOUT, type SceneLayout } from './sceneLayout.ts';

export const FONT_FAMILY = 'sans-serif';

interface Frame {
  paper: string;
  ink: string;
  ink2: string;
  rule: string;
  glass: string;
}

/**
 * Page colours around the map, per theme: the app's own (--paper, --ink, --ink-2, --rule, --glass,
 * from the palette), written in the syntax every SVG reader takes.
 */
const FRAME: Record<ResolvedTheme, Frame> = {
  light: frameOf(PAGE_COLOURS.light),
  dark: frameOf(PAGE_COLOURS.dark),
};

function frameOf(page: PageColours): Frame {
  const { paper, ink, ink2, rule, glass } = page;
  return { paper: portableColour(paper), ink: portableColour(ink), ink2: portableColour(ink2), rule: portableColour(rule), glass: portableColour(glass) };
}

export interface LegendEntry {
  /** null: the "no status" row. */
  status: Status | null;
  label: string;
  /** How many countries have the status at the day; null for no count (the "no status" row). */
  count: number | null;
  /** Compare mode's "no change" row (its swatch the quiet grey; `status` null). */
  quiet?: boolean;
}

export interface SceneInput {
  geo: GeoBasemap;
  statuses: ReadonlyMap<string, { status: Status }>;
  selected: string | null;
  theme: ResolvedTheme;
  /** BCP 47 language of the texts. */
  lang: string;
  title: string;
  /** The date in words, with its lead-in ("Status on 11 March 2026"). */
  date: string;
  legend: readonly LegendEntry[];
  /** Compare mode (src/compare): the countries whose status did not change, drawn quiet grey. */
  quiet?: ReadonlySet<string>;
  /** "Source: …, data checked …". */
  source: string;
  /** The bounds the map band frames (a country page's card); the whole world when absent. */
  frame?: Corners;
}

export interface TextItem {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: 400 | 700;
  colour: string;
  anchor: 'start' | 'end';
}

/** A pattern tile of the map's look (src/map/scene.ts): the status colour under its stripes. */
type ScenePattern = PatternTile;

export interface Scene {
  width: number;
  height: number;
  lang: string;
  paper: string;
  texts: TextItem[];
  map: {
    x: number;
    y: number;
    width: number;
    height: number;
    ocean: string;
    countries: { iso: string; d: string; status: Status | null; fill: string }[];
    coast: { d: string; colour: string; width: number };
    borders: { d: string; colour: string; width: number };
    dots: { iso: string; x: number; y: number; r: number; fill: string; stroke: string; strokeWidth: number }[];
    /** The selected country's outline (no edges along the ±180° cut), or null. */
    selection: { d: string; colour: string; width: number; casing: string; casingWidth: number } | null;
  };
  legend: {
    x: number;
    y: number;
    width: number;
    height: number;
    fill: string;
    stroke: string;
    swatch: number;
    rows: { status: Status | null; quiet: boolean; fill: string; pattern: string | null; y: number; label: TextItem; count: TextItem | null }[];
  };
  patterns: ScenePattern[];
}

/** The legend box's inner margin (the writers place the swatches by it). */
const LEGEND_PAD = 12;

/** A generous estimate of a text's width (no fonts to measure with when the SVG is written). */
export function textWidth(text: string, size: number, weight: 400 | 700 = 400): number {
  return text.length * size * (weight === 700 ? 0.64 : 0.58);
}

const PATTERN_PREFIX = 'tcdm-export-pattern-';
export const patternDomId = (status: Status): string => patternTileId(PATTERN_PREFIX, status);

/**
 * The composition of a day's map in a layout: the download's (the default) or the link preview's
 * (SHARE_LAYOUT, src/export/sceneLayout.ts).
 */
export function buildScene(input: SceneInput, layout: SceneLayout = DOWNLOAD_LAYOUT): Scene {
  const { geo, statuses, theme } = input;
  // The map is drawn as the live SVG map draws it (no hover: a file has no pointer).
  const look = mapLook(theme, { idPrefix: PATTERN_PREFIX });
  const frame = FRAME[theme];
  const { width, height } = layout;
  const L = layout.legend;

  // The world, fitted to the band between the header and the source line as the live map fits it.
  const mapHeight = layout.mapBottom - layout.mapTop;
  const fit = sceneFit(layout, input.frame);
  const path = pathGenerator(fit);
  const countries: Scene['map']['countries'] = [];
  for (const f of geo.countries.features) {
    if (!f.geometry) continue;
    const d = path(f);
    if (!d) continue;
    const status = statuses.get(f.properties.iso)?.status ?? null;
    const quiet = status !== null && (input.quiet?.has(f.properties.iso) ?? false);
    countries.push({ iso: f.properties.iso, d, status, fill: quiet ? look.quiet() : look.countryFill(status) });
  }
  const dots: Scene['map']['dots'] = [];
  for (const f of geo.markers.features) {
    const at = statuses.get(f.properties.iso);
    const chosen = f.properties.iso === input.selected;
    // A selected small country keeps its ringed dot further in, as on the map (a country page's card).
    const r = look.dotRadius(fit.zoom, chosen);
    if (!at || r === 0) continue;
    const p = pointOf(fit, f);
    const ring = look.dotRing(chosen);
    const fill = input.quiet?.has(f.properties.iso) ? look.quiet() : look.colour(at.status);
    dots.push({ iso: f.properties.iso, x: round1(p.x), y: round1(p.y), r, fill, stroke: ring.colour, strokeWidth: ring.width });
  }
  const selectedFeature = input.selected ? geo.countries.features.find((f) => f.properties.iso === input.selected && f.geometry) : undefined;
  const { casing, line } = look.selection;
  const selection = selectedFeature
    ? { d: path(outlineOf(selectedFeature)), colour: line.colour, width: line.width, casing: casing.colour, casingWidth: casing.width }
    : null;

  // The legend sits at the layout's place: in the download over the South Pacific, at the foot of
  // the map, as the app's does.
  const longest = Math.max(...input.legend.map((e) => textWidth(e.label, L.font)));
  const countWidth = Math.max(0, ...input.legend.map((e) => (e.count === null ? 0 : textWidth(String(e.count), L.font, 700))));
  const legendWidth = Math.ceil(LEGEND_PAD + L.swatch + 10 + longest + 20 + countWidth + LEGEND_PAD);
  const legendHeight = LEGEND_PAD * 2 + L.row * input.legend.length - (L.row - L.swatch);
  const lx = L.x;
  const ly = L.bottom - legendHeight;
  const rows: Scene['legend']['rows'] = input.legend.map((e, i) => {
    const top = ly + LEGEND_PAD + i * L.row;
    const baseline = top + L.swatch / 2 + L.font * 0.35;
    return {
      status: e.status,
      quiet: e.quiet ?? false,
      fill: e.quiet ? look.quiet() : look.colour(e.status),
      pattern: e.quiet ? null : look.pattern(e.status)?.id ?? null,
      y: top,
      label: { text: e.label, x: lx + LEGEND_PAD + L.swatch + 10, y: baseline, size: L.font, weight: 400, colour: frame.ink, anchor: 'start' },
      count: e.count === null ? null : { text: String(e.count), x: lx + legendWidth - LEGEND_PAD, y: baseline, size: L.font, weight: 700, colour: frame.ink, anchor: 'end' },
    };
  });

  // The source line shrinks rather than run off the page.
  const S = layout.source;
  const sourceSize = Math.min(S.size, Math.floor(((width - 2 * S.x) / textWidth(input.source, 1)) * 10) / 10);
  const texts: TextItem[] = [
    { text: input.title, ...layout.title, weight: 700, colour: frame.ink, anchor: 'start' },
    { text: input.date, ...layout.date, weight: 400, colour: frame.ink2, anchor: 'start' },
    { text: input.source, x: S.x, y: S.y, size: sourceSize, weight: 400, colour: frame.ink2, anchor: 'start' },
  ];

  return {
    width, height, lang: input.lang, paper: frame.paper, texts, patterns: [...look.patterns],
    map: {
      x: layout.mapX, y: layout.mapTop, width: layout.mapWidth, height: mapHeight, ocean: look.ocean, countries, dots, selection,
      coast: { d: geo.coastlines.features.map(path).join(''), ...look.coast.at(fit.zoom) },
      borders: { d: geo.borders.features.map(path).join(''), ...look.borders.at(fit.zoom) },
    },
    legend: { x: lx, y: ly, width: legendWidth, height: legendHeight, fill: frame.glass, stroke: frame.rule, swatch: L.swatch, rows },
  };
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (s: string): string => s.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] as string);

/** Attributes as written in an SVG file, in their order. */
const attrs = (a: Record<string, string | number>): string => Object.entries(a).map(([k, v]) => `${k}="${xml(String(v))}"`).join(' ');

function svgText(t: TextItem): string {
  const anchor = t.anchor === 'end' ? ' text-anchor="end"' : '';
  const weight = t.weight === 700 ? ' font-weight="700"' : '';
  return `<text x="${t.x}" y="${round1(t.y)}" font-size="${t.size}"${weight} fill="${t.colour}"${anchor}>${xml(t.text)}</text>`;
}

/** The scene as a standalone SVG document (UTF-8), titled with its title and date. */
export function sceneSvg(s: Scene): string {
  const m = s.map;
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${s.width}" height="${s.height}" viewBox="0 0 ${s.width} ${s.height}" ` +
      `lang="${xml(s.lang)}" font-family="${FONT_FAMILY}">`,
  );
  const [title, date, source] = s.texts;
  out.push(`<title>${xml(`${title?.text ?? ''} — ${date?.text ?? ''}`)}</title>`);
  if (source) out.push(`<desc>${xml(source.text)}</desc>`);
  out.push('<defs>');
  out.push(`<clipPath id="tcdm-export-map-clip"><rect x="${m.x}" y="${m.y}" width="${m.width}" height="${m.height}"/></clipPath>`);
  for (const p of s.patterns) {
    const a = patternAttrs(p);
    out.push(`<pattern ${attrs(a.pattern)}><rect ${attrs(a.ground)}/><path ${attrs(a.stripes)}/></pattern>`);
  }
  out.push('</defs>');
  out.push(`<rect width="${s.width}" height="${s.height}" fill="${s.paper}"/>`);
  out.push(`<g clip-path="url(#tcdm-export-map-clip)">`);
  out.push(`<rect x="${m.x}" y="${m.y}" width="${m.width}" height="${m.height}" fill="${m.ocean}"/>`);
  out.push(`<g transform="translate(${m.x},${m.y})">`);
  out.push('<g id="countries">');
  for (const cty of m.countries) {
    out.push(`<path data-iso="${xml(cty.iso)}"${cty.status ? ` data-status="${cty.status}"` : ''} fill="${cty.fill}" d="${cty.d}"/>`);
  }
  out.push('</g>');
  out.push(`<path id="coastlines" fill="none" stroke="${m.coast.colour}" stroke-width="${m.coast.width}" d="${m.coast.d}"/>`);
  out.push(`<path id="borders" fill="none" stroke="${m.borders.colour}" stroke-width="${m.borders.width}" stroke-linejoin="round" d="${m.borders.d}"/>`);
  if (m.selection) {
    const sel = m.selection;
    out.push(
      `<g id="selection" fill="none" stroke-linejoin="round"><path stroke="${sel.casing}" stroke-width="${sel.casingWidth}" d="${sel.d}"/>` +
        `<path stroke="${sel.colour}" stroke-width="${sel.width}" d="${sel.d}"/></g>`,
    );
  }
  // Dots over the selection's outline, as on the map: a small state's ring is not hidden under its own outline.
  out.push('<g id="dots">');
  for (const dot of m.dots) {
    out.push(`<circle data-iso="${xml(dot.iso)}" cx="${dot.x}" cy="${dot.y}" r="${dot.r}" fill="${dot.fill}" stroke="${dot.stroke}" stroke-width="${dot.strokeWidth}"/>`);
  }
  out.push('</g>');
  out.push('</g></g>');
  const l = s.legend;
  out.push(`<g id="legend"><rect x="${l.x + 0.5}" y="${l.y + 0.5}" width="${l.width}" height="${l.height}" rx="6" fill="${l.fill}" stroke="${l.stroke}"/>`);
  for (const row of l.rows) {
    const sx = l.x + 12;
    const fill = row.pattern ? `url(#${row.pattern})` : row.fill;
    out.push(`<g data-status="${row.status ?? (row.quiet ? 'quiet' : 'none')}">`);
    out.push(`<rect x="${sx}" y="${row.y}" width="${l.swatch}" height="${l.swatch}" rx="2" fill="${fill}" stroke="${l.stroke}"/>`);
    out.push(svgText(row.label));
    if (row.count) out.push(svgText(row.count));
    out.push('</g>');
  }
  out.push('</g>');
  for (const t of s.texts) out.push(svgText(t));
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
