/**
 * Every colour of the app, for both themes: the page's (PAGE_COLOURS, served to the CSS as custom
 * properties generated at build time by scripts/vite/palettePlugin.ts, and read by the map download's
 * frame) and the map's (MAP_COLOURS, status colours and patterns, read by every renderer, the
 * download and the legend swatches). No colour of the page or the map is written anywhere else.
 *
 * Status colours: a record over the status vocabulary (MapColours.statuses); the three steps of a
 * US arrangement (approached → agreement → receiving) run light to dark in one warm hue so they
 * read as a sequence, and refused and ended sit apart (blue, and a neutral).
 * Colour is never the only cue: refused is hatched and ended cross-hatched on every renderer and
 * in every legend swatch, so the two dark statuses still part in greyscale.
 */
import type { Status } from '../data/types.ts';

export type ResolvedTheme = 'light' | 'dark';

/** Everything a renderer (MapLibre, SVG, the PNG export) needs to colour the map in one theme. */
export interface MapColours {
  ocean: string;
  /** Land with no status. */
  noStatus: string;
  /**
   * Compare mode (src/compare/changes.ts): a country whose status did not change between the two
   * dates, shown but quiet (a grey a step off the land with no status, no pattern).
   */
  quiet: string;
  border: string;
  coast: string;
  /** The selected country's outline, and the casing drawn under it. */
  selection: string;
  selectionCasing: string;
  /** The ring around a small country's dot. */
  markerStroke: string;
  statuses: Record<Status, string>;
}

export const STATUS_COLOURS: Record<Status, string> = {
  approached: '#fdc38d',
  agreement: '#f0803c',
  receiving: '#b0241b',
  refused: '#3b78b5',
  ended: '#6b6358',
};

export const NO_STATUS_COLOUR = '#e6e4df';

export const MAP_COLOURS: Record<ResolvedTheme, MapColours> = {
  light: {
    ocean: '#f3f6f9',
    noStatus: NO_STATUS_COLOUR,
    quiet: '#c9c6bf',
    border: '#ffffff',
    coast: '#a9b4bf',
    selection: '#111111',
    selectionCasing: '#ffffff',
    markerStroke: '#ffffff',
    statuses: STATUS_COLOURS,
  },
  // On a dark page the warm sequence keeps its hues; the two darkest statuses are lifted so they
  // stand off dark land, and the neutral land is dark so the coloured countries carry the eye.
  dark: {
    ocean: '#14181d',
    noStatus: '#3a3f46',
    quiet: '#565c64',
    border: '#14181d',
    coast: '#5b6570',
    selection: '#ffffff',
    selectionCasing: '#000000',
    markerStroke: '#14181d',
    statuses: {
      approached: '#fdc38d',
      agreement: '#f0803c',
      receiving: '#e2483a',
      refused: '#5d9ad6',
      ended: '#a69c8f',
    },
  },
};

/**
 * The page's colours by role, per theme: each is the CSS custom property of the same name
 * (`pageVar`: ink2 → --ink-2, noteBg → --note-bg) on `:root` and `:root[data-theme='dark']`,
 * written as CSS accepts it. The page's ocean (behind the map while it loads) is the map's.
 */
export interface PageColours {
  ink: string;
  ink2: string;
  ink3: string;
  rule: string;
  paper: string;
  paper2: string;
  accent: string;
  focus: string;
  ocean: string;
  noteBg: string;
  noteRule: string;
  /** Panels over the map (legend, controls): paper, nearly opaque. */
  glass: string;
  track: string;
  tickYear: string;
  rowSelected: string;
  /** The highlight of a search match. */
  mark: string;
  shadow: string;
}

export const PAGE_COLOURS: Record<ResolvedTheme, PageColours> = {
  light: {
    ink: '#1d1f21',
    ink2: '#4a4f55',
    ink3: '#6b7178',
    rule: '#dde1e5',
    paper: '#ffffff',
    paper2: '#f6f7f8',
    accent: '#0b5cad',
    focus: '#0b5cad',
    ocean: MAP_COLOURS.light.ocean,
    noteBg: '#fff6d6',
    noteRule: '#e5cf7a',
    glass: 'rgb(255 255 255 / 0.94)',
    track: '#c9ced3',
    tickYear: '#aab0b6',
    rowSelected: '#eef4fb',
    mark: '#ffe28a',
    shadow: 'rgb(0 0 0 / 0.15)',
  },
  // The same roles, AA contrast on dark paper.
  dark: {
    ink: '#e8eaed',
    ink2: '#c0c6cd',
    ink3: '#a2aab3',
    rule: '#3a424b',
    paper: '#16191d',
    paper2: '#22272d',
    accent: '#8cc0f5',
    focus: '#9ccaff',
    ocean: MAP_COLOURS.dark.ocean,
    noteBg: '#3a3217',
    noteRule: '#8a7431',
    glass: 'rgb(22 25 29 / 0.94)',
    track: '#59626c',
    tickYear: '#6d7680',
    rowSelected: '#1f3147',
    mark: '#6b5512',
    shadow: 'rgb(0 0 0 / 0.5)',
  },
};

/** The CSS custom property of a page colour: a hyphen before each capital or digit (ink2 → --ink-2). */
export const pageVar = (role: keyof PageColours): string => `--${role.replace(/[A-Z0-9]/g, (ch) => `-${ch.toLowerCase()}`)}`;

