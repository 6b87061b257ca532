/**
 * How a bench run is set up: where it builds and writes, the environment's knobs (see README.md),
 * the browser's flags and viewport, the four pages it compares, and its log.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUIET, SWIFTSHADER } from '../scripts/chromium.ts';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '..');
export const APP_OUT = join(HERE, '.build', 'app');
export const SHOTS = join(HERE, '.build', 'shots');
export const RESULTS = join(HERE, 'results');
export const README = join(HERE, 'README.md');

export const LOADS = Number(process.env.BENCH_LOADS ?? 11);
export const STEPS = Number(process.env.BENCH_STEPS ?? 300);
export const BLOCK = Number(process.env.BENCH_BLOCK ?? 10);
export const SKIP_BUILD = process.env.BENCH_SKIP_BUILD === '1';
export const STEP_TIMEOUT_MS = 5000;
export const LOAD_TIMEOUT_MS = 60_000;

/**
 * Page raster on the CPU, as Chromium does by default on a machine without a usable GPU. With the
 * e2e flags alone, Chromium rasters the page's layers on the GPU, i.e. through SwiftShader, where
 * an SVG world map takes seconds per recolour (see README.md): a setup no reader has.
 * BENCH_GPU_RASTER=1 keeps GPU raster (the e2e tests' exact setup).
 */
const GPU_RASTER = process.env.BENCH_GPU_RASTER === '1';
/** The e2e tests' flags (scripts/chromium.ts): quiet offline, WebGL from SwiftShader; raster as above. */
export const ARGS: string[] = [...QUIET, ...SWIFTSHADER, ...(GPU_RASTER ? [] : ['--disable-gpu-rasterization'])];
export const VIEWPORT = { width: 1280, height: 720 };
/** Every browser context the bench opens. */
/**
 * Every page opens in a fresh context like this. Service workers are blocked: the app's registers
 * after load and then fetches the whole site for offline use, work the peer and the floor do not
 * have and that would land in the scrub's steps; what it costs a first visit is in Lighthouse's
 * figures (it runs the page as shipped).
 */
export const CONTEXT = { viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-GB', timezoneId: 'UTC', colorScheme: 'light' as const, serviceWorkers: 'block' as const };

/**
 * The pages: the app as a reader here gets it (it picks its renderer: SVG where WebGL runs in
 * software), the app with its WebGL renderer forced (the developer override: the path readers with
 * a GPU get, compared with the floor like for like), the floor and the peer.
 */
export type Name = 'app' | 'appWebgl' | 'floor' | 'peer';
export const NAMES: readonly Name[] = ['app', 'appWebgl', 'floor', 'peer'];
export const LABEL: Record<Name, string> = { app: 'app', appWebgl: 'app, WebGL forced', floor: 'floor (bare MapLibre)', peer: 'peer (d3-geo SVG)' };
export type Mode = 'webgl' | 'svg';
export type PerPage<T> = Record<Name, T>;

/** The two pages that are the app (as it chooses to draw, and with WebGL forced). */
export const isApp = (n: Name): boolean => n === 'app' || n === 'appWebgl';
/** One value per page, in NAMES' order. */
export const byName = <T,>(f: (n: Name) => T): PerPage<T> => Object.fromEntries(NAMES.map((n) => [n, f(n)])) as PerPage<T>;

/** When the run started: the log's clock and the run's duration. */
export const STARTED = Date.now();
export const log = (...a: unknown[]) => console.log(`[bench ${((Date.now() - STARTED) / 1000).toFixed(0).padStart(4)} s]`, ...a);
