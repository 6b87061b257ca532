/**
 * Soak: on each renderer, the timeline scrubbed 2,000 steps with the slider's arrow keys, the
 * country switched 500 times (clicks on the map, every tenth through the search box) and the
 * source reader opened and closed 200 times, all through real input (a small country picked through
 * search is eased to, and "Show all of the world" brings the map back). Afterwards the page still
 * answers, the console has no error, and the DOM and the JS heap are back within a small margin
 * of where they were (each measured in the same state: the last date, no country, no dialog,
 * the pointer off the map, after forcing garbage collection through the DevTools protocol).
 *
 * The margins: +2 % elements in the document and +5 % DOM nodes and event listeners alive in the
 * renderer (the same state draws the same page: the slack is for a node a browser keeps a little
 * longer), and +2 MB of JS heap. A leak of one small object per action (2,700 actions: a closure, a
 * listener, a detached element, an entry in a cache that never empties) grows the heap by more
 * than that; the heap measured twice in a row, GC'd, differs by well under 100 kB.
 */
import type { CDPSession, Page } from '@playwright/test';
import { formatDay } from '../src/data/dates.ts';
import en from '../src/i18n/catalogues/en.ts';
import { countryName } from '../src/data/countries.ts';
import { expect, test } from './fixtures.ts';
import { interiorPoint, project, servedCountries, waitForMap, watchPage } from './helpers.ts';

const LOCALE = 'en-GB';
const SCRUB_STEPS = 2_000;
const COUNTRY_SWITCHES = 500;
const READER_OPENINGS = 200;
/** Big countries, each a sure hit for a click at the world view, in the order they are clicked. */
const CLICKED = ['MEX', 'BRA', 'CAN', 'COD', 'MRT', 'AGO'] as const;

interface Figures {
  /** document.getElementsByTagName('*').length */
  elements: number;
  /** DOM nodes and event listeners alive in the renderer (Memory.getDOMCounters), after GC. */
  nodes: number;
  listeners: number;
  /** JS heap in use after GC (Runtime.getHeapUsage: exact, unlike performance.memory without a flag). */
  heap: number;
  /** performance.memory.usedJSHeapSize, for comparison (bucketed and cached by Chromium). */
  perfMemory: number | null;
}

async function measure(page: Page, cdp: CDPSession): Promise<Figures> {
  // Twice: what the first collection frees (finalisers, weak references) the second sweeps.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const { elements, perfMemory } = await page.evaluate(() => ({
    elements: document.getElementsByTagName('*').length,
    perfMemory: (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null,
  }));
  return { elements, nodes: dom.nodes, listeners: dom.jsEventListeners, heap: usedSize, perfMemory };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

/**
 * WebGL in the webgl project (its override forces the WebGL map); SVG in the nowebgl project,
 * where the browser has no WebGL and the page picks the SVG map itself. (The webgl project's
 * browser rasterises the page on SwiftShader's emulated GPU, where each repaint of the SVG map
 * takes 0.3–1.7 s on this machine, against 20–30 ms with the CPU raster the nowebgl project gets.)
 */
