/**
 * The site plugin: the one place that makes the site's pages (docs/ARCHITECTURE.md, "The build").
 * `sitePlugin` is the only plugin vite.config.ts names for the site (with the preview server's
 * headers): the data plugin, the world and palette modules, and the pages plugin below, which owns
 * every change to the HTML.
 *
 * A build runs, on one build context:
 *
 * 1. `buildStart`: data/ compiled, once (dataPlugin.ts; every later stage reads that data set from
 *    the data plugin's `api`); the projected world (worldPlugin.ts); the early probe
 *    (probePlugin.ts); then, from the one data set, the first paint (snapshotPlugin.ts), the
 *    share card (socialPlugin.ts) and a card per country page (countryPages.ts).
 * 2. Vite bundles the code and writes its tags into index.html.
 * 3. `transformIndexHtml` (after Vite's own work), in this order:
 *    a. `headStage`: the module script deferred (deferCode), and the head's tags: the data set's
 *       preload, the probe, the feed's link, theme-color, the Open Graph and Twitter cards, the
 *       <noscript> paragraph.
 *       The page as it is now is the embed page (`embed.html`, EMBED_PAGE).
 *    b. `firstPaintStage`: the default view into the root, and the data set's preload left to the
 *       probe, after the paint (deferData): `index.html`.
 * 4. `generateBundle`: `embed.html`; the country pages, `country/<iso3>/index.html` (stage (a) on
 *    the page as Vite left it, with each country's text and card, then countryPages.ts's
 *    `countryHead`); the Atom feed of the data's changes, `feed.xml` (feed.ts); robots.txt and
 *    sitemap.xml (listing the country pages) with a site address.
 * 5. `writeBundle`, once every file is written: the service worker with its precache list
 *    (serviceWorker.ts).
 *
 * In dev (`vite`) there is no first paint, no embed page and no service worker: the page gets
 * stage (a)'s tags with the dev server's addresses (the data set, probe, share card and feed are
 * served from memory).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlTagDescriptor, IndexHtmlTransformContext, Plugin, ResolvedConfig } from 'vite';
import { EMBED_PAGE } from '../../src/embed/snippet.ts';
import en from '../../src/i18n/catalogues/en.ts';
import { SHARE_LAYOUT } from '../../src/export/mapScene.ts';
import { cardFileName, countryHead, countryPages, countryScene, withPageText, type CountryPage } from './countryPages.ts';
import { dataPlugin, DEV_DATASET_PATH, type DataApi } from './dataPlugin.ts';
import { FEED_FILE, FEED_TYPE, feedXml } from './feed.ts';
import { htmlHref } from './htmlHref.ts';
import { palettePlugin } from './palettePlugin.ts';
import { deferCode, deferData, DEV_PROBE_PATH, probeAsset } from './probePlugin.ts';
import { writeServiceWorker } from './serviceWorker.ts';
import { renderFirstPaint, withSnapshot, type FirstPaint } from './snapshotPlugin.ts';
import {
  DEV_SHARE_PATH, drawPreview, noscriptTag, pageText, parseSiteUrl, previewFileName, renderPng, repositoryUrl, robotsTxt, shareBasemap, shareTags, sitemapXml, themeColorTags,
} from './socialPlugin.ts';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { DEV_WORLD_PATH, worldAsset, worldPlugin } from './worldPlugin.ts';

interface SiteOptions {
  /** The project's root (index.html, src/, package.json). */
  root: string;
  publicDir: string;
  /** The languages we ship (a catalogue file each), for the probe's language check. */
  langs: readonly string[];
  /** TCDM_DATA_DIR: the folder to compile instead of `<root>/data`. */
  dataDir?: string | undefined;
  /** TCDM_SITE_URL: the absolute address the site's index.html is served at. */
  siteUrl?: string | undefined;
  /** Whether a build writes the service worker (default true). */
  serviceWorker?: boolean;
}

/** What one build makes before the pages are written: every stage reads it. */
interface BuildContext {
  /** The data set's file and JSON (compiled once, by the data plugin). */
  dataset: { fileName: string; checked: string };
  probe: { fileName: string };
  firstPaint: FirstPaint;
  share: { fileName: string; alt: string };
  /** Each country page and its card's file (countryPages.ts). */
  countries: { page: CountryPage; card: string }[];
}

