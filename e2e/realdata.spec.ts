/**
 * The real data set, as the built site serves it: no fixture here (this spec imports from
 * '@playwright/test' on purpose), and not the tests' site: this spec serves the real build
 * (`dist/`, from `npm run build`; E2E_REAL_OUT_DIR names another) itself, with vite preview and
 * the site's headers, one server per worker. The behaviour tests run on e2e/fixtures/data; these checks pin
 * what the real data says, so an edit to data/ that changes history on the map fails here, loudly,
 * with the country and the date. The same history is pinned in the unit tests
 * (src/data/dataset.test.ts); here it is checked as drawn on the map and listed in the table.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test as base } from '@playwright/test';
import { preview } from 'vite';
import { compileData } from '../scripts/compileData.ts';
import { realSiteDir } from '../scripts/testSite.ts';
import { statusColour, STATUS_PATTERNS } from '../src/color/palette.ts';
import { formatDay, isoToDay } from '../src/data/dates.ts';
import type { Dataset, Status } from '../src/data/types.ts';
import { formatIssue } from '../src/data/validate.ts';
import { sourcesReach } from '../src/data/scope.ts';
import { StatusIndex } from '../src/data/statusIndex.ts';
import { RENDERER_OVERRIDE_KEY } from '../src/map/rendererChoice.ts';
import { mapLook } from '../src/map/scene.ts';
import en from '../src/i18n/catalogues/en.ts';
import { datasetUrl, hex, interiorPoint, openMap, pixelsAt, servedCountries, showsStatus, svgFills, tableStatuses } from './helpers.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REAL_SITE = realSiteDir();

/**
 * The real build, served on a port of its own per worker (E2E_REAL_PORT, default E2E_PORT + 1000,
 * plus the worker's index), as `baseURL`; the WebGL override (`forceWebgl`, as the config's projects
 * set it for the tests' site) is set for that origin.
 */
