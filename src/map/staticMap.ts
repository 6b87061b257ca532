/**
 * The map of the static first paint (src/snapshot/render.tsx): the SVG renderer's picture at the
 * world view, as markup, from a coarse projected world (the build's `SNAPSHOT_WORLD`: a small
 * frame, simplified, so the page's HTML stays small), coloured as the map look (scene.ts) says.
 * The page shows it from HTML and CSS alone, then keeps it in the map's box until the live renderer
 * has drawn (MapView), so the reader never sees the box empty (docs/ARCHITECTURE.md, "First paint").
 *
 * Sized by CSS, not by a script: the picture is the whole Mercator square across the box's width,
 * its centre row (the world view's centre) at the box's middle, which is where the SVG renderer puts
 * the world in any box at least as wide as it is tall (its fit, mercator.ts: k = width / 2π). Line
 * widths are non-scaling; dot radii and pattern tiles are sized for a box `SNAPSHOT_BOX` px wide.
 *
 * Pure: a string, no DOM.
 */
import type { Status } from '../data/types.ts';
import { WORLD_BOUNDS } from './mercator.ts';
import { mercator } from './mercator.ts';
import type { ProjectedWorld } from './geometry.ts';
import { linePath } from './projectedWorld.ts';
import { patternAttrs, type MapLook, type Stroke } from './scene.ts';

/** The first paint's world: a 1,024-unit frame (a unit is 0.86 px in an 880 px box), simplified by a unit. */
export const SNAPSHOT_WORLD = { size: 1024, tolerance: 1 } as const;

/** The box width (CSS px) the first paint's dots and pattern tiles are sized for: the desktop map's. */
export const SNAPSHOT_BOX = 880;

/** Where the world view's centre row is, as a fraction of the square's height from its top. */
export function centreRow(): number {
  const [[, s], [, n]] = WORLD_BOUNDS;
  const my = (mercator(0, s)[1] + mercator(0, n)[1]) / 2;
  return (Math.PI - my) / (2 * Math.PI);
}

const esc = (v: string | number): string => String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const attrs = (a: Record<string, string | number>): string =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
const stroke = (s: Stroke): Record<string, string | number> => ({ stroke: s.colour, 'stroke-width': +s.width.toPrecision(3) });

/** The largest ring (units across) the first paint leaves out: a speck, under 1.4 px at the desktop box. */
const SPECK = 1;

/** A ring's width and height in frame units, from its path (`M x y` then relative `l` steps, as projectedWorld.ts writes them). */
export function ringExtent(ring: string): number {
  const n = ring.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  let [x, y] = [n[0] ?? 0, n[1] ?? 0];
  let [x0, x1, y0, y1] = [x, x, y, y];
  for (let i = 2; i + 1 < n.length; i += 2) {
    x += n[i] as number;
    y += n[i + 1] as number;
    [x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)];
  }
  return Math.max(x1 - x0, y1 - y0);
}

/**
 * A country's rings without its specks: rings no wider or taller than `SPECK` units, which the coarse
 * frame has turned into points or slivers under a pixel (a small state with a status has its dot).
 */
export function withoutSpecks(d: string): string {
  return d.split(/(?=M)/).filter((ring) => ringExtent(ring) > SPECK).join('');
}

/**
 * The countries in one path per fill (status), in the order the fills first come: each path names its
 * countries in `data-countries`, in the order their rings come in it. A country that is all specks is
 * left out if it has a dot (drawn when it has a status), else kept whole.
 */
export function pathsByFill(world: ProjectedWorld, fillOf: (iso: string) => string): { fill: string; ids: string[]; d: string }[] {
  const dotted = new Set(world.dots.map((d) => d.id));
  const by = new Map<string, { fill: string; ids: string[]; d: string }>();
  for (const c of world.countries) {
    const d = withoutSpecks(c.d) || (dotted.has(c.id) ? '' : c.d);
    if (d === '') continue;
    const fill = fillOf(c.id);
    const p = by.get(fill) ?? { fill, ids: [], d: '' };
    p.ids.push(c.id);
    p.d += d;
    by.set(fill, p);
  }
  return [...by.values()];
}

/** The SVG markup of the world view at `statuses`, in `look` (its pattern ids must be the page's only ones with that prefix). */
export function staticMapSvg(world: ProjectedWorld, statuses: ReadonlyMap<string, { status: Status }>, look: MapLook, box = SNAPSHOT_BOX): string {
  const unit = world.size / box; // frame units per CSS px
  const zoom = Math.log2(box / 512);
  const tiles = look.patterns
    .filter((t) => !t.hover)
    .map((t) => {
      const a = patternAttrs(t);
      return `<pattern${attrs({ ...a.pattern, patternTransform: `scale(${+unit.toPrecision(4)})` })}><rect${attrs(a.ground)}/><path${attrs(a.stripes)}/></pattern>`;
    })
    .join('');
  const statusOf = (iso: string): Status | null => statuses.get(iso)?.status ?? null;
  // The coast is the land's edge: the land drawn once more under itself with a stroke twice the
  // coast's width (a `<use>`, no second copy of the paths), of which only the half outside the land
  // shows; the borders' lines go over the land where two countries meet. So the coast needs no
  // path of its own. (`data-countries`, not the live map's `data-iso`: nothing that looks for the
  // live map finds this one. Line widths are non-scaling, by the first paint's CSS, src/map/map.css.)
  const landId = 'first-paint-land';
  const countries = pathsByFill(world, (iso) => look.countryFill(statusOf(iso)))
    .map((p) => `<path data-countries="${esc(p.ids.join(' '))}" fill="${esc(p.fill)}" d="${p.d}"/>`)
    .join('');
  const coast = look.coast.at(zoom);
  const land = `<use${attrs({ href: `#${landId}`, ...stroke({ ...coast, width: 2 * coast.width }) })}/><g id="${esc(landId)}">${countries}</g>`;
  const borders = `<path${attrs({ fill: 'none', ...stroke(look.borders.at(zoom)), d: linePath(world, 'borders') })}/>`;
  const r = +((look.dotRadius(zoom) * unit).toPrecision(3));
  const dots = r > 0
    ? world.dots
        .filter((d) => statusOf(d.id))
        .map((d) => `<circle${attrs({ 'data-country': d.id, cx: d.x, cy: d.y, r, fill: look.colour(statusOf(d.id)), ...stroke(look.dotRing(false)) })}/>`)
        .join('')
    : '';
  // (A style attribute: the build moves it into a stylesheet, as the site's CSP allows no inline style.)
  const place = `transform:translateY(-${(centreRow() * 100).toFixed(3)}%)`;
  return (
    `<svg id="first-paint-map" class="map-snapshot" aria-hidden="true" focusable="false" viewBox="0 0 ${world.size} ${world.size}" style="${place}">` +
    `<defs>${tiles}</defs><rect width="${world.size}" height="${world.size}" fill="${esc(look.ocean)}"/>${land}${borders}${dots}</svg>`
  );
}
