/**
 * The shape of bench/results/latest.json (see README.md for what each part holds).
 */
import type { Bytes, Category } from './bytes.ts';
import type { Mode, PerPage, VIEWPORT } from './config.ts';
import type { LoadResult } from './instrument.ts';
import type { Machine } from './machine.ts';
import type { LighthouseSummary } from '../scripts/lighthouse.ts';
import type { Dist, ScaleResult } from './scale/scale.tsx';

export type Num = number | null;

/** bench/results/latest.json. */
export interface Result {
  date: string;
  runSeconds: number;
  machine: Machine;
  config: { loads: number; steps: number; block: number; viewport: typeof VIEWPORT; mapBox: { w: number; h: number }; loadDate: string; scrubDays: number; renderer: PerPage<string>; basemap: Record<Mode, string>; args: string[]; app: string };
  /** Medians (ms) per page, then the rest (resources: each fetch's median start and end). */
  load: PerPage<Num> & {
    p95: PerPage<Num>;
    glContextAt: PerPage<Num>;
    firstDrawAt: PerPage<Num>;
    readyAt: PerPage<Num>;
    rafAt: PerPage<Num>;
    gpuAt: PerPage<Num>;
    netDone: PerPage<Num>;
    longTaskMs: PerPage<Num>;
    /** First contentful paint, median (ms). */
    fcp: PerPage<Num>;
    /** Cold loads whose first contentful paint showed the coloured map (the static first paint's, or the live map's once ready). */
    colouredFirstPaint: PerPage<number>;
    /** When the coloured map was first on screen, median (ms): that first paint where it showed the map, else the cold load (the live map painted). */
    colouredAt: PerPage<Num>;
    runs: PerPage<Num[]>;
    resources: PerPage<LoadResult['resources']>;
  };
  scrub: PerPage<Num> & {
    p95: PerPage<Num>;
    rafMs: PerPage<Num>;
    gpuMs: PerPage<Num>;
    mainMs: PerPage<Num>;
    mainP95: PerPage<Num>;
    frames: PerPage<number>;
    draws: PerPage<number>;
    n: PerPage<number>;
    timeouts: PerPage<number>;
    wrongValue: PerPage<number>;
  };
  memory: PerPage<{ heapAfterLoadMB: Num; heapAfterScrubMB: Num; growthMB: Num; domNodesAfterLoad: number; domNodesAfterScrub: number; listenersAfterLoad: number; listenersAfterScrub: number }>;
  bytes: {
    app: { built: Record<Category, Bytes>; appJsLoadedOnStart: Bytes; appJsLazy: Bytes; lazyChunks: string[] };
    onLoad: PerPage<Record<Category, Bytes> & { files: string[] }>;
  };
  scale100x: ScaleResult & { nodeAllAt: Dist };
  ratios: Record<string, Num>;
  /** Lighthouse's mobile audit of the app's build (scripts/lighthouse.ts), or null when skipped or failed. */
  lighthouse: LighthouseSummary | null;
  targets: { target: string; value: string; met: boolean }[];
}
