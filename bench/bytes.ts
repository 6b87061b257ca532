/**
 * Bytes, raw and `gzip -9`, by kind: every file of the app's build (source maps excluded), and what
 * each page fetched on a cold load (from its server's log).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Sent } from './server.ts';

export interface Bytes {
  raw: number;
  gzip: number;
}
export type Category = 'js' | 'maplibre' | 'css' | 'geometry' | 'data' | 'html' | 'other';
export const CATEGORIES: readonly Category[] = ['js', 'maplibre', 'css', 'geometry', 'data', 'html', 'other'];
export type Totals = Record<Category, Bytes>;

/** What a file is, from its name. Pure. */
export function category(path: string): Category {
  const base = path.split('/').pop() ?? '';
  if (/\.(m?js)$/.test(base)) return /^maplibre/.test(base) ? 'maplibre' : 'js';
  if (base.endsWith('.css')) return 'css';
  // The basemaps: TopoJSON (MapLibre, downloads) and the SVG map's world projected at build time.
  if (base.endsWith('.topo.json') || /^world-.+\.json$/.test(base)) return 'geometry';
  if (base.endsWith('.json')) return 'data';
  if (base.endsWith('.html')) return 'html';
  return 'other';
}

const gzCache = new Map<string, Bytes>();
/** A file's size, raw and gzip -9 (each file compressed once per run). */
export function bytesOf(file: string): Bytes {
  let b = gzCache.get(file);
  if (!b) {
    const body = readFileSync(file);
    b = { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    gzCache.set(file, b);
  }
  return b;
}

function emptyTotals(): Totals {
  return Object.fromEntries(CATEGORIES.map((c) => [c, { raw: 0, gzip: 0 }])) as Totals;
}

function addTo(t: Totals, path: string, b: Bytes): void {
  const c = t[category(path)];
  c.raw += b.raw;
  c.gzip += b.gzip;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Bytes of what a page fetched on a cold load (from the server's log), by category. */
export function loadedBytes(root: string, sent: readonly Sent[]): { totals: Totals; files: string[] } {
  const totals = emptyTotals();
  const files = [...new Set(sent.map((s) => s.path))];
  for (const p of files) addTo(totals, p, bytesOf(join(root, p)));
  return { totals, files };
}

/**
 * The app's build in `dir` (source maps excluded), by category, and its JS chunks that the app did
 * not fetch on start (`fetched`: the paths its cold load asked for).
 */
export function builtBytes(dir: string, fetched: readonly string[]): { built: Totals; lazy: Bytes; lazyChunks: string[] } {
  const files = walk(dir).filter((f) => !f.endsWith('.map'));
  const built = emptyTotals();
  for (const f of files) addTo(built, f, bytesOf(f));
  const jsOnStart = new Set(fetched.filter((p) => category(p) === 'js').map((p) => p.replace(/^\//, '')));
  const lazyJs = files.filter((f) => category(f) === 'js' && !jsOnStart.has(relative(dir, f).split(sep).join('/')));
  const lazy = { raw: 0, gzip: 0 };
  for (const f of lazyJs) {
    lazy.raw += bytesOf(f).raw;
    lazy.gzip += bytesOf(f).gzip;
  }
  return { built, lazy, lazyChunks: lazyJs.map((f) => relative(dir, f)) };
}
