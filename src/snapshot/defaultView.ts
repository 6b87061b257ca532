/**
 * The view the static first paint shows (docs/ARCHITECTURE.md, "First paint"): the page at its bare
 * address, in English, in the light theme. One definition for both ends: src/snapshot/render.tsx
 * renders this view into index.html, and the early probe (scripts/vite/probePlugin.ts) is generated
 * from it to keep the first paint up only where the page will show this view.
 *
 * Pure data; imported by the build (Node) only.
 */
export interface FirstPaintView {
  /** The URL's query string: '' (or a bare '?'), no parameters. */
  readonly query: '';
  /** The language the page is rendered in (the reader's first shipped language must be it). */
  readonly lang: string;
  /** The system theme it is rendered for. */
  readonly theme: 'light' | 'dark';
}

export const FIRST_PAINT_VIEW: FirstPaintView = { query: '', lang: 'en', theme: 'light' };
