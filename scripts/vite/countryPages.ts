/**
 * A page and a share card per country (docs/ARCHITECTURE.md, "The build"; src/store/countryPage.ts
 * for how the app reads the page): `country/<iso3 in lower case>/index.html` for every country with
 * a status at the latest day the sources reach, and `assets/share-<iso3>-<hash>.png`, its link
 * preview. What each says is derived from the data only: the country's status at that day (the
 * English catalogue's label), the date of the event that began it at its own precision (as the
 * app's panel: "since", or for a date that is only the report's, "by"), and the day the sources reach.
 *
 * - The page is the embed page (the app without the static first paint, which shows the world at
 *   the default view, not this country's), with `<base href="../../">` after its charset (every
 *   relative address of the page and of the app is then the site root's, as on index.html: the
 *   code, the data set, the basemaps, the service worker and its scope), its own <title>,
 *   description, Open Graph and Twitter tags, a canonical link (with a site address only, as
 *   og:url), and `<meta name="tcdm-country">`.
 * - The card is the share card's scene (src/export/mapScene.ts, SHARE_LAYOUT) with the map band
 *   framed on the country as the live map frames a selection (src/map/framing.ts: its bounds
 *   doubled, at least 2.5° wide), but never past zoom 5 (CARD_MAX_ZOOM), the country selected (outlined; a small
 *   state keeps its ringed dot), its name as the title, its status and date under it, and the
 *   site's title and the data's dates on the source line.
 */
import type { HtmlTagDescriptor } from 'vite';
import { countryName } from '../../src/data/countries.ts';
import { formatDay, formatPartialDate } from '../../src/data/dates.ts';
import { sourcesReach } from '../../src/data/scope.ts';
import { countByStatus, StatusIndex } from '../../src/data/statusIndex.ts';
import { STATUSES, type CompiledEvent, type Dataset, type Status } from '../../src/data/types.ts';
import { buildScene, SHARE_LAYOUT, type LegendEntry, type Scene } from '../../src/export/mapScene.ts';
import { sceneFit } from '../../src/export/sceneLayout.ts';
import en from '../../src/i18n/catalogues/en.ts';
import { countryBounds, MAX_FRAME_ZOOM, withCeiling } from '../../src/map/framing.ts';
import type { GeoBasemap } from '../../src/map/geometry.ts';
import type { Corners } from '../../src/map/mercator.ts';
import { COUNTRY_META, countryPageIsos, countryPagePath } from '../../src/store/countryPage.ts';
import { sinceText } from '../../src/ui/sinceText.ts';

/** What one country's page and card say. */
export interface CountryPage {
  /** ISO 3166-1 alpha-3, upper case. */
  iso: string;
  name: string;
  status: Status;
  /** Its folder under the site's root: `country/slv/`. */
  path: string;
  /** "Receiving deportees since 15 March 2025". */
  statusLine: string;
  title: string;
  description: string;
  imageAlt: string;
}

/** The pages of a data set: one per country with a status at the latest day the sources reach. */
export function countryPages(dataset: Dataset): { day: number; index: StatusIndex; pages: CountryPage[] } {
  const day = sourcesReach(dataset);
  const index = new StatusIndex(dataset.events, { until: day });
  const asOf = en.asOf(formatDay(day, en.locale));
  const pages = countryPageIsos(index, day).map((iso): CountryPage => {
    const at = index.statusAt(iso, day) as { status: Status; event: CompiledEvent };
    const name = countryName(iso, en.locale);
    const label = en.status.labels[at.status];
    // "Since" the start of the run of this status, as the app's panel says it (a second event of it does not restart it).
    const statusLine = `${label} ${sinceText(index.statusStartEvent(iso, day) ?? at.event, en)}`;
    return {
      iso,
      name,
      status: at.status,
      path: countryPagePath(iso),
      statusLine,
      title: `${name}: ${label} — ${en.title}`,
      description: `${name}: ${statusLine}, ${asOf}. ${en.status.descriptions[at.status]}. Every status on the map is backed by a verbatim quote from its source.`,
      imageAlt: `Map of ${name} and its neighbours, each country in the colour of its status ${asOf}. ${name}: ${statusLine}.`,
    };
  });
  return { day, index, pages };
}

/**
 * How far in a card is drawn (MapLibre's zoom), two steps short of the map's MAX_FRAME_ZOOM: a
 * card is seen small, so a small state is shown with the neighbours and coasts that say where it
 * is (El Salvador with Central America), and by its ringed dot where it is smaller still.
 */
export const CARD_MAX_ZOOM = MAX_FRAME_ZOOM - 2;

/**
 * The bounds a country's card frames: as the live map frames a selected country (its bounds
 * without minor islands, doubled, at least MIN_SPAN_DEG wide), widened so the share layout's map
 * band never draws it past CARD_MAX_ZOOM. Undefined (the whole world) where the basemap has no shape.
 */
export function cardFrame(geo: GeoBasemap, iso: string): Corners | undefined {
  const b = countryBounds(geo, iso);
  if (!b) return undefined;
  let [w, s, e, n] = withCeiling(b);
  const zoom = sceneFit(SHARE_LAYOUT, [[w, s], [e, n]]).zoom;
  if (zoom > CARD_MAX_ZOOM) [w, s, e, n] = withCeiling([w, s, e, n], 0, 2 ** (zoom - CARD_MAX_ZOOM));
  return [[w, s], [e, n]];
}

