/**
 * Links that look right when shared, on the built site: the pages' Open Graph and Twitter card
 * tags (index.html's, and the embed page's: the same), the preview image they name (a 1200 × 630 PNG, cached for good), robots.txt, the paragraph
 * a reader without JavaScript sees (and that its links resolve), and a page that still loads under
 * the strict Content-Security-Policy with no violation.
 */
import type { APIRequestContext } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, IMMUTABLE } from '../scripts/vite/headers.ts';
import { EMBED_PAGE } from '../src/embed/snippet.ts';
import { expect, test } from './fixtures.ts';
import { waitForMap, watchPage } from './helpers.ts';

/** A served page (index.html unless named), as a scraper reads it (no JavaScript). */
async function servedHtml(request: APIRequestContext, page = '/'): Promise<string> {
  const res = await request.get(page);
  expect(res.status()).toBe(200);
  return res.text();
}

/** The content of each <meta property|name="key">, as written in the HTML. */
function metas(html: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of html.matchAll(/<meta\s+(?:property|name)="([^"]+)"(?:\s+media="[^"]*")?\s+content="([^"]*)"/g)) {
    out.set(m[1] as string, [...(out.get(m[1] as string) ?? []), (m[2] as string).replace(/&amp;/g, '&').replace(/&quot;/g, '"')]);
  }
  return out;
}

test.describe('share cards', () => {
  test('the page has Open Graph and Twitter card tags, with its own title and description', async ({ request }) => {
    const html = await servedHtml(request);
    const m = metas(html);
    const one = (k: string) => {
      expect(m.get(k), k).toHaveLength(1);
      return (m.get(k) as string[])[0] as string;
    };
    const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
    const description = one('description');
    expect(one('og:type')).toBe('website');
    expect(one('og:title')).toBe(title);
    expect(one('og:description')).toBe(description);
    expect(one('twitter:card')).toBe('summary_large_image');
    expect(one('twitter:title')).toBe(title);
    expect(one('twitter:description')).toBe(description);
    expect(one('og:image:width')).toBe('1200');
    expect(one('og:image:height')).toBe('630');
    expect(one('og:image:type')).toBe('image/png');
    expect(one('og:image:alt')).toMatch(/^US third-country deportations — Status as of \d{1,2} [A-Z][a-z]+ \d{4}\. Approached: \d+;/);
    expect(one('twitter:image:alt')).toBe(one('og:image:alt'));
    // Built without TCDM_SITE_URL: the image relative to the page, no og:url, no canonical link.
    expect(one('og:image')).toMatch(/^\.\/assets\/share-[\w-]{10}\.png$/);
    expect(one('twitter:image')).toBe(one('og:image'));
    expect(m.has('og:url')).toBe(false);
    expect(html).not.toMatch(/rel="canonical"/);
    expect(m.get('theme-color')).toHaveLength(2);
  });

  test('the embed page has the same cards, theme colours and noscript paragraph as index.html', async ({ request }) => {
    const [index, embed] = [await servedHtml(request), await servedHtml(request, `/${EMBED_PAGE}`)];
    // (index.html names the data set for the probe to preload after its first paint; the embed page preloads it.)
    const cards = (html: string) => new Map([...metas(html)].filter(([k]) => k !== 'tcdm-data'));
    expect([...cards(embed)]).toEqual([...cards(index)]);
    expect(metas(embed).get('theme-color')).toHaveLength(2);
    const noscript = (html: string) => /<noscript>[\s\S]*?<\/noscript>/.exec(html)?.[0];
    expect(noscript(embed)).toContain('This map and its table need JavaScript.');
    expect(noscript(embed)).toBe(noscript(index));
  });

  test('the image they name is a 1200 × 630 PNG, cached for good', async ({ request }) => {
    const image = metas(await servedHtml(request)).get('og:image')?.[0] ?? '';
    const res = await request.get(new URL(image, `${test.info().project.use.baseURL}/`).href);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    expect(res.headers()['cache-control']).toBe(IMMUTABLE);
    const png = await res.body();
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
  });

  test('robots.txt is served as text and lets every crawler in', async ({ request }) => {
    const res = await request.get('/robots.txt');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^text\/plain\b/);
    const lines = (await res.text()).split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    expect(lines).toEqual(['User-agent: *', 'Allow: /']);
  });

  test('the served page has no inline script or style', async ({ request }) => {
    const html = await servedHtml(request);
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, tag).toMatch(/\ssrc="/);
    expect(html).not.toMatch(/<style\b|\sstyle="|\son[a-z]+="/i);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader sees what the map needs and where its data is, and the links resolve', async ({ page, request }) => {
    await page.goto('/');
    // (Playwright's text matching leaves <noscript> out; the paragraph is found by CSS.)
    const note = page.locator('noscript p');
    await expect(note).toBeVisible();
    await expect(note).toContainText('This map and its table need JavaScript.');
    await expect(note).toContainText('data/');
    const links = note.getByRole('link');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const origin = new URL(page.url()).origin;
    const own = hrefs.filter((h) => new URL(h).origin === origin);
    expect(own.some((h) => /\/assets\/dataset-[\w-]+\.json$/.test(h))).toBe(true);
    for (const href of own) {
      const res = await request.get(href);
      expect(res.status(), href).toBe(200);
      if (href.endsWith('.json')) {
        const data = (await res.json()) as { events?: unknown[]; sources?: unknown[] };
        expect(data.events?.length, href).toBeGreaterThan(0);
        expect(data.sources?.length, href).toBeGreaterThan(0);
      }
    }
  });
});

test('with the tags in place the map still loads, with no CSP violation and nothing from other origins', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));
  });
  const watch = watchPage(page, baseURL ?? '');
  await page.goto('/');
  await waitForMap(page);
  // The noscript paragraph is not shown where scripts run.
  await expect(page.locator('noscript')).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});
