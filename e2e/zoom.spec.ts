/**
 * Regions and zoom, on both renderers: `?region=` frames a region when the map opens, the region
 * select changes the URL and eases the map there (at once under reduced motion), the `+`/`-` keys
 * and the zoom buttons zoom, a drag pans without selecting, and on a phone the buttons or a pinch
 * bring El Salvador to a size a finger can tap. The WebGL map is the webgl project's (forced by
 * playwright.config.ts, for titles naming "the webgl map"); the SVG map is what this machine's
 * software WebGL gets without the override.
 */
import type { Page } from '@playwright/test';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { formatDay } from '../src/data/dates.ts';
import en from '../src/i18n/catalogues/en.ts';
import { expect, test } from './fixtures.ts';
import { interiorPoint, mapOverlays, openMap, servedCountries, watchPage } from './helpers.ts';
import { framePadding, freeInsets, regionTarget } from '../src/map/framing.ts';
import type { Insets } from '../src/map/types.ts';

type Renderer = 'webgl' | 'svg';
/** The context options that give each renderer: the webgl project's override, or none (SVG here). */
const RENDERER_USE: Record<Renderer, Parameters<typeof test.use>[0]> = {
  webgl: {},
  svg: { storageState: { cookies: [], origins: [] } },
};

// Africa's far points (Cap-Vert, Ras Hafun, Ras ben Sakka, Cape Agulhas), and Europe's far north.
const AFRICA = [[-17.5, 14.7], [51.4, 10.4], [9.8, 37.3], [20.0, -34.8]] as const;
const NORTH_CAPE = [25.8, 71.2] as const;

interface Point {
  x: number;
  y: number;
}

/** Where the map shows longitudes/latitudes now, in CSS px in its box, read in one go. */
async function local(page: Page, points: readonly (readonly [number, number])[]): Promise<Point[]> {
  return page.evaluate(
    (pts) => pts.map(([a, b]) => (window as unknown as { tcdmMap: { project(a: number, b: number): Point } }).tcdmMap.project(a as number, b as number)),
    points as [number, number][],
  );
}

async function mapSize(page: Page): Promise<{ width: number; height: number }> {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map not visible');
  return box;
}

const inside = (p: Point, size: { width: number; height: number }) => p.x >= 0 && p.x <= size.width && p.y >= 0 && p.y <= size.height;

/**
 * The map's box and the part of it Africa is framed into (src/map/framing.ts): the area the
 * overlays leave free, or the whole box where Africa would not fit in it.
 */
async function freeArea(page: Page): Promise<{ width: number; height: number; insets: Insets }> {
  const { width, height, over } = await mapOverlays(page);
  return { width, height, insets: framePadding(regionTarget('africa'), width, height, freeInsets(width, height, over)) };
}

/**
 * Whether points (Africa's corners, then the North Cape) show Africa framed: all of Africa inside
 * the free area, filling it one way (not the world view, where it is small).
 */
function africaFramed(pts: Point[], area: { width: number; height: number; insets: Insets }): boolean {
  const africa = pts.slice(0, -1);
  const { width, height, insets: i } = area;
  const inFree = africa.every((p) => p.x >= i.left - 1 && p.x <= width - i.right + 1 && p.y >= i.top - 1 && p.y <= height - i.bottom + 1);
  const xs = africa.map((p) => p.x);
  const ys = africa.map((p) => p.y);
  const fill = Math.max((Math.max(...xs) - Math.min(...xs)) / (width - i.left - i.right), (Math.max(...ys) - Math.min(...ys)) / (height - i.top - i.bottom));
  return inFree && fill > 0.85;
}

async function framesAfrica(page: Page): Promise<boolean> {
  return africaFramed(await local(page, [...AFRICA, NORTH_CAPE]), await freeArea(page));
}

/** Whether the whole world's width is shown, the North Cape with it (the world view). */
async function framesWorld(page: Page): Promise<boolean> {
  const size = await mapSize(page);
  const [west, east, cape] = await local(page, [[-180, 0], [180, 0], NORTH_CAPE]);
  return Math.abs((west as Point).x) < 2 && Math.abs((east as Point).x - size.width) < 2 && inside(cape as Point, size);
}

/**
 * Picks a region in the region select and reads the map in the same task, before any frame: what
 * the map shows right after the change (the old view if it eases, the new one if it jumps).
 */
async function pickRegionAndLook(page: Page, region: string): Promise<Point[]> {
  return page.evaluate(
    ({ r, pts }) => {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="region-select"]');
      if (!select) throw new Error('no region select');
      select.value = r;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const hook = (window as unknown as { tcdmMap: { project(a: number, b: number): Point } }).tcdmMap;
      return pts.map(([a, b]) => hook.project(a, b));
    },
    { r: region, pts: [...AFRICA, NORTH_CAPE].map(([a, b]) => [a, b] as [number, number]) },
  );
}

