/** The embed code an embedder pastes (src/embed/EmbedDialog.tsx shows it), as a pure function. */

/**
 * The page an embed loads, beside index.html: the same app without the static first paint, which
 * an embed never shows (scripts/vite/sitePlugin.ts makes it). A link to index.html with
 * `embed=1` works as well, with ~50 KB more to download.
 */
export const EMBED_PAGE = 'embed.html';

/**
 * The embed's address for a page at `origin` + `pathname` and a query: the embed page in the same
 * folder in a build (`dev`: the dev server has no embed page, so the page itself).
 */
export function embedSrc(origin: string, pathname: string, query: string, dev = false): string {
  const folder = pathname.slice(0, pathname.lastIndexOf('/') + 1) || '/';
  return `${origin}${dev ? pathname : `${folder}${EMBED_PAGE}`}?${query}`;
}

/** The full page for an embed at `pathname`: the folder, for the embed page (its index.html, with the first paint); else the same page. */
export function fullPage(pathname: string): string {
  return pathname.endsWith(`/${EMBED_PAGE}`) ? pathname.slice(0, -EMBED_PAGE.length) : pathname;
}

export interface SnippetOptions {
  /** The embed's address with its query (`…/embed.html?…&embed=1`, embedSrc). */
  src: string;
  /** The host script's address (`…/embed.js`). */
  script: string;
  /** The iframe's height before the script sizes it, in CSS pixels. */
  height: number;
  /** The iframe's accessible name. */
  title: string;
}

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An iframe that works on its own at `height` (and on any host: sandboxed to scripts, its own
 * origin and the new tabs its links open), and the script that sizes it to its content.
 */
export function embedSnippet(o: SnippetOptions): string {
  const height = Math.max(200, Math.min(4000, Math.round(o.height)));
  return (
    `<iframe data-tcdm src="${attr(o.src)}" title="${attr(o.title)}" width="100%" height="${height}" ` +
    `style="border:0;width:100%;max-width:100%" loading="lazy" allow="fullscreen" ` +
    `sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>\n` +
    `<script src="${attr(o.script)}" async></script>`
  );
}
