/**
 * The map download's page geometry: its size, the band the world is fitted to and the PNG's
 * pixel ratio. Kept apart from the drawing (mapScene.ts) so a test can find where a country
 * lands in the file without loading the basemap code.
 */
import { fitMercator, type Fit } from '../map/svgGeometry.ts';

/** The composition's size in CSS px (the PNG is drawn at PNG_RATIO times this). */
export const SCENE_WIDTH = 1600;
export const SCENE_HEIGHT = 1100;
export const PNG_RATIO = 2;

/**
 * The band of the page the world is fitted to (CSS px from the top). As on the live map the world
 * spans the full width; the band is as tall as that makes the initial bounds (80°N to 56°S), so
 * the whole of them shows.
 */
export const MAP_TOP = 104;
export const MAP_BOTTOM = 1044;

/** The projection of the map band (positions within it; add MAP_TOP for the page). */
export const sceneFit = (): Fit => fitMercator(SCENE_WIDTH, MAP_BOTTOM - MAP_TOP);