/** A country's width on screen now: its bounding box's west and east edges, at its middle latitude. */
async function widthOf(page: Page, f: Feature<Polygon | MultiPolygon>): Promise<number> {
  const pts = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2) as Position[];
  const lngs = pts.map((p) => p[0] as number);
  const lats = pts.map((p) => p[1] as number);
  const mid = (Math.min(...lats) + Math.max(...lats)) / 2;
  const [w, e] = await local(page, [[Math.min(...lngs), mid], [Math.max(...lngs), mid]]);
  return (e as Point).x - (w as Point).x;
}

/**
 * Waits until the map stands still: the place at `at` has not moved over two animation frames
 * (an eased move, a fling or a transition moves it on every frame).
 */
async function settled(page: Page, at: readonly [number, number]): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async ([a, b]) => {
        const hook = (window as unknown as { tcdmMap: { project(a: number, b: number): Point } }).tcdmMap;
        const read = () => JSON.stringify([hook.project(a, b), hook.project(a + 1, b)]);
        const before = read();
        for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
        return read() === before;
      }, [at[0], at[1]] as [number, number]),
    )
    .toBe(true);
}

/** Zooms with a control and waits until the country's width has changed by the factor (±10%). */
async function zoomsBy(page: Page, f: Feature<Polygon | MultiPolygon>, factor: number, act: () => Promise<void>): Promise<void> {
  // From a map at rest: the last step's eased move may still be running when its width passed
  // within 10 % of the target, and a width read mid-move would skew this step's ratio.
  const first = (f.geometry.type === 'Polygon' ? f.geometry.coordinates[0]?.[0] : f.geometry.coordinates[0]?.[0]?.[0]) as Position;
  await settled(page, [first[0] as number, first[1] as number]);
  const before = await widthOf(page, f);
  await act();
  await expect.poll(async () => (await widthOf(page, f)) / before).toBeGreaterThan(factor * 0.9);
  await expect.poll(async () => (await widthOf(page, f)) / before).toBeLessThan(factor * 1.1);
}

