/**
 * The share cards: the tags the plugin writes into index.html, the 1200 × 630 PNG it emits (a
 * valid PNG, drawn from the download's scene in the share layout, every character in the bundled
 * fonts), robots.txt and the sitemap, and the <noscript> paragraph.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import type { HtmlTagDescriptor, IndexHtmlTransformContext, ResolvedConfig } from 'vite';
import type { DataApi } from './dataPlugin.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileData } from '../compileData.ts';
import { sourcesReach } from '../../src/data/scope.ts';
import { countByStatus, StatusIndex } from '../../src/data/statusIndex.ts';
import { STATUSES } from '../../src/data/types.ts';
import { SHARE_LAYOUT, textWidth } from '../../src/export/mapScene.ts';
import { sceneFit } from '../../src/export/sceneLayout.ts';
import { decodeBasemap } from '../../src/map/geometry.ts';
import { projectFit } from '../../src/map/svgGeometry.ts';
import {
  noscriptTag, pageText, parseSiteUrl, previewScene, renderPng, repositoryUrl, robotsTxt, SHARE_FONT_FILES, shareTags, sitemapXml,
} from './socialPlugin.ts';
import { atomProblems } from './atomCheck.ts';
import { feedXml } from './feed.ts';
import { sitePlugin } from './sitePlugin.ts';
import { EMBED_PAGE } from '../../src/embed/snippet.ts';
import { countryPages } from './countryPages.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const INDEX_HTML = readFileSync(`${ROOT}index.html`, 'utf8');
const FIXTURE = `${ROOT}e2e/fixtures/data`;

/** A PNG's chunks, each checked against its CRC; throws on anything that is not a PNG. */
function pngChunks(png: Uint8Array): { type: string; data: Buffer }[] {
  const buf = Buffer.from(png);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer): number => {
    let c = 0xffffffff;
    for (const byte of b) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at);
    const typeAndData = buf.subarray(at + 4, at + 8 + length);
    expect(buf.readUInt32BE(at + 8 + length), 'chunk CRC').toBe(crc(typeAndData));
    chunks.push({ type: typeAndData.subarray(0, 4).toString('latin1'), data: Buffer.from(typeAndData.subarray(4)) });
    at += 12 + length;
  }
  expect(chunks[0]?.type).toBe('IHDR');
  expect(chunks.at(-1)?.type).toBe('IEND');
  return chunks;
}

/** The PNG's size, checked against its image data (one filter byte and the pixels per row). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const chunks = pngChunks(png);
  const ihdr = chunks[0]!.data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const [depth, colourType] = [ihdr[8], ihdr[9]];
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colourType!];
  expect(depth).toBe(8);
  expect(channels).toBeDefined();
  const pixels = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  expect(pixels.length).toBe(height * (1 + width * channels!));
  return { width, height };
}

/** The characters a TrueType font maps (its Unicode BMP cmap, format 4). */
function fontCharacters(file: string): Set<number> {
  const f = readFileSync(file);
  const tables = f.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) if (f.toString('latin1', 12 + i * 16, 16 + i * 16) === 'cmap') cmap = f.readUInt32BE(12 + i * 16 + 8);
  const out = new Set<number>();
  for (let i = 0; i < f.readUInt16BE(cmap + 2); i++) {
    const rec = cmap + 4 + i * 8;
    const sub = cmap + f.readUInt32BE(rec + 4);
    if (f.readUInt16BE(rec) !== 3 || f.readUInt16BE(rec + 2) !== 1 || f.readUInt16BE(sub) !== 4) continue;
    const segs = f.readUInt16BE(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + segs * 2 + 2;
    for (let s = 0; s < segs; s++) {
      const [start, end] = [f.readUInt16BE(starts + s * 2), f.readUInt16BE(ends + s * 2)];
      // Every code in a segment has a glyph unless the delta maps it to 0 (not in a subset's ranges).
      for (let c = start; c <= end && c !== 0xffff; c++) out.add(c);
    }
  }
  return out;
}

const metaOf = (tags: HtmlTagDescriptor[]): Record<string, string> =>
  Object.fromEntries(tags.filter((t) => t.tag === 'meta').map((t) => [String(t.attrs?.property ?? t.attrs?.name), String(t.attrs?.content)]));

