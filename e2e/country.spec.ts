/**
 * Country pages (docs/INTERFACES.md, "Files the site serves"; src/store/countryPage.ts): the build
 * writes `country/<iso3>/` for every country with a status at the latest date the sources reach.
 * Each opens the same app on its country (selected, its story in the panel, the address bar
 * clean), under the strict CSP, with its own 1200 × 630 card; works offline once the site has been
 * visited, and under a sub-path on real nginx (docs/HOSTING.md's block); the share button and the
 * embed dialog offer a selected country's page; axe finds nothing on one.
 */
import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { countryName } from '../src/data/countries.ts';
import en from '../src/i18n/catalogues/en.ts';
import { countryPageIsos, countryPagePath } from '../src/store/countryPage.ts';
import { expect, test, type TestData } from './fixtures.ts';
import { waitForMap, watchPage } from './helpers.ts';
import { startNginx } from './nginx.ts';

/** The countries the fixture build writes a page for: those with a status at its last day. */
const pagesOf = ({ index }: TestData): string[] => countryPageIsos(index, index.lastDay);

/** Records every CSP violation of every document the page loads. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { tcdmCsp: string[] };
    w.tcdmCsp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.tcdmCsp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { tcdmCsp: string[] }).tcdmCsp);
}

/** Waits until the app shows `iso` selected: its name heads the story panel. */
async function showsCountry(page: Page, iso: string): Promise<void> {
  await expect(page.getByTestId('story-panel').getByRole('heading', { level: 2 })).toHaveText(countryName(iso, en.locale));
}

