/**
 * Offline (docs/HOSTING.md, "Offline"): after one visit the service worker has precached the site, and
 * every view loads again with the network gone; a new deploy waits, offered by a quiet notice that
 * never shows during a talk, and Reload brings it in.
 *
 * The site under test is built from the fixture data set (scripts/testSite.ts): the worker
 * precaches its `assets/dataset-<hash>.json` with a fetch of its own, and later serves it offline.
 * The tests check it: the table has the fixture's statuses (ten countries; the real data has many more).
 *
 * A new deploy without a second build: the browser's check for a new worker script is not routed
 * by Playwright, so the update test serves the built site itself, under a sub-path (the worker's
 * scope is relative to the page), and switches that server to "the next deploy": the same worker
 * with a new revision of index.html, and that index.html with a mark in its head.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Page, Request, Response } from '@playwright/test';
import en from '../src/i18n/catalogues/en.ts';
import es from '../src/i18n/catalogues/es.ts';
import { testSiteDir } from '../scripts/testSite.ts';
import { headersFor } from '../scripts/vite/headers.ts';
import { expect, test, type TestData } from './fixtures.ts';
import { tableStatuses, waitForMap, watchPage } from './helpers.ts';

/** The fixture's status of every country at its latest date. */
const latestStatuses = ({ index }: TestData): Record<string, string> =>
  Object.fromEntries([...index.allAt(index.lastDay)].map(([iso, s]) => [iso, s.status]));

/** Waits until the service worker is active (its precache complete) and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null)).toBe('activated');
}

test('after one visit, every view loads with the network gone, all from the service worker', async ({ page, context, baseURL, data }) => {
  const watch = watchPage(page, baseURL as string);
  // The worker's own file is always revalidated, so a new deploy is seen on the next visit.
  expect((await page.request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
  const installing: string[] = [];
  context.on('request', (r) => {
    if (r.serviceWorker()) installing.push(r.url());
  });
  // A fresh context: no worker left by another test serves the first visit.
  expect((await page.goto('/'))?.fromServiceWorker()).toBe(false);
  await waitForMap(page);
  await controlled(page);
  // The worker fetched the precache itself, the data set among it.
  expect(installing.filter((u) => /\/assets\/dataset-[^/]+\.json$/.test(u))).toHaveLength(1);

  await context.setOffline(true);
  const responses: Response[] = [];
  const fromWorker: Request[] = [];
  const failed: string[] = [];
  context.on('response', (r) => responses.push(r));
  // A request the worker itself makes would be one to the network (it has everything cached).
  context.on('request', (r) => {
    if (r.serviceWorker()) fromWorker.push(r);
  });
  context.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));

  await page.reload();
  await waitForMap(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);

  await page.goto('/?view=table');
  expect(await tableStatuses(page)).toEqual(latestStatuses(data));

  await page.goto('/?view=about');
  await expect(page.getByTestId('about')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);

  await page.goto('/?lang=es');
  await waitForMap(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(es.title);

  await page.goto('/?present=1&step=2');
  await waitForMap(page);
  await expect(page.getByTestId('present-step')).toHaveText(en.present.step(2, data.dataset.stories?.[0]?.steps.length ?? 0));

  await page.goto('/?embed=1');
  await waitForMap(page);
  await expect(page.getByTestId('embed-credit')).toBeVisible();

  const notServed = responses.filter((r) => !r.fromServiceWorker() && !/^(data|blob):/.test(r.url())).map((r) => `${r.status()} ${r.url()}`);
  expect(responses.length).toBeGreaterThan(20);
  expect(notServed).toEqual([]);
  expect(fromWorker.map((r) => r.url())).toEqual([]);
  expect(failed).toEqual([]);
  expect(watch.errors).toEqual([]);
});

/** The site under test, as built (scripts/testSite.ts). */
const DIST = testSiteDir();
const SUB_PATH = '/talks/deportation-map/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
};

interface Site {
  /** The page's address. */
  page: string;
  /** Publishes deploy `n` (> 1): the worker precaches an index.html carrying `<meta name="tcdm-deploy" content="n">`. */
  deploy(n: number): void;
  close(): Promise<void>;
}

