/** The embed code an embedder pastes (src/embed/EmbedDialog.tsx shows it), as a pure function. */

export interface SnippetOptions {
  /** The app's address with the embed's query (`…/?embed=1&…`). */
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