/** Waits until the service worker is active (its precache complete) and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null)).toBe('activated');
}

test('every country page opens the app on its country with its own 1200 × 630 card, under the strict CSP', async ({ page, baseURL, data }) => {
  const watch = watchPage(page, baseURL as string);
  const csp = await watchCsp(page);
  const isos = pagesOf(data);
  expect(isos.length).toBeGreaterThan(1);
  const cards = new Map<string, string>();
  for (const iso of isos) {
    const res = await page.goto(`/${countryPagePath(iso)}`);
    expect(res?.status()).toBe(200);
    await waitForMap(page);
    await showsCountry(page, iso);
    expect(await page.locator('meta[name="tcdm-country"]').getAttribute('content')).toBe(iso);
    // The app keeps the country in the window's title (the HTML's own, with the status, is for scrapers).
    await expect(page).toHaveTitle(en.countryPage.title(countryName(iso, en.locale), en.title));
    // The page's country is the default: the address bar gets no country=.
    expect(new URL(page.url()).search).toBe('');
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(new RegExp(`share-${iso.toLowerCase()}-`));
    const card = await page.request.get(new URL(image as string, page.url()).href);
    expect(card.status()).toBe(200);
    expect(card.headers()['content-type']).toBe('image/png');
    const png = await card.body();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    cards.set(iso, createHash('sha256').update(png).digest('hex'));
    expect(await csp()).toEqual([]);
  }
  // Each its own card.
  expect(new Set(cards.values()).size).toBe(isos.length);
  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('clearing the country on its page writes country= and a reload keeps it cleared; another country is written as usual', async ({ page, data }) => {
  const [iso, other] = pagesOf(data) as [string, string];
  await page.goto(`/${countryPagePath(iso)}`);
  await waitForMap(page);
  await showsCountry(page, iso);
  await page.getByTestId('story-panel').getByRole('button', { name: en.showAll }).click();
  await expect(page.getByTestId('story-panel').getByRole('heading', { level: 2 })).not.toHaveText(countryName(iso, en.locale));
  await expect.poll(() => new URL(page.url()).search).toBe('?country=');
  await page.reload();
  await waitForMap(page);
  await expect(page.getByTestId('story-panel').getByRole('heading', { level: 2 })).not.toHaveText(countryName(iso, en.locale));
  await page.goto(`/${countryPagePath(iso)}?country=${other}`);
  await waitForMap(page);
  await showsCountry(page, other);
  expect(new URL(page.url()).search).toBe(`?country=${other}`);
});

test.describe('share and embed', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 900 } });
  test('offer the selected country’s page; axe finds nothing on a country page or in its dialog', async ({ page, baseURL, data }) => {
    const [iso, other] = pagesOf(data) as [string, string];
    const origin = new URL(baseURL as string).origin;
    const share = async (): Promise<string> => {
      await page.getByRole('button', { name: en.share.label }).first().click();
      await expect(page.getByTestId('share').first()).toContainText(en.share.copied);
      return page.evaluate(() => navigator.clipboard.readText());
    };
    // From index.html with a country selected: its page, with the rest of the view.
    await page.goto(`/?country=${iso}&view=table`);
    await expect(page.getByTestId('status-table')).toBeVisible();
    expect(await share()).toBe(`${origin}/${countryPagePath(iso)}?view=table`);

    await page.goto(`/${countryPagePath(iso)}`);
    await waitForMap(page);
    await showsCountry(page, iso);
    const violations = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    expect(await share()).toBe(`${origin}/${countryPagePath(iso)}`);

    await page.getByRole('button', { name: en.embed.button, exact: true }).click();
    const dialog = page.getByTestId('embed-dialog');
    await expect(dialog).toBeVisible();
    // The country's page, and the embed code with the site's embed page and script (not the country folder's).
    await expect(dialog.getByTestId('embed-country').getByRole('link')).toHaveAttribute('href', `${origin}/${countryPagePath(iso)}`);
    const code = dialog.getByTestId('embed-code');
    await expect(code).toHaveValue(new RegExp(`src="${origin.replace(/\./g, '\\.')}/embed\\.html\\?country=${iso}&amp;embed=1"`));
    await expect(code).toHaveValue(new RegExp(`<script src="${origin.replace(/\./g, '\\.')}/embed\\.js" async></script>$`));
    await waitForMap(page.frameLocator('[data-testid="embed-preview"]'));
    const r = await new AxeBuilder({ page }).include('[data-testid="embed-dialog"]').exclude('[data-testid="embed-preview"]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(r.violations.map((v) => v.id)).toEqual([]);
    await dialog.getByRole('button', { name: en.close }).click();

    // Another country chosen on this page: that country's page.
    await page.goto(`/${countryPagePath(iso)}?country=${other}`);
    await waitForMap(page);
    await showsCountry(page, other);
    expect(await share()).toBe(`${origin}/${countryPagePath(other)}`);
  });
});

test('after one visit a country page loads with the network gone, and so does another', async ({ page, context, data }) => {
  const [iso, other] = pagesOf(data) as [string, string];
  await page.goto(`/${countryPagePath(iso)}`);
  await waitForMap(page);
  await controlled(page);
  await context.setOffline(true);
  const notServed: string[] = [];
  context.on('response', (r) => {
    if (!r.fromServiceWorker() && !/^(data|blob):/.test(r.url())) notServed.push(`${r.status()} ${r.url()}`);
  });
  await page.reload();
  await waitForMap(page);
  await showsCountry(page, iso);
  await page.goto(`/${countryPagePath(other)}`);
  await waitForMap(page);
  await showsCountry(page, other);
  expect(notServed).toEqual([]);
  await context.setOffline(false);
});

test('under a sub-path on nginx (docs/HOSTING.md), a country page loads with no CSP violation and nginx serves its folder', async ({ page, data }) => {
  const site = await startNginx('/maps/tcdm/');
  try {
    const [iso] = pagesOf(data) as [string];
    const watch = watchPage(page, site.url);
    const csp = await watchCsp(page);
    const res = await page.goto(`${site.url}${countryPagePath(iso)}`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-security-policy']).toContain("base-uri 'self'");
    await waitForMap(page);
    await showsCountry(page, iso);
    // The app's own addresses are the site's: the service worker's scope is the sub-path.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(site.url);
    const card = await page.request.get(new URL((await page.locator('meta[property="og:image"]').getAttribute('content')) as string, page.url()).href);
    expect(card.status()).toBe(200);
    expect(card.headers()['cache-control']).toContain('immutable');
    expect(await csp()).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  } finally {
    await site.stop();
  }
});
