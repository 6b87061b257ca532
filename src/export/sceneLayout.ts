/**
 * The map composition's page geometry: its size, the band the world is fitted to, where the texts
 * and the legend go and how big they are. Kept apart from the drawing (mapScene.ts) so a test can
 * find where a country lands in the file without loading the basemap code.
 *
 * Two layouts draw the same scene: the download's (DOWNLOAD_LAYOUT, the PNG and SVG files) and the
 * link preview's (SHARE_LAYOUT, the 1200 × 630 image that Open Graph and Twitter cards show, made
 * at build time by scripts/vite/socialPlugin.ts).
 */
import { fitMercator, type Fit } from '../map/svgGeometry.ts';
import type { Corners } from '../map/mercator.ts';

/** A text's place and size: its left edge and baseline, in CSS px. */
interface TextPlace {
  x: number;
  y: number;
  size: number;
}

export interface SceneLayout {
  /** The composition's size in CSS px. */
  width: number;
  height: number;
  /**
   * The band the world is fitted to: its left edge and width, its top and bottom (CSS px). The
   * world spans the band's width, as on the live map, so the band is as tall as that makes the
   * initial bounds (80°N to 56°S): the whole of them shows.
   */
  mapX: number;
  mapWidth: number;
  mapTop: number;
  mapBottom: number;
  title: TextPlace;
  date: TextPlace;
  /** The source line's left edge, baseline and largest size (it shrinks to fit the width). */
  source: TextPlace;
  /** The legend's left edge, the foot of its box, its type size, row height and swatch size. */
  legend: { x: number; bottom: number; font: number; row: number; swatch: number };
}

/** The map download (PNG and SVG). */
export const DOWNLOAD_LAYOUT: SceneLayout = {
  width: 1600,
  height: 1100,
  mapX: 0,
  mapWidth: 1600,
  mapTop: 104,
  mapBottom: 1044,
  title: { x: 32, y: 52, size: 30 },
  date: { x: 32, y: 86, size: 21 },
  source: { x: 32, y: 1078, size: 15 },
  // Over the South Pacific, at the foot of the map, as the app's legend is.
  legend: { x: 24, bottom: 1028, font: 16, row: 26, swatch: 16 },
};

/**
 * The link preview (og:image, twitter:image): 1200 × 630, the size the share cards ask for. Cards
 * are shown a third of that size or less, so the type is larger than the download's; the world
 * keeps its whole initial bounds on the right and the legend has the column to its left.
 */
export const SHARE_LAYOUT: SceneLayout = {
  width: 1200,
  height: 630,
  mapX: 400,
  mapWidth: 784,
  mapTop: 120,
  mapBottom: 592,
  title: { x: 40, y: 64, size: 40 },
  date: { x: 40, y: 102, size: 26 },
  source: { x: 40, y: 616, size: 14 },
  legend: { x: 34, bottom: 576, font: 19, row: 34, swatch: 20 },
};

/** The download's size in CSS px (the PNG is drawn at PNG_RATIO times this). */
export const SCENE_WIDTH = DOWNLOAD_LAYOUT.width;
export const SCENE_HEIGHT = DOWNLOAD_LAYOUT.height;
export const PNG_RATIO = 2;

/** The download's map band (CSS px from the top). */
export const MAP_TOP = DOWNLOAD_LAYOUT.mapTop;
export const MAP_BOTTOM = DOWNLOAD_LAYOUT.mapBottom;

/**
 * The projection of a layout's map band (positions within it; add mapX and mapTop for the page):
 * the world, or `frame` fitted as the live map fits bounds (a country page's card,
 * scripts/vite/countryPages.ts).
 */
export const sceneFit = (layout: SceneLayout = DOWNLOAD_LAYOUT, frame?: Corners): Fit => fitMercator(layout.mapWidth, layout.mapBottom - layout.mapTop, frame);
