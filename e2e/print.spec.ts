/**
 * Printing (src/print/print.css): a country's view prints on one or two pages of A4 and of Letter,
 * with the title, the date, the map and its legend, and the country's story with each quote's
 * source numbered and listed once with its address written out, and nothing to press (no button, select or field shown); the table
 * view prints its table. Checked on the page as the print media shows it, and on the PDF.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import en from '../src/i18n/catalogues/en.ts';
import { expect, test, type TestData } from './fixtures.ts';
import { waitForMap } from './helpers.ts';

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
const pdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;

/** Every control that shows on the page as printed. */
const shownControls = (page: Page) =>
  page.locator('button, select, input, textarea, [role="button"], [role="slider"]').evaluateAll((els) =>
    els.filter((el) => (el as HTMLElement).checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }))
      .map((el) => el.outerHTML.slice(0, 120)));

/** The addresses of every source the country's story quotes (its own events and those for every destination), from the fixture. */
function storyUrls(data: TestData, iso: string): string[] {
  const ids = new Set(data.dataset.events.filter((e) => e.country === iso || e.country === 'USA').flatMap((e) => e.quotes.map((q) => q.source)));
  return data.dataset.sources.filter((s) => ids.has(s.id)).map((s) => s.url);
}

for (const iso of ['MEX', 'CRI']) {
  test(`a country’s view (${iso}) prints on one or two pages of A4 and Letter, with its story’s source addresses and no controls`, async ({ page, data }) => {
    await page.goto(`/?country=${iso}`);
    await waitForMap(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1, name: en.title })).toBeVisible();
    await expect(page.getByTestId('map')).toBeVisible();
    await expect(page.locator('.legend-title')).toBeVisible();
    await expect(page.locator('.legend-title')).toContainText(en.legendTitleLatest);
    await expect(page.getByTestId('story-panel')).toBeVisible();
    // As printing starts, the story's sources are listed once, numbered, each address written out,
    // and every quote ends with its source's number (src/print/sourceNotes.ts).
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const notes = page.locator('.print-sources li');
    const urls = storyUrls(data, iso);
    await expect(notes).toHaveCount(urls.length);
    const listed = await notes.locator('.print-source-url').allInnerTexts();
    expect(new Set(listed)).toEqual(new Set(urls));
    const refs = await page.locator('figure.quote').evaluateAll((figs) => figs.map((f) => ({
      source: (f as HTMLElement).dataset.source ?? '',
      ref: f.querySelector('blockquote p')?.getAttribute('data-source-ref') ?? '',
    })));
    const urlOf = new Map(data.dataset.sources.map((s) => [s.id, s.url]));
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) expect(listed[Number(r.ref) - 1], `quote of ${r.source}`).toBe(urlOf.get(r.source));
    const printed = await page.locator('body').innerText();
    for (const url of urls) expect(printed).toContain(url);
    expect(await shownControls(page)).toEqual([]);
    // The map sits above the story, in the flow: nothing fixed over it.
    const mapBox = await page.getByTestId('map').boundingBox();
    const storyBox = await page.getByTestId('story-panel').boundingBox();
    expect(storyBox && mapBox && storyBox.y >= mapBox.y + mapBox.height).toBe(true);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect(page.locator('.print-sources')).toHaveCount(0);
    await expect(page.locator('[data-source-ref]')).toHaveCount(0);
    for (const format of ['A4', 'Letter'] as const) {
      const n = pdfPages(await page.pdf({ format }));
      expect(n, `${format} pages`).toBeGreaterThanOrEqual(1);
      expect(n, `${format} pages`).toBeLessThanOrEqual(2);
    }
  });
}

test('the table view prints the table, not the story beside it', async ({ page, data }) => {
  await page.goto('/?view=table');
  await expect(page.getByTestId('status-table')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('status-table')).toBeVisible();
  await expect(page.locator('.story')).toBeHidden();
  const rows = new Set(data.dataset.events.filter((e) => e.status !== null).map((e) => e.country));
  await expect(page.getByTestId('status-table').locator('tbody tr')).toHaveCount(rows.size);
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeGreaterThanOrEqual(1);
});

test('a page in the dark theme prints in the light theme’s colours, and is dark again after', async ({ page }) => {
  await page.goto('/?country=MEX&theme=dark');
  await waitForMap(page);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  // A country with no status: its fill is the theme's land colour, dark on screen, light on paper.
  const land = page.getByTestId('map').locator('svg path[data-iso="BRA"]');
  const onScreen = await land.getAttribute('fill');
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(land).not.toHaveAttribute('fill', onScreen ?? '');
  const onPaper = await land.getAttribute('fill');
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(land).toHaveAttribute('fill', onScreen ?? '');
  expect(onPaper).not.toBe(onScreen);
});

test('on screen, nothing printed-only shows', async ({ page }) => {
  await page.goto('/?country=MEX');
  await waitForMap(page);
  await expect(page.locator('.print-sources')).toHaveCount(0);
  await expect(page.locator('.print-map')).toHaveCount(0);
});

test('the WebGL map is printed as a picture of the same map, put in place for the print and taken away after @webgl', async ({ page }) => {
  await page.goto('/?country=MEX');
  await waitForMap(page, 'webgl');
  await page.emulateMedia({ media: 'print' });
  // The picture's code loads once the page is idle; until then a print gets the canvas as it is.
  await expect.poll(async () => {
    await page.evaluate(() => { dispatchEvent(new Event('afterprint')); dispatchEvent(new Event('beforeprint')); });
    return page.locator('.print-map svg').count();
  }, { timeout: 30_000 }).toBe(1);
  const picture = page.locator('.print-map');
  await expect(picture).toBeVisible();
  await expect(picture).toHaveAttribute('aria-label', en.title);
  // Its title names the view's date: the picture is of this view.
  await expect(picture.locator('svg title')).toContainText(en.legendTitleLatest);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect(picture).toHaveCount(0);
});
