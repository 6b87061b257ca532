/**
 * The static first paint (docs/ARCHITECTURE.md, "First paint"): index.html holds the default view,
 * rendered at build time, so the browser paints the coloured map before any of the app's code has
 * run; the app then takes it over (hydrates it) without the map's box ever showing empty. Where
 * the default view is not what the URL shows (parameters, another language, a dark system theme) it
 * is never shown. The site under test is built from the fixture data set (scripts/testSite.ts), so
 * these tests take the reader's path; what the first paint draws of the real data at its horizon
 * is checked in e2e/realdata.spec.ts.
 */
import type { Route } from '@playwright/test';
import { STATUSES } from '../src/data/types.ts';
import en from '../src/i18n/catalogues/en.ts';
import { toFrame } from '../src/map/projectedWorld.ts';
import { mapLook } from '../src/map/scene.ts';
import { SNAPSHOT_WORLD } from '../src/map/staticMap.ts';
import { FIRST_CARDS, PANEL_PAGE } from '../src/story/panelPage.ts';
import { DATASET_ROUTE, expect, test } from './fixtures.ts';
import { datasetUrl, waitForMap, watchEmptyMapFrames, watchPage } from './helpers.ts';

/** The app's entry module: without it, the page is what its HTML and CSS paint. */
const APP_ENTRY = /\/assets\/index-[^/]+\.js$/;
const FIRST_MAP = '#first-paint-map';

test.describe('without the app code', () => {
  test.beforeEach(async ({ page }) => {
    await page.route(APP_ENTRY, (r) => r.abort());
  });

  test('the HTML alone paints the page around a coloured map, inert, with no inline style refused', async ({ page, baseURL }) => {
    const watch = watchPage(page, baseURL as string);
    await page.goto('/');
    const map = page.locator(FIRST_MAP);
    await expect(map).toBeVisible();
    await expect(page.locator('#root')).toHaveAttribute('inert', '');
    await expect(page.locator('#root')).toHaveAttribute('aria-hidden', 'true');
    expect(await page.locator('#root [autofocus]').count()).toBe(0);
    await expect(page.locator('#root h1')).toHaveText(en.title);
    await expect(page.locator('#root .legend-box')).toBeVisible();
    await expect(page.locator('#root [data-testid="horizon"]')).toBeVisible();
    // It fills the map's box across, as the live map does.
    const [box, drawn] = await Promise.all([page.getByTestId('map').boundingBox(), map.boundingBox()]);
    expect(box && drawn && Math.abs(drawn.width - box.width)).toBeLessThan(1);
    // Every country in a colour of the map's look: no status, or a status's colour or pattern.
    const look = mapLook('light', { idPrefix: 'tcdm-first-' });
    const allowed = new Set([look.countryFill(null), ...STATUSES.map((s) => look.countryFill(s))]);
    // (One path per fill, naming its countries.)
    const fills = await map.locator('path[data-countries]').evaluateAll((ps) => ps.flatMap((p) => (p.getAttribute('data-countries') ?? '').split(' ').map(() => p.getAttribute('fill'))));
    expect(fills.length).toBeGreaterThan(100);
    expect(fills.filter((f) => !allowed.has(f ?? ''))).toEqual([]);
    expect(fills.some((f) => f !== look.countryFill(null))).toBe(true);
    // The site's CSP allows no inline style: the build moved React's into a stylesheet.
    expect(await page.locator('#root [style]').count()).toBe(0);
    expect(watch.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  test('a URL with parameters: the default view is not shown', async ({ page }) => {
    await page.goto('/?date=2020-01-01');
    await expect(page.locator('html')).toHaveAttribute('data-snapshot', 'off');
    await expect(page.locator(FIRST_MAP)).toBeHidden();
    await expect(page.locator('#root h1')).toBeHidden();
  });

  for (const [who, what, options] of [
    ['a Spanish browser', 'English', { locale: 'es-ES' }],
    ['a dark system theme', 'light', { colorScheme: 'dark' }],
  ] as const) {
    test.describe(who, () => {
      test.use(options);
      test(`the ${what} default view is not shown`, async ({ page }) => {
        await page.goto('/');
        await expect(page.locator('html')).toHaveAttribute('data-snapshot', 'off');
        await expect(page.locator(FIRST_MAP)).toBeHidden();
      });
    });
  }
});

for (const renderer of ['webgl', 'svg'] as const) {
  test.describe(`on the ${renderer} map`, () => {
    // The config's override gives WebGL; without it, software WebGL gets the SVG map.
    if (renderer === 'svg') test.use({ storageState: { cookies: [], origins: [] } });

    test('the live page takes over: its map box is never empty, and nothing of the first paint is left', async ({ page, baseURL }) => {
      const watch = watchPage(page, baseURL as string);
      const emptyFrames = await watchEmptyMapFrames(page);
      await page.goto('/');
      await waitForMap(page, renderer);
      await expect(page.locator(FIRST_MAP)).toHaveCount(0);
      await expect(page.locator('#root')).not.toHaveAttribute('inert');
      await expect(page.locator('#root')).not.toHaveAttribute('aria-hidden');
      await expect(page.locator('html')).not.toHaveAttribute('data-snapshot');
      const seen = await emptyFrames();
      expect(seen.frames).toBeGreaterThan(0);
      expect(seen.empty).toBe(0);
      expect(watch.errors).toEqual([]);
    });
  });
}

test('the site under test is built from the fixture as it is now, and the app takes its first paint over as it is (hydrates)', async ({ page, baseURL, data }) => {
  const res = await fetch(await datasetUrl(baseURL as string));
  expect(res.status).toBe(200);
  expect((await res.text()) === data.json, 'the tests\' site is not e2e/fixtures/data compiled now: rebuild it (npm run build:e2e)').toBe(true);
  const warnings: string[] = [];
  page.on('console', (m) => (m.type() === 'warning' || m.type() === 'error') && warnings.push(m.text()));
  // Marks elements of the static page before any of the app's code runs.
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      for (const sel of ['#root h1', '#root .legend-box', '#root [data-testid="map"]']) {
        const el = document.querySelector(sel);
        if (el) (el as Element & { fromHtml?: boolean }).fromHtml = true;
      }
    }),
  );
  await page.goto('/');
  await waitForMap(page);
  const adopted = await page.evaluate(() =>
    ['h1', '.legend-box', '[data-testid="map"]'].map((sel) => (document.querySelector(`#root ${sel}`) as (Element & { fromHtml?: boolean }) | null)?.fromHtml === true),
  );
  expect(adopted).toEqual([true, true, true]);
  expect(warnings.filter((w) => !/Service Worker/.test(w))).toEqual([]);
});