for (const renderer of ['webgl', 'svg'] as const) {
  const tag = renderer === 'svg' ? ' @nowebgl' : '';
  test(`soak on the ${renderer} map: ${SCRUB_STEPS} scrub steps, ${COUNTRY_SWITCHES} country switches, ${READER_OPENINGS} readings; DOM and heap come back${tag}`, async ({ page, context, baseURL, data: { index } }) => {
    // The counts are the point of the test: time for them, not a cut.
    test.setTimeout(300_000);
    const w = watchPage(page, baseURL as string);
    const countries = await servedCountries(baseURL as string);
    await page.goto('/');
    await waitForMap(page, renderer);
    const cdp = await context.newCDPSession(page);
    const date = page.getByTestId('current-date');
    const title = page.locator('#story-title');
    const slider = page.getByRole('slider', { name: en.slider });
    const dialog = page.getByRole('dialog');
    const search = page.getByTestId('search').getByRole('combobox', { name: en.search.label });
    const defaultTitle = /What was reported up to/;
    const points = new Map<string, { x: number; y: number }>();
    for (const iso of CLICKED) {
      const f = countries.get(iso);
      if (!f) throw new Error(`${iso} is not on the basemap`);
      points.set(iso, await project(page, ...interiorPoint(f)));
    }
    /** The state every measurement is taken in. */
    const settle = async () => {
      await page.mouse.move(5, 5);
      await expect(page.getByRole('tooltip')).toHaveCount(0);
      await expect(date).toHaveText(formatDay(index.lastDay, LOCALE));
      await expect(title).toHaveText(defaultTitle);
      await expect(dialog).toBeHidden();
    };

    const days = index.eventDays;
    expect(days.at(-1)).toBe(index.lastDay);
    /** Where the scrub stands: an index into the event days, and which way it is going. */
    let at = days.length - 1;
    let dir = -1;
    const scrub = async (n: number) => {
      await slider.focus();
      for (let i = 1; i <= n; i++) {
        if (at === 0) dir = 1;
        else if (at === days.length - 1) dir = -1;
        at += dir;
        await page.keyboard.press(dir < 0 ? 'ArrowLeft' : 'ArrowRight');
        // Now and then, that the page keeps up (and is where the keys say).
        if (i % 100 === 0 || i === n) await expect(date).toHaveText(formatDay(days[at] as number, LOCALE));
      }
    };
    const clickCountry = async (k: number) => {
      const iso = CLICKED[k % CLICKED.length] as string;
      const p = points.get(iso) as { x: number; y: number };
      await page.mouse.click(p.x, p.y);
      return iso;
    };
    /** Waits until the map is back at the world view the click points were read at. */
    const first = interiorPoint(countries.get(CLICKED[0]) as NonNullable<ReturnType<typeof countries.get>>);
    const atWorldView = async () => {
      const want = points.get(CLICKED[0]) as { x: number; y: number };
      await expect.poll(async () => {
        const p = await project(page, ...first);
        return Math.abs(p.x - want.x) < 0.5 && Math.abs(p.y - want.y) < 0.5;
      }).toBe(true);
    };
    const switchCountries = async (n: number) => {
      for (let i = 1; i <= n; i++) {
        if (i % 10 === 0) {
          // Every tenth through the search box: a country with events not on the click list.
          const name = countryName(i % 20 === 0 ? 'SLV' : 'SWZ', 'en');
          await search.fill(name);
          await search.press('Enter');
          await expect(title).toHaveText(name);
          // A small country is eased to (src/map/framing.ts): back to the world, where the clicks aim.
          await page.getByTestId('frame-region').click();
          await atWorldView();
        } else {
          const iso = await clickCountry(i);
          if (i % 25 === 0 || i === n) await expect(title).toHaveText(countryName(iso, 'en'));
        }
      }
      // Back to no country: Esc on the page clears the selection.
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Escape');
      await expect(title).toHaveText(defaultTitle);
    };
    /** The reader opened with a click on a quote's button (the first two quotes' in turn: two sources) and closed with Esc. */
    const read = async (n: number) => {
      const quotes = page.getByTestId('story-panel').locator('figure.quote');
      const buttons = [0, 1].map((i) => quotes.nth(i).getByRole('button', { name: en.readSource }));
      const sources = await Promise.all([0, 1].map((i) => quotes.nth(i).getAttribute('data-source')));
      expect(new Set(sources).size).toBe(2);
      const centres: { x: number; y: number }[] = [];
      for (const b of buttons) {
        await expect(b).toBeInViewport();
        const box = await b.boundingBox();
        if (!box) throw new Error('no button');
        centres.push({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
      }
      for (let i = 0; i < n; i++) {
        const c = centres[i % 2] as { x: number; y: number };
        await page.mouse.click(c.x, c.y);
        await dialog.waitFor({ state: 'visible' });
        if (i % 50 === 0 || i === n - 1) await expect(dialog.locator('mark')).toHaveText(/\S/);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
      }
    };

    // A warm-up of each, a tenth of the run (lazy code, first-use caches, the engine's optimised
    // code: without it the heap grows by a megabyte or so in the first thousand steps, then stays),
    // back to the start, then the baseline.
    await scrub(SCRUB_STEPS / 10);
    await slider.focus();
    await page.keyboard.press('End');
    // A fifth of the switches: the WebGL map caches the tiles of the places it eases to and through.
    await switchCountries(COUNTRY_SWITCHES / 5);
    await read(READER_OPENINGS / 10);
    await settle();
    const before = await measure(page, cdp);
    const again = await measure(page, cdp);

    const timings: Record<string, number> = {};
    let t = Date.now();
    await scrub(SCRUB_STEPS);
    timings.scrub = Date.now() - t;
    // Back to the last date.
    await slider.focus();
    await page.keyboard.press('End');
    t = Date.now();
    await switchCountries(COUNTRY_SWITCHES);
    timings.countries = Date.now() - t;
    t = Date.now();
    await read(READER_OPENINGS);
    timings.reader = Date.now() - t;
    await settle();

    // Still answering: a key moves the date, and the next frame comes (its wait is reported, not asserted:
    // timings belong to the benchmark).
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(date).toHaveText(formatDay(index.firstDay, LOCALE));
    await page.keyboard.press('End');
    await settle();
    const frameMs = await page.evaluate(() => new Promise<number>((resolve) => {
      const t0 = performance.now();
      requestAnimationFrame(() => resolve(performance.now() - t0));
    }));
    const after = await measure(page, cdp);

    console.log([
      `soak (${renderer}): scrub ${SCRUB_STEPS} steps in ${(timings.scrub / 1000).toFixed(1)} s (${(timings.scrub / SCRUB_STEPS).toFixed(1)} ms/step); `
        + `${COUNTRY_SWITCHES} countries in ${(timings.countries / 1000).toFixed(1)} s (${(timings.countries / COUNTRY_SWITCHES).toFixed(1)} ms each); `
        + `${READER_OPENINGS} readings in ${(timings.reader / 1000).toFixed(1)} s (${(timings.reader / READER_OPENINGS).toFixed(1)} ms each); next frame ${frameMs.toFixed(1)} ms`,
      `  elements ${before.elements} → ${after.elements}; DOM nodes ${before.nodes} → ${after.nodes}; listeners ${before.listeners} → ${after.listeners}`,
      `  JS heap ${mb(before.heap)} → ${mb(after.heap)} (${after.heap >= before.heap ? '+' : ''}${((after.heap - before.heap) / 1024).toFixed(0)} kB; two baselines differ by ${((again.heap - before.heap) / 1024).toFixed(0)} kB); `
        + `performance.memory ${before.perfMemory === null ? 'n/a' : mb(before.perfMemory)} → ${after.perfMemory === null ? 'n/a' : mb(after.perfMemory)}`,
    ].join('\n'));

    expect(after.elements).toBeLessThanOrEqual(Math.ceil(before.elements * 1.02));
    expect(after.nodes).toBeLessThanOrEqual(Math.ceil(before.nodes * 1.05));
    expect(after.listeners).toBeLessThanOrEqual(Math.ceil(before.listeners * 1.05));
    expect(after.heap - before.heap).toBeLessThan(2 * 1024 * 1024);
    expect(w.errors).toEqual([]);
  });
}
