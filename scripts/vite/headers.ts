/**
 * The HTTP headers the site wants from whatever serves dist/ (docs/HOSTING.md, "What a host must send"), and the
 * one content type a host's defaults get wrong (the feed's). `vite preview`
 * (and so every browser test) sends them through previewHeadersPlugin; a static host is configured
 * to send the same.
 */
import type { Plugin } from 'vite';

/** A built file whose name carries a content hash (Vite's `name-<hash>.ext` under assets/). */
const HASHED = /(?:^|\/)assets\/[^/]+-[\w-]{8,}\.[a-z0-9]+$/i;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, geo/): always ask the server whether it changed (ETag). */
export const REVALIDATE = 'no-cache';

/**
 * The Content-Security-Policy the site runs under: nothing but its own origin, no inline script or
 * style, no eval. Images from data: and blob: URLs (the downloads, the favicon), workers from the
 * site (MapLibre's). Any page may frame it (it is made to be embedded); it frames only itself (the
 * embed code's preview).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "frame-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  'frame-ancestors *',
].join('; ');

/** Every response's security headers (docs/HOSTING.md, "What a host must send"). */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The one file whose type a host's table of extensions gets wrong: the Atom feed (scripts/vite/feed.ts),
 * which ends in `.xml` like the sitemap but is `application/atom+xml`.
 */
const FEED = /(?:^|\/)feed\.xml$/;
export const FEED_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/** The headers for one path of the built site (no query string). */
export function headersFor(path: string): Record<string, string> {
  return {
    'Cache-Control': HASHED.test(path) ? IMMUTABLE : REVALIDATE,
    ...(FEED.test(path) ? { 'Content-Type': FEED_CONTENT_TYPE } : {}),
    ...SECURITY_HEADERS,
  };
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
