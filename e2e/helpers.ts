import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { geoArea, geoContains, geoDistance } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Status } from '../src/data/types.ts';
import { STATUS_PATTERNS, statusColour, type ResolvedTheme } from '../src/color/palette.ts';

export interface PageWatch {
  errors: string[];
  warnings: string[];
  foreignRequests: string[];
}

/** Records console errors, page errors and any request that leaves our own origin. */
export function watchPage(page: Page, baseURL: string): PageWatch {
  const origin = new URL(baseURL).origin;
  const w: PageWatch = { errors: [], warnings: [], foreignRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(m.text());
    if (m.type() === 'warning') w.warnings.push(m.text());
  });
  page.on('pageerror', (e) => w.errors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (u.startsWith('data:') || u.startsWith('blob:')) return;
    if (new URL(u).origin !== origin) w.foreignRequests.push(u);
  });
  return w;
}

/**
 * How long the map may take to draw its first frame. The WebGL map runs on SwiftShader (software)
 * here, and on a busy two-core machine its first frame can take well over the 15 s `expect` gives
 * anything else; the SVG map is quicker, but gets the same budget.
 */
const MAP_READY_TIMEOUT = 60_000;

/**
 * Waits until the map has drawn its first frame with the final colours (data-map-ready), with
 * the given renderer if one is named: every wait for the map goes through here. Each wait brings its own time: the running test's timeout
 * grows by MAP_READY_TIMEOUT, so a test that loads the map three times can wait for it three times
 * (playwright.config.ts's timeout covers the rest of a test).
 */
export async function waitForMap(page: Page | Frame | FrameLocator, renderer?: 'svg' | 'webgl'): Promise<void> {
  const info = test.info();
  if (info.timeout > 0) info.setTimeout(info.timeout + MAP_READY_TIMEOUT);
  const drawn = `[data-testid="map"][data-map-ready="true"]${renderer ? `[data-renderer="${renderer}"]` : ''}`;
  await expect(page.locator(drawn)).toBeVisible({ timeout: MAP_READY_TIMEOUT });
}

/**
 * Watches every animation frame from the page's first (call before `goto`): how many showed a map
 * box holding neither the static first paint's map nor a live map that has said it is drawn (a
 * WebGL canvas is blank, and see-through, until it draws). Resolves the counts when asked.
 */
