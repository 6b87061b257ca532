import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { previewHeadersPlugin } from './scripts/vite/headers.ts';
import { sitePlugin } from './scripts/vite/sitePlugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const publicDir = `${root}public`;
// The languages we ship, as src/i18n/langs.ts finds them: a catalogue file each.
const langs = readdirSync(`${root}src/i18n/catalogues`)
  .filter((f) => /^[a-z]{2,3}\.ts$/.test(f))
  .map((f) => f.replace(/\.ts$/, ''));

export default defineConfig({
  // Relative asset paths, so the built site works from any folder (an embedder's subpath too).
  base: './',
  plugins: [
    // Everything the site's pages are made of, in the order docs/ARCHITECTURE.md ("The build")
    // gives: the data set (compiled once), the early probe, the static first paint, the share
    // cards, index.html and embed.html, and the service worker that keeps the site working
    // offline (src/offline/sw.ts, docs/HOSTING.md, "Offline"; only by `vite build`).
    // TCDM_DATA_DIR: compile another data folder (the browser tests' site is built from
    // e2e/fixtures/data; the dev-server browser test edits a copy).
    // TCDM_SITE_URL: the site's absolute address, for the share cards' og:url and image (docs/HOSTING.md, "Link previews").
    sitePlugin({ root, publicDir, langs, dataDir: process.env.TCDM_DATA_DIR, siteUrl: process.env.TCDM_SITE_URL }),
    previewHeadersPlugin(),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // maplibre-gl (~1 MB) gets a chunk of its own: cached across our releases, and measured apart.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            // What a cold load runs, in one chunk: the entry and everything it imports statically
            // (a group takes its modules' dependencies along). Left to itself the bundler splits
            // the modules that lazy chunks share with the start (React, the store, the strings)
            // into chunks of their own, which compress worse (docs/ARCHITECTURE.md, "Code on start").
            { name: 'index', test: /[\\/]src[\\/]main\.tsx$/ },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'editor/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
  },
});
