/**
 * The SVG map's gestures: d3-zoom (wheel, drag, pinch, double-click or double-tap). Not on the
 * start path: the renderer (svgRenderer.ts) draws, colours, selects, frames and eases without it,
 * and loads this module with a dynamic import() on the first sign of the reader's intent on the
 * map (the pointer coming over it, a press, a touch, a wheel). Attaching carries the view the
 * renderer shows now into d3-zoom's own transform, so nothing jumps; after that, each view the
 * renderer sets itself is carried in the same way (sync).
 */
import { select } from 'd3-selection';
// Selection.interrupt (d3-zoom needs d3-transition anyway, for a double-click's move).
import 'd3-transition';
import { zoom as d3zoom, ZoomTransform, type D3ZoomEvent } from 'd3-zoom';
import type { View } from './svgZoom.ts';

/**
 * What the renderer lends the gestures: its <svg>, its box, limits and view, and where a view goes.
 * The module imports nothing of the app's but types, so the app's modules stay in the chunks they
 * were in before it (a module the start path and this chunk shared would be split off into one of
 * its own).
 */
export interface GestureHost {
  readonly svg: SVGSVGElement;
  /** The box, in CSS px. */
  size(): { width: number; height: number };
  /** The world's edges in drawn coordinates (the translate extent) and the zoom's limits. */
  world(): [[number, number], [number, number]];
  readonly scaleExtent: readonly [number, number];
  /** How long a double-click's zoom eases, in ms. */
  readonly dblclickMs: number;
  /** The gesture filter (svgZoom.ts, acceptsGesture, for the map's mode). */
  accepts(e: Event): boolean;
  /** The view shown now (the renderer's; d3-zoom starts from it). */
  view(): View;
  /** A view to show; `byHand` when a gesture (an input event) made it. */
  show(v: View, byHand: boolean): void;
  /** Whether the renderer is still following a drag or pinch begun before this module loaded: d3-zoom starts none meanwhile. */
  busy(): boolean;
}

export interface Gestures {
  /** The renderer set a view itself: d3-zoom's transform follows, with no event and no move. */
  sync(v: View): void;
  /** The fit changed (a resize): the world's edges move with it. */
  refit(): void;
  /** Whether a touch gesture is under way (a lifted finger of a pinch still pans). */
  zooming(): boolean;
  destroy(): void;
}

export function attachGestures(host: GestureHost): Gestures {
  const zoom = d3zoom<SVGSVGElement, unknown>()
    .scaleExtent([...host.scaleExtent])
    .extent((): [[number, number], [number, number]] => [[0, 0], [host.size().width, host.size().height]])
    .translateExtent(host.world())
    .filter((e: Event) => !host.busy() && host.accepts(e))
    // A click that moved less than this is still a click (d3-zoom swallows the one after a drag).
    .clickDistance(4)
    .duration(host.dblclickMs)
    // Gestures carry their input event (a view set with zoom.transform would not).
    .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => host.show(e.transform, Boolean(e.sourceEvent)));
  const zoomed = select(host.svg).call(zoom);
  const transform = (v: View) => new ZoomTransform(v.k, v.x, v.y);
  zoomed.property('__zoom', transform(host.view()));

  return {
    sync(v) {
      zoomed.interrupt();
      zoomed.property('__zoom', transform(v));
    },
    refit() {
      zoom.translateExtent(host.world());
    },
    zooming() {
      return Boolean(zoomed.property('__zooming'));
    },
    destroy() {
      zoomed.interrupt();
      zoomed.on('.zoom', null);
    },
  };
}