export async function watchEmptyMapFrames(page: Page): Promise<() => Promise<{ frames: number; empty: number }>> {
  await page.addInitScript(() => {
    const w = window as unknown as { mapFrames: { frames: number; empty: number } };
    w.mapFrames = { frames: 0, empty: 0 };
    const look = () => {
      const box = document.querySelector('[data-testid="map"]');
      if (box) {
        w.mapFrames.frames++;
        if (!box.querySelector('#first-paint-map') && box.getAttribute('data-map-ready') !== 'true') w.mapFrames.empty++;
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  return () => page.evaluate(() => ({ ...(window as unknown as { mapFrames: { frames: number; empty: number } }).mapFrames }));
}

/** Opens the app and waits until the map has drawn its first frame with the final colours. */
export async function openMap(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await waitForMap(page);
}

/**
 * The languages the app ships, English first: one catalogue file each in src/i18n/catalogues (as
 * src/i18n/langs.ts finds them with import.meta.glob, which runs only in Vite).
 */
export function shippedLangs(): string[] {
  const dir = fileURLToPath(new URL('../src/i18n/catalogues', import.meta.url));
  const langs = readdirSync(dir).filter((f) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''));
  if (!langs.includes('en')) throw new Error('no English catalogue');
  return ['en', ...langs.filter((l) => l !== 'en').sort()];
}

export async function project(page: Page, lng: number, lat: number): Promise<{ x: number; y: number }> {
  const local = await page.evaluate(([a, b]) => (window as unknown as { tcdmMap: { project(a: number, b: number): { x: number; y: number } } }).tcdmMap.project(a as number, b as number), [lng, lat]);
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map not visible');
  return { x: box.x + local.x, y: box.y + local.y };
}

/** The colour the map canvas drew at a longitude/latitude, as [r, g, b]. */
export async function pixelAt(page: Page, lng: number, lat: number): Promise<[number, number, number]> {
  return (await pixelsAt(page, [[lng, lat]]))[0] as [number, number, number];
}

export function hex(rgb: [number, number, number]): string {
  return `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

export function close(rgb: [number, number, number], hexColour: string, tolerance = 6): boolean {
  const n = parseInt(hexColour.slice(1), 16);
  const want = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return rgb.every((v, i) => Math.abs(v - (want[i] as number)) <= tolerance);
}

/** The table's rows as {country: status}. */
export async function tableStatuses(page: Page): Promise<Record<string, string>> {
  const rows = page.locator('[data-testid="status-table"] tbody tr');
  await expect(page.getByTestId('status-table')).toBeVisible();
  const out: Record<string, string> = {};
  for (const r of await rows.all()) {
    const iso = await r.getAttribute('data-country');
    const status = await r.getAttribute('data-status');
    if (!iso || !status) throw new Error(`a table row without its country or status: ${await r.innerText()}`);
    out[iso] = status;
  }
  return out;
}

/** The data set's address, as the served page preloads it (a build names it after its content hash). */
export async function datasetUrl(baseURL: string): Promise<URL> {
  const html = await (await fetch(new URL('./', `${baseURL}/`))).text();
  // Preloaded by the page, or named for the probe to preload after the first paint (index.html).
  const href = /<(?:link rel="preload" href|meta name="tcdm-data" content)="([^"]+)"/.exec(html.replace(/<script[\s\S]*?<\/script>/g, ''))?.[1];
  if (!href) throw new Error('the page preloads no data set');
  return new URL(href, `${baseURL}/`);
}

/** The served basemap's countries, keyed by the id the map uses (ISO alpha-3). */
export async function servedCountries(baseURL: string): Promise<Map<string, Feature<Polygon | MultiPolygon>>> {
  const res = await fetch(new URL('geo/countries-50m.topo.json', `${baseURL}/`));
  if (!res.ok) throw new Error(`basemap: HTTP ${res.status}`);
  const topo = (await res.json()) as Topology<{ countries: GeometryCollection }>;
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
  return new Map(fc.features.filter((f) => f.geometry).map((f) => [String(f.id), f]));
}

/**
 * A point well inside a country's largest polygon (longitude, latitude): of a grid over its
 * bounding box, the inside point farthest from the outline, so a hover lands on the country.
 */
export function interiorPoint(f: Feature<Polygon | MultiPolygon>): [number, number] {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const largest = polys
    .map((coordinates) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates } }))
    .sort((a, b) => geoArea(b) - geoArea(a))[0];
  if (!largest) throw new Error('empty geometry');
  const ring = largest.geometry.coordinates[0] as Position[];
  const xs = ring.map((p) => p[0] as number);
  const ys = ring.map((p) => p[1] as number);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: [number, number] = [(x0 + x1) / 2, (y0 + y1) / 2];
  let bestDistance = -1;
  const n = 40;
  for (let i = 1; i < n; i++) {
    for (let j = 1; j < n; j++) {
      const p: [number, number] = [x0 + ((x1 - x0) * i) / n, y0 + ((y1 - y0) * j) / n];
      if (!geoContains(largest, p)) continue;
      const d = Math.min(...largest.geometry.coordinates.flat().map((q) => geoDistance(p, q as [number, number])));
      if (d > bestDistance) [best, bestDistance] = [p, d];
    }
  }
  return best;
}

/**
 * Whether the map itself (not the legend or a control over it) is what the pointer hits there:
 * the WebGL map's canvas, or a shape of the SVG map.
 */
export async function mapIsUnder(page: Page, x: number, y: number): Promise<boolean> {
  return page.evaluate(([px, py]) => {
    const el = document.elementFromPoint(px as number, py as number);
    if (!el?.closest('[data-testid="map"]') || el.closest('[data-map-overlay], button')) return false;
    return el.tagName === 'CANVAS' || el.closest('svg') !== null;
  }, [x, y]);
}

/** An rgb()/rgba() or #rrggbb CSS colour as #rrggbb. */
export function cssHex(css: string): string {
  const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  return m ? hex([Number(m[1]), Number(m[2]), Number(m[3])]) : css.toLowerCase();
}

/** How the SVG map fills one country: its colour, or (if patterned) its pattern's ground colour. */
export interface SvgFill {
  iso: string;
  /** #rrggbb: the fill, or the ground of the pattern that fills it. */
  colour: string;
  patterned: boolean;
}

/** Every country the SVG map draws, with its fill (in a page, or in a frame such as the editor's preview). */
export async function svgFills(page: Page | Frame): Promise<Map<string, SvgFill>> {
  const rows = await page.evaluate(() =>
    [...document.querySelectorAll<SVGPathElement>('[data-testid="map"] svg path[data-iso]')].map((p) => {
      const fill = p.getAttribute('fill') ?? '';
      const ref = /^url\(#(.+)\)$/.exec(fill);
      const ground = ref ? document.getElementById(ref[1] as string)?.querySelector('rect')?.getAttribute('fill') ?? '' : fill;
      return { iso: p.getAttribute('data-iso') ?? '', colour: ground, patterned: ref !== null };
    }),
  );
  return new Map(rows.map((r) => [r.iso, { ...r, colour: cssHex(r.colour) }]));
}

/** The country (data-iso) the SVG map shows at a longitude/latitude, or null for the sea. */
export async function svgCountryAt(page: Page, lng: number, lat: number): Promise<string | null> {
  const p = await project(page, lng, lat);
  return page.evaluate(([x, y]) => {
    const el = document.elementFromPoint(x as number, y as number);
    if (!el?.closest('[data-testid="map"] svg')) throw new Error(`not the SVG map at ${x},${y}: ${el?.tagName}`);
    return el.closest('[data-iso]')?.getAttribute('data-iso') ?? null;
  }, [p.x, p.y]);
}

/**
 * Whether a pixel read off the map shows a status (or no status: null) in a theme. A patterned
 * status (refused, ended) is its colour with light stripes over it, so a pixel may be the colour,
 * a stripe, or (where the pattern is filtered) anything between the two.
 */
export function showsStatus(rgb: [number, number, number], status: Status | null, theme: ResolvedTheme = 'light', tolerance = 8): boolean {
  const fill = statusColour(status, theme);
  const p = status ? STATUS_PATTERNS[status] : undefined;
  if (!p) return close(rgb, fill, tolerance);
  const n = parseInt(fill.slice(1), 16);
  const a = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const [sr = 0, sg = 0, sb = 0, sa = 1] = (/^rgba?\(([^)]+)\)$/.exec(p.colour)?.[1] ?? '255,255,255,1').split(',').map(Number);
  const stripe = [sr, sg, sb];
  const b = a.map((v, i) => v * (1 - sa) + (stripe[i] as number) * sa);
  // The nearest point to the pixel on the segment from the colour to a stripe.
  const d = b.map((v, i) => v - (a[i] as number));
  const len2 = d.reduce((s, v) => s + v * v, 0);
  const t = Math.max(0, Math.min(1, d.reduce((s, v, i) => s + v * ((rgb[i] as number) - (a[i] as number)), 0) / len2));
  return rgb.every((v, i) => Math.abs(v - ((a[i] as number) + t * (d[i] as number))) <= tolerance);
}

/** The colours the map canvas drew at several longitudes/latitudes, read in one go. */
export async function pixelsAt(page: Page, points: readonly (readonly [number, number])[]): Promise<[number, number, number][]> {
  return page.evaluate(async (pts) => {
    const hook = (window as unknown as { tcdmMap: { project(a: number, b: number): { x: number; y: number } } }).tcdmMap;
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas');
    if (!canvas) throw new Error('no canvas');
    const ratio = canvas.width / canvas.clientWidth;
    const img = new Image();
    img.src = canvas.toDataURL('image/png');
    await img.decode();
    const c = document.createElement('canvas');
    c.width = canvas.width;
    c.height = canvas.height;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(img, 0, 0);
    return pts.map(([a, b]) => {
      const p = hook.project(a as number, b as number);
      const d = ctx.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data;
      return [d[0], d[1], d[2]] as [number, number, number];
    });
  }, points as [number, number][]);
}

/** Visible controls smaller than 44×44 CSS px (the issue's minimum touch target). */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const sel = 'button, select, input, [role="option"], [role="slider"], .quote-link, summary';
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || s.visibility === 'hidden' || el.closest('.visually-hidden')) continue;
      if (r.bottom < 0 || r.top > innerHeight * 3) continue;
      if (r.height < 43.5 || r.width < 43.5) out.push(`${el.tagName.toLowerCase()}.${el.className || ''}[${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}] ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return out;
  });
}

export async function noSidewaysScroll(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
}

/** A rectangle in CSS px in the map's box. */
export interface MapRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The map's box and the overlays on it (marked data-map-overlay: caption, legend, controls), in the box's CSS px. */
export async function mapOverlays(page: Page): Promise<{ width: number; height: number; over: MapRect[] }> {
  return page.evaluate(() => {
    const m = (document.querySelector('[data-testid="map"]') as HTMLElement).getBoundingClientRect();
    const over = [...document.querySelectorAll('[data-map-overlay]')]
      .map((o) => o.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ left: r.left - m.left, top: r.top - m.top, right: r.right - m.left, bottom: r.bottom - m.top }));
    return { width: m.width, height: m.height, over };
  });
}
