/**
 * Links to the site that look right when shared, and a page that says what to do without
 * JavaScript: the pieces the site plugin (sitePlugin.ts) puts into both pages.
 *
 * - The link preview: the map at the latest date the sources reach (sourcesReach), in the light
 *   theme with the English catalogue's strings, composed by the same scene builder as the PNG
 *   download (buildScene + sceneSvg, src/export/mapScene.ts) in its 1200 × 630 layout
 *   (SHARE_LAYOUT), rasterised by resvg with the fonts in ./fonts (no system fonts, so every
 *   machine draws the same image). `vite build` emits it as `assets/share-<hash>.png`; `vite`
 *   (dev) draws it on request at `/@tcdm/share.png`.
 * - index.html and embed.html get Open Graph and Twitter card tags (title and description: the page's own
 *   <title> and meta description), theme-color for both schemes, and a <noscript> paragraph that
 *   links the data set (the hashed JSON the table draws) and names the repository's data/ folder.
 *   No canonical link: every view and date has its own address.
 * - TCDM_SITE_URL (the address the site is served at, e.g. https://example.org/map/): share-card
 *   scrapers want absolute addresses, so with it og:image and twitter:image are absolute, og:url is
 *   set, robots.txt gets a Sitemap line and sitemap.xml is written. Without it the image's address
 *   is relative to the page and there is no og:url, no Sitemap line and no sitemap (docs/HOSTING.md,
 *   "Link previews").
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HtmlTagDescriptor } from 'vite';
import { PAGE_COLOURS } from '../../src/color/palette.ts';
import { formatDay, formatPartialDate } from '../../src/data/dates.ts';
import { sourcesReach } from '../../src/data/scope.ts';
import { countByStatus, StatusIndex } from '../../src/data/statusIndex.ts';
import { STATUSES, type Dataset } from '../../src/data/types.ts';
import { buildScene, sceneSvg, SHARE_LAYOUT, type LegendEntry, type Scene } from '../../src/export/mapScene.ts';
import en from '../../src/i18n/catalogues/en.ts';
import { decodeBasemap, type GeoBasemap } from '../../src/map/geometry.ts';
import { RENDERERS } from '../../src/map/rendererChoice.ts';
import { palettePng } from './palettePng.ts';

/** Where the dev server draws the preview (under the base). */
export const DEV_SHARE_PATH = '@tcdm/share.png';
/** Build output: the preview's file name before the content hash. */
const ASSET_PREFIX = 'assets/share-';
/** The basemap drawn: the WebGL map's, the more detailed of the two. */
const BASEMAP = RENDERERS.webgl.basemap;
/** The type the preview is drawn in: a renamed Latin subset of Liberation Sans (./fonts/README.md). */
const SHARE_FONT_FAMILY = 'TCDM Sans';
export const SHARE_FONT_FILES = ['TCDMSans-Regular.ttf', 'TCDMSans-Bold.ttf'].map((f) => fileURLToPath(new URL(`./fonts/${f}`, import.meta.url)));

/**
 * The site's address as given (TCDM_SITE_URL), checked and ending in '/' so files resolve under it;
 * null when unset or empty. Anything but an absolute http(s) address without query or fragment fails.
 */
export function parseSiteUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`TCDM_SITE_URL is not an absolute address: ${JSON.stringify(raw)}`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
    throw new Error(`TCDM_SITE_URL must be an http(s) address with no query, fragment or credentials: ${JSON.stringify(raw)}`);
  }
  if (!url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/index\.html$/, '/').replace(/([^/])$/, '$1/');
  return url.href;
}

/** The repository's web address from package.json's `repository` (string or `{url}`), or null. */
export function repositoryUrl(pkg: { repository?: string | { url?: string } }): string | null {
  const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (!raw) return null;
  const url = raw.replace(/^git\+/, '').replace(/\.git$/, '').replace(/^github:/, 'https://github.com/');
  return /^https?:\/\//.test(url) ? url : null;
}

/** What the preview shows and says: the scene, its alternative text and the day. */
export interface Preview {
  scene: Scene;
  alt: string;
  day: number;
}

/**
 * The link preview's scene: the map at the latest day the sources reach, as the download would
 * draw it at that day (light theme, English, no selection), in the share layout.
 */
export function previewScene(dataset: Dataset, geo: GeoBasemap, siteUrl: string | null): Preview {
  const t = en;
  const day = sourcesReach(dataset);
  const index = new StatusIndex(dataset.events, { until: day });
  const statuses = index.allAt(day);
  const counts = countByStatus(statuses);
  const legend: LegendEntry[] = [
    ...STATUSES.map((s) => ({ status: s, label: t.status.labels[s], count: counts[s] })),
    { status: null, label: t.noStatus, count: null },
  ];
  const date = `${t.legendTitleLatest} ${formatDay(day, t.locale)}`;
  const reach = formatDay(day, t.locale);
  const checked = formatPartialDate(dataset.checked, t.locale);
  // The download's source line names the address; without one, what it says of the sources.
  const source = siteUrl ? t.download.sourceLine(siteUrl, reach, checked) : `${t.horizon(reach)} · ${t.checked(checked)} ${t.mapCredit}.`;
  const scene = buildScene({ geo, statuses, selected: null, theme: 'light', lang: t.lang, title: t.title, date, legend, source }, SHARE_LAYOUT);
  const alt = `${t.title} — ${date}. ${STATUSES.map((s) => `${t.status.labels[s]}: ${t.formatCount(counts[s])}`).join('; ')}.`;
  return { scene, alt, day };
}

/**
 * The scene as a PNG of its own size, drawn with the bundled fonts only: resvg's RGBA PNG, or with
 * `palette` an indexed one of 256 colours (palettePng.ts: the country cards, under half the bytes).
 */
