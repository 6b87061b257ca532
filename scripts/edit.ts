/**
 * `npm run edit`: the editor's desk (data/README.md, "The editor"). Starts `npm run dev`'s server
 * (vite.config.ts: the map, compiled from data/ in memory) with the editor's plugin
 * (scripts/editor/editorPlugin.ts) on the loopback interface only, and prints the editor's address.
 *
 *   npm run edit [-- --port=<n>] [-- --data=<dir>]
 *
 * `--port` (default 5180; the next free one if taken), `--data` (or TCDM_DATA_DIR): the data folder
 * to edit (default data/). `--host` may only name the loopback interface (127.0.0.1 or localhost):
 * the editor writes into the repository and is never served to a network.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ViteDevServer } from 'vite';
import { EDITOR_PATH, editorPlugin } from './editor/editorPlugin.ts';
import { isLoopbackHost } from './editor/security.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_PORT = 5180;

export interface EditorStart {
  /** The data folder to edit (default `<root>/data`). */
  dataDir?: string;
  /** 0: any free port (the tests). */
  port?: number;
  /** Only the loopback interface: 127.0.0.1 (the default) or localhost. */
  host?: string;
  /** Today as YYYY-MM-DD (default: the UTC date now); the tests fix it. */
  today?: () => string;
  /** Vite's cache folder (the tests give each run its own). */
  cacheDir?: string;
  logLevel?: 'info' | 'silent';
}

export interface RunningEditor {
  server: ViteDevServer;
  /** The editor page's address. */
  url: string;
  /** The map's address on the same server. */
  mapUrl: string;
}

export async function startEditor(o: EditorStart = {}): Promise<RunningEditor> {
  const host = o.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) throw new Error(`the editor listens on the loopback interface only (127.0.0.1 or localhost), not "${host}"`);
  const dataDir = resolve(o.dataDir ?? process.env.TCDM_DATA_DIR ?? `${ROOT}data`);
  const { createServer } = await import('vite');
  // vite.config.ts reads the data folder from TCDM_DATA_DIR as it loads.
  const before = process.env.TCDM_DATA_DIR;
  process.env.TCDM_DATA_DIR = dataDir;
  let server: ViteDevServer;
  try {
    server = await createServer({
      configFile: `${ROOT}vite.config.ts`,
      root: ROOT,
      ...(o.cacheDir ? { cacheDir: o.cacheDir } : {}),
      logLevel: o.logLevel ?? 'info',
      plugins: [editorPlugin({ root: ROOT, dataDir, ...(o.today ? { today: o.today } : {}) })],
      // No CORS: no other origin may read what this server serves.
      server: { host: '127.0.0.1', port: o.port ?? DEFAULT_PORT, strictPort: false, cors: false, open: false },
    });
  } finally {
    if (before === undefined) delete process.env.TCDM_DATA_DIR;
    else process.env.TCDM_DATA_DIR = before;
  }
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://${host}:${port}`;
  return { server, url: `${origin}${EDITOR_PATH}`, mapUrl: `${origin}/` };
}

/** The command line's options, or an error for a host that is not the loopback interface. */
export function parseArgs(argv: readonly string[]): EditorStart {
  const opt = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const out: EditorStart = {};
  const port = opt('port');
  if (port !== undefined) {
    const n = Number(port);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--port=${port} is not a port`);
    out.port = n;
  }
  const host = opt('host') ?? (argv.includes('--host') ? '0.0.0.0' : undefined);
  if (host !== undefined) {
    if (!isLoopbackHost(host)) throw new Error(`--host=${host}: the editor listens on the loopback interface only (127.0.0.1 or localhost)`);
    out.host = host;
  }
  const data = opt('data');
  if (data !== undefined) out.dataDir = resolve(process.cwd(), data);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let options: EditorStart;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`npm run edit: ${(e as Error).message}`);
    process.exit(2);
  }
  const { server, url, mapUrl } = await startEditor(options);
  server.config.logger.info(`\n  Editor:  ${url}\n  Map:     ${mapUrl} (shows the editor's preview while one is on)\n  Data:    ${resolve(options.dataDir ?? process.env.TCDM_DATA_DIR ?? `${ROOT}data`)}\n`);
  server.bindCLIShortcuts({ print: true });
}
