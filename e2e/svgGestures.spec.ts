/**
 * The SVG map's gesture code (src/map/svgGestures.ts: d3-zoom) is not on the start path: a cold
 * load fetches it only once the reader shows intent on the map. Until it is there the renderer
 * applies the first wheel step or drag itself, so the first gesture over a freshly loaded map is
 * never lost; once it is, d3-zoom carries on from the same view; eased moves never need it; and
 * if it never loads, the map still pans and zooms by wheel, drag and its buttons.
 */
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openMap, watchPage } from './helpers.ts';

/** The gesture chunk as the build names it. */
const GESTURES = /\/assets\/svgGestures-[^/]*\.js$/;

interface View {
  k: number;
  x: number;
  y: number;
}

/** The view the SVG map shows now: its viewport group's transform (identity before any move). */
async function view(page: Page): Promise<View> {
  const t = (await page.locator('svg.map-svg g.map-view').getAttribute('transform')) ?? '';
  const m = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(t);
  return m ? { x: Number(m[1]), y: Number(m[2]), k: Number(m[3]) } : { k: 1, x: 0, y: 0 };
}

async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('svg.map-svg').boundingBox();
  if (!box) throw new Error('map not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Holds the gesture chunk's request until `release` is called. */
function holdGestures(page: Page): { requested: () => boolean; release: () => void } {
  let held: Route | null = null;
  let release: () => void = () => {};
  const released = new Promise<void>((r) => (release = r));
  void page.route(GESTURES, async (route) => {
    held = route;
    await released;
    await route.continue();
  });
  return {
    requested: () => held !== null,
    release: () => release(),
  };
}

test.describe('the SVG map loads its gesture code on first use', () => {
  test('a cold load with no pointer over the map does not fetch it', async ({ page, baseURL }) => {
    const watch = watchPage(page, baseURL as string);
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (GESTURES.test(new URL(r.url()).pathname)) fetched.push(r.url());
    });
    await openMap(page);
    await expect(page.locator('svg.map-svg')).toBeVisible();
    // Two frames after the map is live: whatever the start asked for has been asked for.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(fetched).toEqual([]);
    // The pointer coming over the map fetches it.
    const c = await mapCentre(page);
    await page.mouse.move(c.x, c.y);
    await expect.poll(() => fetched.length).toBe(1);
    expect(watch.errors).toEqual([]);
  });

  test('the first wheel step and the first drag move the map before the gesture code is there; d3-zoom then carries on from that view', async ({ page }) => {
    const hold = holdGestures(page);
    await openMap(page);
    const c = await mapCentre(page);
    const start = await view(page);

    await page.mouse.move(c.x, c.y);
    await expect.poll(hold.requested).toBe(true);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await view(page)).k).toBeGreaterThan(start.k * 1.5);
    const zoomed = await view(page);

    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(c.x + i * 10, c.y + i * 5);
    await page.mouse.up();
    await expect.poll(async () => (await view(page)).x).toBeGreaterThan(zoomed.x + 40);
    const dragged = await view(page);
    expect(dragged.k).toBeCloseTo(zoomed.k, 6);
    // A drag selects nothing.
    await expect(page).not.toHaveURL(/country=/);

    // The code arrives: d3-zoom (a double-click is its own) zooms from where the reader left the map.
    const loaded = page.waitForResponse((r) => GESTURES.test(new URL(r.url()).pathname));
    hold.release();
    await loaded;
    const box = await page.locator('svg.map-svg').boundingBox();
    if (!box) throw new Error('map not visible');
    const at = { x: c.x - box.x, y: c.y - box.y };
    const under = (v: View) => ({ x: (at.x - v.x) / v.k, y: (at.y - v.y) / v.k });
    await page.mouse.dblclick(c.x, c.y);
    await expect.poll(async () => (await view(page)).k).toBeCloseTo(dragged.k * 2, 3);
    const after = await view(page);
    expect(under(after).x).toBeCloseTo(under(dragged).x, 0);
    expect(under(after).y).toBeCloseTo(under(dragged).y, 0);
  });

  test('an eased zoom needs no gesture code: the zoom button eases the map while it is held', async ({ page }) => {
    holdGestures(page);
    await openMap(page);
    const start = await view(page);
    await page.getByTestId('zoom-in').click();
    await expect.poll(async () => (await view(page)).k).toBeCloseTo(start.k * 2, 3);
  });

  test('if the gesture code cannot load, the map still zooms by wheel and buttons and pans by drag, with one warning', async ({ page, baseURL }) => {
    const watch = watchPage(page, baseURL as string);
    await page.route(GESTURES, (route) => route.abort());
    await openMap(page);
    const c = await mapCentre(page);
    const start = await view(page);
    await page.mouse.move(c.x, c.y);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await view(page)).k).toBeGreaterThan(start.k * 1.5);
    const zoomed = await view(page);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(c.x - i * 10, c.y);
    await page.mouse.up();
    await expect.poll(async () => (await view(page)).x).toBeLessThan(zoomed.x - 40);
    const dragged = await view(page);
    // The buttons still zoom.
    await page.getByTestId('zoom-in').click();
    await expect.poll(async () => (await view(page)).k).toBeCloseTo(Math.min(40, dragged.k * 2), 3);
    await expect.poll(() => watch.warnings.filter((w) => w.includes('could not load its gestures')).length).toBe(1);
    expect(watch.errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });
});
