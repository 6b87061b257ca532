/**
 * The HTTP headers the site wants from whatever serves dist/ (README, "Hosting"). `vite preview`
 * (and so every browser test) sends them through previewHeadersPlugin; a static host is configured
 * to send the same.
 */
import type { Plugin } from 'vite';

/** A built file whose name carries a content hash (Vite's `name-<hash>.ext` under assets/). */
const HASHED = /(?:^|\/)assets\/[^/]+-[\w-]{8,}\.[a-z0-9]+$/i;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, geo/): always ask the server whether it changed (ETag). */
export const REVALIDATE = 'no-cache';

/** The headers for one path of the built site (no query string). */
export function headersFor(path: string): Record<string, string> {
  return { 'Cache-Control': HASHED.test(path) ? IMMUTABLE : REVALIDATE };
}

/** Makes `vite preview` send headersFor's headers (they win over the static server's own). */
export function previewHeadersPlugin(): Plugin {
  return {
    name: 'tcdm-preview-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const headers = headersFor((req.url ?? '/').split('?')[0] ?? '/');
        const writeHead = res.writeHead.bind(res) as (...a: unknown[]) => typeof res;
        // The static server passes its own headers to writeHead, where they would win over setHeader.
        res.writeHead = ((status: number, ...rest: unknown[]) => {
          for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
          const own = rest.find((a): a is Record<string, unknown> => typeof a === 'object' && a !== null && !Array.isArray(a));
          if (own) for (const k of Object.keys(own)) if (Object.keys(headers).some((h) => h.toLowerCase() === k.toLowerCase())) delete own[k];
          return writeHead(status, ...rest);
        }) as typeof res.writeHead;
        next();
      });
    },
  };
}
