/**
 * The WebGL renderer: the only owner of the MapLibre map. Sources are added once; the date changes
 * colours through feature state (setStatuses diffs against what is drawn and touches only what
 * changed), selection swaps one small line source, and a theme change sets paint properties.
 * React never re-renders the map. Loaded only through createRenderer (src/map/renderers.ts), so
 * maplibre-gl is downloaded only by browsers that can run it.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { STATUS_PATTERNS, type ResolvedTheme } from '../color/palette.ts';
import { REGION_BOUNDS } from '../data/regions.ts';
import type { Status } from '../data/types.ts';
import { outlineOf, type BaseGeometry, type GeoBasemap } from './geometry.ts';
import {
  mapStyle,
  themedPaint,
  patternId,
  COUNTRY_FILL_LAYER,
  COUNTRY_SOURCE,
  SELECTION_SOURCE,
  INITIAL_BOUNDS,
  MARKER_LAYER,
} from './mapStyle.ts';
import { FIT_PADDING } from './mercator.ts';
import { stripePixels } from './patterns.ts';
import { PATTERNED } from './scene.ts';
import { EASE_MS } from './svgZoom.ts';
import type { FrameTarget, MapRenderer, RendererCallbacks, RendererFactory, RendererOptions } from './types.ts';
import type { Insets } from './types.ts';
import { framePadding, HandMoves } from './framing.ts';

/** Layers a pointer can hit, topmost first: a small country's dot, then the country shapes. */
const HIT_LAYERS = [MARKER_LAYER, COUNTRY_FILL_LAYER];

type PaintName = Parameters<maplibregl.Map['setPaintProperty']>[1];
type PaintValue = Parameters<maplibregl.Map['setPaintProperty']>[2];

/** The map's zoom range: from below the whole world (MapLibre keeps the world filling the box) to a town. */
const MIN_ZOOM = -1;
const MAX_ZOOM = 7;

/** How long MapLibre gets to restore a lost WebGL context before the map is given up. */
const CONTEXT_RESTORE_MS = 3000;

maplibregl.setWorkerUrl(workerUrl);

class MapLibreRenderer implements MapRenderer {
  readonly kind = 'webgl' as const;
  private readonly map: maplibregl.Map;
  private readonly drawn = new Map<string, Status>();
  private hovered: string | null = null;
  private selected: string | null = null;
  private pendingStatuses: ReadonlyMap<string, { status: Status }> | null = null;
  private loaded = false;
  /** The theme the style's paint properties are in now, and the one asked for. */
  private drawnTheme: ResolvedTheme;
  private theme: ResolvedTheme;
  /** What was framed last, and (until the reader pans or zooms) framed again on a resize. */
  private target: FrameTarget = { bounds: REGION_BOUNDS.world, free: false };
  private readonly hand: HandMoves;
  private highlighted: readonly string[] = [];
  /** Compare mode's unchanged countries (feature state `quiet`). */
  private quiet: readonly string[] = [];
  private readonly insets: () => Insets;
  /** The zoom an eased zoomBy is heading for (so zoom steps add up). */
  private zoomTarget: number | null = null;
  private lostTimer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;
  /** The zoom factor the pattern tiles were last made to cancel. */
  private patternScale = NaN;
  private readonly byIso: Map<string, GeoBasemap['countries']['features'][number]>;
  private readonly hasMarker: Set<string>;
  readonly ready: Promise<void>;

