import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { dataPlugin } from './scripts/vite/dataPlugin.ts';
import { previewHeadersPlugin } from './scripts/vite/headers.ts';
import { palettePlugin } from './scripts/vite/palettePlugin.ts';
import { probePlugin } from './scripts/vite/probePlugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // Relative asset paths, so the built site works from any folder (an embedder's subpath too).
  base: './',
  // TCDM_DATA_DIR: compile another data folder (the dev-server browser test edits a copy).
  plugins: [dataPlugin(root, { dataDir: process.env.TCDM_DATA_DIR }), probePlugin(), palettePlugin(), previewHeadersPlugin()],
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
