/**
 * The SVG renderer: the map for browsers without WebGL (or whose context was lost for good),
 * drawn from the world projected at build time (projectedWorld.ts; a GeoJSON basemap, as the WebGL
 * map's fallback gets, is projected the same way here), as the map's look (scene.ts, which the
 * map download draws from too) says: fills, hover shades, pattern tiles, line weights, dots and
 * selection ring. The DOM is built once; a date change sets `fill` on the paths of the countries
 * whose status changed and nothing else, and a theme change sets the look's colours again as
 * attributes.
 *
 * The path strings are set once, in the world's own frame; a second <g> inside the view's places
 * the frame for the box (the fit, svgGeometry.ts: one transform, set again when the box changes
 * size). Pan and zoom (d3-zoom: wheel, drag, pinch, double-click or double-tap, and
 * frame/zoomBy) move the outer <g> with a transform. What must keep its size on screen is told
 * the scale: lines are non-scaling strokes whose widths follow the zoom as MapLibre's do, dots get
 * their radius divided by it, pattern tiles a patternTransform that undoes it (and the frame's
 * placement, so they lie on screen as they would on a map drawn in CSS px). The view arithmetic is
 * in svgZoom.ts.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, ZoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { ResolvedTheme } from '../color/palette.ts';
import { REGION_BOUNDS } from '../data/regions.ts';
import type { Status } from '../data/types.ts';
import type { BaseGeometry, ProjectedCountry, ProjectedWorld } from './geometry.ts';
import { FIT_PADDING } from './mercator.ts';
import { reducedMotion } from './motion.ts';
import type { FrameTarget, GestureMode, MapRenderer, RendererCallbacks, RendererFactory, RendererOptions } from './types.ts';
import type { Insets } from './types.ts';
import { framePadding, HandMoves } from './framing.ts';
import { mapLook, patternAttrs, type MapLook, type Stroke } from './scene.ts';
import { frameTransform, linePath, outlinePath, projectWorld } from './projectedWorld.ts';
import { fitMercator, projectFit, type Fit } from './mercator.ts';
import {
  acceptsGesture,
  carryView,
  ceilingExtent,
  declinedGesture,
  EASE_MS,
  frameBounds,
  IDENTITY,
  viewZoom,
  worldExtent,
  ZOOM_EXTENT,
  zoomView,
  type View,
} from './svgZoom.ts';

const NS = 'http://www.w3.org/2000/svg';
let instances = 0;

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number> = {}, parent?: Element): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, name);
  setAttrs(e, attrs);
  parent?.appendChild(e);
  return e;
}

function setAttrs(e: Element, attrs: Record<string, string | number>): void {
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
}

function stroke(e: Element, s: Stroke): void {
  e.setAttribute('stroke', s.colour);
  e.setAttribute('stroke-width', String(s.width));
}

class SvgRenderer implements MapRenderer {
  readonly kind = 'svg' as const;
  readonly ready: Promise<void>;
  private readonly svg: SVGSVGElement;
  /** Prefix of this map's pattern ids (ids are page-wide; two maps may briefly coexist). */
  private readonly idPrefix = `tcdm-svg${++instances}-`;
  private readonly countries = new Map<string, SVGPathElement>();
  private readonly dots = new Map<string, SVGCircleElement>();
  private readonly coast: SVGPathElement;
  private readonly borders: SVGPathElement;
  private readonly selectionCasing: SVGPathElement;
  private readonly selectionLine: SVGPathElement;
  /** Each pattern tile's ground and stripes, by tile id (recoloured on a theme change). */
  private readonly tiles = new Map<string, { pattern: SVGPatternElement; ground: SVGRectElement; stripes: SVGPathElement }>();
  private readonly drawn = new Map<string, Status>();
  /** The group everything drawn sits in: the only element pan and zoom touch. */
  private readonly viewport: SVGGElement;
  /** Inside it, the group that places the world's frame for the fit. */
  private readonly frameGroup: SVGGElement;
  private readonly world: ProjectedWorld;
  private readonly byIso: Map<string, ProjectedCountry>;
  private readonly zoom: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly zoomed: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly gestures: GestureMode;
  private hovered: string | null = null;
  private selected: string | null = null;
  /** CSS px per frame unit at the view the dots were last sized for (the view's scale × the frame's). */
  private dotUnit = 1;
  private look: MapLook;
  private fit: Fit;
  /** The view shown now, and the one an eased move is heading for (so zoom steps add up). */
  private view: View = IDENTITY;
  private heading: View | null = null;
  /** The scale the lines, dots and pattern tiles were last sized for. */
  private sizedFor = NaN;
  /** What was framed last (the world at first); until the reader pans or zooms, a resize frames it again. */
  private target: FrameTarget = { bounds: REGION_BOUNDS.world, free: false };
  private readonly hand: HandMoves;
  /** Countries a legend entry or table row points at: shaded as under the pointer. */
  private highlighted = new Set<string>();
  /** Compare mode's unchanged countries, drawn quiet. */
  private quiet = new Set<string>();
  private readonly insets: () => Insets;
  /** Where the pointer went down, to tell a click from a drag. */
  private down: { x: number; y: number } | null = null;
  private resizeFrame = 0;
  private destroyed = false;

  constructor(private readonly container: HTMLElement, geo: BaseGeometry, private readonly cb: RendererCallbacks, opts: RendererOptions) {
    const world = (this.world = geo.kind === 'projected' ? geo : projectWorld(geo));
    this.byIso = new Map(world.countries.map((c) => [c.id, c]));
    this.look = this.lookFor(opts.theme);
    this.fit = fitMercator(container.clientWidth, container.clientHeight);
    this.gestures = opts.gestures ?? 'all';
    this.hand = new HandMoves(() => cb.onHandMove?.());
    const insets = opts.insets;
    this.insets = insets ?? (() => ({ top: FIT_PADDING, right: FIT_PADDING, bottom: FIT_PADDING, left: FIT_PADDING }));

    // Readers of assistive technology get the same facts from the search and the table.
    const svg = (this.svg = el('svg', { class: 'map-svg', 'aria-hidden': 'true', focusable: 'false', 'data-gestures': this.gestures }));
    const defs = el('defs', {}, svg);
    for (const tile of this.look.patterns) {
      const a = patternAttrs(tile);
      const pattern = el('pattern', a.pattern, defs);
      this.tiles.set(tile.id, { pattern, ground: el('rect', a.ground, pattern), stripes: el('path', a.stripes, pattern) });
    }
    const viewport = (this.viewport = el('g', { class: 'map-view' }, svg));
    const frame = (this.frameGroup = el('g', { class: 'map-frame' }, viewport));
    const land = el('g', { class: 'map-countries' }, frame);
    for (const c of world.countries) {
      const path = el('path', { 'data-iso': c.id, class: 'map-country', d: c.d }, land);
      this.countries.set(c.id, path);
    }
    this.coast = el('path', { class: 'map-line', 'data-layer': 'coastlines', fill: 'none', d: linePath(world, 'coastlines') }, frame);
    this.borders = el('path', { class: 'map-line', 'data-layer': 'borders', fill: 'none', 'stroke-linejoin': 'round', d: linePath(world, 'borders') }, frame);
    this.selectionCasing = el('path', { class: 'map-line', 'data-layer': 'selection-casing', fill: 'none', 'stroke-linejoin': 'round' }, frame);
    this.selectionLine = el('path', { class: 'map-line', 'data-layer': 'selection', fill: 'none', 'stroke-linejoin': 'round' }, frame);
    // Over the selection's outline: a selected small country's outline would hide its dot.
    const dots = el('g', { class: 'map-dots' }, frame);
    for (const d of world.dots) {
      // A dot shows only while its country has a status (as on the WebGL map).
      this.dots.set(d.id, el('circle', { 'data-iso': d.id, class: 'map-dot', visibility: 'hidden', cx: d.x, cy: d.y }, dots));
    }

    this.layout();
    this.paintTheme();
    container.append(svg);

    this.zoom = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([...ZOOM_EXTENT])
      .extent((): [[number, number], [number, number]] => [[0, 0], [this.fit.width, this.fit.height]])
      .translateExtent(worldExtent(this.fit))
      .filter((e: Event) => acceptsGesture(this.gestures, e as Event & { button?: number; touches?: TouchList }))
      // A click that moved less than this is still a click (d3-zoom swallows the one after a drag).
      .clickDistance(4)
      .duration(reducedMotion() ? 0 : 250)
      .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // Gestures carry their input event; frame and zoomBy (and resize) do not.
        if (e.sourceEvent) {
          this.hand.mark();
          this.heading = null;
        }
        this.applyView(e.transform);
      });
    this.zoomed = select(svg).call(this.zoom);
    if (this.gestures === 'cooperative') {
      svg.addEventListener('wheel', this.onDeclinable, { passive: true });
      svg.addEventListener('touchmove', this.onDeclinable, { passive: true });
    }

    svg.addEventListener('pointerdown', this.onPointerDown);
    svg.addEventListener('pointermove', this.onPointerMove);
    svg.addEventListener('pointerleave', this.onPointerLeave);
    svg.addEventListener('click', this.onClick);

    // Ready after the browser has painted the first frame (statuses are set before it).
    this.ready = new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  }

  private lookFor(theme: ResolvedTheme): MapLook {
    return mapLook(theme, { idPrefix: this.idPrefix, hover: true });
  }

  /** Fills a country (a pattern tile where its status has one) and its dot (never patterned). */
  private paintCountry(iso: string): void {
    const status = this.drawn.get(iso) ?? null;
    const hover = iso === this.hovered || this.highlighted.has(iso);
    const quiet = status !== null && this.quiet.has(iso);
    this.countries.get(iso)?.setAttribute('fill', quiet ? this.look.quiet(hover) : this.look.countryFill(status, hover));
    const dot = this.dots.get(iso);
    if (dot) {
      dot.setAttribute('fill', quiet ? this.look.quiet(hover) : this.look.colour(status, hover));
      dot.setAttribute('visibility', status ? 'visible' : 'hidden');
    }
  }

  /**
   * Places the world for the current fit: one transform on the frame's group (once per box size,
   * never on zoom), then the sizes that follow the view's scale.
   */
  private layout(): void {
    const { fit } = this;
    this.svg.setAttribute('width', String(fit.width));
    this.svg.setAttribute('height', String(fit.height));
    this.svg.setAttribute('viewBox', `0 0 ${fit.width} ${fit.height}`);
    this.frameGroup.setAttribute('transform', frameTransform(fit, this.world.size).transform);
    this.sizedFor = NaN;
    this.paintLines();
  }

  /** Shows a view: one transform on the group, and the sizes that undo its scale if it changed. */
  private applyView(t: View): void {
    this.view = { k: t.k, x: t.x, y: t.y };
    this.viewport.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
    if (t.k !== this.sizedFor) this.paintLines();
  }

  /**
   * What keeps its size on screen, for the view's scale: line widths at the zoom the view shows the
   * world at (as MapLibre's follow its zoom; the strokes are non-scaling), the dots' radius (which
   * also follows the zoom, and is 0 once countries are big enough), the pattern tiles, and the
   * selection's outline. A handful of attributes, whatever the number of countries.
   */
  private paintLines(): void {
    const k = this.view.k;
    const zoom = viewZoom(this.fit, this.view);
    stroke(this.coast, this.look.coast.at(zoom));
    stroke(this.borders, this.look.borders.at(zoom));
    stroke(this.selectionCasing, this.look.selection.casing);
    stroke(this.selectionLine, this.look.selection.line);
    if (k === this.sizedFor) return;
    this.sizedFor = k;
    // The frame's units are `place.scale` box px each: radii and tiles are divided by that too.
    const place = frameTransform(this.fit, this.world.size);
    this.dotUnit = k * place.scale;
    for (const [iso, dot] of this.dots) this.sizeDot(iso, dot);
    // Pattern space → box px (÷ the view's scale, as before the frame) → the frame's units.
    const tile = `scale(${1 / place.scale}) translate(${-place.x},${-place.y})${k === 1 ? '' : ` scale(${1 / k})`}`;
    for (const { pattern } of this.tiles.values()) pattern.setAttribute('patternTransform', tile);
  }

  /** A dot's radius at the view's zoom: the selected one's goes later (scene.ts, SELECTED_MARKER_MAX_ZOOM). */
  private sizeDot(iso: string, dot: SVGCircleElement): void {
    const r = this.look.dotRadius(viewZoom(this.fit, this.view), iso === this.selected) / this.dotUnit;
    dot.setAttribute('r', String(+r.toPrecision(6)));
  }

  private drawSelection(): void {
    const c = this.selected ? this.byIso.get(this.selected) : undefined;
    const d = c ? outlinePath(c) : '';
    this.selectionCasing.setAttribute('d', d);
    this.selectionLine.setAttribute('d', d);
  }

  /** Sets every colour of the look: ocean, lines, pattern tiles, dot rings, every country's fill. */
  private paintTheme(): void {
    this.svg.style.background = this.look.ocean;
    this.paintLines();
    for (const tile of this.look.patterns) {
      const els = this.tiles.get(tile.id);
      if (!els) continue;
      const a = patternAttrs(tile);
      setAttrs(els.ground, a.ground);
      setAttrs(els.stripes, a.stripes);
    }
    for (const iso of this.countries.keys()) this.paintCountry(iso);
    for (const [iso, dot] of this.dots) stroke(dot, this.look.dotRing(iso === this.selected));
  }

  setStatuses(next: ReadonlyMap<string, { status: Status }>): void {
    const changed: string[] = [];
    for (const iso of this.drawn.keys()) {
      if (!next.has(iso)) {
        this.drawn.delete(iso);
        changed.push(iso);
      }
    }
    for (const [iso, { status }] of next) {
      if (this.drawn.get(iso) === status || !this.countries.has(iso)) continue;
      this.drawn.set(iso, status);
      changed.push(iso);
    }
    for (const iso of changed) this.paintCountry(iso);
  }

  setSelected(iso: string | null): void {
    if (iso === this.selected) return;
    const prev = this.selected;
    this.selected = iso;
    this.drawSelection();
    for (const [id, sel] of [[prev, false], [iso, true]] as const) {
      const dot = id ? this.dots.get(id) : undefined;
      if (!dot) continue;
      stroke(dot, this.look.dotRing(sel));
      this.sizeDot(id as string, dot);
    }
  }

  setTheme(theme: ResolvedTheme): void {
    if (theme === this.look.theme) return;
    this.look = this.lookFor(theme);
    this.paintTheme();
  }

  private setHover(iso: string | null): void {
    if (iso === this.hovered) return;
    const prev = this.hovered;
    this.hovered = iso;
    if (prev) this.paintCountry(prev);
    if (iso) this.paintCountry(iso);
    this.svg.style.cursor = iso ? 'pointer' : '';
  }

  /** Moves to a view, eased (and interruptible by a gesture) or at once. */
  private moveTo(target: View, animate: boolean): void {
    const t = new ZoomTransform(target.k, target.x, target.y);
    if (!animate) {
      this.heading = null;
      this.zoomed.interrupt();
      this.zoom.transform(this.zoomed, t);
      return;
    }
    const heading = (this.heading = target);
    const done = (): void => {
      if (this.heading === heading) this.heading = null;
    };
    const move = this.zoomed.transition().duration(EASE_MS).on('end', done).on('interrupt', done);
    this.zoom.transform(move, t);
  }

  get movedByHand(): boolean {
    return this.hand.value;
  }

  /** The view that fits the target in the box as it is now. */
  private framed(): View {
    const [w, s, e, n] = this.target.bounds;
    const pad = framePadding(this.target, this.fit.width, this.fit.height, this.insets());
    return frameBounds(this.fit, [[w, s], [e, n]], pad, ceilingExtent(this.fit, this.target.maxZoom));
  }

  frame(target: FrameTarget, animate: boolean): void {
    this.target = target;
    this.hand.clear();
    this.moveTo(this.framed(), animate);
  }

  setQuiet(isos: readonly string[] | null): void {
    const prev = this.quiet;
    this.quiet = new Set(isos ?? []);
    for (const iso of prev) if (!this.quiet.has(iso)) this.paintCountry(iso);
    for (const iso of this.quiet) if (!prev.has(iso)) this.paintCountry(iso);
  }

  setHighlighted(isos: readonly string[]): void {
    const prev = this.highlighted;
    this.highlighted = new Set(isos);
    for (const iso of prev) if (!this.highlighted.has(iso)) this.paintCountry(iso);
    for (const iso of this.highlighted) if (!prev.has(iso)) this.paintCountry(iso);
  }

  zoomBy(factor: number, animate = true): void {
    this.hand.mark();
    this.moveTo(zoomView(this.fit, this.heading ?? this.view, factor), animate);
  }

  /** The country under a pointer event: a dot or shape carries its ISO code. */
  private isoOf(e: Event): string | null {
    const t = e.target instanceof Element ? e.target.closest('[data-iso]') : null;
    return t?.getAttribute('data-iso') ?? null;
  }

  private readonly onPointerMove = (e: PointerEvent): void => {
    const iso = this.isoOf(e);
    this.setHover(iso);
    const box = this.container.getBoundingClientRect();
    this.cb.onHover(iso, iso ? { x: e.clientX - box.left, y: e.clientY - box.top } : null);
  };

  private readonly onPointerLeave = (): void => {
    this.setHover(null);
    this.cb.onHover(null, null);
  };

  private readonly onPointerDown = (e: PointerEvent): void => {
    if (e.isPrimary) this.down = { x: e.clientX, y: e.clientY };
  };

  /** A click or tap selects; the end of a drag does not (d3-zoom also swallows a mouse drag's click). */
  private readonly onClick = (e: MouseEvent): void => {
    const d = this.down;
    this.down = null;
    if (d && Math.hypot(e.clientX - d.x, e.clientY - d.y) > 10) return;
    this.cb.onSelect(this.isoOf(e));
  };

  /** A cooperative map tells the reader how to move it when it leaves a gesture to the page. */
  private readonly onDeclinable = (e: WheelEvent | TouchEvent): void => {
    const hint = declinedGesture(this.gestures, e as Event & { touches?: TouchList });
    // A finger lifted from a two-finger gesture still pans: that one is not declined.
    if (hint === 'touch' && this.zoomed.property('__zooming')) return;
    if (hint) this.cb.onGestureHint?.(hint);
  };

  project(lng: number, lat: number): { x: number; y: number } {
    const p = projectFit(this.fit, lng, lat);
    return { x: this.view.k * p.x + this.view.x, y: this.view.k * p.y + this.view.y };
  }

  /**
   * Refits the world to the box (once per frame however often the box changes): the paths are
   * drawn again for the new size, then what was framed is framed again, or the reader's own view is
   * carried over (the same place at the centre, the same scale on screen).
   */
  resize(): void {
    if (this.resizeFrame || this.destroyed) return;
    this.resizeFrame = requestAnimationFrame(() => {
      this.resizeFrame = 0;
      if (this.destroyed) return;
      const { clientWidth: w, clientHeight: h } = this.container;
      if (w === this.fit.width && h === this.fit.height) return;
      const before = this.fit;
      const target = this.heading ?? this.view;
      this.fit = fitMercator(w, h);
      this.zoom.translateExtent(worldExtent(this.fit));
      this.layout();
      const view = this.hand.value ? carryView(before, target, this.fit) : this.framed();
      this.moveTo(view, false);
    });
  }

  destroy(): void {
    this.destroyed = true;
    if (this.resizeFrame) cancelAnimationFrame(this.resizeFrame);
    this.zoomed.interrupt();
    this.zoomed.on('.zoom', null);
    this.svg.removeEventListener('wheel', this.onDeclinable);
    this.svg.removeEventListener('touchmove', this.onDeclinable);
    this.svg.removeEventListener('pointerdown', this.onPointerDown);
    this.svg.removeEventListener('pointermove', this.onPointerMove);
    this.svg.removeEventListener('pointerleave', this.onPointerLeave);
    this.svg.removeEventListener('click', this.onClick);
    this.svg.remove();
  }
}

export const createSvgRenderer: RendererFactory = (container, geo, cb, opts) => new SvgRenderer(container, geo, cb, opts);