const test = base.extend<{ forceWebgl: boolean }, { realSite: string }>({
  realSite: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      if (!existsSync(join(REAL_SITE, 'index.html'))) throw new Error(`${REAL_SITE} holds no build: run npm run build first`);
      const port = Number(process.env.E2E_REAL_PORT ?? Number(process.env.E2E_PORT ?? 4179) + 1000) + workerInfo.parallelIndex;
      const server = await preview({
        root: ROOT,
        configFile: join(ROOT, 'vite.config.ts'),
        logLevel: 'warn',
        build: { outDir: REAL_SITE },
        preview: { host: '127.0.0.1', port, strictPort: true, open: false },
      });
      try {
        await use(`http://127.0.0.1:${port}`);
      } finally {
        await server.close();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  forceWebgl: [true, { option: true }],
  baseURL: async ({ realSite }, use) => use(realSite),
  storageState: async ({ realSite, forceWebgl }, use) =>
    use({ cookies: [], origins: forceWebgl ? [{ origin: realSite, localStorage: [{ name: RENDERER_OVERRIDE_KEY, value: 'webgl' }] }] : [] }),
});

/** Statuses the sources support at known dates (country, date, status). */
const HISTORY: readonly (readonly [string, string, Status])[] = [
  ['GTM', '2019-12-01', 'receiving'],
  ['GTM', '2021-03-01', 'ended'],
  ['SLV', '2025-03-31', 'receiving'],
  ['AGO', '2025-05-06', 'refused'],
  ['LBR', '2025-06-30', 'refused'],
  ['KEN', '2025-09-27', 'refused'],
  ['LBR', '2025-10-24', 'agreement'],
  ['COD', '2026-05-15', 'receiving'],
];

test('the site serves exactly the data set compileData makes from data/, under its content hash', async ({ baseURL }) => {
  const { dataset, errors } = compileData(ROOT);
  expect(errors.map(formatIssue)).toEqual([]);
  if (!dataset) throw new Error('data/ does not compile');
  const json = JSON.stringify(dataset);
  const url = await datasetUrl(baseURL as string);
  const res = await fetch(url);
  expect(res.status).toBe(200);
  const text = await res.text();
  // The same events and sources, in the same order; and the same bytes, texts and all.
  const served = JSON.parse(text) as Dataset;
  expect(served.events.map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
  expect(served.sources.map((s) => s.id)).toEqual(dataset.sources.map((s) => s.id));
  expect(served).toEqual(dataset);
  expect(text === json, 'the served data set is not data/ compiled now: rebuild (npm run build)').toBe(true);
  // Named after its content, as scripts/vite/dataPlugin.ts names it.
  expect(url.pathname).toMatch(new RegExp(`/assets/dataset-${createHash('sha256').update(json).digest('base64url').slice(0, 10)}\\.json$`));
});

test('the data set is a build asset named after its content, which hosts may cache for good', async ({ page, baseURL }) => {
  const data = page.waitForResponse((r) => /\/assets\/dataset-[\w-]{8,}\.json$/.test(r.url()));
  await openMap(page);
  const res = await data;
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  // The preload in the page names the same file, so the fetch reuses it.
  expect((await datasetUrl(baseURL as string)).href).toBe(res.url());
  // Nothing is served from the old, unhashed address.
  expect((await page.request.get('generated/dataset.json')).headers()['content-type']).not.toContain('json');
});

/** How far the real sources reach: the timeline's last day, where the table says "as of". */
const HORIZON = '2026-05-15';

test('history in the table: each pinned status at its date', async ({ page }) => {
  for (const [iso, date, status] of HISTORY) {
    await page.goto(`/?view=table&date=${date}`);
    const caption = date === HORIZON ? `Countries with a status as of` : `Countries with a status on`;
    await expect(page.getByTestId('status-table')).toContainText(`${caption} ${formatDay(isoToDay(date) as number, 'en-GB')}`);
    expect((await tableStatuses(page))[iso], `${iso} on ${date}`).toBe(status);
    await expect(page.locator(`[data-testid="status-table"] tbody tr[data-country="${iso}"]`)).toContainText(en.status.labels[status]);
  }
});

test('the first paint (the HTML alone, no app code) draws every country in its status at the horizon', async ({ page }) => {
  const { dataset } = compileData(ROOT);
  if (!dataset) throw new Error('data/ does not compile');
  const index = new StatusIndex(dataset.events, { until: sourcesReach(dataset) });
  const statuses = index.allAt(index.lastDay);
  await page.route(/\/assets\/index-[^/]+\.js$/, (r) => r.abort());
  await page.goto('/');
  await expect(page.locator('#first-paint-map')).toBeVisible();
  await expect(page.locator('#root [data-testid="horizon"]')).toHaveText(en.horizon(formatDay(isoToDay(HORIZON) as number, 'en-GB')));
  const fills = new Map(
    // (One path per fill, naming its countries.)
    await page.locator('#first-paint-map path[data-countries]').evaluateAll((ps) =>
      ps.flatMap((p) => (p.getAttribute('data-countries') ?? '').split(' ').map((iso) => [iso, p.getAttribute('fill') ?? ''] as const))),
  );
  const look = mapLook('light', { idPrefix: 'tcdm-first-' });
  expect(fills.size).toBeGreaterThan(100);
  const wrong = [...fills].filter(([iso, fill]) => fill !== look.countryFill(statuses.get(iso)?.status ?? null));
  expect(wrong).toEqual([]);
  // A small state with a status has its dot, in its status's colour (its shape may be left out as specks).
  const dots = await page.locator('#first-paint-map circle[data-country]').evaluateAll((cs) => cs.map((c) => [c.getAttribute('data-country') ?? '', c.getAttribute('fill') ?? ''] as const));
  expect(dots.filter(([iso, fill]) => fill !== look.colour(statuses.get(iso)?.status ?? null))).toEqual([]);
  const drawn = new Set([...fills.keys(), ...dots.map(([iso]) => iso)]);
  expect([...statuses.keys()].filter((iso) => !drawn.has(iso))).toEqual([]);
  // Every pinned status at the horizon among them.
  for (const [iso, date, status] of HISTORY) if (date === HORIZON) expect(fills.get(iso) ?? new Map(dots).get(iso), iso).toBe(fills.has(iso) ? look.countryFill(status) : look.colour(status));
});

test('with the data it was made from, the app takes the first paint over as it is (hydrates) and it works', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => (m.type() === 'warning' || m.type() === 'error') && warnings.push(m.text()));
  // Marks elements of the static page before any of the app's code runs.
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      for (const sel of ['#root h1', '#root .legend-box', '#root [data-testid="story-panel"]', '#root [data-testid="map"]']) {
        const el = document.querySelector(sel);
        if (el) (el as Element & { fromHtml?: boolean }).fromHtml = true;
      }
    }),
  );
  await openMap(page);
  const adopted = await page.evaluate(() =>
    ['h1', '.legend-box', '[data-testid="story-panel"]', '[data-testid="map"]'].map((sel) => (document.querySelector(`#root ${sel}`) as (Element & { fromHtml?: boolean }) | null)?.fromHtml === true),
  );
  expect(adopted).toEqual([true, true, true, true]);
  // Not the page's: Chromium's own notes on the service worker, and its GL driver's performance notes
  // ("GPU stall due to ReadPixels"), which SwiftShader prints under CPU compositing (the svg
  // project); the page itself reads no pixels back.
  expect(warnings.filter((w) => !/Service Worker|^\[\.WebGL-[^\]]*\]GL Driver Message \(OpenGL, Performance/.test(w))).toEqual([]);
  // Live: the view switch works, and so does the map.
  await page.getByRole('button', { name: en.views.table, exact: true }).click();
  await expect(page.getByTestId('status-table')).toBeVisible();
  await expect(page).toHaveURL(/view=table/);
});

