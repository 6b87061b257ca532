/**
 * The editor's Vite plugin (`npm run edit`, scripts/edit.ts; data/README.md, "The editor"): on the
 * dev server it adds
 *
 * - a guard on every request: the Host must be the loopback address and port the server listens on
 *   (security.ts), so a DNS-rebinding host name reaches nothing, not even the map;
 * - the editing page at `/__editor/` (editor/index.html with this run's token; its code is
 *   editor/main.tsx, which Vite serves like the app's), sent with headers that forbid any other
 *   page to frame it;
 * - the private API under `/__editor/api/` (editor/protocol.ts), every call checked by security.ts:
 *   `list`, `source`, `event` (read), `check` (the validator on the draft), `preview` (the map on
 *   this server shows the draft: the data plugin's overlay, scripts/vite/dataPlugin.ts), `discard`,
 *   and `save` (save.ts).
 *
 * `npm run dev` and `npm run build` never load it.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { ID } from '../../src/data/schema.ts';
import en from '../../src/i18n/catalogues/en.ts';
import type { EventSummary, ListResponse, Rec, SourceSummary } from '../../editor/protocol.ts';
import type { DataApi } from '../vite/dataPlugin.ts';
import { META_FILE, PathError } from './paths.ts';
import { parseDraft, parseId, parseVersions } from './request.ts';
import { allVersions, check, dataLabel, diskOf, openEvent, openSource, save } from './save.ts';
import { apiProblem, hostProblem, makeToken } from './security.ts';
import { statusRules } from './statusRules.ts';

export interface EditorOptions {
  /** The project's root (editor/, docs/). */
  root: string;
  /** The data folder the editor reads and writes. */
  dataDir: string;
  /** Today as YYYY-MM-DD: what `added` and `updated` are set to (default: the UTC date now). */
  today?: () => string;
}

/** Where the page and the API live. */
export const EDITOR_PATH = '/__editor/';
const API = `${EDITOR_PATH}api/`;
/** A request body bigger than this is refused (a source's text is well under it). */
const MAX_BODY = 20 * 1024 * 1024;

/** The editor page's own headers: no framing by any page, no caching, nothing sniffed. */
const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        fail(new HttpError(413, 'request too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      try {
        ok(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
      } catch {
        fail(new HttpError(400, 'the body is not JSON'));
      }
    });
    req.on('error', fail);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  for (const [k, v] of Object.entries(PAGE_HEADERS)) res.setHeader(k, v);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const utcToday = (): string => new Date().toISOString().slice(0, 10);

