/**
 * Hosting proven on a real server (docs/HOSTING.md): Debian's nginx serves a copy of the built site
 * with the doc's nginx block, verbatim (e2e/nginx.ts), at a domain's root and under a sub-path.
 * Each test starts its own nginx over its own copy, so a new deploy written by one never reaches
 * another; they share one port, so the file's tests run one after another.
 *
 * - Every file of the build comes with the headers of scripts/vite/headers.ts (the security
 *   headers; `immutable` for hashed assets, `no-cache` for the rest) and its content type (the
 *   Atom feed's, `feed.xml`, by its name); an unchanged page is a 304; the text files are sent
 *   compressed.
 * - The page loads and the map draws (MapLibre at the root, with its module worker; SVG under the
 *   sub-path) with no CSP violation and no console error; with the network gone, a reload comes
 *   from the service worker; a new deploy copied over the served folder is announced by the quiet
 *   update notice, and its Reload brings the new deploy in.
 *
 * The data set is the fixture's (e2e/fixtures.ts routes its address in the browser, whatever server
 * answers): what nginx does with the file is checked by the header test, which asks nginx itself.
 */
import { readdir } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Page } from '@playwright/test';
import en from '../src/i18n/catalogues/en.ts';
import { CONTENT_SECURITY_POLICY, headersFor, IMMUTABLE, REVALIDATE } from '../scripts/vite/headers.ts';
import { expect, test as base } from './fixtures.ts';
import { waitForMap, watchPage } from './helpers.ts';
import { startNginx, type NginxSite } from './nginx.ts';

const test = base.extend<{ sitePath: string; site: NginxSite }>({
  sitePath: ['/', { option: true }],
  site: async ({ sitePath }, use) => {
    const site = await startNginx(sitePath);
    try {
      await use(site);
    } finally {
      await site.stop();
    }
  },
});

// One nginx port: the tests of this file run in order, in one worker.
test.describe.configure({ mode: 'default' });

const JS = /^(text|application)\/javascript; charset=utf-8$/;
/** The content type each kind of file must come with (docs/HOSTING.md, "What a host must send": content types). */
const TYPES: Record<string, RegExp> = {
  '.html': /^text\/html; charset=utf-8$/,
  '.js': JS,
  '.mjs': JS,
  '.css': /^text\/css; charset=utf-8$/,
  '.json': /^application\/json; charset=utf-8$/,
  '.png': /^image\/png$/,
  '.txt': /^text\/plain; charset=utf-8$/,
  '.xml': /^text\/xml; charset=utf-8$/,
};
/** The one file whose type is not its extension's: the Atom feed (headers.ts names it). */
const BY_NAME: Record<string, RegExp> = { 'feed.xml': /^application\/atom\+xml; charset=utf-8$/ };
/** Source maps: for developers' tools, which read them whatever their type. */
const UNTYPED = new Set(['.map']);

/** Every file of the served copy, relative to it, with `/` separators. */
async function servedFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => `${e.parentPath}/${e.name}`.slice(folder.length + 1)).sort();
}

/** Waits until the service worker is active (its precache complete) and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null)).toBe('activated');
}

/**
 * Asks the browser to look for a new worker until one is installed and waiting (a check the
 * browser started by itself before the deploy may answer the first ask with the old worker).
 */
async function findUpdate(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        if (reg && !reg.waiting && !reg.installing) await reg.update();
        return reg?.waiting?.state ?? null;
      }),
    )
    .toBe('installed');
}

const DEPLOYS = [
  { where: 'at the root', path: '/', renderer: 'webgl' },
  { where: 'under a sub-path', path: '/maps/tcdm/', renderer: 'svg' },
] as const;