export async function renderPng(scene: Scene, { palette = false } = {}): Promise<Buffer> {
  const { renderAsync } = await import('@resvg/resvg-js');
  // On libuv's thread pool, so several cards can be drawn at once (sitePlugin.ts).
  const image = await renderAsync(sceneSvg(scene), {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false, fontFiles: SHARE_FONT_FILES, defaultFontFamily: SHARE_FONT_FAMILY, sansSerifFamily: SHARE_FONT_FAMILY },
    logLevel: 'off',
  });
  return palette ? palettePng(image.pixels, image.width, image.height) : image.asPng();
}

export interface ShareTagInput {
  /** The page's own <title> and meta description. */
  title: string;
  description: string;
  /** The image's address as the page writes it (absolute with a site URL). */
  image: string;
  imageAlt: string;
  width: number;
  height: number;
  /** The site's absolute address, or null (no og:url then). */
  siteUrl: string | null;
}

const meta = (key: 'property' | 'name', k: string, content: string): HtmlTagDescriptor => ({ tag: 'meta', attrs: { [key]: k, content }, injectTo: 'head' });

/** Open Graph and Twitter card tags, in that order. */
export function shareTags(p: ShareTagInput): HtmlTagDescriptor[] {
  const og = (k: string, v: string) => meta('property', `og:${k}`, v);
  const tw = (k: string, v: string) => meta('name', `twitter:${k}`, v);
  return [
    og('type', 'website'),
    og('title', p.title),
    og('description', p.description),
    ...(p.siteUrl ? [og('url', p.siteUrl)] : []),
    og('locale', en.locale.replace('-', '_')),
    og('image', p.image),
    og('image:type', 'image/png'),
    og('image:width', String(p.width)),
    og('image:height', String(p.height)),
    og('image:alt', p.imageAlt),
    tw('card', 'summary_large_image'),
    tw('title', p.title),
    tw('description', p.description),
    tw('image', p.image),
    tw('image:alt', p.imageAlt),
  ];
}

/** The browser's UI colour: the page's paper in each scheme. */
export function themeColorTags(): HtmlTagDescriptor[] {
  return (['light', 'dark'] as const).map((scheme) => ({
    tag: 'meta',
    attrs: { name: 'theme-color', media: `(prefers-color-scheme: ${scheme})`, content: PAGE_COLOURS[scheme].paper },
    injectTo: 'head',
  }));
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] as string);

/**
 * What a reader without JavaScript gets instead of the map: what it needs, and where the data is
 * (the data set the table draws, and the repository's data/ folder, linked when package.json names
 * the repository). No style attribute: the Content-Security-Policy allows none.
 */
export function noscriptTag(datasetHref: string, repository: string | null): HtmlTagDescriptor {
  const data = `<a href="${escapeHtml(datasetHref)}">the data set (JSON: every event, with its date, status, quotes and sources)</a>`;
  const repo = repository ? `<a href="${escapeHtml(repository)}">the project’s repository</a>` : 'the project’s repository';
  const text = `This map and its table need JavaScript. The data they show is ${data}; the sources’ texts and the events, one file per country, are in the <code>data/</code> folder of ${repo}.`;
  return { tag: 'noscript', children: `<p>${text}</p>`, injectTo: 'body-prepend' };
}

/** robots.txt: everything may be crawled; the sitemap's address when the site's is known. */
export function robotsTxt(siteUrl: string | null, base = 'User-agent: *\nAllow: /\n'): string {
  const lines = base.replace(/\r\n/g, '\n').split('\n').filter((l) => !/^sitemap:/i.test(l.trim()));
  const text = `${lines.join('\n').trimEnd()}\n`;
  return siteUrl ? `${text}\nSitemap: ${new URL('sitemap.xml', siteUrl).href}\n` : text;
}

/**
 * sitemap.xml: the page (its views and dates are the same page's addresses), then each country's
 * page (`pages`: their folders under the site, `country/slv/`; scripts/vite/countryPages.ts).
 */
export function sitemapXml(siteUrl: string, lastmod: string, pages: readonly string[] = []): string {
  const urls = [siteUrl, ...pages.map((p) => new URL(p, siteUrl).href)];
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `  <url><loc>${escapeHtml(u)}</loc><lastmod>${lastmod}</lastmod></url>\n`).join('')}</urlset>
`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
const unescapeHtml = (s: string): string => s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ENTITIES[e] as string);

/** The page's <title> and meta description (the share cards say the same). */
export function pageText(html: string): { title: string; description: string } {
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1];
  const description = /<meta\s+name="description"\s+content="([^"]*)"/i.exec(html)?.[1];
  if (!title || !description) throw new Error('index.html needs a <title> and a <meta name="description"> for its share cards');
  return { title: unescapeHtml(title.trim()), description: unescapeHtml(description) };
}

/** The basemap the cards draw: the WebGL map's, in `publicDir`. */
export const shareBasemap = (publicDir: string): GeoBasemap =>
  decodeBasemap(JSON.parse(readFileSync(join(publicDir, 'geo', BASEMAP), 'utf8')) as Parameters<typeof decodeBasemap>[0]);

/** The link preview of `dataset` over the WebGL map's basemap in `publicDir`, drawn as a PNG. */
export async function drawPreview(dataset: Dataset, publicDir: string, siteUrl: string | null): Promise<{ png: Buffer; preview: Preview }> {
  const geo = shareBasemap(publicDir);
  const preview = previewScene(dataset, geo, siteUrl);
  return { png: await renderPng(preview.scene), preview };
}

/** The preview's name in the build: `assets/share-<hash>.png`. */
export const previewFileName = (png: Uint8Array): string => `${ASSET_PREFIX}${createHash('sha256').update(png).digest('base64url').slice(0, 10)}.png`;
