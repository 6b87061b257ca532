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
 * size). Pan and zoom move the outer <g> with a transform, which this renderer sets with plain
 * code for a jump (the first framing, a resize, any move under reduced motion) and an eased move
 * (frame/zoomBy, along d3-zoom's own path: svgMotion.ts). The gestures (d3-zoom: wheel, drag,
 * pinch, double-click or double-tap) are in svgGestures.ts, loaded on first use: the pointer
 * coming over the map, a press or a wheel. A wheel step, drag or pinch that comes before it has
 * loaded is applied here by d3-zoom's rules (svgMotion.ts); if it cannot load, the map keeps
 * those and its buttons. What must keep its size on screen is told
 * the scale: lines are non-scaling strokes whose widths follow the zoom as MapLibre's do, dots get
 * their radius divided by it, pattern tiles a patternTransform that undoes it (and the frame's
 * placement, so they lie on screen as they would on a map drawn in CSS px). The view arithmetic is
 * in svgZoom.ts.
 */
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
import type { Gestures } from './svgGestures.ts';
import { fitMercator, projectFit, type Fit } from './mercator.ts';
import { acceptsGesture, carryView, ceilingExtent, declinedGesture, EASE_MS, frameBounds, IDENTITY, viewZoom, worldExtent, ZOOM_EXTENT, zoomView, type View } from './svgZoom.ts';
import { easeCubicInOut, invertView, pressEvent, touchView, wheelView, zoomPath, type Anchor } from './svgMotion.ts';

type GestureModule = typeof import('./svgGestures.ts');

const NS = 'http://www.w3.org/2000/svg';
let instances = 0;
/** A gesture module that failed to load is told once a page. */
let warnedNoGestures = false;
/** The gesture module once a map has loaded it: a later map (a renderer swap) attaches it at once. */
let gestureModule: GestureModule | null = null;

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number> = {}, parent?: Element): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, name);
  setAttrs(e, attrs);
  parent?.appendChild(e);
  return e;
}

function setAttrs(e: Element, attrs: Record<string, string | number>): void {
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
}

