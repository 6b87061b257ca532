/**
 * Vite plugin: the static first paint (docs/ARCHITECTURE.md, "First paint"). `vite build` renders
 * the page's default view (src/snapshot/render.tsx: React's server renderer over the app's own
 * components, the map drawn by src/map/staticMap.ts from a coarse projected world) into
 * index.html's `#root`, marked `inert` (nothing in it works yet) and with the fingerprint of the data
 * set it shows (`data-first-paint`: the page hydrates it only with the same data), with a render-blocking
 * `<link rel="expect">` on its map so that the browser's first paint holds the coloured map. The
 * early probe (probePlugin.ts) hides it where the default view is not what the page will show (a
 * URL with parameters, another language, a dark system theme); src/main.tsx replaces it with the
 * live page.
 *
 * The site's Content-Security-Policy (headers.ts) allows no inline style, and React writes the
 * styles it sets (a swatch's colour, a marker's place) as `style` attributes: those move into a
 * stylesheet of their own, `assets/first-paint-<hash>.css`, each element keyed by `data-fps`.
 *
 * The server render runs at the build's start, in a throwaway Vite server (ssrLoadModule) with the
 * plugins the app's modules import from. Dev (`vite`) has no static first paint.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { fingerprint } from '../../src/data/fingerprint.ts';
import type { Dataset } from '../../src/data/types.ts';
import { decodeBasemap } from '../../src/map/geometry.ts';
import type { ProjectedWorld } from '../../src/map/geometry.ts';
import { projectWorld } from '../../src/map/projectedWorld.ts';
import { SNAPSHOT_WORLD } from '../../src/map/staticMap.ts';
import { compileData } from '../compileData.ts';
import { EMBED_PAGE } from '../../src/embed/snippet.ts';
import { DATASET_MODULE } from './dataPlugin.ts';
import { htmlHref } from './htmlHref.ts';
import { palettePlugin } from './palettePlugin.ts';
import { worldPlugin, worldSource } from './worldPlugin.ts';

/** The id of the first paint's map (staticMap.ts), which the page's first paint waits for. */
export const FIRST_PAINT_MAP_ID = 'first-paint-map';

const ROOT_DIV = '<div id="root"></div>';

const unescapeAttr = (v: string): string =>
  v.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * Moves every `style` attribute of server-rendered markup into a stylesheet: the same style is one
 * rule, keyed `data-fps="n"` under `#root`. (React escapes `"` in text, so ` style="` is only ever an attribute.)
 */
export function extractStyles(markup: string): { markup: string; css: string } {
  const keys = new Map<string, number>();
  const out = markup.replace(/ style="([^"]*)"/g, (_m, style: string) => {
    let n = keys.get(style);
    if (n === undefined) keys.set(style, (n = keys.size));
    return ` data-fps="${n}"`;
  });
  const css = [...keys].map(([style, n]) => `#root [data-fps="${n}"]{${unescapeAttr(style)}}`).join('\n');
  return { markup: out, css: css === '' ? '' : `/* The static first paint's inline styles (scripts/vite/snapshotPlugin.ts). */\n${css}\n` };
}

/**
 * index.html with the static page in its root, its stylesheet, and its map render-blocking. The
 * root is `inert` and `aria-hidden` (nothing in it works yet: no focus, no clicks, nothing for
 * assistive technology), and the page's `autofocus` attributes go (the live page focuses as it
 * means to; a parsed one would take focus, and a cross-origin frame logs that it blocked it).
 */
export function withSnapshot(html: string, markup: string, cssHref: string | null, dataPrint: string): string {
  if (!html.includes(ROOT_DIV)) throw new Error(`index.html has no ${ROOT_DIV} to put the first paint in`);
  if (!markup.includes(`id="${FIRST_PAINT_MAP_ID}"`)) throw new Error('the first paint has no map');
  const head = [`<link rel="expect" href="#${FIRST_PAINT_MAP_ID}" blocking="render" />`, ...(cssHref ? [`<link rel="stylesheet" href="${cssHref}" />`] : [])];
  return html.replace('</head>', `  ${head.join('\n    ')}\n  </head>`).replace(ROOT_DIV, () => `<div id="root" inert aria-hidden="true" data-first-paint="${dataPrint}">${markup.replace(/ autofocus=""/g, '')}</div>`);
}

