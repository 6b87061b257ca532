/**
 * The SVG renderer: the map for browsers without WebGL (or whose context was lost for good),
 * drawn with d3-geo from the same geometry as MapLibre, as the map's look (scene.ts, which the
 * map download draws from too) says: fills, hover shades, pattern tiles, line weights, dots and
 * selection ring. The DOM is built once; a date change sets `fill` on the paths of the countries
 * whose status changed and nothing else, and a theme change sets the look's colours again as
 * attributes. No pan or zoom: the world is fitted to the box, and refitted when the box changes size.
 */
import type { ResolvedTheme } from '../color/palette.ts';
import type { Status } from '../data/types.ts';
import { outlineOf, type BaseGeometry } from './geometry.ts';
import type { MapRenderer, RendererCallbacks, RendererFactory, RendererOptions } from './types.ts';
import { mapLook, patternAttrs, type MapLook, type Stroke } from './scene.ts';
import { fitMercator, pathGenerator, pointOf, projectFit, type Fit } from './svgGeometry.ts';

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

export class SvgRenderer implements MapRenderer {
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
  private readonly tiles = new Map<string, { ground: SVGRectElement; stripes: SVGPathElement }>();
  private readonly drawn = new Map<string, Status>();
  private hovered: string | null = null;
  private selected: string | null = null;
  private look: MapLook;
  private fit: Fit;
  private resizeFrame = 0;
  private destroyed = false;

  constructor(private readonly container: HTMLElement, private readonly geo: BaseGeometry, private readonly cb: RendererCallbacks, opts: RendererOptions) {
    this.look = this.lookFor(opts.theme);
    this.fit = fitMercator(container.clientWidth, container.clientHeight);

    // Readers of assistive technology get the same facts from the search and the table.
    const svg = (this.svg = el('svg', { class: 'map-svg', 'aria-hidden': 'true', focusable: 'false' }));
    const defs = el('defs', {}, svg);
    for (const tile of this.look.patterns) {
      const a = patternAttrs(tile);
      const pattern = el('pattern', a.pattern, defs);
      this.tiles.set(tile.id, { ground: el('rect', a.ground, pattern), stripes: el('path', a.stripes, pattern) });
    }
    const land = el('g', { class: 'map-countries' }, svg);
    for (const f of geo.countries.features) {
      const path = el('path', { 'data-iso': f.properties.iso, class: 'map-country' }, land);
      this.countries.set(f.properties.iso, path);
    }
    this.coast = el('path', { class: 'map-line', 'data-layer': 'coastlines', fill: 'none' }, svg);
    this.borders = el('path', { class: 'map-line', 'data-layer': 'borders', fill: 'none', 'stroke-linejoin': 'round' }, svg);
    const dots = el('g', { class: 'map-dots' }, svg);
    for (const f of geo.markers.features) {
      // A dot shows only while its country has a status (as on the WebGL map).
      this.dots.set(f.properties.iso, el('circle', { 'data-iso': f.properties.iso, class: 'map-dot', visibility: 'hidden' }, dots));
    }
    this.selectionCasing = el('path', { class: 'map-line', 'data-layer': 'selection-casing', fill: 'none', 'stroke-linejoin': 'round' }, svg);
    this.selectionLine = el('path', { class: 'map-line', 'data-layer': 'selection', fill: 'none', 'stroke-linejoin': 'round' }, svg);


    this.layout();
    this.paintTheme();
    container.append(svg);

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
    const hover = iso === this.hovered;
    this.countries.get(iso)?.setAttribute('fill', this.look.countryFill(status, hover));
    const dot = this.dots.get(iso);
    if (dot) {
      dot.setAttribute('fill', this.look.colour(status, hover));
      dot.setAttribute('visibility', status ? 'visible' : 'hidden');
    }
  }

  /** Positions everything for the current fit: path strings, dot centres, line weights. */
  private layout(): void {
    const { fit } = this;
    this.svg.setAttribute('width', String(fit.width));
    this.svg.setAttribute('height', String(fit.height));
    this.svg.setAttribute('viewBox', `0 0 ${fit.width} ${fit.height}`);
    const path = pathGenerator(fit);
    for (const f of this.geo.countries.features) this.countries.get(f.properties.iso)?.setAttribute('d', path(f));
    this.coast.setAttribute('d', this.geo.coastlines.features.map(path).join(''));
    this.borders.setAttribute('d', this.geo.borders.features.map(path).join(''));
    this.paintLines();
    const r = this.look.dotRadius(fit.zoom);
    for (const f of this.geo.markers.features) {
      const dot = this.dots.get(f.properties.iso);
      if (!dot) continue;
      const p = pointOf(fit, f);
      dot.setAttribute('cx', p.x.toFixed(1));
      dot.setAttribute('cy', p.y.toFixed(1));
      dot.setAttribute('r', String(r));
    }
    this.drawSelection(path);
  }

  /** Coastlines, borders (their weights follow the fit's zoom) and the selection's outline. */
  private paintLines(): void {
    stroke(this.coast, this.look.coast.at(this.fit.zoom));
    stroke(this.borders, this.look.borders.at(this.fit.zoom));
    stroke(this.selectionCasing, this.look.selection.casing);
    stroke(this.selectionLine, this.look.selection.line);
  }

  private drawSelection(path = pathGenerator(this.fit)): void {
    const f = this.selected ? this.geo.countries.features.find((c) => c.properties.iso === this.selected) : undefined;
    const d = f ? path(outlineOf(f)) : '';
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
      if (dot) stroke(dot, this.look.dotRing(sel));
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

  private readonly onClick = (e: MouseEvent): void => {
    this.cb.onSelect(this.isoOf(e));
  };

  project(lng: number, lat: number): { x: number; y: number } {
    return projectFit(this.fit, lng, lat);
  }

  /** Refits the world to the box (once per frame however often the box changes). */
  resize(): void {
    if (this.resizeFrame || this.destroyed) return;
    this.resizeFrame = requestAnimationFrame(() => {
      this.resizeFrame = 0;
      if (this.destroyed) return;
      const { clientWidth: w, clientHeight: h } = this.container;
      if (w === this.fit.width && h === this.fit.height) return;
      this.fit = fitMercator(w, h);
      this.layout();
    });
  }

  destroy(): void {
    this.destroyed = true;
    if (this.resizeFrame) cancelAnimationFrame(this.resizeFrame);
    this.svg.removeEventListener('pointermove', this.onPointerMove);
    this.svg.removeEventListener('pointerleave', this.onPointerLeave);
    this.svg.removeEventListener('click', this.onClick);
    this.svg.remove();
  }
}

export const createSvgRenderer: RendererFactory = (container, geo, cb, opts) => new SvgRenderer(container, geo, cb, opts);
