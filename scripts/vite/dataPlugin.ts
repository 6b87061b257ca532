/**
 * Vite plugin: compiles data/ into the data set the app loads, and never writes it into the
 * source tree (docs/ARCHITECTURE.md, "From data/ to a painted frame").
 *
 * - `vite build`: validates (a bad record fails the build with file, record and reason) and emits
 *   the data set as `assets/dataset-<hash>.json`, a name that changes with its content, so hosts can
 *   cache it for good and a new deploy is never served a stale copy.
 * - `vite` (dev): validates on start and serves the data set from memory; recompiles when a file
 *   under data/ changes and reloads the page. A bad record is printed in the terminal and shown in
 *   Vite's error overlay (the page's data module fails to load with the validator's messages) until
 *   the file is fixed.
 *
 * - The editor (`npm run edit`, scripts/editor/editorPlugin.ts) may lay a draft over data/ on its
 *   own server (`api.setOverlay`): the data set served is then compiled from data/ with the draft's
 *   files standing in, so the map shows the change before it is saved. Nothing else sets one, and a
 *   build never does.
 *
 * The page learns the address from the virtual module `virtual:tcdm-dataset`. The site's pages get
 * a preload of the same address from the site plugin (sitePlugin.ts), which reads the compiled data
 * set through this plugin's `api`: one compile per build. The bench's pages (bench/vite.config.ts),
 * which have no site plugin, get the preload from this plugin (`preload`).
 */
import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import type { Dataset } from '../../src/data/types.ts';
import { formatIssue } from '../../src/data/validate.ts';
import { compileData } from '../compileData.ts';
import type { Overlay } from '../readData.ts';
import { htmlHref } from './htmlHref.ts';

/** The module the app imports the data set's address from. */
export const DATASET_MODULE = 'virtual:tcdm-dataset';
const RESOLVED_MODULE = `\0${DATASET_MODULE}`;
/** Where the dev server answers with the data set (under the base). */
export const DEV_DATASET_PATH = '@tcdm/dataset.json';
/** Build output: the data set's file name before the content hash. */
const ASSET_PREFIX = 'assets/dataset-';
/** Longer than the watcher's 50 ms throttle on changes to one file. */
const WATCH_SETTLE_MS = 80;

export interface DataPluginOptions {
  /** The folder to compile instead of `<root>/data` (the dev-server test edits a copy). */
  dataDir?: string | undefined;
  /** Whether this plugin puts the data set's preload into the pages (default true; the site plugin does its own). */
  preload?: boolean;
}

type Compiled = { ok: true; dataset: Dataset; json: string; fileName: string } | { ok: false; message: string };

/** What the data plugin offers other plugins (Vite's `api`): the data set as compiled for this build. */
export interface DataApi {
  /** The compiled data set (compiled on first ask after a build starts or data/ changes). */
  current(): Compiled;
  /** How many times data/ has been compiled since the plugin was made (one per build). */
  readonly compiles: number;
  /**
   * Dev only (the editor): compiles data/ with these files (paths relative to the data folder)
   * standing in for what is on disk, and serves that until the next call; null: data/ as it is.
   * Returns the new compile.
   */
  setOverlay(overlay: Overlay | null): Compiled;
}

type DataPlugin = Plugin<DataApi> & { api: DataApi };

/** The validator's messages as one block: a line per problem (file: record: reason). */
function failure(errors: readonly string[], dataDir: string, root: string): string {
  const where = relative(root, dataDir) || '.';
  return `${where}/ is invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${errors.join('\n')}`;
}