describe('parseSiteUrl (TCDM_SITE_URL)', () => {
  it('is null unset, ends the address in a slash, and refuses what is not an http(s) page address', () => {
    expect(parseSiteUrl(undefined)).toBeNull();
    expect(parseSiteUrl(' ')).toBeNull();
    expect(parseSiteUrl('https://example.org/map/')).toBe('https://example.org/map/');
    expect(parseSiteUrl('https://example.org/map')).toBe('https://example.org/map/');
    expect(parseSiteUrl('https://example.org/map/index.html')).toBe('https://example.org/map/');
    expect(parseSiteUrl('https://example.org')).toBe('https://example.org/');
    for (const bad of ['/map/', 'example.org', 'ftp://example.org/', 'https://example.org/?a=1', 'https://example.org/#x', 'https://u:p@example.org/']) {
      expect(() => parseSiteUrl(bad), bad).toThrow(/TCDM_SITE_URL/);
    }
  });
});

describe('shareTags', () => {
  const base = { title: 'T & "t"', description: 'D', image: './assets/share-abc.png', imageAlt: 'A', width: 1200, height: 630 };

  it('writes Open Graph and Twitter card tags, the image relative without a site address and no og:url', () => {
    const m = metaOf(shareTags({ ...base, siteUrl: null }));
    expect(m).toEqual({
      'og:type': 'website', 'og:title': 'T & "t"', 'og:description': 'D', 'og:locale': 'en_GB',
      'og:image': './assets/share-abc.png', 'og:image:type': 'image/png', 'og:image:width': '1200', 'og:image:height': '630', 'og:image:alt': 'A',
      'twitter:card': 'summary_large_image', 'twitter:title': 'T & "t"', 'twitter:description': 'D', 'twitter:image': './assets/share-abc.png', 'twitter:image:alt': 'A',
    });
  });

  it('adds og:url with a site address, and never a canonical link', () => {
    const tags = shareTags({ ...base, image: 'https://example.org/map/assets/share-abc.png', siteUrl: 'https://example.org/map/' });
    expect(metaOf(tags)['og:url']).toBe('https://example.org/map/');
    expect(tags.every((t) => t.tag === 'meta' && t.injectTo === 'head')).toBe(true);
  });
});

