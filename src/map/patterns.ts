/**
 * The status patterns (src/color/palette.ts STATUS_PATTERNS) as each renderer draws them: a tile of
 * stripes on a transparent ground for MapLibre (laid over the country's fill, so the hover shade
 * shows through), and the stripes of an SVG <pattern> tile. Both put the stripes where
 * palette's patternPixels does: along x + y ≡ 0 (and x − y ≡ 0 for a cross) modulo the tile size.
 */
import type { StatusPattern } from '../color/palette.ts';
import { STATUS_PATTERNS } from '../color/palette.ts';
import type { CompiledEvent, Status } from '../data/types.ts';

/**
 * The stripes alone as RGBA pixels (straight alpha), `size × ratio` pixels square, seamless when
 * repeated: over a fill they give exactly patternPixels(pattern, fill, ratio).
 */
export function stripePixels(pattern: StatusPattern, ratio = 1): { width: number; height: number; data: Uint8Array } {
  const n = Math.max(2, Math.round(pattern.size * ratio));
  const data = new Uint8Array(n * n * 4);
  const [r, g, b, a] = cssRgba(pattern.colour);
  const half = (pattern.width * ratio) / 2;
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const t1 = (x + y + 1) % n;
      const t2 = (((x - y) % n) + n) % n;
      const d1 = Math.min(t1, n - t1) / Math.SQRT2;
      const d2 = Math.min(t2, n - t2) / Math.SQRT2;
      const dist = pattern.kind === 'cross' ? Math.min(d1, d2) : d1;
      if (dist > half) continue;
      const i = (y * n + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = Math.round(a * 255);
    }
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

function cssRgba(css: string): [number, number, number, number] {
  const m = /^rgba?\(([^)]+)\)$/.exec(css);
  if (m) {
    const [r = 0, g = 0, b = 0, a = 1] = (m[1] as string).split(',').map(Number);
    return [r, g, b, a];
  }
  const v = parseInt(css.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255, 1];
}
