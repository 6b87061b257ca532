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
const stroke = (s: Stroke): Record<string, string | number> => ({ stroke: s.colour, 'stroke-width': s.width });

/** The SVG markup of the world view at `statuses`, in `look` (its pattern ids must be the page's only ones with that prefix). */
export function staticMapSvg(world: ProjectedWorld, statuses: ReadonlyMap<string, { status: Status }>, look: MapLook, box = SNAPSHOT_BOX): string {
  const unit = world.size / box; // frame units per CSS px
  const zoom = Math.log2(box / 512);
  const line = { fill: 'none', 'vector-effect': 'non-scaling-stroke', 'stroke-linejoin': 'round' };
  const tiles = look.patterns
    .filter((t) => !t.hover)
    .map((t) => {
      const a = patternAttrs(t);
      return `<pattern${attrs({ ...a.pattern, patternTransform: `scale(${+unit.toPrecision(6)})` })}><rect${attrs(a.ground)}/><path${attrs(a.stripes)}/></pattern>`;
    })
    .join('');
  const statusOf = (iso: string): Status | null => statuses.get(iso)?.status ?? null;
  // (`data-country`, not the live map's `data-iso`: nothing that looks for the live map finds this one.)
  const countries = world.countries.map((c) => `<path data-country="${esc(c.id)}" fill="${esc(look.countryFill(statusOf(c.id)))}" d="${c.d}"/>`).join('');
  const lines =
    `<path${attrs({ ...line, ...stroke(look.coast.at(zoom)), d: linePath(world, 'coastlines') })}/>` +
    `<path${attrs({ ...line, ...stroke(look.borders.at(zoom)), d: linePath(world, 'borders') })}/>`;
  const r = +((look.dotRadius(zoom) * unit).toPrecision(4));
  const dots = r > 0
    ? world.dots
        .filter((d) => statusOf(d.id))
        .map((d) => `<circle${attrs({ cx: d.x, cy: d.y, r, fill: look.colour(statusOf(d.id)), 'vector-effect': 'non-scaling-stroke', ...stroke(look.dotRing(false)) })}/>`)
        .join('')
    : '';
  // (A style attribute: the build moves it into a stylesheet, as the site's CSP allows no inline style.)
  const place = `transform:translateY(-${(centreRow() * 100).toFixed(3)}%)`;
  return (
    `<svg id="first-paint-map" class="map-snapshot" aria-hidden="true" focusable="false" viewBox="0 0 ${world.size} ${world.size}" style="${place}">` +
    `<defs>${tiles}</defs><rect width="${world.size}" height="${world.size}" fill="${esc(look.ocean)}"/>${countries}${lines}${dots}</svg>`
  );
}
