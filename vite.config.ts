import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { dataPlugin } from './scripts/vite/dataPlugin.ts';
import { previewHeadersPlugin } from './scripts/vite/headers.ts';
import { palettePlugin } from './scripts/vite/palettePlugin.ts';
import { probePlugin } from './scripts/vite/probePlugin.ts';
import { snapshotPlugin } from './scripts/vite/snapshotPlugin.ts';
import { socialPlugin } from './scripts/vite/socialPlugin.ts';
import { DEV_WORLD_PATH, worldAsset, worldPlugin } from './scripts/vite/worldPlugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const publicDir = `${root}public`;
// The languages we ship, as src/i18n/langs.ts finds them: a catalogue file each.
const langs = readdirSync(`${root}src/i18n/catalogues`)
  .filter((f) => /^[a-z]{2,3}\.ts$/.test(f))
  .map((f) => f.replace(/\.ts$/, ''));

export default defineConfig({
  // Relative asset paths, so the built site works from any folder (an embedder's subpath too).
  base: './',
  // TCDM_DATA_DIR: compile another data folder (the dev-server browser test edits a copy).
  // TCDM_SITE_URL: the site's absolute address, for the share cards' og:url and image (docs/HOSTING.md, "Link previews").
  plugins: [
    dataPlugin(root, { dataDir: process.env.TCDM_DATA_DIR }),
    // The SVG map's world, projected at build time; the probe preloads it for that renderer.
    worldPlugin(publicDir),
    probePlugin((command) => (command === 'build' ? worldAsset(publicDir).fileName : DEV_WORLD_PATH), langs),
    palettePlugin(),
    // The static first paint: the default view rendered into index.html by `vite build`.
    snapshotPlugin(root, publicDir, { dataDir: process.env.TCDM_DATA_DIR }),
    socialPlugin(root, { dataDir: process.env.TCDM_DATA_DIR, siteUrl: process.env.TCDM_SITE_URL }),
    previewHeadersPlugin(),
    // The service worker that keeps the site working offline after one visit (src/offline/sw.ts,
    // docs/HOSTING.md, "Offline"), built into sw.js beside index.html with its precache list. Only by
    // `vite build`: no service worker in dev. The page registers it itself (./sw.js, scope ./):
    // no script injected, no web manifest.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/offline',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        // Everything the page can load: index.html, the code (both renderers' chunks and MapLibre's
        // worker), the styles, the data set, the probe, the Spanish catalogue, embed.js, both
        // basemaps (the downloads draw countries-world) and the SVG map's projected world. Not the share card, robots.txt, the sitemap or the source maps.
        globPatterns: ['**/*.{html,js,mjs,css,json}'],
        globIgnores: ['**/*.map', 'assets/share-*'],
        // The MapLibre chunk is ~1 MB, under the limit.
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        rollupFormat: 'iife',
        sourcemap: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // maplibre-gl (~1 MB) gets a chunk of its own: cached across our releases, and measured apart.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
  },
});
