/**
 * The map shows what the page is talking about, on both renderers: each story step frames its
 * countries clear of the caption, the legend and the controls; a link to a small country shows it at
 * a size a finger can tap, with one click back to the whole region; a view the reader moved by hand
 * is never moved by a selection; a legend entry pointed at shades its countries on the map.
 */
import type { Page } from '@playwright/test';
import type { Bounds } from '../src/data/regions.ts';
import { countryBounds, stepSubject } from '../src/map/framing.ts';
import type { GeoBasemap } from '../src/map/geometry.ts';
import { hoverShade, statusColour } from '../src/color/palette.ts';
import en from '../src/i18n/catalogues/en.ts';
import { expect, test } from './fixtures.ts';
import { close, interiorPoint, openMap, pixelsAt, servedCountries, svgFills, waitForMap, watchPage, mapOverlays, type MapRect } from './helpers.ts';

type Renderer = 'webgl' | 'svg';
const RENDERER_USE: Record<Renderer, Parameters<typeof test.use>[0]> = {
  webgl: {},
  svg: { storageState: { cookies: [], origins: [] } },
};

type Box = MapRect;

/** The basemap the page draws, as the framing module reads bounds from it. */
async function basemap(baseURL: string): Promise<GeoBasemap> {
  const features = [...(await servedCountries(baseURL)).entries()].map(([iso, f]) => ({ ...f, properties: { iso, name: iso } }));
  return { kind: 'geojson', countries: { type: 'FeatureCollection', features } } as unknown as GeoBasemap;
}

/** A country's box on screen now (CSS px in the map's box), from its bounds' corners. */
async function drawnBox(page: Page, b: Bounds): Promise<Box> {
  const [nw, se] = await page.evaluate(
    ([w, s, e, n]) => {
      const hook = (window as unknown as { tcdmMap: { project(a: number, b: number): { x: number; y: number } } }).tcdmMap;
      return [hook.project(w as number, n as number), hook.project(e as number, s as number)];
    },
    [...b],
  );
  return { left: nw!.x, top: nw!.y, right: se!.x, bottom: se!.y };
}

const meets = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Waits until the map is at rest: the same box for a country on two reads a frame apart. */
async function settled(page: Page, b: Bounds): Promise<Box> {
  let last = await drawnBox(page, b);
  // Sized for software WebGL on a busy machine: a poll round is two frames and two reads.
  await expect
    .poll(async () => {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const now = await drawnBox(page, b);
      const same = Math.abs(now.left - last.left) < 0.5 && Math.abs(now.right - last.right) < 0.5 && Math.abs(now.top - last.top) < 0.5;
      last = now;
      return same;
    }, { timeout: 45_000, message: 'the map comes to rest' })
    .toBe(true);
  return last;
}