/** The built site under a sub-path of a server of the test's own, with the headers a host sends. */
async function serveSite(): Promise<Site> {
  const worker = await readFile(join(DIST, 'sw.js'), 'utf8');
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  // The precache list's entry for the page: {"url":"index.html","revision":"<md5>"}.
  const precachedPage = /\{[^{}]*"url":"index\.html"[^{}]*\}/;
  const entry = precachedPage.exec(worker)?.[0];
  if (!entry || !/"revision":"[^"]+"/.test(entry) || !html.includes('<head>')) throw new Error(`${DIST}/sw.js does not precache index.html as expected`);
  let deployed = 1;
  const versions = (rel: string): string | null => {
    if (deployed === 1) return null;
    if (rel === 'sw.js') return worker.replace(entry, entry.replace(/"revision":"[^"]+"/, `"revision":"deploy-${deployed}"`));
    if (rel === 'index.html') return html.replace('<head>', `<head><meta name="tcdm-deploy" content="${deployed}">`);
    return null;
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
      const rel = path.startsWith(SUB_PATH) ? path.slice(SUB_PATH.length) || 'index.html' : null;
      const file = rel === null ? null : normalize(join(DIST, rel));
      const body = rel === null ? null : (versions(rel) ?? (file?.startsWith(DIST) && (await stat(file).catch(() => null))?.isFile() ? await readFile(file) : null));
      if (rel === null || body === null) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('not found');
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[extname(rel)] ?? 'application/octet-stream', ...headersFor(`/${rel}`) });
      res.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    page: `http://localhost:${address.port}${SUB_PATH}`,
    deploy: (n) => {
      deployed = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Asks the browser to look for a new worker now, and waits until one is installed and waiting. */
async function findUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null)).toBe('installed');
}

test('a new deploy waits: a quiet notice offers it, never during a talk, and Reload brings it in', async ({ page, data }) => {
  const site = await serveSite();
  try {
    // In the reader's language: Spanish.
    await page.goto(`${site.page}?lang=es`);
    await waitForMap(page);
    await controlled(page);
    // Registered relative to the page: its scope is the sub-path.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(site.page);
    const notice = page.getByTestId('update-notice');
    await expect(notice).toHaveCount(0);

    // Mid-talk: the update arrives in presentation mode, and waits, unannounced, until the talk ends.
    await page.keyboard.press('p');
    await expect(page.getByTestId('present')).toBeVisible();
    site.deploy(2);
    await findUpdate(page);
    await expect(notice).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('present')).toHaveCount(0);
    await expect(notice).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: es.offline.updateReady })).toBeVisible();
    const axe = await new AxeBuilder({ page }).include('[data-testid="update-notice"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // Nothing changed under the reader: the page is still the first deploy's.
    await expect(page.locator('meta[name="tcdm-deploy"]')).toHaveCount(0);

    // Not while the timeline plays either.
    await page.getByRole('button', { name: es.play, exact: true }).click();
    await expect(page.getByRole('button', { name: es.pause, exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(notice).toHaveCount(0);
    await page.getByRole('button', { name: es.pause, exact: true }).click();
    await expect(notice).toBeVisible();

    // Dismissed, it stays away; a later deploy is offered again.
    await notice.getByRole('button', { name: es.offline.dismiss }).click();
    await expect(notice).toHaveCount(0);
    site.deploy(3);
    await findUpdate(page);
    await expect(notice).toBeVisible();

    // Reload: the waiting worker takes over and the page comes back as the new deploy.
    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: es.offline.reload }).click();
    await reloaded;
    await waitForMap(page);
    await expect(page.locator('meta[name="tcdm-deploy"]')).toHaveAttribute('content', '3');
    await controlled(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    await expect(notice).toHaveCount(0);
    // Still on the fixture's data.
    await page.goto(`${site.page}?view=table&lang=es`);
    expect(await tableStatuses(page)).toEqual(latestStatuses(data));
  } finally {
    await site.close();
  }
});