/**
 * Places on the world (lng, lat) whose place on the screen says where the map has put the world:
 * the corners of Brazil's box (the first paint draws one path per fill, not a path per country).
 */
const PLACES: readonly (readonly [number, number])[] = [[-74, 5.3], [-34.8, -33.7]];

/** Where the page's parts and PLACES lie on the screen: in the first paint, or on the live SVG map. */
async function layout(page: import('@playwright/test').Page): Promise<Record<string, number[]>> {
  // The places in the first paint's frame (its viewBox), the live map's from its own projection.
  const framed = PLACES.map(([lng, lat]) => toFrame(lng, lat, SNAPSHOT_WORLD.size));
  return page.evaluate(({ places, framed }) => {
    const at = (el: Element | null) => {
      const r = el?.getBoundingClientRect();
      return r ? [r.left, r.top, r.width, r.height].map(Math.round) : [];
    };
    const first = document.querySelector<SVGSVGElement>('#first-paint-map');
    const hook = (window as unknown as { tcdmMap?: { project(lng: number, lat: number): { x: number; y: number } } }).tcdmMap;
    const map = document.querySelector('[data-testid="map"]')?.getBoundingClientRect();
    const onScreen = first
      ? framed.map(([x, y]) => new DOMPoint(x, y).matrixTransform(first.getScreenCTM() ?? undefined)).map((p) => [p.x, p.y])
      : hook && map ? places.map(([lng, lat]) => hook.project(lng, lat)).map((p) => [map.left + p.x, map.top + p.y]) : [];
    return {
      head: at(document.querySelector('.app-head')),
      map: at(document.querySelector('[data-testid="map"]')),
      play: at(document.querySelector('.timeline-controls button')),
      slider: at(document.querySelector('.timeline-slider')),
      sheet: at(document.querySelector('.story')),
      world: onScreen.flat().map(Math.round),
    };
  }, { places: PLACES, framed });
}