  constructor(container: HTMLElement, geo: BaseGeometry, private readonly cb: RendererCallbacks, opts: RendererOptions) {
    // The SVG map's projected world is no basemap for MapLibre: createRenderer then draws SVG.
    if (geo.kind !== 'geojson') throw new Error('MapLibre draws a GeoJSON basemap, not a projected world');
    this.byIso = new Map(geo.countries.features.map((f) => [f.properties.iso, f]));
    this.hasMarker = new Set(geo.markers.features.map((f) => f.properties.iso));
    this.theme = this.drawnTheme = opts.theme;
    this.hand = new HandMoves(() => cb.onHandMove?.());
    const insets = opts.insets;
    this.insets = insets ?? (() => ({ top: FIT_PADDING, right: FIT_PADDING, bottom: FIT_PADDING, left: FIT_PADDING }));
    this.map = new maplibregl.Map({
      container,
      style: mapStyle(geo, opts.theme, opts.patterned),
      bounds: INITIAL_BOUNDS,
      fitBoundsOptions: { padding: FIT_PADDING },
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      renderWorldCopies: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      // The credit line is drawn by MapView in the reader's language, for both renderers.
      attributionControl: false,
      // Browser tests read the drawn frame back from the canvas; readers don't need the cost.
      canvasContextAttributes: { preserveDrawingBuffer: navigator.webdriver },
      // A map in someone else's page leaves the wheel and one finger to the page (the hint is MapView's).
      cooperativeGestures: opts.gestures === 'cooperative',
    });
    this.map.touchZoomRotate.disableRotation();
    // The page's keys (src/app/keyboard.ts) zoom the map; its zoom buttons are MapView's, shared with the SVG map.
    this.map.keyboard.disable();
    this.addPatternImages();

    this.ready = new Promise((resolve) => {
      this.map.once('load', () => {
        this.loaded = true;
        if (this.pendingStatuses) this.applyStatuses(this.pendingStatuses);
        this.applySelection();
        this.applyTheme();
        this.setHighlighted(this.highlighted);
        this.applyQuiet([], this.quiet);
        // Ready once the first frame with the final colours has been drawn.
        this.map.once('idle', () => resolve());
      });
    });

    // MapLibre tries to restore a lost context; if it has not come back in time, give the map up.
    this.map.on('webglcontextlost', () => {
      if (this.lostTimer !== null || this.destroyed) return;
      this.lostTimer = setTimeout(() => {
        this.lostTimer = null;
        if (!this.destroyed) this.cb.onLost?.();
      }, CONTEXT_RESTORE_MS);
    });
    this.map.on('webglcontextrestored', () => {
      if (this.lostTimer !== null) clearTimeout(this.lostTimer);
      this.lostTimer = null;
    });

    this.map.on('zoomend', () => this.addPatternImages());
    // A move ends (or a gesture or another move stops it): no zoom step is under way.
    this.map.on('moveend', () => {
      this.zoomTarget = null;
    });
    this.map.on('cooperativegestureprevented', (e) => this.cb.onGestureHint?.(e.gestureType === 'wheel_zoom' ? 'wheel' : 'touch'));
    this.map.on('movestart', (e) => {
      if ((e as { originalEvent?: Event }).originalEvent) this.hand.mark();
    });
    this.map.on('mousemove', (e) => {
      const iso = this.hit(e.point);
      this.setHover(iso);
      this.cb.onHover(iso, iso ? { x: e.point.x, y: e.point.y } : null);
    });
    this.map.on('mouseout', () => {
      this.setHover(null);
      this.cb.onHover(null, null);
    });
    this.map.on('click', (e) => this.cb.onSelect(this.hit(e.point)));
  }

  /**
   * The stripe tiles of the patterned statuses, at the screen's pixel ratio. MapLibre draws a
   * pattern at its size times 2^(zoom − tile zoom), so at the world view (zoom ≈ 0.8) stripes would
   * come out ~1.7× the size the legend shows; the tiles' declared pixel ratio takes that factor
   * back out, again after each zoom. They are the same in both themes (light stripes on a
   * transparent ground, over the status colour), so a theme change leaves them be.
   */
  private addPatternImages(): void {
    const ratio = Math.max(1, Math.ceil(window.devicePixelRatio || 1));
    const zoom = this.map.getZoom();
    const scale = 2 ** (zoom - Math.max(0, Math.floor(zoom)));
    if (Math.abs(scale - this.patternScale) < 0.01) return;
    this.patternScale = scale;
    for (const status of PATTERNED) {
      const p = STATUS_PATTERNS[status];
      if (!p) continue;
      if (this.map.hasImage(patternId(status))) this.map.removeImage(patternId(status));
      this.map.addImage(patternId(status), stripePixels(p, ratio), { pixelRatio: ratio * scale });
    }
  }

  /** The country under a point: a visible dot first (it sits on top), then the shapes. */
  private hit(point: maplibregl.PointLike): string | null {
    for (const f of this.map.queryRenderedFeatures(point, { layers: HIT_LAYERS })) {
      if (f.layer.id === MARKER_LAYER && !this.drawn.has(f.id as string)) continue; // an invisible dot
      return (f.id as string | undefined) ?? null;
    }
    return null;
  }

  /** Sets feature state on the country, and so on its dot if it has one (one source, one id: mapStyle.ts). */
  private state(iso: string, s: Record<string, unknown>): void {
    this.map.setFeatureState({ source: COUNTRY_SOURCE, id: iso }, s);
  }

  setStatuses(next: ReadonlyMap<string, { status: Status }>): void {
    if (!this.loaded) {
      this.pendingStatuses = next;
      return;
    }
    this.applyStatuses(next);
  }