test.describe('with software WebGL and no override', () => {
  test.use({ forceWebgl: false });

  test('history on the SVG map: each pinned status drawn at its date', async ({ page }) => {
    for (const [iso, date, status] of HISTORY) {
      await openMap(page, `?date=${date}`);
      await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'svg');
      const fill = (await svgFills(page)).get(iso);
      expect(fill, `${iso} on ${date}`).toEqual({ iso, colour: statusColour(status), patterned: STATUS_PATTERNS[status] !== undefined });
    }
  });
});

test('history on the WebGL map: Angola refused (hatched) on 2025-05-06, DR Congo receiving on 2026-05-15', async ({ page, baseURL }) => {
  const countries = await servedCountries(baseURL as string);
  for (const [iso, date, status] of [['AGO', '2025-05-06', 'refused'], ['COD', '2026-05-15', 'receiving']] as const) {
    const shape = countries.get(iso);
    if (!shape) throw new Error(`${iso} is not on the basemap`);
    await openMap(page, `?date=${date}`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'webgl');
    const [px] = await pixelsAt(page, [interiorPoint(shape)]);
    expect(showsStatus(px!, status), `${iso} on ${date} drawn ${hex(px!)}`).toBe(true);
  }
});

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
const pdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;

test('the longest country story in the data prints on one or two pages of A4 and of Letter', async ({ page }) => {
  // Longest: the most quotes at the horizon, its own events' and those for every destination.
  const { dataset } = compileData(ROOT);
  if (!dataset) throw new Error('data/ does not compile');
  const everywhere = dataset.events.filter((e) => e.country === e.sender).reduce((n, e) => n + e.quotes.length, 0);
  const quotes = new Map<string, number>();
  for (const e of dataset.events) if (e.country !== e.sender) quotes.set(e.country, (quotes.get(e.country) ?? 0) + e.quotes.length);
  const [iso, n] = [...quotes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] as [string, number];
  await openMap(page, `?country=${iso}`);
  await page.emulateMedia({ media: 'print' });
  for (const format of ['A4', 'Letter'] as const) {
    expect(pdfPages(await page.pdf({ format })), `${iso} (${n + everywhere} quotes) on ${format}`).toBeLessThanOrEqual(2);
  }
});
