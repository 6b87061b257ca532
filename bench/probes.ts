/**
 * What the driver asks of a live page: the instrument's results (bench/instrument.ts), the JS heap
 * and DOM counters (CDP), the map box's size, the WebGL renderer's name and the 100x data page's
 * results. The callbacks given to page.evaluate run in the page: they use nothing from Node.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { Hook, LoadResult, StepResult } from './instrument.ts';
import type { ScaleResult } from './scale/scale.tsx';

/** The cold load's result, once the map's final colours count as painted. */
export function loaded(page: Page): Promise<LoadResult> {
  return page.evaluate(() => (window as unknown as { __bench: Hook }).__bench.loaded);
}

/** Lets deferred work finish, then two quiet frames. */
export function settle(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { __bench: Hook }).__bench.settle());
}

/** Scrub steps to each value in turn (input to painted), settling after each. */
export function stepThrough(page: Page, values: number[], timeout: number): Promise<StepResult[]> {
  return page.evaluate(
    async ({ values, timeout }) => {
      const h = (window as unknown as { __bench: Hook }).__bench;
      const res: StepResult[] = [];
      for (const v of values) {
        res.push(await h.step(v, timeout));
        await h.settle();
      }
      return res;
    },
    { values, timeout },
  );
}

export interface Heap {
  used: number;
  nodes: number;
  listeners: number;
}

/** The page's main JS heap after two garbage collections, and its DOM nodes and listeners. */
export async function heap(ctx: BrowserContext, page: Page): Promise<Heap> {
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const h = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  return { used: h.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

/** The map box's size in CSS px, rounded. */
export async function mapBox(page: Page): Promise<{ w: number; h: number }> {
  const r = await page.locator('[data-testid=map]').boundingBox();
  return { w: Math.round(r?.width ?? 0), h: Math.round(r?.height ?? 0) };
}

/** The WebGL renderer the browser reports (WEBGL_debug_renderer_info), or 'none'. */
export function glRenderer(page: Page): Promise<string> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const ext = gl?.getExtension('WEBGL_debug_renderer_info');
    return ext && gl ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : 'none';
  });
}

/** The 100x data page's timings (bench/scale/scale.tsx), once it has run. */
export function scaleResult(page: Page): Promise<ScaleResult> {
  return page.evaluate(() => (window as unknown as { __scale: Promise<ScaleResult> }).__scale);
}
