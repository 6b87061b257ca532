/**
 * The SVG map. Tests tagged @nowebgl run in the `nowebgl` project (Chromium started with WebGL
 * disabled, see playwright.config.ts); the others run with WebGL and check the swap to SVG when
 * the WebGL context is lost for good.
 */
import type { Page } from '@playwright/test';
import { MAP_COLOURS, statusColour, STATUS_PATTERNS, type ResolvedTheme } from '../src/color/palette.ts';
import { dayToIso, isoToDay } from '../src/data/dates.ts';
import type { StatusIndex } from '../src/data/statusIndex.ts';
import { eventById, expect, test } from './fixtures.ts';
import { close, cssHex, hex, openMap, pixelsAt, project, showsStatus, svgCountryAt, svgFills, waitForMap, watchPage } from './helpers.ts';

// Points well inside each country (longitude, latitude).
const ANGOLA = [17.5, -12.5] as const;
const MEXICO = [-102, 24] as const;
const BRAZIL = [-52, -10] as const;

/** Every drawn country's fill matches the data at `day`: status colour, pattern where it has one. */
async function expectFills(page: Page, index: StatusIndex, day: number, theme: ResolvedTheme): Promise<void> {
  const fills = await svgFills(page);
  expect(fills.size).toBeGreaterThan(200);
  const wrong: string[] = [];
  for (const [iso, f] of fills) {
    const status = index.statusAt(iso, day)?.status ?? null;
    const want = { colour: statusColour(status, theme), patterned: status !== null && STATUS_PATTERNS[status] !== undefined };
    if (f.colour !== want.colour || f.patterned !== want.patterned) wrong.push(`${iso}: ${JSON.stringify(f)} ≠ ${JSON.stringify(want)}`);
  }
  expect(wrong).toEqual([]);
}

test.describe('without WebGL', { tag: '@nowebgl' }, () => {
  test('draws the SVG map in the status colours, and never downloads MapLibre', async ({ page, baseURL, data: { index } }) => {
    const w = watchPage(page, baseURL as string);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await openMap(page);
    expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl'))).toBeNull();
    await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'svg');
    await expect(page.getByTestId('map').locator('svg path[data-iso="BRA"]')).toBeVisible();
    // No notice: nothing the reader needs is missing.
    await expect(page.getByRole('status').filter({ hasText: /WebGL/ })).toHaveCount(0);

    await expectFills(page, index, index.lastDay, 'light');
    const fills = await svgFills(page);
    expect(fills.get('AGO')).toEqual({ iso: 'AGO', colour: statusColour('refused'), patterned: true });
    expect(fills.get('GTM')).toEqual({ iso: 'GTM', colour: statusColour('ended'), patterned: true });
    expect(fills.get('MEX')).toEqual({ iso: 'MEX', colour: statusColour('receiving'), patterned: false });
    expect(fills.get('BRA')).toEqual({ iso: 'BRA', colour: statusColour(null), patterned: false });
    // Each country is drawn where it is.
    expect(await svgCountryAt(page, ...ANGOLA)).toBe('AGO');
    expect(await svgCountryAt(page, ...MEXICO)).toBe('MEX');
    expect(await svgCountryAt(page, ...BRAZIL)).toBe('BRA');
    expect(await svgCountryAt(page, -40, 28)).toBeNull(); // the North Atlantic

    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => /maplibre/i.test(u))).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  });

  test('hovering a country shows its tooltip and shades it; clicking opens its quotes', async ({ page, baseURL, data }) => {
    const w = watchPage(page, baseURL as string);
    // Angola's latest event: refused.
    const latest = eventById(data, 'ago-2025-05-05-refused');
    await openMap(page);
    const angola = page.locator('[data-testid="map"] svg path[data-iso="AGO"]');
    const before = await angola.getAttribute('fill');
    const p = await project(page, ...ANGOLA);
    await page.mouse.move(p.x, p.y);
    await expect(page.getByRole('tooltip')).toContainText('Angola');
    await expect(angola).not.toHaveAttribute('fill', before as string);
    await page.mouse.click(p.x, p.y);
    const panel = page.getByTestId('story-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Angola');
    // Newest first: the ruling for every destination of 2026-02-25, then Angola's own latest event.
    await expect(panel.locator('.event').first()).toHaveAttribute('data-event', 'usa-2026-02-25-ruling');
    await expect(panel.locator('.event[data-country="AGO"]').first()).toHaveAttribute('data-event', latest.id);
    await expect(panel).toContainText(latest.summary);
    await expect(page).toHaveURL(/[?&]country=AGO\b/);
    // The selection ring is drawn.
    await expect(page.locator('[data-testid="map"] svg [data-layer="selection"]')).toHaveAttribute('d', /^M/);

    // Moving off the map hides the tooltip and the shade; the sea clears the selection.
    await page.mouse.move(p.x, 2);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await expect(angola).toHaveAttribute('fill', before as string);
    const ocean = await project(page, -40, 28);
    await page.mouse.click(ocean.x, ocean.y);
    await expect(page).not.toHaveURL(/country=/);
    await expect(page.locator('[data-testid="map"] svg [data-layer="selection"]')).toHaveAttribute('d', '');
    expect(w.errors).toEqual([]);
  });

  test('recolours only what changed when the date moves, and follows the theme', async ({ page, data: { index } }) => {
    // On the first day only El Salvador has a status (approached); Angola, refused at the end, has none.
    await openMap(page, `?date=${dayToIso(index.firstDay)}`);
    await expectFills(page, index, index.firstDay, 'light');
    const first = await svgFills(page);
    expect(first.get('SLV')).toEqual({ iso: 'SLV', colour: statusColour('approached'), patterned: false });
    expect(first.get('AGO')).toEqual({ iso: 'AGO', colour: statusColour(null), patterned: false });
    await page.getByRole('slider').focus();
    await page.keyboard.press('End');
    await expect.poll(async () => (await svgFills(page)).get('AGO')).toEqual({ iso: 'AGO', colour: statusColour('refused'), patterned: true });
    await expectFills(page, index, index.lastDay, 'light');

    await page.emulateMedia({ colorScheme: 'dark' });
    const svg = page.locator('[data-testid="map"] svg');
    await expect.poll(async () => cssHex(await svg.evaluate((e) => getComputedStyle(e).backgroundColor))).toBe(MAP_COLOURS.dark.ocean);
    await expectFills(page, index, index.lastDay, 'dark');
  });

  test('a small country with a status is a dot that can be clicked', async ({ page, data: { index } }) => {
    await openMap(page);
    // Saint Kitts and Nevis (agreement) is the only small country with a status: the only dot shown.
    const dots = page.locator('[data-testid="map"] svg circle[data-iso][visibility="visible"]');
    await expect(dots).toHaveCount(1);
    await expect(dots).toHaveAttribute('data-iso', 'KNA');
    expect(index.statusAt('KNA', index.lastDay)).toMatchObject({ status: 'agreement' });
    await expect(dots).toHaveAttribute('fill', statusColour('agreement'));
    await dots.click();
    await expect(page).toHaveURL(/[?&]country=KNA\b/);
    await expect(page.locator('[data-testid="map"] svg circle[data-iso="KNA"]')).toHaveAttribute('stroke', MAP_COLOURS.light.selection);
  });
});