export function dataPlugin(root: string, options: DataPluginOptions = {}): DataPlugin {
  const dataDir = resolve(options.dataDir ?? `${root}/data`);
  let compiled: Compiled | null = null;
  let compiles = 0;
  let command: 'serve' | 'build' = 'build';
  let base = '/';
  let logger: ResolvedConfig['logger'] | null = null;
  let assetRef = '';
  let overlay: Overlay | null = null;

  const compile = (): Compiled => {
    compiles++;
    const { dataset, errors } = compileData(root, { dataDir, overlay: overlay ?? undefined });
    if (!dataset) return { ok: false, message: failure(errors.map(formatIssue), dataDir, root) };
    const json = JSON.stringify(dataset);
    const hash = createHash('sha256').update(json).digest('base64url').slice(0, 10);
    return { ok: true, dataset, json, fileName: `${ASSET_PREFIX}${hash}.json` };
  };
  const current = (): Compiled => (compiled ??= compile());
  /** The address an HTML page preloads: rooted in dev, under the base in a build. */
  const address = (c: Extract<Compiled, { ok: true }>, page = '/index.html'): string =>
    command === 'serve' ? `${base}${DEV_DATASET_PATH}` : htmlHref(base, page, c.fileName);

  return {
    name: 'tcdm-data',
    api: {
      current,
      get compiles() {
        return compiles;
      },
      setOverlay(files) {
        overlay = files;
        compiled = compile();
        return compiled;
      },
    },
    configResolved(config) {
      command = config.command;
      base = config.base;
      logger = config.logger;
    },
    buildStart() {
      compiled = compile();
      if (!compiled.ok) {
        if (command === 'build') this.error(compiled.message);
        // In dev the server still starts: the page shows the same messages in Vite's overlay.
        logger?.error(compiled.message, { timestamp: true });
        return;
      }
      if (command === 'build') assetRef = this.emitFile({ type: 'asset', fileName: compiled.fileName, source: compiled.json });
    },
    resolveId(id) {
      return id === DATASET_MODULE ? RESOLVED_MODULE : null;
    },
    load(id) {
      if (id !== RESOLVED_MODULE) return null;
      const c = current();
      if (!c.ok) {
        // The validator's messages are the whole story: no stack trace under them in the overlay.
        const err = new Error(c.message);
        err.stack = '';
        throw err;
      }
      // In a build the bundler writes the asset's address relative to the chunk that loads it, so
      // any page of any folder (the bench's pages, a sub-path deploy) finds it.
      if (command === 'build') return `export const DATASET_URL = import.meta.ROLLUP_FILE_URL_${assetRef};\n`;
      return `export const DATASET_URL = ${JSON.stringify(`${base}${DEV_DATASET_PATH}`)};\n`;
    },
    transformIndexHtml(_html, ctx) {
      const c = current();
      if (options.preload === false || !c.ok) return [];
      return [{ tag: 'link', attrs: { rel: 'preload', href: address(c, ctx.path), as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' }];
    },
    configureServer(server: ViteDevServer) {
      const path = `${server.config.base}${DEV_DATASET_PATH}`;
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== path) return next();
        const c = current();
        res.setHeader('Cache-Control', 'no-store');
        if (!c.ok) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(c.message);
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(c.json);
      });
      server.watcher.add(dataDir);
      let timer: ReturnType<typeof setTimeout> | null = null;
      const recompile = (file: string): void => {
        timer = null;
        compiled = compile();
        const mod = server.moduleGraph.getModuleById(RESOLVED_MODULE);
        if (mod) server.moduleGraph.invalidateModule(mod);
        if (!compiled.ok) {
          server.config.logger.error(compiled.message, { timestamp: true });
          server.ws.send({ type: 'error', err: { message: compiled.message, stack: '', plugin: 'tcdm-data', id: dataDir } });
          return;
        }
        server.config.logger.info(`data/ recompiled (${relative(root, resolve(file))} changed)`, { timestamp: true });
        server.ws.send({ type: 'full-reload' });
      };
      // The watcher drops a second change to a file within 50 ms of the first (chokidar's
      // throttle), so the data is read once the edits have paused for longer than that, never at
      // the first event: a quick save-and-fix is never lost.
      const onChange = (file: string): void => {
        const rel = relative(dataDir, resolve(file));
        if (rel.startsWith('..') || rel === '') return;
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => recompile(file), WATCH_SETTLE_MS);
      };
      server.watcher.on('add', onChange);
      server.watcher.on('change', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