describe('the preview scene', () => {
  const { dataset } = compileData(ROOT);
  if (!dataset) throw new Error('data/ does not compile');
  const geo = decodeBasemap(JSON.parse(readFileSync(`${ROOT}public/geo/countries-50m.topo.json`, 'utf8')));
  const { scene, alt, day } = previewScene(dataset, geo, 'https://example.org/map/');
  const L = SHARE_LAYOUT;

  it('is the map at the horizon, with its counts in the legend and the alternative text', () => {
    expect(day).toBe(sourcesReach(dataset));
    const counts = countByStatus(new StatusIndex(dataset.events, { until: day }).allAt(day));
    expect(scene.legend.rows.map((r) => r.count?.text ?? null)).toEqual([...STATUSES.map((s) => String(counts[s])), null]);
    expect(scene.texts[1]?.text).toMatch(/^Status as of \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(scene.texts[2]?.text).toContain('Source: https://example.org/map/ ·');
    for (const s of STATUSES) expect(alt).toContain(`: ${counts[s]}`);
    expect(previewScene(dataset, geo, null).scene.texts[2]?.text).toMatch(/^Sources up to .* Borders: Natural Earth\.$/);
  });

  it('fits 1200 × 630: the whole of the initial bounds in the band, the legend beside it, the texts inside', () => {
    expect([scene.width, scene.height]).toEqual([1200, 630]);
    const fit = sceneFit(L);
    for (const [lng, lat] of [[-180, 80], [180, -56]] as const) {
      const p = projectFit(fit, lng, lat);
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(L.mapWidth);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(L.mapBottom - L.mapTop);
    }
    expect(L.mapX + L.mapWidth).toBeLessThanOrEqual(L.width);
    expect(scene.legend.x + scene.legend.width).toBeLessThan(L.mapX);
    expect(scene.legend.y).toBeGreaterThan(L.date.y);
    expect(scene.legend.y + scene.legend.height).toBeLessThanOrEqual(L.mapBottom);
    for (const t of scene.texts) expect(t.x + textWidth(t.text, t.size, t.weight), t.text).toBeLessThanOrEqual(L.width - t.x);
    expect(L.mapBottom).toBeLessThan(L.source.y - L.source.size);
  });

  it('draws only characters the bundled fonts have', () => {
    const texts = [...scene.texts.map((t) => t.text), ...scene.legend.rows.flatMap((r) => [r.label.text, r.count?.text ?? ''])];
    for (const file of SHARE_FONT_FILES) {
      const has = fontCharacters(file);
      expect(has.size).toBeGreaterThan(300);
      const missing = [...new Set(texts.join(''))].filter((ch) => !has.has(ch.codePointAt(0)!));
      expect(missing, file).toEqual([]);
    }
  });
});

describe('robots.txt and the sitemap', () => {
  const lines = (s: string) => s.trimEnd().split('\n').filter((l) => l !== '');
  it('allows everything; names the sitemap only with a site address', () => {
    const publicRobots = readFileSync(`${ROOT}public/robots.txt`, 'utf8');
    expect(lines(publicRobots)).toEqual(['User-agent: *', 'Allow: /']);
    expect(robotsTxt(null, publicRobots)).toBe(publicRobots);
    expect(lines(robotsTxt('https://example.org/map/', publicRobots))).toEqual(['User-agent: *', 'Allow: /', 'Sitemap: https://example.org/map/sitemap.xml']);
    for (const l of lines(robotsTxt('https://example.org/', publicRobots))) expect(l).toMatch(/^(User-agent|Allow|Disallow|Sitemap): \S+$/);
  });
  it('lists the page, then the country pages given', () => {
    expect(sitemapXml('https://example.org/map/', '2026-12-01', ['country/slv/', 'country/lca/'])).toContain(
      '  <url><loc>https://example.org/map/</loc><lastmod>2026-12-01</lastmod></url>\n' +
        '  <url><loc>https://example.org/map/country/slv/</loc><lastmod>2026-12-01</lastmod></url>\n' +
        '  <url><loc>https://example.org/map/country/lca/</loc><lastmod>2026-12-01</lastmod></url>\n</urlset>',
    );
    const xml = sitemapXml('https://example.org/map/?&', '2026-12-01');
    expect(xml).toContain('<loc>https://example.org/map/?&amp;</loc><lastmod>2026-12-01</lastmod>');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
  });
});

describe('the noscript paragraph and the page text', () => {
  it('links the data set, and the repository when package.json names it', () => {
    const none = noscriptTag('./assets/dataset-abc.json', null);
    expect(none.tag).toBe('noscript');
    expect(none.injectTo).toBe('body-prepend');
    expect(none.children).toMatch(/^<p>This map and its table need JavaScript\. .*<a href="\.\/assets\/dataset-abc\.json">the data set .*<code>data\/<\/code> folder of the project’s repository\.<\/p>$/);
    expect(String(noscriptTag('x', 'https://example.org/r?a=1&b=2').children)).toContain('<a href="https://example.org/r?a=1&amp;b=2">the project’s repository</a>');
    expect(String(none.children)).not.toMatch(/style=|<script|<style/i);
  });
  it('reads the repository from package.json', () => {
    expect(repositoryUrl({})).toBeNull();
    expect(repositoryUrl({ repository: 'git+https://example.org/o/r.git' })).toBe('https://example.org/o/r');
    expect(repositoryUrl({ repository: { url: 'https://example.org/o/r' } })).toBe('https://example.org/o/r');
    expect(repositoryUrl({ repository: 'git@example.org:o/r.git' })).toBeNull();
  });
  it('takes the title and description from the page', () => {
    expect(pageText('<title>A &amp; B</title><meta name="description" content="C &quot;D&quot;" />')).toEqual({ title: 'A & B', description: 'C "D"' });
    expect(() => pageText('<title>A</title>')).toThrow(/description/);
  });
});

/** The meta and noscript tags of a written page, as descriptors (enough for these checks). */
function pageTags(html: string): HtmlTagDescriptor[] {
  const unescape = (v: string) => v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const metas = [...html.matchAll(/<meta ([^>]*)>/g)].map((m) => ({
    tag: 'meta',
    attrs: Object.fromEntries([...(m[1] as string).matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1] as string, unescape(a[2] as string)])),
  }));
  const noscript = [...html.matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)].map((m) => ({ tag: 'noscript', children: m[1] as string }));
  // The page's own charset, viewport and description, and the probe's code and data <meta>s, are not the site plugin's cards.
  return [...metas.filter((t) => !['viewport', 'description', 'tcdm-code', 'tcdm-data'].includes(String(t.attrs.name)) && !('charset' in t.attrs)), ...noscript];
}