const escapeAttr = (v: string): string => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One tag as HTML (meta and link are void; anything else gets its children and a closing tag). */
function tagHtml(t: HtmlTagDescriptor): string {
  const attrs = Object.entries(t.attrs ?? {})
    .filter(([, v]) => v !== false && v !== undefined)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeAttr(String(v))}"`))
    .join('');
  if (t.tag === 'meta' || t.tag === 'link') return `<${t.tag}${attrs}>`;
  return `<${t.tag}${attrs}>${typeof t.children === 'string' ? t.children : ''}</${t.tag}>`;
}

/** The page with `tags` at the end of its head (injectTo 'head') or the start of its body ('body-prepend'). */
function injectTags(html: string, tags: readonly HtmlTagDescriptor[]): string {
  const where = (to: HtmlTagDescriptor['injectTo']) => tags.filter((t) => (t.injectTo ?? 'head-prepend') === to).map(tagHtml);
  const head = where('head');
  const body = where('body-prepend');
  const other = tags.filter((t) => t.injectTo !== 'head' && t.injectTo !== 'body-prepend');
  if (other.length > 0) throw new Error(`injectTags places tags in the head or at the body's start only, not: ${other.map((t) => t.tag).join(', ')}`);
  if (head.length > 0 && !html.includes('</head>')) throw new Error('the page has no </head>');
  if (body.length > 0 && !/<body[^>]*>/.test(html)) throw new Error('the page has no <body>');
  return html
    .replace('</head>', () => `${head.map((h) => `  ${h}\n  `).join('')}</head>`)
    .replace(/<body[^>]*>/, (b) => `${b}${body.map((h) => `\n    ${h}`).join('')}`);
}

/** The pages' addresses and texts a head needs, as the build or the dev server serves them. */
interface HeadInput {
  /** Each file's address as the page writes it. */
  dataset: string;
  probe: string;
  feed: string;
  /** The share card (null: none, the data set is invalid). */
  share: { image: string; alt: string } | null;
  siteUrl: string | null;
  repository: string | null;
}

/**
 * Stage (a): the module script deferred (a build only: the probe runs it, `deferCode`), and the
 * head's tags: the data set's preload, the probe (a blocking classic script of ~3 KB, cached for
 * good: it runs before the app's module), the feed's link (for feed readers' discovery),
 * theme-color, the share cards and the <noscript> paragraph.
 * The result is the embed page.
 */