test('a lost WebGL context that is not restored gives way to the SVG map, keeping date, selection and colours', { tag: '@webgl' }, async ({ page, baseURL, data: { index } }) => {
  const w = watchPage(page, baseURL as string);
  // A day in the middle of the history, when Angola is refused.
  const day = isoToDay('2025-05-05') as number;
  expect(index.statusAt('AGO', day)).toMatchObject({ status: 'refused' });
  await openMap(page, `?date=${dayToIso(day)}&country=AGO`);
  const map = page.getByTestId('map');
  await expect(map).toHaveAttribute('data-renderer', 'webgl');
  const lost = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas');
    const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
    const ext = gl?.getExtension('WEBGL_lose_context');
    ext?.loseContext();
    return ext !== undefined && ext !== null;
  });
  expect(lost, 'WEBGL_lose_context is available').toBe(true);
  await waitForMap(page, 'svg');
  await expect(map.locator('canvas')).toHaveCount(0);
  await expectFills(page, index, day, 'light');
  await expect(map.locator('svg [data-layer="selection"]')).toHaveAttribute('d', /^M/);
  await expect(page.getByTestId('story-panel').getByRole('heading', { level: 2 })).toHaveText('Angola');
  await expect(page).toHaveURL(/[?&]country=AGO\b/);
  // The new map answers the pointer.
  const p = await project(page, ...MEXICO);
  await page.mouse.click(p.x, p.y);
  await expect(page).toHaveURL(/[?&]country=MEX\b/);
  expect(w.errors).toEqual([]);
});

test('on the WebGL map a patterned status is hatched: its colour with light stripes, as in the legend', async ({ page }) => {
  // Angola is refused from 5 May 2025: hatched.
  const status = 'refused';
  expect(STATUS_PATTERNS[status]).toBeDefined();
  await openMap(page, '?date=2025-05-05');
  await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'webgl');
  // A run of points across Angola, half a pixel apart, over more than two stripes.
  const run = Array.from({ length: 30 }, (_, i) => [ANGOLA[0] - 3 + i * 0.2, ANGOLA[1]] as const);
  const pixels = await pixelsAt(page, run);
  for (const px of pixels) expect(showsStatus(px, status), `Angola (${status}) drawn ${hex(px)}`).toBe(true);
  const fill = statusColour(status, 'light');
  expect(pixels.some((px) => close(px, fill)), 'some of the colour').toBe(true);
  expect(pixels.some((px) => !close(px, fill, 20)), 'some stripe').toBe(true);
});

test('the WebGL map takes the theme’s colours, and changes them live', async ({ page, baseURL }) => {
  const w = watchPage(page, baseURL as string);
  // Mexico is receiving at the last date.
  const status = 'receiving';
  const OCEAN = [-40, 28] as const;
  await openMap(page, '?theme=dark');
  await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'webgl');
  const [ocean, mexico] = await pixelsAt(page, [OCEAN, MEXICO]);
  expect(close(ocean as [number, number, number], MAP_COLOURS.dark.ocean), `dark ocean drawn ${hex(ocean as [number, number, number])}`).toBe(true);
  expect(showsStatus(mexico as [number, number, number], status, 'dark'), `Mexico drawn ${hex(mexico as [number, number, number])}`).toBe(true);
  await page.getByTestId('theme-select').selectOption('light');
  await expect.poll(async () => hex((await pixelsAt(page, [OCEAN]))[0] as [number, number, number])).toBe(MAP_COLOURS.light.ocean);
  const [, mexicoLight] = await pixelsAt(page, [OCEAN, MEXICO]);
  expect(showsStatus(mexicoLight as [number, number, number], status, 'light'), `Mexico drawn ${hex(mexicoLight as [number, number, number])}`).toBe(true);
  expect(w.errors).toEqual([]);
});
