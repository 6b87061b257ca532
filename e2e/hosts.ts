/**
 * Pages that host the app as embedders would: a small static server on another origin (another
 * port), serving host pages made per test, and the built app under a sub-path with the headers a
 * static host is told to send (docs/HOSTING.md, "What a host must send"). Started once per worker.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { testSiteDir } from '../scripts/testSite.ts';
import { headersFor } from '../scripts/vite/headers.ts';
import { test as base } from './fixtures.ts';
import { EMBED_PAGE } from '../src/embed/snippet.ts';

/** The site under test, as built (scripts/testSite.ts). */
const DIST = testSiteDir();
/** Where the sub-path server puts the built app. */
export const SUB_PATH = '/maps/third-country-deportations/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8', '.map': 'application/json; charset=utf-8',
};

export interface Hosts {
  /** The host origin, e.g. http://localhost:41234. */
  origin: string;
  /** Publishes a host page at `/<name>.html` and returns its address. */
  page(name: string, html: string): string;
  close(): Promise<void>;
}

async function startHosts(): Promise<Hosts> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
      const page = pages.get(path);
      if (page !== undefined) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(page);
        return;
      }
      if (path.startsWith(SUB_PATH)) {
        const rel = path.slice(SUB_PATH.length) || 'index.html';
        const file = normalize(join(DIST, rel));
        if (file.startsWith(DIST)) {
          const st = await stat(file).catch(() => null);
          if (st?.isFile()) {
            res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headersFor(`/${rel}`) });
            res.end(await readFile(file));
            return;
          }
        }
      }
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const origin = `http://localhost:${address.port}`;
  return {
    origin,
    page(name, html) {
      pages.set(`/${name}.html`, html);
      return `${origin}/${name}.html`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A host page around iframes of the app (the embed code's iframe, sized by the app's embed.js),
 * with a tall page around them so scrolling can be checked, and a log of the messages it receives.
 */
export function hostPage(appOrigin: string, frames: readonly { id: string; query: string; width: number; height?: number; sandbox?: string }[]): string {
  const iframes = frames
    .map(
      (f) =>
        `<iframe id="${f.id}" data-tcdm src="${appOrigin}/${EMBED_PAGE}?${f.query}" title="Map ${f.id}" height="${f.height ?? 500}" ` +
        `style="border:0;width:${f.width}px;display:block" ${f.sandbox === undefined ? 'sandbox="allow-scripts allow-same-origin allow-popups"' : f.sandbox}></iframe>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title></head>
<body style="margin:0;font:16px sans-serif">
<h1>A newsroom article</h1>
<p style="height:300px">Text above the map.</p>
${iframes}
<p style="height:3000px">Text below the map.</p>
<script>
window.messages = [];
window.addEventListener('message', function (e) {
  var from = null;
  document.querySelectorAll('iframe').forEach(function (f) { if (f.contentWindow === e.source) from = f.id; });
  window.messages.push({ from: from, origin: e.origin, data: e.data });
});
</script>
<script src="${appOrigin}/embed.js" async></script>
</body></html>`;
}

/** The tests' `test` with a `hosts` fixture: the host servers, started once per worker. */
export const test = base.extend<Record<never, never>, { hosts: Hosts }>({
  hosts: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const hosts = await startHosts();
      await use(hosts);
      await hosts.close();
    },
    { scope: 'worker' },
  ],
});
