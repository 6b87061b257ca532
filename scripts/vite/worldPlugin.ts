/**
 * Vite plugin: the SVG map's world, projected at build time (src/map/projectedWorld.ts), so the
 * browser draws it without decoding TopoJSON or projecting a vertex.
 *
 * - `vite build`: projects the basemap of the renderer that draws a projected world
 *   (`projected` in src/map/rendererChoice.ts: the SVG renderer's public/geo/countries-world.topo.json)
 *   and emits it as `assets/world-<hash>.json` (the hash is of the content: cached for good);
 * - `vite` (dev): serves the same JSON from memory at `/@tcdm/world.json`, projected again (and the
 *   page reloaded) when the basemap file changes;
 * - the page imports the address from the virtual module `virtual:tcdm-world`; the early probe
 *   (probePlugin.ts) preloads it when it picks the SVG renderer, through `worldAsset`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { decodeBasemap } from '../../src/map/geometry.ts';
import { projectWorld, WORLD_SIZE } from '../../src/map/projectedWorld.ts';
import { RENDERER_KINDS, RENDERERS } from '../../src/map/rendererChoice.ts';

/** The module the app imports the world's address from. */
const WORLD_MODULE = 'virtual:tcdm-world';
const RESOLVED_MODULE = `\0${WORLD_MODULE}`;
/** Where the dev server answers with the world (under the base). */
export const DEV_WORLD_PATH = '@tcdm/world.json';

/** The basemap (a file in public/geo/) the projected world is made from. */
export function worldSource(): string {
  const kind = RENDERER_KINDS.find((k) => RENDERERS[k].projected);
  if (!kind) throw new Error('no renderer draws a projected world');
  return RENDERERS[kind].basemap;
}

export interface WorldAsset {
  json: string;
  /** `assets/world-<hash>.json`. */
  fileName: string;
}

const made = new Map<string, WorldAsset>();

/** The projected world as the build writes it, made once per source file (until `forget`). */
export function worldAsset(publicDir: string): WorldAsset {
  const file = resolve(publicDir, 'geo', worldSource());
  let a = made.get(file);
  if (!a) {
    const geo = decodeBasemap(JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof decodeBasemap>[0]);
    const json = JSON.stringify(projectWorld(geo, WORLD_SIZE, { byCountry: true }));
    a = { json, fileName: `assets/world-${createHash('sha256').update(json).digest('base64url').slice(0, 10)}.json` };
    made.set(file, a);
  }
  return a;
}

export function worldPlugin(publicDir: string): Plugin {
  let command: 'serve' | 'build' = 'build';
  let base = '/';
  let assetRef = '';
  return {
    name: 'tcdm-world',
    configResolved(config) {
      command = config.command;
      base = config.base;
    },
    buildStart() {
      if (command === 'build') {
        const a = worldAsset(publicDir);
        assetRef = this.emitFile({ type: 'asset', fileName: a.fileName, source: a.json });
      }
    },
    resolveId(id) {
      return id === WORLD_MODULE ? RESOLVED_MODULE : null;
    },
    load(id) {
      if (id !== RESOLVED_MODULE) return null;
      // In a build the bundler writes the address relative to the chunk that loads it (any page of any folder finds it).
      if (command === 'build') return `export const WORLD_URL = import.meta.ROLLUP_FILE_URL_${assetRef};\n`;
      return `export const WORLD_URL = ${JSON.stringify(`${base}${DEV_WORLD_PATH}`)};\n`;
    },
    configureServer(server) {
      const path = `${server.config.base}${DEV_WORLD_PATH}`;
      const source = resolve(publicDir, 'geo', worldSource());
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== path) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(worldAsset(publicDir).json);
      });
      server.watcher.add(source);
      server.watcher.on('change', (file) => {
        if (resolve(file) !== source) return;
        made.delete(source);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