for (const { where, path, renderer } of DEPLOYS) {
  test.describe(`nginx with docs/HOSTING.md's configuration, ${where}`, () => {
    test.use({ sitePath: path });

    test("every file comes with headers.ts's headers and its content type, and the text compressed", async ({ site, request }) => {
      expect(site.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${path}$`));
      const files = await servedFiles(site.folder);
      const built = (re: RegExp): string => {
        const f = files.find((x) => re.test(x));
        if (!f) throw new Error(`no file like ${re} in the build`);
        return f;
      };
      const hashed = [built(/^assets\/dataset-[^/]+\.json$/), built(/^assets\/index-[^/]+\.js$/), built(/^assets\/maplibre-gl-worker-[^/]+\.mjs$/)];
      const [dataset, entry] = hashed;
      // The rules as docs/HOSTING.md states them, on the files it names ('' is the folder's address).
      const revalidated = ['', 'index.html', 'embed.html', 'embed.js', 'sw.js', 'robots.txt', 'feed.xml', 'geo/countries-50m.topo.json', 'geo/countries-world.topo.json'];
      expect(files).toEqual(expect.arrayContaining(revalidated.slice(1)));

      const problems: string[] = [];
      for (const rel of ['', ...files]) {
        const res = await request.get(`${site.url}${rel}`, { headers: { 'accept-encoding': 'gzip' } });
        const got = res.headers();
        if (res.status() !== 200) problems.push(`${rel}: HTTP ${res.status()}`);
        for (const [name, value] of Object.entries(headersFor(`/${rel || 'index.html'}`))) {
          if (got[name.toLowerCase()] !== value) problems.push(`${rel}: ${name}: ${got[name.toLowerCase()]}`);
        }
        const type = BY_NAME[rel] ?? TYPES[extname(rel || 'index.html')];
        if (type ? !type.test(got['content-type'] ?? '') : !UNTYPED.has(extname(rel))) problems.push(`${rel}: Content-Type: ${got['content-type']}`);
      }
      expect(problems).toEqual([]);

      for (const rel of revalidated) expect((await request.get(`${site.url}${rel}`)).headers()['cache-control'], rel).toBe(REVALIDATE);
      for (const rel of hashed) expect((await request.get(`${site.url}${rel}`)).headers()['cache-control'], rel).toBe(IMMUTABLE);
      expect((await request.get(`${site.url}assets/no-such-file-12345678.js`)).status()).toBe(404);

      // no-cache is cheap: an unchanged page is a 304, with the headers again.
      const page = await request.get(site.url);
      const etag = page.headers().etag;
      expect(etag).toBeTruthy();
      const again = await request.get(site.url, { headers: { 'if-none-match': etag ?? '' } });
      expect(again.status()).toBe(304);
      expect(again.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);

      // The feed is Atom, not the sitemap's plain XML (nginx's types know only the extension).
      expect((await request.get(`${site.url}feed.xml`)).headers()['content-type']).toBe('application/atom+xml; charset=utf-8');

      // The big text files, and the feed, are sent compressed to a browser or reader that asks.
      for (const rel of [dataset, 'geo/countries-50m.topo.json', entry, 'feed.xml']) {
        const res = await request.get(`${site.url}${rel}`, { headers: { 'accept-encoding': 'gzip' } });
        expect(res.headers()['content-encoding'], rel).toBe('gzip');
        expect(res.headers().vary, rel).toMatch(/Accept-Encoding/i);
      }
    });

    test('the map loads with no CSP violation, reloads offline, and a new deploy is offered and taken', async ({ site, page, context }) => {
      const violations: string[] = [];
      await page.exposeFunction('tcdmCspViolation', (v: string) => violations.push(v));
      await page.addInitScript((r) => {
        localStorage.setItem('tcdm.renderer', r);
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { tcdmCspViolation(v: string): void }).tcdmCspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
      }, renderer);
      const watch = watchPage(page, site.url);

      const first = await page.goto(site.url);
      expect(first?.status()).toBe(200);
      expect(first?.fromServiceWorker()).toBe(false);
      expect(first?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      await waitForMap(page, renderer);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
      await controlled(page);
      // Registered relative to the page: its scope is the site's folder.
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(site.url);

      // With the network gone, the page and the map come from the service worker.
      await context.setOffline(true);
      const offline = await page.reload();
      expect(offline?.fromServiceWorker()).toBe(true);
      await waitForMap(page, renderer);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
      await context.setOffline(false);

      // A new deploy, copied over the served folder: offered quietly, and Reload brings it in.
      const notice = page.getByTestId('update-notice');
      await expect(notice).toHaveCount(0);
      await site.deploy(2);
      await findUpdate(page);
      await expect(notice).toBeVisible();
      await expect(page.locator('meta[name="tcdm-deploy"]')).toHaveCount(0);
      const reloaded = page.waitForEvent('load');
      await notice.getByRole('button', { name: en.offline.reload }).click();
      await reloaded;
      await waitForMap(page, renderer);
      await expect(page.locator('meta[name="tcdm-deploy"]')).toHaveAttribute('content', '2');
      await controlled(page);
      await expect(notice).toHaveCount(0);

      expect(violations).toEqual([]);
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    });
  });
}
