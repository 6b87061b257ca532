/**
 * Failure: the data set or the basemap does not arrive (an error, a file cut short, the wrong
 * file, no answer), or a part of the page throws. The page says what went wrong and offers to try
 * again; a failed part leaves the rest of the page working.
 */
import type { Page, Route } from '@playwright/test';
import en from '../src/i18n/catalogues/en.ts';
import { DATASET_ROUTE, expect, test } from './fixtures.ts';
import { waitForMap } from './helpers.ts';

/** Every basemap: the TopoJSON files, and the SVG map's world projected at build time (assets/world-<hash>.json). */
const GEO_ROUTE = /\/geo\/[^/]+\.topo\.json$|\/assets\/world-[^/]+\.json$/;

/** Watches the console for the page's own account of the failure. */
function logs(page: Page): string[] {
  const out: string[] = [];
  page.on('console', (m) => out.push(`${m.type()}: ${m.text()}`));
  return out;
}

async function expectFailure(page: Page, why: string): Promise<void> {
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(en.loadError, { timeout: 40_000 });
  await expect(alert).toContainText(why);
  await expect(alert.getByRole('button', { name: en.failure.retry })).toBeFocused();
}

test('the data set answers 404: the page says so, logs the cause, and Try again loads the map once it is back', async ({ page }) => {
  const seen = logs(page);
  await page.route(DATASET_ROUTE, (r) => r.fulfill({ status: 404, body: 'not here' }));
  await page.goto('/');
  await expectFailure(page, en.failure.why.http(404));
  expect(seen.some((l) => l.startsWith('error: The map could not load its data:'))).toBe(true);
  await page.unroute(DATASET_ROUTE);
  await page.getByRole('button', { name: en.failure.retry }).click();
  await waitForMap(page);
});

for (const [what, body] of [['cut short', '{"checked":"2026-06-30","sources":[{"id":'], ['not JSON', '<!doctype html><p>a proxy page'], ['JSON of another shape', '{"hello":"world"}']] as const) {
  test(`the data set arrives ${what}: the page says it is not the file it needs`, async ({ page }) => {
    await page.route(DATASET_ROUTE, (r) => r.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto('/');
    await expectFailure(page, en.failure.why.invalid);
  });
}

test('the data set never comes: the page says the network is slow, then gives up and offers to try again', async ({ page }) => {
  const held: Route[] = [];
  await page.route(DATASET_ROUTE, (r) => void held.push(r));
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText(`${en.failure.loading} ${en.failure.slow}`, { timeout: 20_000 });
  await expectFailure(page, en.failure.why.timeout);
  await page.unroute(DATASET_ROUTE);
  await page.getByRole('button', { name: en.failure.retry }).click();
  await waitForMap(page);
});

for (const renderer of ['webgl', 'svg'] as const) {
  test.describe(`on the ${renderer} map`, () => {
    // The webgl project's override gives WebGL (for "on the webgl map"); without it, software WebGL gets the SVG map.
    if (renderer === 'svg') test.use({ storageState: { cookies: [], origins: [] } });

    test('the basemap does not come: the table stands in, and Try again brings the map', async ({ page }) => {
      await page.route(GEO_ROUTE, (r) => r.fulfill({ status: 503, body: 'busy' }));
      await page.goto('/');
      await expect(page.getByTestId('status-table')).toBeVisible();
      const notice = page.locator('.notice');
      await expect(notice).toContainText(en.failure.geometry);
      await page.unroute(GEO_ROUTE);
      await notice.getByRole('button', { name: en.failure.retry }).click();
      await waitForMap(page, renderer);
      await expect(page.locator('.notice')).toHaveCount(0);
    });
  });
}

test('a part that fails leaves the rest working, and Try again draws it afresh', async ({ page, data }) => {
  // A data set the build would never ship: the newest event's quote has lost its place in its source.
  const broken = JSON.parse(data.json) as { events: { id: string; country: string; quotes: { at: unknown }[] }[] };
  const newest = [...broken.events].reverse().find((e) => e.country === 'PAN');
  if (!newest?.quotes[0]) throw new Error('no event to break');
  newest.quotes[0].at = null;
  await page.route(DATASET_ROUTE, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }));
  const seen = logs(page);
  await page.goto('/?lang=es');
  await waitForMap(page);
  const failed = page.getByTestId('region-failed');
  await expect(failed).toHaveAttribute('data-region', 'story');
  expect(seen.some((l) => l.startsWith("error: The page's story failed:"))).toBe(true);
  // The map and the timeline go on.
  await page.getByRole('slider').focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/date=2019/);
  // Before the broken event, the story draws again.
  await failed.getByRole('button').click();
  await expect(page.getByTestId('story-panel')).toBeVisible();
  await expect(page.getByTestId('region-failed')).toHaveCount(0);
});