/** Box of any nesting of positions: [west, south, east, north] (kept per array: every card crops the same basemap). */
const boxes = new WeakMap<object, [number, number, number, number]>();
function boxOf(coords: unknown): [number, number, number, number] {
  const hit = typeof coords === 'object' && coords !== null ? boxes.get(coords) : undefined;
  if (hit) return hit;
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
      return;
    }
    for (const x of c) walk(x);
  };
  walk(coords);
  if (typeof coords === 'object' && coords !== null) boxes.set(coords, b);
  return b;
}

/**
 * The basemap less what lies wholly outside `frame` (twice its size about its centre, so nothing
 * drawn at the band's edge is lost): the same picture, a fraction of the SVG for resvg to read.
 * A frame across ±180° keeps everything.
 */
export function cropBasemap(geo: GeoBasemap, frame: Corners): GeoBasemap {
  const [[w, s], [e, n]] = frame;
  if (w < -180 || e > 180) return geo;
  const dx = (e - w) / 2;
  const dy = (n - s) / 2;
  const hits = (c: unknown): boolean => {
    const [bw, bs, be, bn] = boxOf(c);
    return be >= w - dx && bw <= e + dx && bn >= s - dy && bs <= n + dy;
  };
  const lines = <T extends GeoBasemap['borders']>(fc: T): T => ({
    ...fc,
    features: fc.features.flatMap((f) => {
      const g = f.geometry;
      if (g.type === 'LineString') return hits(g.coordinates) ? [f] : [];
      const kept = g.coordinates.filter(hits);
      return kept.length > 0 ? [{ ...f, geometry: { ...g, coordinates: kept } }] : [];
    }),
  });
  return {
    ...geo,
    countries: { ...geo.countries, features: geo.countries.features.filter((f) => f.geometry && hits(f.geometry.coordinates)) },
    borders: lines(geo.borders),
    coastlines: lines(geo.coastlines),
  };
}

/** A country's card: the share card's scene framed on it (light theme, English). */
export function countryScene(dataset: Dataset, index: StatusIndex, day: number, geo: GeoBasemap, page: CountryPage, pageUrl: string | null): Scene {
  const statuses = index.allAt(day);
  const counts = countByStatus(statuses);
  const legend: LegendEntry[] = [
    ...STATUSES.map((s) => ({ status: s, label: en.status.labels[s], count: counts[s] })),
    { status: null, label: en.noStatus, count: null },
  ];
  const reach = formatDay(day, en.locale);
  const checked = formatPartialDate(dataset.checked, en.locale);
  const source = `${en.title} · ${pageUrl ? `${pageUrl} · ` : ''}${en.horizon(reach)}, data checked ${checked} · ${en.mapCredit}`;
  const frame = cardFrame(geo, page.iso);
  return buildScene(
    { geo: frame ? cropBasemap(geo, frame) : geo, statuses, selected: page.iso, theme: 'light', lang: en.lang, title: page.name, date: page.statusLine, legend, source, ...(frame ? { frame } : {}) },
    SHARE_LAYOUT,
  );
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] as string);

/** The page with its <title> and meta description replaced (what its share tags then repeat). */
export function withPageText(html: string, title: string, description: string): string {
  if (!/<title>[^<]*<\/title>/i.test(html) || !/<meta\s+name="description"\s+content="[^"]*"/i.test(html)) {
    throw new Error('index.html needs a <title> and a <meta name="description"> for the country pages');
  }
  return html
    .replace(/<title>[^<]*<\/title>/i, () => `<title>${escapeHtml(title)}</title>`)
    .replace(/(<meta\s+name="description"\s+content=")[^"]*"/i, (_, lead: string) => `${lead}${escapeHtml(description)}"`);
}

/**
 * The country's own head tags on a page its head stage has made: `<base>` (`baseHref`: the site's
 * root as the page reaches it) right after the charset, and before </head> the country's meta and,
 * with a site address, the canonical link.
 */
export function countryHead(html: string, o: { iso: string; baseHref: string; canonical: string | null }): string {
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('index.html has no <meta charset> for the country pages’ <base> to follow');
  const tags: HtmlTagDescriptor[] = [
    { tag: 'meta', attrs: { name: COUNTRY_META, content: o.iso } },
    ...(o.canonical ? [{ tag: 'link', attrs: { rel: 'canonical', href: o.canonical } }] : []),
  ];
  const own = tags.map((t) => `<${t.tag}${Object.entries(t.attrs ?? {}).map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`).join('')}>`);
  const at = charset.index + charset[0].length;
  const withBase = `${html.slice(0, at)}\n    <base href="${escapeHtml(o.baseHref)}">${html.slice(at)}`;
  return withBase.replace('</head>', () => `${own.map((t) => `  ${t}\n  `).join('')}</head>`);
}

/** The card's name in the build: `assets/share-<iso3>-<hash>.png` (not precached: scripts/vite/serviceWorker.ts). */
export const cardFileName = (iso: string, hash: string): string => `assets/share-${iso.toLowerCase()}-${hash}.png`;