  private applyStatuses(next: ReadonlyMap<string, { status: Status }>): void {
    this.pendingStatuses = null;
    for (const [iso] of this.drawn) {
      if (!next.has(iso)) {
        this.map.removeFeatureState({ source: COUNTRY_SOURCE, id: iso }, 'status');
        this.drawn.delete(iso);
      }
    }
    for (const [iso, { status }] of next) {
      if (this.drawn.get(iso) === status || !this.byIso.has(iso)) continue;
      this.state(iso, { status });
      this.drawn.set(iso, status);
    }
  }

  setSelected(iso: string | null): void {
    if (iso === this.selected) return;
    if (this.loaded && this.selected && this.hasMarker.has(this.selected)) this.state(this.selected, { selected: false });
    this.selected = iso;
    if (this.loaded) this.applySelection();
  }

  private applySelection(): void {
    const src = this.map.getSource<maplibregl.GeoJSONSource>(SELECTION_SOURCE);
    const f = this.selected ? this.byIso.get(this.selected) : undefined;
    src?.setData({ type: 'FeatureCollection', features: f ? [outlineOf(f)] : [] });
    if (this.selected && this.hasMarker.has(this.selected)) this.state(this.selected, { selected: true });
  }

  setTheme(theme: ResolvedTheme): void {
    this.theme = theme;
    if (this.loaded) this.applyTheme();
  }

  /** Sets every theme-dependent paint property again; sources, layers and images stay. */
  private applyTheme(): void {
    if (this.theme === this.drawnTheme) return;
    for (const [layer, paint] of Object.entries(themedPaint(this.theme))) {
      if (!this.map.getLayer(layer)) continue;
      for (const [prop, value] of Object.entries(paint)) this.map.setPaintProperty(layer, prop as PaintName, value as PaintValue);
    }
    this.drawnTheme = this.theme;
  }

  private setHover(iso: string | null): void {
    if (iso === this.hovered) return;
    if (this.hovered) this.state(this.hovered, { hover: false });
    if (iso) this.state(iso, { hover: true });
    this.hovered = iso;
    this.map.getCanvas().style.cursor = iso ? 'pointer' : '';
  }

  project(lng: number, lat: number): { x: number; y: number } {
    const p = this.map.project([lng, lat]);
    return { x: p.x, y: p.y };
  }

  get movedByHand(): boolean {
    return this.hand.value;
  }

  /** Fits the target in the box as it is now (bounds whose east passes 180 cross the cut, as MapLibre takes them). */
  private fitTarget(animate: boolean): void {
    const [w, s, e, n] = this.target.bounds;
    const { clientWidth: cw, clientHeight: ch } = this.map.getContainer();
    const padding = framePadding(this.target, cw, ch, this.insets());
    this.map.fitBounds([[w, s], [e, n]], { padding, duration: EASE_MS, animate, ...(this.target.maxZoom === undefined ? {} : { maxZoom: this.target.maxZoom }) });
  }

  frame(target: FrameTarget, animate: boolean): void {
    this.target = target;
    this.hand.clear();
    this.zoomTarget = null;
    this.fitTarget(animate);
  }

  setQuiet(isos: readonly string[] | null): void {
    const next = isos ?? [];
    if (this.loaded) this.applyQuiet(this.quiet, next);
    this.quiet = [...next];
  }

  /** Sets `quiet` on the countries that gained it and clears it on those that lost it. */
  private applyQuiet(prev: readonly string[], next: readonly string[]): void {
    const keep = new Set(next);
    for (const iso of prev) if (!keep.has(iso) && this.byIso.has(iso)) this.state(iso, { quiet: false });
    const had = new Set(prev);
    for (const iso of next) if (!had.has(iso) && this.byIso.has(iso)) this.state(iso, { quiet: true });
  }

  setHighlighted(isos: readonly string[]): void {
    if (this.loaded) {
      for (const iso of this.highlighted) this.state(iso, { highlight: false });
      for (const iso of isos) if (this.byIso.has(iso)) this.state(iso, { highlight: true });
    }
    this.highlighted = [...isos];
  }

  zoomBy(factor: number, animate = true): void {
    this.hand.mark();
    const from = this.zoomTarget ?? this.map.getZoom();
    const zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, from + Math.log2(factor)));
    // easeTo stops a move under way (its moveend clears zoomTarget) before this one is set.
    this.map.easeTo({ zoom, duration: animate ? EASE_MS : 0 });
    this.zoomTarget = animate ? zoom : null;
  }

  resize(): void {
    this.map.resize();
    if (!this.hand.value) this.fitTarget(false);
  }

  destroy(): void {
    this.destroyed = true;
    if (this.lostTimer !== null) clearTimeout(this.lostTimer);
    this.map.remove();
  }
}

export const createMapLibreRenderer: RendererFactory = (container, geo, cb, opts) => new MapLibreRenderer(container, geo, cb, opts);
