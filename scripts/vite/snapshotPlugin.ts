/**
 * The static first paint (docs/ARCHITECTURE.md, "First paint"), made by the site plugin
 * (sitePlugin.ts) in a build: the page's default view (src/snapshot/render.tsx: React's server
 * renderer over the app's own components, the map drawn by src/map/staticMap.ts from a coarse
 * projected world) goes into index.html's `#root`, marked `inert` (nothing in it works yet), with a
 * render-blocking `<link rel="expect">` on its map so that the browser's first paint holds the
 * coloured map. The early probe (probePlugin.ts) hides it where the default view is not what the
 * page will show (a URL with parameters, another language, a dark system theme); src/main.tsx
 * hydrates it.
 *
 * The site's Content-Security-Policy (headers.ts) allows no inline style, and React writes the
 * styles it sets (a swatch's colour, a marker's place) as `style` attributes: those move into a
 * stylesheet of their own, `assets/first-paint-<hash>.css`, each element keyed by `data-fps`.
 *
 * The server render runs in a throwaway Vite server (ssrLoadModule) with the plugins the app's
 * modules import from. Dev (`vite`) has no static first paint.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import type { Dataset } from '../../src/data/types.ts';
import { decodeBasemap } from '../../src/map/geometry.ts';
import type { ProjectedWorld } from '../../src/map/geometry.ts';
import { projectWorld } from '../../src/map/projectedWorld.ts';
import { SNAPSHOT_WORLD } from '../../src/map/staticMap.ts';
import { DATASET_MODULE } from './dataPlugin.ts';
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
export function withSnapshot(html: string, markup: string, cssHref: string | null): string {
  if (!html.includes(ROOT_DIV)) throw new Error(`index.html has no ${ROOT_DIV} to put the first paint in`);
  if (!markup.includes(`id="${FIRST_PAINT_MAP_ID}"`)) throw new Error('the first paint has no map');
  const head = [`<link rel="expect" href="#${FIRST_PAINT_MAP_ID}" blocking="render" />`, ...(cssHref ? [`<link rel="stylesheet" href="${cssHref}" />`] : [])];
  return html.replace('</head>', `  ${head.join('\n    ')}\n  </head>`).replace(ROOT_DIV, () => `<div id="root" inert aria-hidden="true">${markup.replace(/ autofocus=""/g, '')}</div>`);
}

/** A module the app imports by name, with the given source (for the render's own Vite server). */
function virtualModule(id: string, source: string): Plugin {
  const resolved = `\0${id}`;
  return { name: `tcdm-snapshot:${id}`, resolveId: (i) => (i === id ? resolved : null), load: (i) => (i === resolved ? source : null) };
}

export interface FirstPaint {
  /** The default view's markup, its style attributes moved into `css`. */
  markup: string;
  css: string;
  /** `assets/first-paint-<hash>.css`, or null when there is no stylesheet. */
  cssFile: string | null;
}

/** The default view of `dataset`, rendered by the app's components in a Vite server of its own. */
export async function renderFirstPaint(root: string, publicDir: string, dataset: Dataset): Promise<FirstPaint> {
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
  let rendered: string;
  try {
    const mod = (await server.ssrLoadModule('/src/snapshot/render.tsx')) as { renderSnapshot(d: Dataset, w: ProjectedWorld): string };
    rendered = mod.renderSnapshot(dataset, world);
  } finally {
    await server.close();
  }
  const { markup, css } = extractStyles(rendered);
  const cssFile = css === '' ? null : `assets/first-paint-${createHash('sha256').update(css).digest('base64url').slice(0, 10)}.css`;
  return { markup, css, cssFile };
}