/** A page as Vite hands it to the site plugin in a build: its module script and tags written in. */
const BUILT_HTML = INDEX_HTML.replace('<script type="module" src="/src/main.tsx"></script>', '').replace(
  '</head>',
  '  <script type="module" crossorigin src="./assets/index-x.js"></script>\n  </head>',
);

/** The site plugins' hooks as Vite calls them in a build, with the emitted files collected. */
async function runBuild(siteUrl?: string): Promise<{ files: Map<string, string | Uint8Array>; index: string; embed: string; tags: HtmlTagDescriptor[]; compiles: number }> {
  const plugins = sitePlugin({ root: ROOT, publicDir: `${ROOT}public`, langs: ['en', 'es'], dataDir: FIXTURE, siteUrl, serviceWorker: false });
  const files = new Map<string, string | Uint8Array>();
  const ctx = {
    emitFile: (f: { fileName: string; source: string | Uint8Array }) => (files.set(f.fileName, f.source), f.fileName),
    error: (m: string) => {
      throw new Error(m);
    },
  };
  const call = async (hook: unknown, ...args: unknown[]): Promise<unknown> => {
    if (!hook) return undefined;
    const fn = (typeof hook === 'function' ? hook : (hook as { handler: (...a: unknown[]) => unknown }).handler) as (...a: unknown[]) => unknown;
    return fn.call(ctx, ...args);
  };
  const config = { command: 'build', base: './', publicDir: `${ROOT}public`, logger: console } as unknown as ResolvedConfig;
  for (const p of plugins) await call(p.configResolved, config);
  for (const p of plugins) await call(p.buildStart, {});
  const htmlCtx = { path: '/index.html', filename: `${ROOT}index.html`, bundle: {} } as unknown as IndexHtmlTransformContext;
  let index = BUILT_HTML;
  // (The data plugin adds no tags here: the site plugin writes the preload.)
  for (const p of plugins) {
    const out = await call(p.transformIndexHtml, index, htmlCtx);
    if (typeof out === 'string') index = out;
    else expect(out ?? []).toEqual([]);
  }
  for (const p of plugins) await call(p.generateBundle, {}, {}, false);
  const embed = files.get(EMBED_PAGE);
  if (typeof embed !== 'string') throw new Error('no embed page');
  const data = plugins.find((p) => p.name === 'tcdm-data')?.api as DataApi;
  return { files, index, embed, tags: pageTags(index), compiles: data.compiles };
}