function headStage(html: string, input: HeadInput, build: boolean): string {
  const { title, description } = pageText(html);
  const tags: HtmlTagDescriptor[] = [
    { tag: 'link', attrs: { rel: 'preload', href: input.dataset, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' },
    { tag: 'script', attrs: { src: input.probe }, injectTo: 'head' },
    { tag: 'link', attrs: { rel: 'alternate', type: FEED_TYPE, title: en.changes.feedTitle, href: input.feed }, injectTo: 'head' },
    ...themeColorTags(),
    ...(input.share
      ? shareTags({ title, description, image: input.share.image, imageAlt: input.share.alt, width: SHARE_LAYOUT.width, height: SHARE_LAYOUT.height, siteUrl: input.siteUrl })
      : []),
    noscriptTag(input.dataset, input.repository),
  ];
  return injectTags(build ? deferCode(html) : html, tags);
}

/** Stage (b): the default view in the root, its stylesheet and render-blocking map in the head, the data set's preload left to the probe (deferData): index.html. */
function firstPaintStage(html: string, firstPaint: FirstPaint, cssHref: string | null): string {
  return withSnapshot(deferData(html), firstPaint.markup, cssHref);
}

/** The plugin that owns the pages: the stages above, on the data plugin's data set. */
function pagesPlugin(o: SiteOptions, data: DataApi): Plugin {
  const siteUrl = parseSiteUrl(o.siteUrl);
  const repository = repositoryUrl(JSON.parse(readFileSync(join(o.root, 'package.json'), 'utf8')) as Parameters<typeof repositoryUrl>[0]);
  let config: ResolvedConfig | null = null;
  let made: BuildContext | null = null;
  /** The embed page, as stage (a) left it. */
  let embed: string | null = null;
  /** index.html as Vite left it, before stage (a): the country pages are made from it. */
  let page: string | null = null;

  const base = (): string => config?.base ?? './';
  /** The geo/ and assets/ folders as the probe sees them: the page's own folder under a relative base. */
  const geoBase = (): string => htmlHref(base(), '/index.html', '').replace(/^\.\/$/, '');
  const devProbe = (): string => probeAsset(geoBase(), DEV_WORLD_PATH, o.langs).source;
  /** An address of the build as the page at `pagePath` writes it (htmlHref). */
  const href = (file: string, pagePath: string): string => htmlHref(base(), pagePath, file);

  return {
    name: 'tcdm-pages',
    configResolved(c) {
      config = c;
    },
    async buildStart() {
      made = null;
      embed = null;
      page = null;
      if (config?.command !== 'build') return;
      const c = data.current();
      // The data plugin fails the build with the validator's messages.
      if (!c.ok) return;
      const probe = probeAsset(geoBase(), worldAsset(o.publicDir).fileName, o.langs);
      this.emitFile({ type: 'asset', fileName: probe.fileName, source: probe.source });
      const [firstPaint, drawn] = await Promise.all([renderFirstPaint(o.root, o.publicDir, c.dataset), drawPreview(c.dataset, o.publicDir, siteUrl)]);
      if (firstPaint.cssFile) this.emitFile({ type: 'asset', fileName: firstPaint.cssFile, source: firstPaint.css });
      const share = { fileName: previewFileName(drawn.png), alt: drawn.preview.alt };
      this.emitFile({ type: 'asset', fileName: share.fileName, source: drawn.png });
      // A card per country page, a few at a time (resvg draws on libuv's thread pool), emitted in order.
      const started = performance.now();
      const { day, index, pages } = countryPages(c.dataset);
      const geo = shareBasemap(o.publicDir);
      const pngs: Buffer[] = [];
      const draw = async (at: number): Promise<void> => {
        const page = pages[at] as CountryPage;
        pngs[at] = await renderPng(countryScene(c.dataset, index, day, geo, page, siteUrl ? new URL(page.path, siteUrl).href : null), { palette: true });
      };
      const width = Math.max(1, Math.min(4, availableParallelism()));
      for (let at = 0; at < pages.length; at += width) await Promise.all(pages.slice(at, at + width).map((_, k) => draw(at + k)));
      const countries: BuildContext['countries'] = [];
      let cardBytes = 0;
      pages.forEach((page, at) => {
        const png = pngs[at] as Buffer;
        const card = cardFileName(page.iso, createHash('sha256').update(png).digest('base64url').slice(0, 10));
        this.emitFile({ type: 'asset', fileName: card, source: png });
        countries.push({ page, card });
        cardBytes += png.length;
      });
      config.logger.info(`country pages: ${pages.length} cards drawn (${(cardBytes / 1024).toFixed(0)} KB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      made = { dataset: { fileName: c.fileName, checked: c.dataset.checked }, probe, firstPaint, share, countries };
    },
    configureServer(server) {
      const probePath = `${server.config.base}${DEV_PROBE_PATH}`;
      const sharePath = `${server.config.base}${DEV_SHARE_PATH}`;
      const feedPath = `${server.config.base}${FEED_FILE}`;
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0];
        if (path === probePath) {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(devProbe());
          return;
        }
        if (path === feedPath) {
          const c = data.current();
          res.setHeader('Cache-Control', 'no-store');
          if (!c.ok) {
            res.statusCode = 500;
            res.end();
            return;
          }
          res.setHeader('Content-Type', `${FEED_TYPE}; charset=utf-8`);
          res.end(feedXml(c.dataset, { siteUrl, repository }));
          return;
        }
        if (path !== sharePath) return next();
        const c = data.current();
        res.setHeader('Cache-Control', 'no-store');
        if (!c.ok) {
          res.statusCode = 500;
          res.end();
          return;
        }
        drawPreview(c.dataset, server.config.publicDir, siteUrl).then(
          (d) => {
            res.setHeader('Content-Type', 'image/png');
            res.end(d.png);
          },
          (e: unknown) => next(e),
        );
      });
    },
    transformIndexHtml: {
      // After Vite has put the built code's tags into the page.
      order: 'post',
      handler(html: string, ctx: IndexHtmlTransformContext): string {
        if (config?.command === 'serve') {
          const at = config.base;
          return headStage(html, { dataset: `${at}${DEV_DATASET_PATH}`, probe: `${at}${DEV_PROBE_PATH}`, feed: `${at}${FEED_FILE}`, share: { image: `${at}${DEV_SHARE_PATH}`, alt: en.title }, siteUrl, repository }, false);
        }
        if (!made) return html;
        const share = { image: siteUrl ? new URL(made.share.fileName, siteUrl).href : href(made.share.fileName, ctx.path), alt: made.share.alt };
        const head = headStage(html, { dataset: href(made.dataset.fileName, ctx.path), probe: href(made.probe.fileName, ctx.path), feed: href(FEED_FILE, ctx.path), share, siteUrl, repository }, true);
        embed = head;
        page = html;
        return firstPaintStage(head, made.firstPaint, made.firstPaint.cssFile ? href(made.firstPaint.cssFile, ctx.path) : null);
      },
    },
    generateBundle: {
      // After Vite has written index.html (and so after transformIndexHtml).
      order: 'post',
      handler() {
        if (config?.command !== 'build' || !made) return;
        // The embed page: index.html without the first paint, which an embed never shows (its URL
        // has parameters) and so would only download. Embed codes point here (src/embed/snippet.ts).
        if (embed !== null) this.emitFile({ type: 'asset', fileName: EMBED_PAGE, source: embed });
        // The country pages: the embed page's app under each country's own head (countryPages.ts).
        if (page !== null) {
          for (const { page: p, card } of made.countries) {
            const at = `/${p.path}index.html`;
            const pageUrl = siteUrl ? new URL(p.path, siteUrl).href : null;
            // The card's address as scrapers read it: absolute with a site address, else from the page's own folder (not its <base>).
            const share = { image: siteUrl ? new URL(card, siteUrl).href : href(card, at), alt: p.imageAlt };
            // Every other address as index.html writes it: the page's <base> is the site's root.
            const head = headStage(withPageText(page, p.title, p.description), { dataset: href(made.dataset.fileName, '/index.html'), probe: href(made.probe.fileName, '/index.html'), feed: href(FEED_FILE, '/index.html'), share, siteUrl: pageUrl, repository }, true);
            this.emitFile({ type: 'asset', fileName: `${p.path}index.html`, source: countryHead(head, { iso: p.iso, baseHref: href('', at), canonical: pageUrl }) });
          }
        }
        // The feed of the data's changes, from the data set buildStart compiled (no second compile).
        const c = data.current();
        if (c.ok) this.emitFile({ type: 'asset', fileName: FEED_FILE, source: feedXml(c.dataset, { siteUrl, repository }) });
        if (!siteUrl) return;
        let robots: string | undefined;
        try {
          robots = readFileSync(join(config.publicDir, 'robots.txt'), 'utf8');
        } catch {
          robots = undefined;
        }
        // Written over the copy of public/robots.txt (the public folder is copied before the bundle).
        this.emitFile({ type: 'asset', fileName: 'robots.txt', source: robotsTxt(siteUrl, robots) });
        this.emitFile({ type: 'asset', fileName: 'sitemap.xml', source: sitemapXml(siteUrl, made.dataset.checked, made.countries.map((x) => x.page.path)) });
      },
    },
    writeBundle: {
      // Once every page and file is on disk: the worker's list is what the build wrote.
      order: 'post',
      sequential: true,
      async handler(options) {
        if (config?.command !== 'build' || !made || o.serviceWorker === false || !options.dir) return;
        const logger = config.logger;
        const { entries, bytes } = await writeServiceWorker(o.root, options.dir, (m) => logger.warn(m));
        logger.info(`sw.js: ${entries.length} files precached (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
      },
    },
  };
}

/** The site's plugins: the data set, the projected world, the palette, and the pages. */
export function sitePlugin(o: SiteOptions): Plugin[] {
  const data = dataPlugin(o.root, { dataDir: o.dataDir, preload: false });
  return [data, worldPlugin(o.publicDir), palettePlugin(), pagesPlugin(o, data.api)];
}