/** A stripe pattern drawn over a status colour, so the status survives greyscale. */
export interface StatusPattern {
  /** hatch: one set of diagonal stripes; cross: two. */
  kind: 'hatch' | 'cross';
  /** Stripe colour (drawn over the fill). */
  colour: string;
  /** Tile size in CSS pixels (the stripe repeats every `size` along each axis). */
  size: number;
  /** Stripe width in CSS pixels. */
  width: number;
}

export const STATUS_PATTERNS: Partial<Record<Status, StatusPattern>> = {
  refused: { kind: 'hatch', colour: 'rgba(255,255,255,0.55)', size: 6, width: 1.5 },
  ended: { kind: 'cross', colour: 'rgba(255,255,255,0.5)', size: 6, width: 1.2 },
};

/** The fill of a status (or of no status) in a theme; anything that is not a status gets the neutral. */
export function statusColour(status: Status | null, theme: ResolvedTheme = 'light'): string {
  const c = MAP_COLOURS[theme];
  return status !== null && Object.hasOwn(c.statuses, status) ? c.statuses[status] : c.noStatus;
}

/**
 * The pattern as a CSS background layer (legend swatches, chips): stripes over the colour.
 * Returns just the colour for a status without a pattern.
 */
export function swatchBackground(status: Status | null, theme: ResolvedTheme = 'light'): string {
  const colour = statusColour(status, theme);
  const p = status ? STATUS_PATTERNS[status] : undefined;
  if (!p) return colour;
  const stripe = (angle: number) =>
    `repeating-linear-gradient(${angle}deg, ${p.colour} 0 ${p.width}px, transparent ${p.width}px ${p.size / Math.SQRT2}px)`;
  const layers = p.kind === 'cross' ? [stripe(45), stripe(-45)] : [stripe(45)];
  return `${layers.join(', ')}, ${colour}`;
}

/**
 * Where a pattern's stripes fall in a tile `size × ratio` pixels square, seamless when repeated:
 * 1 for a stripe pixel. Stripes run along x + y ≡ 0 (and x − y ≡ 0 for a cross) modulo the size.
 */
export function stripeMask(pattern: StatusPattern, ratio = 1): { n: number; on: Uint8Array } {
  const n = Math.max(2, Math.round(pattern.size * ratio));
  const on = new Uint8Array(n * n);
  const half = (pattern.width * ratio) / 2;
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      // Distance from the pixel's centre to the nearest stripe on each diagonal.
      const t1 = (x + y + 1) % n;
      const t2 = (((x - y) % n) + n) % n;
      const d1 = Math.min(t1, n - t1) / Math.SQRT2;
      const d2 = Math.min(t2, n - t2) / Math.SQRT2;
      if ((pattern.kind === 'cross' ? Math.min(d1, d2) : d1) <= half) on[y * n + x] = 1;
    }
  }
  return { n, on };
}

/**
 * A pattern tile as RGBA pixels (for a canvas pattern): the stripes of `pattern` over `fill`,
 * `size × ratio` pixels square, seamless when repeated.
 */
export function patternPixels(pattern: StatusPattern, fill: string, ratio = 1): { width: number; height: number; data: Uint8Array } {
  const { n, on } = stripeMask(pattern, ratio);
  const data = new Uint8Array(n * n * 4);
  const [fr, fg, fb] = hexRgb(fill);
  const [sr, sg, sb, sa] = cssRgba(pattern.colour);
  for (let i = 0; i < n * n; i++) {
    const a = sa * (on[i] as number);
    data[i * 4] = Math.round(fr * (1 - a) + sr * a);
    data[i * 4 + 1] = Math.round(fg * (1 - a) + sg * a);
    data[i * 4 + 2] = Math.round(fb * (1 - a) + sb * a);
    data[i * 4 + 3] = 255;
  }
  return { width: n, height: n, data };
}

function hexRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** An rgb()/rgba() (comma- or space-separated, `/ alpha`) or #rrggbb colour as [r, g, b, alpha 0–1]. */
export function cssRgba(css: string): [number, number, number, number] {
  const m = /^rgba?\(([^)]+)\)$/.exec(css);
  if (!m) {
    const [r, g, b] = hexRgb(css);
    return [r, g, b, 1];
  }
  const [r = 0, g = 0, b = 0, a = 1] = (m[1] as string).trim().split(/\s*[\s,/]\s*/).map(Number);
  return [r, g, b, a];
}

/**
 * A colour in the oldest syntax, which every SVG reader and a canvas take: #rrggbb as it is, any
 * rgb() as `rgba(r,g,b,a)` (or `rgb(r,g,b)` when opaque). For files that leave the browser.
 */
export function portableColour(css: string): string {
  if (css.startsWith('#')) return css;
  const [r, g, b, a] = cssRgba(css);
  return a === 1 ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${a})`;
}

/** Mixes a #rrggbb colour towards black by `amount` (0–1): the hover shade of a status. */
export function darken(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const ch = (shift: number) => Math.round(((n >> shift) & 255) * (1 - amount)).toString(16).padStart(2, '0');
  return `#${ch(16)}${ch(8)}${ch(0)}`;
}

/** Mixes a #rrggbb colour towards white by `amount` (0–1): the hover shade on a dark map. */
function lighten(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const ch = (shift: number) => {
    const v = (n >> shift) & 255;
    return Math.round(v + (255 - v) * amount).toString(16).padStart(2, '0');
  };
  return `#${ch(16)}${ch(8)}${ch(0)}`;
}

/** The hover shade of a fill in a theme. */
export function hoverShade(hex: string, theme: ResolvedTheme): string {
  return theme === 'dark' ? lighten(hex, 0.22) : darken(hex, 0.18);
}
