/**
 * The rounds, every one alternating the four pages (the order rotating each round) so that drift on
 * this shared machine falls on all of them alike: the warm-up, the cold loads and the scrub steps.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { bytesOf } from './bytes.ts';
import { APP_OUT, BLOCK, byName, isApp, LOADS, log, NAMES, SHOTS, STEP_TIMEOUT_MS, type Mode, type Name, type PerPage } from './config.ts';
import type { LoadResult, StepResult } from './instrument.ts';
import { glRenderer, heap, mapBox, settle, stepThrough, type Heap } from './probes.ts';
import type { Sent } from './server.ts';
import { median } from './stats.ts';
import { open, refUrl, type Opened, type Target } from './targets.ts';

/** xs starting from its k-th element (mod its length), wrapping around. */
function rotate<T>(xs: readonly T[], k: number): T[] {
  const i = k % xs.length;
  return [...xs.slice(i), ...xs.slice(0, i)];
}

export interface WarmUp {
  /** The app's map box (CSS px), which the reference pages draw into. */
  box: { w: number; h: number };
  /** The renderer each page drew with. */
  renderer: PerPage<string>;
  /** The basemap file the app draws with each renderer. */
  geo: Record<Mode, string>;
  /** The WebGL renderer's name, from the first app page. */
  gl: string;
}

/**
 * One discarded load each (the GPU process compiles its shaders once per browser), which learns
 * the app's map box size (the reference pages draw into a box of the same size), which basemap the
 * app draws with each renderer (the floor draws the WebGL one, the peer the SVG one) and takes a
 * screenshot of each page (bench/.build/shots). Sets the floor's and the peer's URLs.
 */
export async function warmUp(browser: Browser, targets: PerPage<Target>, loadDate: string, days: readonly number[]): Promise<WarmUp> {
  mkdirSync(SHOTS, { recursive: true });
  log(`warm-up; load date ${loadDate}; ${days.length} scrub steps over ${new Set(days).size} days`);
  let box = { w: 0, h: 0 };
  let gl = '';
  const geo: Record<Mode, string> = { webgl: 'countries-50m.topo.json', svg: 'countries-50m.topo.json' };
  const renderer = {} as PerPage<string>;
  const geoSeen = {} as Record<Mode, string>;
  for (const name of NAMES) {
    if (!isApp(name)) {
      const g = geoSeen[name === 'floor' ? 'webgl' : 'svg'] ?? geoSeen.webgl ?? geoSeen.svg ?? geo.webgl;
      targets[name].url = refUrl(targets[name], loadDate, box, g);
    }
    const o = await open(browser, targets[name]);
    renderer[name] = o.load.renderer;
    if (isApp(name)) {
      const basemap = basemapDrawn(o);
      if (basemap) geoSeen[o.load.renderer as Mode] ??= basemap;
      box = await mapBox(o.page);
      gl ||= await glRenderer(o.page);
    }
    await o.page.screenshot({ path: join(SHOTS, `${name}.png`) });
    await o.ctx.close();
  }
  if (renderer.appWebgl !== 'webgl') log(`WARNING: the app drew "${renderer.appWebgl}" with WebGL forced`);
  geo.webgl = geoSeen.webgl ?? geo.webgl;
  geo.svg = geoSeen.svg ?? geo.svg;
  log(`map box ${box.w}x${box.h} CSS px; the app draws ${renderer.app}; basemaps: WebGL ${geo.webgl}, SVG ${geo.svg}; GL: ${gl}`);
  return { box, renderer, geo, gl };
}

/** The basemap file an app page fetched: if more than one, the largest, which it draws in the end. */
function basemapDrawn(o: Opened): string | undefined {
  const topos = [...new Set(o.sent.map((x) => x.path).filter((p) => p.endsWith('.topo.json')))];
  const largest = topos.sort((a, b) => bytesOf(join(APP_OUT, b)).raw - bytesOf(join(APP_OUT, a)).raw)[0];
  return largest ? (largest.split('/').pop() as string) : undefined;
}

export interface ColdLoads {
  loads: PerPage<LoadResult[]>;
  /** What each page fetched on its first cold load. */
  sentOnLoad: Partial<Record<Name, Sent[]>>;
}

/** LOADS rounds of cold loads, each in a fresh context. */
export async function coldLoads(browser: Browser, targets: PerPage<Target>): Promise<ColdLoads> {
  const loads = byName((): LoadResult[] => []);
  const sentOnLoad: Partial<Record<Name, Sent[]>> = {};
  for (let round = 0; round < LOADS; round++) {
    for (const name of rotate(NAMES, round)) {
      const o = await open(browser, targets[name]);
      loads[name].push(o.load);
      sentOnLoad[name] ??= o.sent;
      await o.ctx.close();
    }
    log(`cold load ${round + 1}/${LOADS}: ${NAMES.map((n) => `${n} ${loads[n].at(-1)?.end.toFixed(0)} ms`).join(', ')}`);
  }
  return { loads, sentOnLoad };
}

export interface Scrub {
  steps: PerPage<StepResult[]>;
  /** Steps after which the slider did not hold the day asked for. */
  wrongValue: PerPage<number>;
  heapLoad: PerPage<Heap>;
  heapScrub: PerPage<Heap>;
}

type Live = PerPage<{ ctx: BrowserContext; page: Page }>;

/**
 * The scrub: the pages live side by side, blocks of BLOCK steps alternating between them; the JS
 * heap after load and after the steps (the last step returns to the load date).
 */
export async function scrub(browser: Browser, targets: PerPage<Target>, days: readonly number[]): Promise<Scrub> {
  const live = {} as Live;
  const heapLoad = {} as PerPage<Heap>;
  for (const name of NAMES) {
    const o = await open(browser, targets[name]);
    await settle(o.page);
    live[name] = { ctx: o.ctx, page: o.page };
    heapLoad[name] = await heap(o.ctx, o.page);
  }
  const steps = byName((): StepResult[] => []);
  const wrongValue = byName(() => 0);
  for (let b = 0, k = 0; b < days.length; b += BLOCK, k++) {
    const values = days.slice(b, b + BLOCK);
    for (const name of rotate(NAMES, k)) {
      const out = await stepThrough(live[name].page, values, STEP_TIMEOUT_MS);
      out.forEach((r, i) => {
        if (r.value !== String(values[i])) wrongValue[name]++;
      });
      steps[name].push(...out);
    }
    if ((k + 1) % 6 === 0 || b + BLOCK >= days.length) {
      log(`scrub ${Math.min(b + BLOCK, days.length)}/${days.length}: ${NAMES.map((n) => `${n} ${median(steps[n].map((s) => s.ms)).toFixed(0)} ms`).join(', ')}`);
    }
  }
  const heapScrub = {} as PerPage<Heap>;
  for (const name of NAMES) {
    heapScrub[name] = await heap(live[name].ctx, live[name].page);
    await live[name].ctx.close();
  }
  return { steps, wrongValue, heapLoad, heapScrub };
}