export function editorPlugin(o: EditorOptions): Plugin {
  const dataDir = resolve(o.dataDir);
  const today = o.today ?? utcToday;
  const token = makeToken();
  let data: DataApi | null = null;

  /** The translation files' languages. */
  const langs = (): string[] => {
    const dir = join(dataDir, 'i18n');
    return existsSync(dir) ? readdirSync(dir).filter((f) => /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\.json$/.test(f)).map((f) => f.replace(/\.json$/, '')).sort() : [];
  };

  const list = (): ListResponse => {
    const disk = diskOf(dataDir);
    const sources: SourceSummary[] = [];
    const sourcesDir = join(dataDir, 'sources');
    for (const f of existsSync(sourcesDir) ? readdirSync(sourcesDir).sort() : []) {
      const id = f.replace(/\.json$/, '');
      if (!f.endsWith('.json') || !ID.test(id)) continue;
      const opened = openSource(dataDir, id);
      const r = opened?.record ?? {};
      sources.push({ id, publisher: String(r.publisher ?? ''), headline: String(r.headline ?? ''), published: String(r.published ?? '') });
    }
    const events: EventSummary[] = [];
    for (const file of disk.eventsFiles()) {
      let l: unknown;
      try {
        l = JSON.parse(disk.read(file) ?? '[]');
      } catch {
        continue;
      }
      if (!Array.isArray(l)) continue;
      for (const e of l) {
        if (!isRec(e) || typeof e.id !== 'string') continue;
        events.push({ id: e.id, country: String(e.country ?? ''), date: String(e.date ?? ''), status: typeof e.status === 'string' ? e.status : null, summary: String(e.summary ?? '') });
      }
    }
    let checked: string | null = null;
    try {
      const meta = JSON.parse(disk.read(META_FILE) ?? 'null') as unknown;
      if (isRec(meta) && typeof meta.checked === 'string') checked = meta.checked;
    } catch {
      checked = null;
    }
    return {
      today: today(),
      checked,
      dataLabel: dataLabel(dataDir),
      sources,
      events,
      langs: langs(),
      versions: allVersions(dataDir),
      statusRules: statusRules(readFileSync(join(o.root, 'docs', 'METHODOLOGY.md'), 'utf8'), en.status.labels),
    };
  };

  /** Answers one API call (its guards passed). */
  const answer = async (name: string, body: unknown): Promise<[number, unknown]> => {
    const b = isRec(body) ? body : {};
    switch (name) {
      case 'list':
        return [200, list()];
      case 'source': {
        const id = parseId(b.id);
        const opened = id === null ? null : openSource(dataDir, id);
        return opened ? [200, opened] : [404, { error: `no source "${String(b.id)}"` }];
      }
      case 'event': {
        const id = parseId(b.id);
        const opened = id === null || !ID.test(id) ? null : openEvent(dataDir, id, langs());
        return opened ? [200, opened] : [404, { error: `no event "${String(b.id)}"` }];
      }
      case 'check':
      case 'preview': {
        const draft = parseDraft(b.draft);
        if (typeof draft === 'string') throw new HttpError(400, draft);
        const { plan, errors } = check(dataDir, draft, today());
        const changes = [...plan.files.keys()];
        if (name === 'check') return [200, { errors, changes }];
        // Only a valid draft is shown; otherwise the map shows data/ as it is.
        const shown = errors.length === 0 && data?.setOverlay(plan.files).ok === true;
        if (!shown) data?.setOverlay(null);
        return [200, { errors, changes, shown }];
      }
      case 'discard':
        data?.setOverlay(null);
        return [200, {}];
      case 'save': {
        const draft = parseDraft(b.draft);
        if (typeof draft === 'string') throw new HttpError(400, draft);
        const versions = parseVersions(b.versions);
        if (typeof versions === 'string') throw new HttpError(400, versions);
        const result = save(dataDir, draft, versions, today());
        if (result.ok) data?.setOverlay(null);
        return [result.ok ? 200 : result.conflicts.length > 0 ? 409 : 422, result];
      }
      default:
        return [404, { error: `no API call "${name}"` }];
    }
  };

  return {
    name: 'tcdm-editor',
    apply: 'serve',
    // First, so its guard runs before any other plugin's middleware answers (the data set too).
    enforce: 'pre',
    configResolved(config) {
      data = (config.plugins.find((p) => p.name === 'tcdm-data')?.api as DataApi | undefined) ?? null;
      if (!data) throw new Error('the editor needs the data plugin (scripts/vite/dataPlugin.ts) on the same server');
    },
    configureServer(server: ViteDevServer) {
      const port = (): number => (server.httpServer?.address() as AddressInfo | null)?.port ?? -1;
      server.middlewares.use((req, res, next) => {
        const host = hostProblem(req.headers.host, port());
        if (host) {
          res.statusCode = 403;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(`Refused: ${host}.\n`);
          return;
        }
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (path === EDITOR_PATH.slice(0, -1)) {
          res.statusCode = 302;
          res.setHeader('Location', EDITOR_PATH);
          res.end();
          return;
        }
        if (path === EDITOR_PATH || path === `${EDITOR_PATH}editor.css`) {
          if (req.method !== 'GET' && req.method !== 'HEAD') {
            res.statusCode = 405;
            res.end();
            return;
          }
          const css = path.endsWith('.css');
          const text = readFileSync(join(o.root, 'editor', css ? 'editor.css' : 'index.html'), 'utf8');
          for (const [k, v] of Object.entries(PAGE_HEADERS)) res.setHeader(k, v);
          res.setHeader('Content-Type', css ? 'text/css; charset=utf-8' : 'text/html; charset=utf-8');
          res.end(css ? text : text.replace('%EDITOR_TOKEN%', token));
          return;
        }
        if (!path.startsWith(API)) return next();
        const problem = apiProblem(req, port(), token);
        if (problem) {
          send(res, 403, { error: `Refused: ${problem}.` });
          return;
        }
        readBody(req)
          .then((body) => answer(path.slice(API.length), body))
          .then(([status, body]) => send(res, status, body))
          .catch((e: unknown) => {
            if (e instanceof HttpError) send(res, e.status, { error: e.message });
            else if (e instanceof PathError) send(res, 400, { error: e.message });
            else {
              server.config.logger.error(`editor: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`, { timestamp: true });
              send(res, 500, { error: e instanceof Error ? e.message : String(e) });
            }
          });
      });
    },
  };
}
