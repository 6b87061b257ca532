/**
 * Builds the bench's own pages with the app's toolchain and settings (target, maplibre in a chunk
 * of its own): the floor (bare MapLibre), the peer (plain d3-geo SVG) and the scale page (the
 * app's own status index and story panel over a synthetic 100x data set). They read the app's
 * public/ folder and build its data set with its data plugin, so they load the very same basemap
 * and data.
 *
 * bench/build.ts builds each page on its own (refConfig(page)), so no page loads a chunk shared with
 * another and each page's bytes are its own; `vite build --config bench/vite.config.ts` builds all.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type InlineConfig } from 'vite';
import { dataPlugin } from '../scripts/vite/dataPlugin.ts';
import { palettePlugin } from '../scripts/vite/palettePlugin.ts';

export const PAGES = ['floor', 'peer', 'scale'] as const;
export type Page = (typeof PAGES)[number];

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
export const REF_OUT = `${here}.build/ref`;

export function refConfig(pages: readonly Page[] = PAGES, emptyOutDir = true): InlineConfig {
  return {
    configFile: false,
    root: here,
    base: './',
    publicDir: fileURLToPath(new URL('../public', import.meta.url)),
    // The same data set the app builds, from the same plugin (a hashed asset beside the pages);
    // the app's page colours for the scale page's stylesheet (virtual:tcdm-palette.css).
    plugins: [dataPlugin(root), palettePlugin()],
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir: REF_OUT,
      emptyOutDir,
      chunkSizeWarningLimit: 1100,
      rolldownOptions: {
        input: Object.fromEntries(pages.map((p) => [p, `${here}${p}/index.html`])),
        output: {
          codeSplitting: {
            groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }],
          },
        },
      },
    },
  };
}

export default defineConfig(refConfig());