for (const renderer of ['webgl', 'svg'] as const) {
  test.describe(`on the ${renderer} map`, () => {
    test.use({ ...RENDERER_USE[renderer], reducedMotion: 'reduce' });

    test.describe('presentation at 16:9', () => {
      test.use({ viewport: { width: 1600, height: 900 } });

      test('every story step frames its countries, big enough and clear of the caption, legend and controls', async ({ page, baseURL, data }) => {
        const watch = watchPage(page, baseURL as string);
        const geo = await basemap(baseURL as string);
        const story = data.dataset.stories?.[0];
        if (!story) throw new Error('the fixture has no story');
        const events = new Map(data.dataset.events.map((e) => [e.id, e]));
        await openMap(page, '?present=1&step=1');
        await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', renderer);
        for (const [i, step] of story.steps.entries()) {
          if (i > 0) await page.keyboard.press('ArrowRight');
          await expect(page.getByTestId('present-step')).toHaveText(en.present.step(i + 1, story.steps.length));
          const subject = stepSubject(step, events);
          if (subject.length === 0) {
            // A step about every destination frames its region.
            await expect(page.getByTestId('map')).toHaveAttribute('data-framing', 'region');
            continue;
          }
          await expect(page.getByTestId('map')).toHaveAttribute('data-framing', 'subject');
          for (const iso of subject) {
            const b = countryBounds(geo, iso);
            if (!b) throw new Error(`${iso} is not on the basemap`);
            const box = await settled(page, b);
            const { width, height, over } = await mapOverlays(page);
            const label = `step ${i + 1}: ${iso}`;
            // The step's own country at a size to point at; the others (a step may span the Caribbean, St Kitts
            // beside Panama) at least seen, their dots beside them.
            expect(box.right - box.left, label).toBeGreaterThanOrEqual(iso === step.country ? 24 : 6);
            expect(box.left, label).toBeGreaterThanOrEqual(0);
            expect(box.top, label).toBeGreaterThanOrEqual(0);
            expect(box.right, label).toBeLessThanOrEqual(width);
            expect(box.bottom, label).toBeLessThanOrEqual(height);
            for (const o of over) expect(meets(box, o), `${label} under an overlay ${JSON.stringify(o)}`).toBe(false);
          }
        }
        // One click frames the step's region again.
        await page.getByTestId('frame-region').click();
        await expect(page.getByTestId('map')).toHaveAttribute('data-framing', 'region');
        await expect(page.getByTestId('frame-region')).toHaveCount(0);
        expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      });
    });

    test('a link to a small country shows it at a tappable size, with one click back to the world', async ({ page, baseURL }) => {
      const watch = watchPage(page, baseURL as string);
      const slv = countryBounds(await basemap(baseURL as string), 'SLV') as Bounds;
      await page.setViewportSize({ width: 1280, height: 800 });
      await openMap(page, '?country=SLV');
      await expect(page.getByTestId('map')).toHaveAttribute('data-framing', 'subject');
      const box = await settled(page, slv);
      const { width, height, over } = await mapOverlays(page);
      expect(box.right - box.left).toBeGreaterThanOrEqual(24);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(height);
      for (const o of over) expect(meets(box, o)).toBe(false);
      // The selection's outline is drawn at this zoom too.
      if (renderer === 'svg') await expect(page.locator('[data-layer="selection"]')).toHaveAttribute('d', /^M/);
      const back = page.getByTestId('frame-region');
      await expect(back).toHaveText(en.zoom.backToWorld);
      await back.click();
      await expect(page.getByTestId('map')).toHaveAttribute('data-framing', 'region');
      const world = await settled(page, slv);
      expect(world.right - world.left).toBeLessThan(24);
      // Still selected: going back moved the map, not the selection.
      await expect(page).toHaveURL(/country=SLV/);
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    });

    test('a view the reader moved by hand is not moved by a selection', async ({ page, baseURL }) => {
      const watch = watchPage(page, baseURL as string);
      const slv = countryBounds(await basemap(baseURL as string), 'SLV') as Bounds;
      await openMap(page, '');
      await page.getByTestId('zoom-in').click();
      await expect(page.getByTestId('map')).toHaveAttribute('data-framing', 'hand');
      const before = await settled(page, slv);
      // Search picks El Salvador, drawn small in the reader's view: the view stays.
      const search = page.getByRole('combobox', { name: en.search.label });
      await search.fill('El Salvador');
      await search.press('Enter');
      await expect(page).toHaveURL(/country=SLV/);
      await expect(page.locator('#story-title')).toHaveText('El Salvador');
      const after = await settled(page, slv);
      expect(after.left).toBeCloseTo(before.left, 0);
      expect(after.right).toBeCloseTo(before.right, 0);
      expect(after.top).toBeCloseTo(before.top, 0);
      await expect(page.getByTestId('map')).toHaveAttribute('data-framing', 'hand');
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    });

    test('pointing at a legend entry, by hover or focus, shades its countries on the map', async ({ page, baseURL, data }) => {
      const watch = watchPage(page, baseURL as string);
      const shapes = await servedCountries(baseURL as string);
      await openMap(page, '');
      const day = data.index.lastDay;
      // Countries receiving deportees on the default date, by the fixture's index; and one that is not.
      const receiving = [...data.index.allAt(day)].filter(([, v]) => v.status === 'receiving').map(([iso]) => iso);
      expect(receiving.length).toBeGreaterThan(0);
      const iso = receiving.find((c) => shapes.has(c)) as string;
      const point = interiorPoint(shapes.get(iso)!);
      const entry = page.locator('.legend li[data-status="receiving"]');
      const colourOf = async (): Promise<string> => {
        if (renderer === 'svg') return (await svgFills(page)).get(iso)!.colour;
        const [rgb] = await pixelsAt(page, [point]);
        return `#${rgb!.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      };
      const plain = statusColour('receiving', 'light');
      const shaded = hoverShade(plain, 'light');
      await expect.poll(async () => close(hexRgb(await colourOf()), plain)).toBe(true);
      await entry.hover();
      await expect.poll(async () => close(hexRgb(await colourOf()), shaded)).toBe(true);
      await page.mouse.move(5, 5);
      await expect.poll(async () => close(hexRgb(await colourOf()), plain)).toBe(true);
      await entry.focus();
      await expect.poll(async () => close(hexRgb(await colourOf()), shaded)).toBe(true);
      await entry.blur();
      await expect.poll(async () => close(hexRgb(await colourOf()), plain)).toBe(true);
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    });
  });
}

test.describe('eased framing', () => {
  test.use(RENDERER_USE.svg);

  test('an embed frames the step it is given, as the page does', async ({ page, baseURL, data }) => {
    const geo = await basemap(baseURL as string);
    const first = data.dataset.stories?.[0]?.steps[0];
    if (!first?.country) throw new Error('the fixture story’s first step names no country');
    await page.goto('/embed.html?embed=1&step=1');
    await waitForMap(page);
    await expect(page.getByTestId('map')).toHaveAttribute('data-framing', 'subject');
    const box = await settled(page, countryBounds(geo, first.country) as Bounds);
    expect(box.right - box.left).toBeGreaterThanOrEqual(24);
  });

  test('a story step eases to its country and rests there', async ({ page, baseURL, data }) => {
    const geo = await basemap(baseURL as string);
    const story = data.dataset.stories?.[0];
    const first = story?.steps[0];
    if (!story || !first?.country) throw new Error('the fixture story’s first step names no country');
    await openMap(page, '?present=1');
    // From outside the story, → opens its first step.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('present-step')).toHaveText(en.present.step(1, story.steps.length));
    await expect(page.getByTestId('map')).toHaveAttribute('data-framing', 'subject');
    const box = await settled(page, countryBounds(geo, first.country) as Bounds);
    expect(box.right - box.left).toBeGreaterThanOrEqual(24);
  });
});

function hexRgb(c: string): [number, number, number] {
  const n = parseInt(c.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