for (const renderer of ['webgl', 'svg'] as const) {
  test.describe(`on the ${renderer} map`, () => {
    test.use(RENDERER_USE[renderer]);

    test('?region=africa frames Africa as the map opens; the region select moves the map there, eased, and writes the URL', async ({ page, baseURL }) => {
      const w = watchPage(page, baseURL as string);
      await openMap(page, '?region=africa');
      await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', renderer);
      // Framed at once: nothing to wait for.
      expect(await framesAfrica(page)).toBe(true);
      const select = page.getByRole('combobox', { name: en.regions.label });
      await expect(select).toHaveValue('africa');

      await select.selectOption('world');
      await expect(page).not.toHaveURL(/region=/);
      await expect.poll(() => framesWorld(page)).toBe(true);

      // Eased: right after the change the map still shows the world; then it arrives in Africa.
      const area = await freeArea(page);
      const first = await pickRegionAndLook(page, 'africa');
      expect(africaFramed(first, area)).toBe(false);
      await expect(page).toHaveURL(/[?&]region=africa\b/);
      await expect.poll(() => framesAfrica(page)).toBe(true);
      await expect(select).toHaveValue('africa');
      expect(w.errors).toEqual([]);
    });

    test('the + and - keys and the zoom buttons zoom the map about its centre, and steps add up', async ({ page, baseURL }) => {
      const angola = (await servedCountries(baseURL as string)).get('AGO');
      if (!angola) throw new Error('Angola is not on the basemap');
      await openMap(page, '?region=africa');
      const zoomIn = page.getByRole('button', { name: en.zoom.in });
      const zoomOut = page.getByRole('button', { name: en.zoom.out });
      for (const b of [zoomIn, zoomOut]) {
        const box = await b.boundingBox();
        expect(box?.width).toBeGreaterThanOrEqual(44);
        expect(box?.height).toBeGreaterThanOrEqual(44);
      }
      await zoomsBy(page, angola, 2, () => page.keyboard.type('+'));
      await zoomsBy(page, angola, 0.5, () => page.keyboard.press('Minus'));
      await zoomsBy(page, angola, 2, () => page.keyboard.press('Equal'));
      await zoomsBy(page, angola, 0.5, () => zoomOut.click());
      // Two presses in quick succession: twice the zoom, not one and a bit.
      await zoomsBy(page, angola, 4, async () => {
        await zoomIn.click();
        await zoomIn.click();
      });
      // The region is still the one in the URL: the reader's zoom is theirs.
      await expect(page).toHaveURL(/[?&]region=africa\b/);
    });

    test('a resize keeps the region framed, until the reader zooms: then it keeps their view', async ({ page, baseURL }) => {
      const angola = (await servedCountries(baseURL as string)).get('AGO');
      if (!angola) throw new Error('Angola is not on the basemap');
      await openMap(page, '?region=africa');
      const wide = await mapSize(page);
      await page.setViewportSize({ width: 1100, height: 640 });
      await expect.poll(async () => (await mapSize(page)).width).toBeLessThan(wide.width - 100);
      await expect.poll(() => framesAfrica(page)).toBe(true);
      // Framed anew for the smaller box: Africa touches the top of the free area.
      const top = Math.round((await freeArea(page)).insets.top);
      await expect.poll(async () => Math.round((await local(page, [[0, 38]]))[0]?.y ?? NaN)).toBe(top);

      await page.keyboard.type('+');
      await expect.poll(() => framesAfrica(page)).toBe(false);
      await settled(page, [17.5, -12.5]);
      const zoomed = await widthOf(page, angola);
      await page.setViewportSize({ width: 1280, height: 720 });
      await expect.poll(async () => (await mapSize(page)).width).toBe(wide.width);
      // Same scale on screen, not Africa framed again.
      await expect.poll(async () => Math.abs((await widthOf(page, angola)) / zoomed - 1)).toBeLessThan(0.02);
      expect(await framesAfrica(page)).toBe(false);
    });

    test('a drag pans the map and selects nothing; a click selects', async ({ page }) => {
      const MEXICO = [-102, 24] as const;
      await openMap(page, '?region=africa');
      // Zoomed in, so there is room to pan.
      await page.keyboard.type('+');
      await settled(page, [17.5, -12.5]);
      const size = await mapSize(page);
      const box = await page.getByTestId('map').boundingBox();
      if (!box) throw new Error('map not visible');
      const [before] = await local(page, [[17.5, -12.5]]);
      const from = { x: box.x + size.width / 2, y: box.y + size.height / 2 };
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + i * 12, from.y + i * 4);
      await page.mouse.up();
      await settled(page, [17.5, -12.5]);
      const [after] = await local(page, [[17.5, -12.5]]);
      expect((after as Point).x - (before as Point).x).toBeGreaterThan(60);
      await expect(page).not.toHaveURL(/country=/);

      // Back to the world, where Mexico is; a click on it selects it.
      await page.getByRole('combobox', { name: en.regions.label }).selectOption('world');
      await expect.poll(() => framesWorld(page)).toBe(true);
      const [m] = await local(page, [MEXICO]);
      await page.mouse.click(box.x + (m as Point).x, box.y + (m as Point).y);
      await expect(page).toHaveURL(/[?&]country=MEX\b/);
    });

    test.describe('with reduced motion', () => {
      test.use({ reducedMotion: 'reduce' });

      test('a region change is immediate: the map is there in the same task', async ({ page }) => {
        await openMap(page);
        expect(await framesWorld(page)).toBe(true);
        const area = await freeArea(page);
        const at = await pickRegionAndLook(page, 'africa');
        expect(africaFramed(at, area)).toBe(true);
        await expect(page).toHaveURL(/[?&]region=africa\b/);
      });
    });

    test.describe('on a phone', () => {
      test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

      /** One finger from one point to another (CSS px in the page), in steps. */
      async function drag(page: Page, from: Point, to: Point): Promise<void> {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y, id: 1 }] });
        for (let i = 1; i <= 12; i++) {
          const t = i / 12;
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t, id: 1 }] });
        }
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        await cdp.detach();
      }

      /** Two fingers spread apart about a point, from `d0` to `d1` CSS px apart. */
      async function pinch(page: Page, at: Point, d0: number, d1: number): Promise<void> {
        const cdp = await page.context().newCDPSession(page);
        const fingers = (d: number) => [
          { x: at.x - d / 2, y: at.y, id: 1 },
          { x: at.x + d / 2, y: at.y, id: 2 },
        ];
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(d0) });
        for (let i = 1; i <= 16; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(d0 + ((d1 - d0) * i) / 16) });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        await cdp.detach();
      }

      /** Taps El Salvador and checks that it is selected: its story, and the URL. */
      async function tapSelects(page: Page, slv: Feature<Polygon | MultiPolygon>): Promise<void> {
        const box = await page.getByTestId('map').boundingBox();
        if (!box) throw new Error('map not visible');
        const [p] = await local(page, [interiorPoint(slv)]);
        expect(inside(p as Point, box)).toBe(true);
        await page.touchscreen.tap(box.x + (p as Point).x, box.y + (p as Point).y);
        await expect(page).toHaveURL(/[?&]country=SLV\b/);
        await expect(page.locator('#story-title')).toHaveText('El Salvador');
      }

      test('the zoom buttons (and a finger to pan) bring El Salvador to 44 px; a tap selects it', async ({ page, baseURL }) => {
        const slv = (await servedCountries(baseURL as string)).get('SLV');
        if (!slv) throw new Error('El Salvador is not on the basemap');
        const centre = interiorPoint(slv);
        await openMap(page, '?region=americas');
        await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', renderer);
        const start = await widthOf(page, slv);
        expect(start).toBeLessThan(20);
        const zoomIn = page.getByRole('button', { name: en.zoom.in });
        for (let i = 0; i < 8 && (await widthOf(page, slv)) < 44; i++) {
          // El Salvador to the middle of the map with one finger (a long way: a short one is a
          // tap), then one step in about the middle.
          const box = await page.getByTestId('map').boundingBox();
          if (!box) throw new Error('map not visible');
          const [p] = await local(page, [centre]);
          const to = { x: box.width / 2, y: box.height / 2 };
          if (Math.hypot((p as Point).x - to.x, (p as Point).y - to.y) > 30) {
            await drag(page, { x: box.x + (p as Point).x, y: box.y + (p as Point).y }, { x: box.x + to.x, y: box.y + to.y });
            await settled(page, centre);
          }
          await zoomsBy(page, slv, 2, () => zoomIn.tap());
        }
        expect(await widthOf(page, slv)).toBeGreaterThanOrEqual(44);
        // Panning selected nothing.
        await expect(page).not.toHaveURL(/country=/);
        await tapSelects(page, slv);
      });

      test('a pinch on Central America brings El Salvador to 44 px; a tap selects it', async ({ page, baseURL }) => {
        const slv = (await servedCountries(baseURL as string)).get('SLV');
        if (!slv) throw new Error('El Salvador is not on the basemap');
        const centre = interiorPoint(slv);
        await openMap(page, '?region=central-america');
        const box = await page.getByTestId('map').boundingBox();
        if (!box) throw new Error('map not visible');
        const [p] = await local(page, [centre]);
        await pinch(page, { x: box.x + (p as Point).x, y: box.y + (p as Point).y }, 16, 240);
        await settled(page, centre);
        expect(await widthOf(page, slv)).toBeGreaterThanOrEqual(44);
        await expect(page).not.toHaveURL(/country=/);
        await tapSelects(page, slv);
      });
    });
  });
}

