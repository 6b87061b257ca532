/**
 * The only owner of the MapLibre map. Sources are added once; the date changes colours through
 * feature state (setStatuses diffs against what is drawn and touches only what changed), and
 * selection swaps one small line source. React never re-renders the map.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Status } from '../data/types.ts';
import { outlineOf, type BaseGeometry } from './geometry.ts';
import { mapStyle, COUNTRY_FILL_LAYER, COUNTRY_SOURCE, SELECTION_SOURCE, INITIAL_BOUNDS, MARKER_LAYER, MARKER_SOURCE } from './mapStyle.ts';

/** Layers a pointer can hit, topmost first: a small country's dot, then the country shapes. */
const HIT_LAYERS = [MARKER_LAYER, COUNTRY_FILL_LAYER];

maplibregl.setWorkerUrl(workerUrl);

export interface MapCallbacks {
  onHover(iso: string | null, point: { x: number; y: number } | null): void;
  onSelect(iso: string | null): void;
}

export class MapController {
  private readonly map: maplibregl.Map;
  private readonly drawn = new Map<string, Status>();
  private hovered: string | null = null;
  private selected: string | null = null;
  private pendingStatuses: ReadonlyMap<string, { status: Status }> | null = null;
  private loaded = false;
  /** Until the reader pans or zooms, a resize refits the whole world. */
  private userMoved = false;
  private readonly byIso: Map<string, BaseGeometry['countries']['features'][number]>;
  private readonly hasMarker: Set<string>;
  readonly ready: Promise<void>;

  constructor(container: HTMLElement, geo: BaseGeometry, private readonly cb: MapCallbacks) {
    this.byIso = new Map(geo.countries.features.map((f) => [f.properties.iso, f]));
    this.hasMarker = new Set(geo.markers.features.map((f) => f.properties.iso));
    this.map = new maplibregl.Map({
      container,
      style: mapStyle(geo),
      bounds: INITIAL_BOUNDS,
      fitBoundsOptions: { padding: 8 },
      minZoom: -1,
      maxZoom: 7,
      renderWorldCopies: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      attributionControl: { compact: true, customAttribution: 'Borders: Natural Earth' },
      // Browser tests read the drawn frame back from the canvas; readers don't need the cost.
      canvasContextAttributes: { preserveDrawingBuffer: navigator.webdriver },
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disable();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');

    this.ready = new Promise((resolve) => {
      this.map.once('load', () => {
        this.loaded = true;
        if (this.pendingStatuses) this.applyStatuses(this.pendingStatuses);
        this.applySelection();
        // Ready once the first frame with the final colours has been drawn.
        this.map.once('idle', () => resolve());
      });
    });

    this.map.on('movestart', (e) => {
      if ((e as { originalEvent?: Event }).originalEvent) this.userMoved = true;
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

  /** The country under a point: a visible dot first (it sits on top), then the shapes. */
  private hit(point: maplibregl.PointLike): string | null {
    for (const f of this.map.queryRenderedFeatures(point, { layers: HIT_LAYERS })) {
      if (f.layer.id === MARKER_LAYER && !this.drawn.has(f.id as string)) continue; // an invisible dot
      return (f.id as string | undefined) ?? null;
    }
    return null;
  }

  /** Sets feature state on the country and, if it has one, its dot. */
  private state(iso: string, s: Record<string, unknown>): void {
    this.map.setFeatureState({ source: COUNTRY_SOURCE, id: iso }, s);
    if (this.hasMarker.has(iso)) this.map.setFeatureState({ source: MARKER_SOURCE, id: iso }, s);
  }

  /** Recolours by feature state: only the countries whose status changed are touched. */
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
        if (this.hasMarker.has(iso)) this.map.removeFeatureState({ source: MARKER_SOURCE, id: iso }, 'status');
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
    if (this.loaded && this.selected && this.hasMarker.has(this.selected)) this.map.setFeatureState({ source: MARKER_SOURCE, id: this.selected }, { selected: false });
    this.selected = iso;
    if (this.loaded) this.applySelection();
  }

  private applySelection(): void {
    const src = this.map.getSource<maplibregl.GeoJSONSource>(SELECTION_SOURCE);
    const f = this.selected ? this.byIso.get(this.selected) : undefined;
    src?.setData({ type: 'FeatureCollection', features: f ? [outlineOf(f)] : [] });
    if (this.selected && this.hasMarker.has(this.selected)) this.map.setFeatureState({ source: MARKER_SOURCE, id: this.selected }, { selected: true });
  }

  private setHover(iso: string | null): void {
    if (iso === this.hovered) return;
    if (this.hovered) this.state(this.hovered, { hover: false });
    if (iso) this.state(iso, { hover: true });
    this.hovered = iso;
    this.map.getCanvas().style.cursor = iso ? 'pointer' : '';
  }

  /** Screen position (CSS pixels, relative to the map) of a longitude/latitude. */
  project(lng: number, lat: number): { x: number; y: number } {
    const p = this.map.project([lng, lat]);
    return { x: p.x, y: p.y };
  }

  resize(): void {
    this.map.resize();
    if (!this.userMoved) this.map.fitBounds(INITIAL_BOUNDS, { padding: 8, animate: false });
  }

  destroy(): void {
    this.map.remove();
  }
}

/** True when this browser can give MapLibre a WebGL context. */
export function webglAvailable(): boolean {
  try {
    const c = document.createElement('canvas');
    const gl = c.getContext('webgl2') ?? c.getContext('webgl');
    // Give the probe's context back at once: browsers cap live WebGL contexts.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}
