/**
 * The service worker (src/offline/sw.ts, docs/HOSTING.md, "Offline"), built by the site plugin (sitePlugin.ts)
 * after every page and file of the build is written: bundled by Vite as one classic script,
 * `sw.js` beside index.html, with its precache list written in where the source says
 * `self.__WB_MANIFEST`.
 *
 * The list is every file the page can load: index.html, embed.html and the country pages
 * (`country/<iso3>/index.html`), the code (both renderers'
 * chunks and MapLibre's worker), the styles, the data set, the probe, the catalogues, embed.js, both
 * basemaps, the SVG map's projected world and the Atom feed About links (PRECACHED); not the share
 * cards (`assets/share-*`, the country pages' too), robots.txt, the sitemap or the source maps. Each entry is revisioned as workbox-precaching wants it: files under
 * `assets/` carry their content hash in their name (revision null); the others (index.html,
 * embed.js, geo/) get the MD5 of their content, so a new deploy replaces exactly what changed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { build } from 'vite';

/** The files the worker precaches (paths relative to the build output): About links the feed. */
const PRECACHED = /\.(?:html|js|mjs|css|json)$|^feed\.xml$/;
/** Never precached: source maps and the share card (for scrapers, not readers). */
const NOT_PRECACHED = /\.map$|^assets\/share-/;
/** A file larger than this is left out (with a warning); the MapLibre chunk is ~1 MB, under it. */
export const MAX_PRECACHED_BYTES = 2 * 1024 * 1024;
/** The worker's file, beside index.html (src/offline/serviceWorker.ts registers `./sw.js`). */
const SW_FILE = 'sw.js';
/** Where the source asks for its list (workbox-precaching's convention). */
export const MANIFEST_PLACEHOLDER = 'self.__WB_MANIFEST';

interface PrecacheEntry {
  url: string;
  revision: string | null;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The precache list of a written build: what it holds, sorted, without the worker itself. */
export function precacheManifest(outDir: string, warn: (msg: string) => void = () => undefined): PrecacheEntry[] {
  const entries: PrecacheEntry[] = [];
  for (const file of filesUnder(outDir)) {
    const url = relative(outDir, file).split(sep).join('/');
    if (url === SW_FILE || !PRECACHED.test(url) || NOT_PRECACHED.test(url)) continue;
    if (statSync(file).size > MAX_PRECACHED_BYTES) {
      warn(`${url} is over ${MAX_PRECACHED_BYTES} bytes: not precached (it will not work offline)`);
      continue;
    }
    const revision = url.startsWith('assets/') ? null : createHash('md5').update(readFileSync(file)).digest('hex');
    entries.push({ url, revision });
  }
  return entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The worker's code with its precache list in place of the placeholder (which must occur once). */
export function injectManifest(code: string, entries: readonly PrecacheEntry[]): string {
  const parts = code.split(MANIFEST_PLACEHOLDER);
  if (parts.length !== 2) throw new Error(`the service worker must name ${MANIFEST_PLACEHOLDER} once (found ${parts.length - 1})`);
  return parts.join(JSON.stringify(entries));
}

/** Bundles src/offline/sw.ts and writes `sw.js` into `outDir` with the build's precache list. */
export async function writeServiceWorker(root: string, outDir: string, warn: (msg: string) => void): Promise<{ entries: PrecacheEntry[]; bytes: number }> {
  const out = await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    // workbox's modules log in development only.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      sourcemap: false,
      minify: true,
      copyPublicDir: false,
      emptyOutDir: false,
      lib: { entry: resolve(root, 'src/offline/sw.ts'), formats: ['iife'], name: 'tcdmServiceWorker', fileName: () => SW_FILE },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
  const chunk = outputs.find((o) => o.fileName === SW_FILE && o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`the service worker build made no ${SW_FILE}`);
  const entries = precacheManifest(outDir, warn);
  writeFileSync(join(outDir, SW_FILE), injectManifest(chunk.code, entries));
  const bytes = entries.reduce((n, e) => n + statSync(join(outDir, e.url)).size, 0);
  return { entries, bytes };
}