test.describe('the SVG map, scrubbed at a zoomed view', () => {
  test.use(RENDERER_USE.svg);

  test('a date change sets the fill of the countries whose status changed, and nothing else', async ({ page, data: { index } }) => {
    await openMap(page, '?region=americas');
    await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'svg');
    await page.keyboard.type('+');
    await settled(page, [-90, 15]);
    // Record every change to the map's elements, then go to the first date (Home): from ten
    // countries with a status to El Salvador alone.
    await page.evaluate(() => {
      const svg = document.querySelector('[data-testid="map"] svg');
      if (!svg) throw new Error('no SVG map');
      const seen: string[] = [];
      (window as unknown as { mutations: string[] }).mutations = seen;
      new MutationObserver((records) => {
        for (const r of records) seen.push(`${(r.target as Element).getAttribute('data-iso') ?? (r.target as Element).tagName}:${r.attributeName ?? r.type}`);
      }).observe(svg, { subtree: true, attributes: true, childList: true });
    });
    const [from, to] = [index.lastDay, index.firstDay];
    await page.keyboard.press('Home');
    await expect(page.getByTestId('current-date')).toHaveText(formatDay(to, 'en-GB'));
    const changed = [...new Set([...index.allAt(from).keys(), ...index.allAt(to).keys()])]
      .filter((iso) => index.statusAt(iso, from)?.status !== index.statusAt(iso, to)?.status)
      .sort();
    expect(changed.length).toBeGreaterThan(0);
    const mutations = async () => [...new Set(await page.evaluate(() => (window as unknown as { mutations: string[] }).mutations))].sort();
    // Each changed country's fill (and, for a small country, its dot's fill and visibility)...
    await expect.poll(async () => [...new Set((await mutations()).map((m) => m.split(':')[0]))].sort()).toEqual(changed);
    // ...and nothing else: no path drawn again, no transform, no size.
    expect((await mutations()).filter((m) => !/:(fill|visibility)$/.test(m))).toEqual([]);
  });
});