/** A module the app imports by name, with the given source (for the render's own Vite server). */
function virtualModule(id: string, source: string): Plugin {
  const resolved = `\0${id}`;
  return { name: `tcdm-snapshot:${id}`, resolveId: (i) => (i === id ? resolved : null), load: (i) => (i === resolved ? source : null) };
}

/**
 * The default view as markup, rendered by the app's components in a Vite server of its own, and
 * the fingerprint of the data set's JSON as the page will load it (src/data/fingerprint.ts).
 */
async function renderDefaultView(root: string, publicDir: string, dataDir: string | undefined): Promise<{ markup: string; dataPrint: string }> {
  const { dataset, errors } = compileData(root, dataDir === undefined ? {} : { dataDir });
  // The data plugin reports a bad data set, file by file; this only says there is no first paint.
  if (!dataset) throw new Error(`the data set is invalid (${errors.length} problems): no first paint`);
  const topo = JSON.parse(readFileSync(resolve(publicDir, 'geo', worldSource()), 'utf8')) as Parameters<typeof decodeBasemap>[0];
  const world = projectWorld(decodeBasemap(topo), SNAPSHOT_WORLD.size, { tolerance: SNAPSHOT_WORLD.tolerance });
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
    // The data set is handed to the render; the module that names its address needs no compiling here.
    plugins: [virtualModule(DATASET_MODULE, 'export const DATASET_URL = "";'), worldPlugin(publicDir), palettePlugin()],
  });
  try {
    const mod = (await server.ssrLoadModule('/src/snapshot/render.tsx')) as { renderSnapshot(d: Dataset, w: ProjectedWorld): string };
    // The data plugin serves JSON.stringify(dataset): the page fingerprints the same text.
    return { markup: mod.renderSnapshot(dataset, world), dataPrint: fingerprint(JSON.stringify(dataset)) };
  } finally {
    await server.close();
  }
}

export function snapshotPlugin(root: string, publicDir: string, options: { dataDir?: string | undefined } = {}): Plugin {
  let command: 'serve' | 'build' = 'build';
  let base = '/';
  let made: { markup: string; cssFile: string | null; dataPrint: string } | null = null;
  /** The page as it was before the first paint went in: the embed page. */
  let plain: string | null = null;
  return {
    name: 'tcdm-snapshot',
    configResolved(config) {
      command = config.command;
      base = config.base;
    },
    async buildStart() {
      made = null;
      if (command !== 'build') return;
      const view = await renderDefaultView(root, publicDir, options.dataDir);
      const { markup, css } = extractStyles(view.markup);
      const cssFile = css === '' ? null : `assets/first-paint-${createHash('sha256').update(css).digest('base64url').slice(0, 10)}.css`;
      if (cssFile) this.emitFile({ type: 'asset', fileName: cssFile, source: css });
      made = { markup, cssFile, dataPrint: view.dataPrint };
      plain = null;
    },
    generateBundle: {
      // After Vite has written index.html.
      order: 'post',
      handler() {
        if (command !== 'build' || plain === null) return;
        // The embed page (EMBED_PAGE): index.html without the first paint, which an embed never
        // shows (its URL has parameters) and so would only download. Embed codes point here.
        this.emitFile({ type: 'asset', fileName: EMBED_PAGE, source: plain });
      },
    },
    transformIndexHtml: {
      // After Vite's own work on the page: the stylesheet is an asset of this plugin's, not a source file.
      order: 'post',
      handler(html, ctx) {
        if (command !== 'build' || !made) return html;
        plain = html;
        return withSnapshot(html, made.markup, made.cssFile ? htmlHref(base, ctx.path, made.cssFile) : null, made.dataPrint);
      },
    },
  };
}