const noDefault = (e: Event): void => e.preventDefault();

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
  private readonly gestures: GestureMode;
  /** d3-zoom and eased moves (svgGestures.ts), once loaded; until then moves are jumps set here. */
  private moves: Gestures | null = null;
  private loading = false;
  /** The animation frame of an eased move under way. */
  private easing = 0;
  /**
   * The pointers of a drag or pinch begun before the gesture module loaded, by id: this renderer
   * moves the view for it to its end (d3-zoom takes the next one).
   */
  private readonly early = new Map<number, Anchor>();
  /** Touch pointers down on the map, where they are in the box (a cooperative map's pinch starts with its second). */
  private readonly fingers = new Map<number, { x: number; y: number }>();
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

    // The first sign of the reader's intent loads the gestures; until then a wheel or drag is ours.
    if (gestureModule) this.attach(gestureModule);
    svg.addEventListener('pointerenter', this.loadGestures);
    svg.addEventListener('wheel', this.onEarlyWheel, { passive: false });
    svg.addEventListener('pointermove', this.onFingerMove);
    svg.addEventListener('pointerup', this.onPointerUp);
    svg.addEventListener('pointercancel', this.onPointerUp);
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

  /**
   * Moves to a view, eased (and interrupted by a gesture or another move) or at once: plain code
   * either way, along the path d3-zoom's own eased moves take (svgZoom.ts, zoomPath).
   */
  private moveTo(target: View, animate: boolean): void {
    this.stopEasing();
    if (!animate) {
      this.heading = null;
      this.setView(target);
      return;
    }
    this.heading = target;
    const path = zoomPath(this.fit, this.view, target);
    const start = performance.now();
    const step = (now: number): void => {
      const t = Math.min(1, Math.max(0, (now - start) / EASE_MS));
      this.easing = t < 1 ? requestAnimationFrame(step) : 0;
      if (t >= 1) this.heading = null;
      this.setView(path(easeCubicInOut(t)));
    };
    this.easing = requestAnimationFrame(step);
  }

  private stopEasing(): void {
    if (this.easing) cancelAnimationFrame(this.easing);
    this.easing = 0;
  }

  /** Shows a view set here (not by d3-zoom): d3-zoom's transform, once loaded, follows it. */
  private setView(v: View): void {
    this.applyView(v);
    this.moves?.sync(v);
  }

  /** A view the reader's gesture made (d3-zoom's, or an early one of ours) or one a move shows. */
  private shown(v: View, byHand: boolean): void {
    if (byHand) {
      this.hand.mark();
      this.heading = null;
      this.stopEasing();
    }
    this.applyView(v);
  }

  /** Loads the gesture module once; a late load after destroy() attaches nothing. */
  private readonly loadGestures = (): void => {
    if (this.loading || this.destroyed) return;
    this.loading = true;
    this.svg.removeEventListener('pointerenter', this.loadGestures);
    import('./svgGestures.ts').then(
      (m) => {
        gestureModule = m;
        this.attach(m);
      },
      (err: unknown) => {
        if (!warnedNoGestures) console.warn('The map could not load its gestures: it pans and zooms by wheel, drag and its buttons only.', err);
        warnedNoGestures = true;
      },
    );
  };

  /** Hands the gestures to d3-zoom, from the view shown now. */
  private attach(m: GestureModule): void {
    if (this.destroyed || this.moves) return;
    this.loading = true;
    this.svg.removeEventListener('pointerenter', this.loadGestures);
    this.moves = m.attachGestures({
      svg: this.svg,
      size: () => this.fit,
      world: () => worldExtent(this.fit),
      scaleExtent: ZOOM_EXTENT,
      dblclickMs: reducedMotion() ? 0 : 250,
      accepts: (e) => acceptsGesture(this.gestures, e as Event & { button?: number; touches?: TouchList }),
      view: () => this.view,
      show: (v, byHand) => this.shown(v, byHand),
      busy: () => this.earlyBusy(),
    });
  }

  /** A view set by an early gesture of ours; d3-zoom's transform follows it if it has loaded meanwhile. */
  private earlyMove(v: View): void {
    this.shown(v, true);
    this.moves?.sync(v);
  }

  /** A wheel step before d3-zoom has loaded (it takes them after): zooms about the pointer as it would. */
  private readonly onEarlyWheel = (e: WheelEvent): void => {
    this.loadGestures();
    if (this.moves || !acceptsGesture(this.gestures, e)) return;
    e.preventDefault();
    const box = this.svg.getBoundingClientRect();
    const v = wheelView(this.fit, this.view, e, { x: e.clientX - box.left, y: e.clientY - box.top });
    if (v) this.earlyMove(v);
  };

  /** Where a pointer event is in the box. */
  private at(e: { clientX: number; clientY: number }): { x: number; y: number } {
    const box = this.svg.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  }

  /** Each pointer of an early gesture holds the drawn point under it now (as d3-zoom does when one comes or goes). */
  private reanchor(): void {
    for (const a of this.early.values()) a.l = invertView(this.view, a.p);
  }

  /** An early drag or pinch, followed on the window to its end as d3-zoom would. */
  private readonly onEarlyMove = (e: PointerEvent): void => {
    const a = this.early.get(e.pointerId);
    if (!a) return;
    const p = this.at(e);
    if (p.x === a.p.x && p.y === a.p.y) return;
    a.p = p;
    this.earlyMove(touchView(this.fit, this.view, [...this.early.values()]));
  };

  private readonly onEarlyEnd = (e: PointerEvent): void => {
    if (!this.early.delete(e.pointerId)) return;
    if (this.early.size) this.reanchor();
    else this.endEarly();
  };

  private endEarly(): void {
    this.early.clear();
    window.removeEventListener('pointermove', this.onEarlyMove);
    window.removeEventListener('pointerup', this.onEarlyEnd);
    window.removeEventListener('pointercancel', this.onEarlyEnd);
    window.removeEventListener('selectstart', noDefault);
    window.removeEventListener('dragstart', noDefault);
  }

  /**
   * A press before d3-zoom has loaded that it would take (a mouse's main button, a finger, or a
   * cooperative map's second finger) starts or joins an early drag or pinch.
   */
  private earlyPress(e: PointerEvent): void {
    const touch = e.pointerType === 'touch';
    if (this.early.size && !touch) return;
    if (!this.early.size && !acceptsGesture(this.gestures, pressEvent(e, this.fingers.size))) return;
    if (!touch && !e.isPrimary) return;
    if (!this.early.size) {
      window.addEventListener('pointermove', this.onEarlyMove);
      window.addEventListener('pointerup', this.onEarlyEnd);
      window.addEventListener('pointercancel', this.onEarlyEnd);
      // As d3-zoom does: a drag selects no text on the page and drags no image.
      window.addEventListener('selectstart', noDefault);
      window.addEventListener('dragstart', noDefault);
    }
    // A touch gesture holds every finger down on the map (a cooperative map's first one too).
    if (touch) for (const [id, p] of this.fingers) this.early.set(id, { p, l: p });
    else this.early.set(e.pointerId, { p: this.at(e), l: this.at(e) });
    this.reanchor();
  }

  /** Whether an early drag or pinch is under way (d3-zoom, if it loads meanwhile, leaves it alone). */
  private earlyBusy(): boolean {
    return this.early.size > 0;
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
    if (e.pointerType === 'touch') this.fingers.set(e.pointerId, this.at(e));
    this.loadGestures();
    if (!this.moves) this.earlyPress(e);
  };

  private readonly onFingerMove = (e: PointerEvent): void => {
    if (this.fingers.has(e.pointerId)) this.fingers.set(e.pointerId, this.at(e));
  };

  private readonly onPointerUp = (e: PointerEvent): void => {
    this.fingers.delete(e.pointerId);
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
    if (hint === 'touch' && this.moves?.zooming()) return;
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
      this.moves?.refit();
      this.layout();
      const view = this.hand.value ? carryView(before, target, this.fit) : this.framed();
      this.moveTo(view, false);
    });
  }

  destroy(): void {
    this.destroyed = true;
    if (this.resizeFrame) cancelAnimationFrame(this.resizeFrame);
    this.stopEasing();
    this.moves?.destroy();
    this.moves = null;
    this.endEarly();
    this.svg.removeEventListener('pointermove', this.onFingerMove);
    this.svg.removeEventListener('pointerenter', this.loadGestures);
    this.svg.removeEventListener('wheel', this.onEarlyWheel);
    this.svg.removeEventListener('pointerup', this.onPointerUp);
    this.svg.removeEventListener('pointercancel', this.onPointerUp);
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