// A phone's first screen (e2e/phone-first-screen.spec.ts) from the HTML alone: the same bar, map,
// timeline and sheet as the live page, and the world where the SVG map draws it, in a map box that
// is taller than 0.8 of its width (390×800: the map is half the screen's height, 400 px).
test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true, storageState: { cookies: [], origins: [] } });

  test('the first paint lays out the phone\'s first screen as the live page does', async ({ page }) => {
    await page.route(APP_ENTRY, (r) => r.abort());
    await page.goto('/');
    await expect(page.locator(FIRST_MAP)).toBeVisible();
    const first = await layout(page);
    await page.unroute(APP_ENTRY);
    await page.goto('/');
    await waitForMap(page, 'svg');
    const live = await layout(page);
    expect(first.map?.[3]).toBeGreaterThanOrEqual(400);
    for (const part of Object.keys(live)) {
      const [a, b] = [first[part] ?? [], live[part] ?? []];
      expect(a, part).toHaveLength(part === 'world' ? 2 * PLACES.length : 4);
      // (Within 3 px across Brazil, as when the test measured Brazil's path.)
      a.forEach((v, i) => expect(Math.abs(v - (b[i] as number)), `${part}: ${a} against ${b}`).toBeLessThanOrEqual(part === 'world' ? 3 : 1));
    }
  });
});

test('the data set is slow: the first paint stays up, the page says the network is slow, then the live page comes', async ({ page }) => {
  const held: Route[] = [];
  let hold = true;
  await page.route(DATASET_ROUTE, (r) => (hold ? void held.push(r) : r.fallback()));
  await page.goto('/');
  await expect(page.locator(FIRST_MAP)).toBeVisible();
  const status = page.getByRole('status');
  await expect(status).toHaveText(en.failure.loading);
  await expect(status).toHaveText(`${en.failure.loading} ${en.failure.slow}`, { timeout: 20_000 });
  await expect(status).toBeVisible();
  await expect(page.locator(FIRST_MAP)).toBeVisible();
  // Let it through (to the fixture): the live page replaces the first paint and the line goes.
  hold = false;
  for (const r of held) await r.fallback();
  await waitForMap(page);
  await expect(page.locator('.boot-over')).toHaveCount(0);
  await expect(page.locator(FIRST_MAP)).toHaveCount(0);
});

// The story panel's first render (the static page's, which the live page hydrates) draws the first
// few events of its page (src/story/panelPage.ts); the rest come when needed. The browser here is
// never idle (its idle callbacks never run), so the rest does not come once the map is ready.
test.describe('the story panel, in a browser never idle', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('the whole page of events comes at once as the page prints, and when the reader scrolls near its end', async ({ page }) => {
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await page.goto('/');
    await waitForMap(page, 'svg');
    const cards = page.locator('#root:not([inert]) [data-testid="story-panel"] .event');
    await expect(cards).toHaveCount(FIRST_CARDS);
    await expect(page.locator('[data-testid="story-panel"] .story-more')).toHaveCount(0);
    // Printing: every card of the page is there before the print code reads them (synchronously).
    expect(await page.evaluate(() => {
      dispatchEvent(new Event('beforeprint'));
      return document.querySelectorAll('[data-testid="story-panel"] .event').length;
    })).toBe(PANEL_PAGE);

    await page.goto('/');
    await waitForMap(page, 'svg');
    await expect(cards).toHaveCount(FIRST_CARDS);
    const scrolled = await page.evaluate(() => {
      const s = document.querySelector('.story') as HTMLElement;
      s.scrollTop = s.scrollHeight;
      return s.scrollTop;
    });
    await expect(cards).toHaveCount(PANEL_PAGE);
    expect(await page.evaluate(() => (document.querySelector('.story') as HTMLElement).scrollTop)).toBe(scrolled);
  });
});