describe('the site plugin in a build', () => {
  let relative: Awaited<ReturnType<typeof runBuild>>;
  let absolute: Awaited<ReturnType<typeof runBuild>>;
  beforeAll(async () => {
    relative = await runBuild();
    absolute = await runBuild('https://example.org/map');
  }, 120_000);

  it('compiles the data set once for the whole build', () => {
    expect(relative.compiles).toBe(1);
    expect(absolute.compiles).toBe(1);
  });

  it('writes the Atom feed of that data set, and links it from both pages', () => {
    const { dataset } = compileData(ROOT, { dataDir: FIXTURE });
    expect(relative.files.get('feed.xml')).toBe(feedXml(dataset!, { siteUrl: null, repository: null }));
    expect(absolute.files.get('feed.xml')).toBe(feedXml(dataset!, { siteUrl: 'https://example.org/map/', repository: null }));
    expect(atomProblems(relative.files.get('feed.xml') as string)).toEqual([]);
    for (const page of [relative.index, relative.embed, absolute.index]) {
      expect(page).toContain('<link rel="alternate" type="application/atom+xml" title="US third-country deportations: changes to the data" href="./feed.xml">');
    }
  });

  it('emits the preview as a hashed 1200 × 630 PNG and points the cards at it, relative to the page', () => {
    const [name, png] = [...relative.files].find(([f]) => f.startsWith('assets/share-')) ?? [];
    expect(name).toMatch(/^assets\/share-[\w-]{10}\.png$/);
    expect(pngSize(png as Uint8Array)).toEqual({ width: 1200, height: 630 });
    const m = metaOf(relative.tags);
    expect(m['og:image']).toBe(`./${name}`);
    expect(m['twitter:image']).toBe(`./${name}`);
    expect(m['og:title']).toBe(pageText(INDEX_HTML).title);
    expect(m['og:description']).toBe(pageText(INDEX_HTML).description);
    expect(m['og:image:alt']).toMatch(/^US third-country deportations — Status as of .*\. Approached: \d+;/);
    expect(m['og:url']).toBeUndefined();
    expect(relative.files.has('robots.txt')).toBe(false);
    expect(relative.files.has('sitemap.xml')).toBe(false);
  });

  it('adds theme colours and the noscript paragraph, and no script, style or canonical link', () => {
    expect(relative.tags.filter((t) => t.attrs?.name === 'theme-color').map((t) => t.attrs?.media)).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
    const noscript = relative.tags.find((t) => t.tag === 'noscript');
    const dataset = [...relative.files.keys()].find((f) => /^assets\/dataset-[\w-]+\.json$/.test(f));
    expect(String(noscript?.children)).toContain(`<a href="./${dataset}">`);
    expect(relative.tags.map((t) => t.tag).sort()).toEqual([...Array(16).fill('meta'), 'noscript'].sort());
    expect(JSON.stringify(relative.tags)).not.toMatch(/canonical|style=|<script|<style/i);
  });

  it('gives the embed page the same head and noscript paragraph as index.html, and no first paint', () => {
    expect(pageTags(relative.embed)).toEqual(relative.tags);
    expect(relative.embed).toContain('<div id="root"></div>');
    expect(relative.embed).not.toContain('first-paint');
    expect(relative.index).toContain('<div id="root" inert aria-hidden="true">');
    // Both run the app's code through the probe; the embed page preloads the data set, index.html
    // names it for the probe to preload once its first paint is painted.
    for (const page of [relative.index, relative.embed]) {
      expect(page).toContain('<meta name="tcdm-code" content="./assets/index-x.js">');
      expect(page).toMatch(/<script src="\.\/assets\/probe-[\w-]+\.js"><\/script>/);
    }
    expect(relative.embed).toMatch(/<link rel="preload" href="\.\/assets\/dataset-[\w-]+\.json" as="fetch" crossorigin="anonymous">/);
    expect(relative.index).toMatch(/<meta name="tcdm-data" content="\.\/assets\/dataset-[\w-]+\.json">/);
    expect(relative.index).not.toMatch(/<link rel="preload" href="[^"]*dataset/);
    // The embed page is index.html up to the first paint's stage.
    const withoutFirstPaint = (page: string) =>
      page
        .replace(/<div id="root"[^>]*>[\s\S]*<\/div>\s*<\/body>/, '<div id="root"></div></body>')
        .replace(/\s*<link rel="(?:expect|stylesheet)" href="[^"]*(?:first-paint)[^"]*"[^>]*>/g, '')
        .replace(/<meta name="tcdm-data" content="([^"]+)">/, '<link rel="preload" href="$1" as="fetch" crossorigin="anonymous">');
    expect(withoutFirstPaint(relative.index)).toBe(withoutFirstPaint(relative.embed));
  });

  it('with TCDM_SITE_URL: absolute image and og:url, robots.txt with the sitemap, and the sitemap', async () => {
    const name = [...absolute.files.keys()].find((f) => f.startsWith('assets/share-'));
    const m = metaOf(absolute.tags);
    expect(m['og:image']).toBe(`https://example.org/map/${name}`);
    expect(m['twitter:image']).toBe(`https://example.org/map/${name}`);
    expect(m['og:url']).toBe('https://example.org/map/');
    expect(metaOf(pageTags(absolute.embed))['og:url']).toBe('https://example.org/map/');
    expect(absolute.files.get('robots.txt')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/map/sitemap.xml\n');
    expect(absolute.files.get('sitemap.xml')).toContain('<loc>https://example.org/map/</loc>');
    // The same drawing but for its source line, which names the address.
    expect(name).not.toBe([...relative.files.keys()].find((f) => f.startsWith('assets/share-')));
  });

  it('writes a page per country with a status at the horizon, with its own head tags and card (relative: no canonical, no og:url)', () => {
    const { dataset } = compileData(ROOT, { dataDir: FIXTURE });
    const { pages } = countryPages(dataset!);
    expect(pages.length).toBeGreaterThan(1);
    const written = [...relative.files.keys()].filter((f) => f.startsWith('country/')).sort();
    expect(written).toEqual(pages.map((p) => `country/${p.iso.toLowerCase()}/index.html`).sort());
    const images = new Set<string>();
    for (const p of pages) {
      const html = relative.files.get(`${p.path}index.html`) as string;
      const m = metaOf(pageTags(html));
      expect(html).toContain(`<title>${p.title.replace(/&/g, '&amp;')}</title>`);
      expect(p.title).toMatch(new RegExp(`^${p.name}: `));
      expect(p.description).toMatch(new RegExp(`^${p.name}: (Approached|Agreement|Receiving deportees|Refused|Ended) (since|by) \\d{4}|^${p.name}: .* (since|by) [^,]+, as of `));
      expect(pageText(html)).toEqual({ title: p.title, description: p.description });
      expect(m['og:title']).toBe(p.title);
      expect(m['og:description']).toBe(p.description);
      expect(m['twitter:description']).toBe(p.description);
      expect(m['og:image:alt']).toBe(p.imageAlt);
      expect(m['tcdm-country']).toBe(p.iso);
      expect(m['og:url']).toBeUndefined();
      expect(html).not.toContain('rel="canonical"');
      // The card: its own hashed PNG, addressed from the page's folder (scrapers ignore <base>).
      expect(m['og:image']).toMatch(new RegExp(`^\\.\\./\\.\\./assets/share-${p.iso.toLowerCase()}-[\\w-]{10}\\.png$`));
      expect(m['twitter:image']).toBe(m['og:image']);
      const png = relative.files.get((m['og:image'] as string).slice('../../'.length));
      expect(pngSize(png as Uint8Array)).toEqual({ width: 1200, height: 630 });
      images.add(m['og:image'] as string);
      // The site's root as the page's base, right after the charset; everything else as index.html writes it.
      expect(html).toMatch(/<meta charset="UTF-8" \/>\s*<base href="\.\.\/\.\.\/">/);
      expect(html).toContain('<meta name="tcdm-code" content="./assets/index-x.js">');
      expect(html).toContain('<div id="root"></div>');
      expect(html).not.toContain('first-paint');
    }
    expect(images.size).toBe(pages.length);
  });

  it('with TCDM_SITE_URL: each country page has its canonical address, og:url and an absolute card, and the sitemap lists them', () => {
    const pages = [...absolute.files.keys()].filter((f) => f.startsWith('country/')).sort();
    expect(pages.length).toBeGreaterThan(1);
    for (const f of pages) {
      const html = absolute.files.get(f) as string;
      const folder = f.replace(/index\.html$/, '');
      const url = `https://example.org/map/${folder}`;
      expect(html).toContain(`<link rel="canonical" href="${url}">`);
      const m = metaOf(pageTags(html));
      expect(m['og:url']).toBe(url);
      expect(m['og:image']).toMatch(new RegExp(`^https://example\\.org/map/assets/share-${folder.split('/')[1]}-[\\w-]{10}\\.png$`));
      expect(absolute.files.has((m['og:image'] as string).slice('https://example.org/map/'.length))).toBe(true);
    }
    const sitemap = absolute.files.get('sitemap.xml') as string;
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => x[1]);
    expect(locs).toEqual(['https://example.org/map/', ...pages.map((f) => `https://example.org/map/${f.replace(/index\.html$/, '')}`)]);
    // index.html keeps no canonical link.
    expect(absolute.index).not.toContain('rel="canonical"');
  });

  it('renders what it is given at the scene’s size', async () => {
    const { dataset } = compileData(ROOT, { dataDir: FIXTURE });
    const geo = decodeBasemap(JSON.parse(readFileSync(`${ROOT}public/geo/countries-world.topo.json`, 'utf8')));
    expect(pngSize(await renderPng(previewScene(dataset!, geo, null).scene))).toEqual({ width: 1200, height: 630 });
  }, 30_000);
});
