/**
 * The status patterns (src/color/palette.ts STATUS_PATTERNS) as each renderer draws them: a tile of
 * stripes on a transparent ground for MapLibre (laid over the country's fill, so the hover shade
 * shows through), and the stripes of an SVG <pattern> tile. Both put the stripes where
 * palette's patternPixels does: along x + y ≡ 0 (and x − y ≡ 0 for a cross) modulo the tile size.
 */
import type { StatusPattern } from '../color/palette.ts';
import { cssRgba, STATUS_PATTERNS, stripeMask } from '../color/palette.ts';
import type { CompiledEvent, Status } from '../data/types.ts';

/**
 * The stripes alone as RGBA pixels (straight alpha), `size × ratio` pixels square, seamless when
 * repeated: over a fill they give exactly patternPixels(pattern, fill, ratio).
 */
export function stripePixels(pattern: StatusPattern, ratio = 1): { width: number; height: number; data: Uint8Array } {
  const { n, on } = stripeMask(pattern, ratio);
  const data = new Uint8Array(n * n * 4);
  const [r, g, b, a] = cssRgba(pattern.colour);
  for (let i = 0; i < n * n; i++) {
    if (!on[i]) continue;
    data.set([r, g, b, Math.round(a * 255)], i * 4);
  }
  return { width: n, height: n, data };
}

/**
 * The stripes of an SVG pattern tile `size` units square, as one path `d`: the diagonal through
 * the tile and the stubs through its corners, so that neighbouring tiles join into unbroken lines.
 */
export function svgStripePath(pattern: StatusPattern): string {
  const n = pattern.size;
  const w = pattern.width; // stubs long enough to cover the stroke's square ends
  const seg = (x0: number, y0: number, x1: number, y1: number) => `M${x0},${y0}L${x1},${y1}`;
  // x + y ≡ 0: "/" stripes through (0, n)–(n, 0) and the corners (0, 0) and (n, n).
  let d = seg(-w, n + w, n + w, -w) + seg(-w, w, w, -w) + seg(n - w, n + w, n + w, n - w);
  if (pattern.kind === 'cross') {
    // x − y ≡ 0: "\" stripes through (0, 0)–(n, n) and the corners (n, 0) and (0, n).
    d += seg(-w, -w, n + w, n + w) + seg(n - w, -w, n + w, w) + seg(-w, n - w, w, n + w);
  }
  return d;
}

/**
 * For each patterned status, the countries that ever have it (events are the data set's), so a
 * renderer can limit its pattern layer to them.
 */
export function patternedCountries(events: readonly Pick<CompiledEvent, 'country' | 'status'>[]): Map<Status, string[]> {
  const sets = new Map<Status, Set<string>>();
  for (const e of events) {
    if (!e.status || !STATUS_PATTERNS[e.status]) continue;
    let s = sets.get(e.status);
    if (!s) sets.set(e.status, (s = new Set()));
    s.add(e.country);
  }
  return new Map([...sets].map(([status, s]) => [status, [...s].sort()]));
}
