import { expect, test } from '@playwright/test';
import en from '../src/i18n/catalogues/en.ts';
import { STATUS_COLOURS } from '../src/color/palette.ts';
import { dayToIso, formatDay, isoToDay } from '../src/data/dates.ts';
import type { StatusIndex } from '../src/data/statusIndex.ts';
import { provenanceLabel, quoteLink, rawQuote } from '../src/quotes/quoteLogic.ts';
import { stepDay } from '../src/timeline/timelineLogic.ts';
import { close, datasetUrl, hex, openMap, showsStatus, pixelAt, project, servedData, tableStatuses, watchPage } from './helpers.ts';

// Expected statuses and dates come from the served data set (the data changes; the tests need not).
const label = (day: number) => formatDay(day, 'en-GB');
const statusesAt = (index: StatusIndex, day: number) =>
  Object.fromEntries([...index.allAt(day)].map(([iso, at]) => [iso, at.status]));
/** Whether a drawn pixel shows the country's status at the day (its colour, or its pattern's stripe). */
const drawsStatus = (rgb: [number, number, number], index: StatusIndex, iso: string, day: number) =>
  showsStatus(rgb, index.statusAt(iso, day)?.status ?? null);
/** Event days counted from the end: fromEnd(index, 0) is the last. */
const fromEnd = (index: StatusIndex, k: number) => index.eventDays[index.eventDays.length - 1 - k] as number;

// Points well inside each country (longitude, latitude).
const ANGOLA = [17.5, -12.5] as const;
const MEXICO = [-102, 24] as const;
const BRAZIL = [-52, -10] as const;

test('loads with no console error and no request to any other origin', async ({ page, baseURL }) => {
  const w = watchPage(page, baseURL as string);
  await openMap(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('US third-country deportations');
  await page.waitForLoadState('networkidle');
  expect(w.errors).toEqual([]);
  expect(w.foreignRequests).toEqual([]);
});

test('draws the map: countries of different status in their status colours', async ({ page, baseURL }) => {
  const { index } = await servedData(baseURL as string);
  const day = isoToDay('2025-05-05') as number;
  await openMap(page, '?date=2025-05-05');
  const angola = await pixelAt(page, ...ANGOLA);
  const mexico = await pixelAt(page, ...MEXICO);
  const brazil = await pixelAt(page, ...BRAZIL);
  expect(drawsStatus(angola, index, 'AGO', day), `Angola drawn ${hex(angola)}`).toBe(true);
  expect(drawsStatus(mexico, index, 'MEX', day), `Mexico drawn ${hex(mexico)}`).toBe(true);
  expect(drawsStatus(brazil, index, 'BRA', day), `Brazil drawn ${hex(brazil)}`).toBe(true);
  // Not all one colour: the three are drawn apart.
  expect(new Set([hex(angola), hex(mexico), hex(brazil)]).size).toBeGreaterThan(1);
});

test('recolours when the date moves', async ({ page, baseURL }) => {
  const { index } = await servedData(baseURL as string);
  // The latest day on which Angola's colour differs from the event day before.
  const day = [...index.eventDays].reverse().find((d) => index.statusAt('AGO', d)?.status !== index.statusAt('AGO', stepDay(d, 'prevEvent', index))?.status);
  test.skip(day === undefined, "Angola's colour never changes in this data");
  const from = day as number;
  const to = stepDay(from, 'prevEvent', index);
  await openMap(page, `?date=${dayToIso(from)}`);
  expect(drawsStatus(await pixelAt(page, ...ANGOLA), index, 'AGO', from)).toBe(true);
  await page.getByRole('slider').focus();
  await page.keyboard.press('ArrowLeft'); // the previous event day
  await expect(page.getByTestId('current-date')).toHaveText(label(to));
  await expect.poll(async () => drawsStatus(await pixelAt(page, ...ANGOLA), index, 'AGO', to)).toBe(true);
});

test('the table shows the statuses the data gives at two dates', async ({ page, baseURL }) => {
  const { index } = await servedData(baseURL as string);
  for (const iso of ['2025-03-31', '2025-01-01']) {
    await page.goto(`/?view=table&date=${iso}`);
    await expect(page.getByRole('table')).toContainText(`Countries with a status on ${label(isoToDay(iso) as number)}`);
    expect(await tableStatuses(page)).toEqual(statusesAt(index, isoToDay(iso) as number));
  }
});

test('moving the slider changes the table', async ({ page, baseURL }) => {
  const { index } = await servedData(baseURL as string);
  await page.goto('/?view=table');
  expect(await tableStatuses(page)).toEqual(statusesAt(index, index.lastDay));
  const slider = page.getByRole('slider', { name: 'Date' });
  await expect(slider).toHaveAttribute('aria-valuetext', label(index.lastDay));

  // Drag the thumb to the far left: the first event.
  const box = await slider.boundingBox();
  if (!box) throw new Error('no slider');
  await page.mouse.move(box.x + box.width - 5, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 10 });
  await page.mouse.move(box.x + 1, box.y + box.height / 2, { steps: 10 });
  await page.mouse.up();
  await expect(slider).toHaveAttribute('aria-valuetext', label(index.firstDay));
  expect(await tableStatuses(page)).toEqual(statusesAt(index, index.firstDay));

  // The keyboard steps event by event.
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('current-date')).toHaveText(label(index.lastDay));
  expect(await tableStatuses(page)).toEqual(statusesAt(index, index.lastDay));
  await page.keyboard.press('ArrowLeft');
  const prev = fromEnd(index, 1);
  await expect(page.getByTestId('current-date')).toHaveText(label(prev));
  expect(await tableStatuses(page)).toEqual(statusesAt(index, prev));
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByTestId('current-date')).toHaveText(label(stepDay(prev, 'prevMonth', index)));
});

test('clicking a country selects it and shows its quotes; the URL follows', async ({ page, baseURL }) => {
  const w = watchPage(page, baseURL as string);
  const { dataset, index } = await servedData(baseURL as string);
  const at = index.statusAt('AGO', index.lastDay);
  const latest = dataset.events.filter((e) => e.country === 'AGO' && e.day <= index.lastDay).at(-1);
  await openMap(page);
  const p = await project(page, ...ANGOLA);
  await page.mouse.move(p.x, p.y);
  await expect(page.getByRole('tooltip')).toContainText('Angola');
  await expect(page.getByRole('tooltip')).toContainText(at ? en.status.labels[at.status] : 'No reported arrangement');
  await page.mouse.click(p.x, p.y);
  const panel = page.getByTestId('quotes-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Angola');
  if (latest) await expect(panel).toContainText(latest.summary);
  await expect(page).toHaveURL(/[?&]country=AGO\b/);

  // Clicking the ocean (the mid North Atlantic, clear of the legend) clears the selection.
  const ocean = await project(page, -40, 28);
  await page.mouse.click(ocean.x, ocean.y);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/What was reported up to/);
  await expect(page).not.toHaveURL(/country=/);
  expect(w.errors).toEqual([]);
});

test("a quote's link points at its source, with a text fragment, in a new tab", async ({ page, baseURL }) => {
  const { dataset, index } = await servedData(baseURL as string);
  // The newest Angolan event's first quote: the first quote the panel shows.
  const event = dataset.events.filter((e) => e.country === 'AGO' && e.day <= index.lastDay && e.quotes.length > 0).at(-1);
  test.skip(!event, 'no quoted event for Angola in this data');
  const q = event?.quotes[0];
  const source = dataset.sources.find((s) => s.id === q?.source);
  if (!event || !q || !source) throw new Error('quote without source');
  const raw = rawQuote(source, q);

  await page.goto('/?country=AGO&view=table');
  const quote = page.getByTestId('quotes-panel').locator(`[data-event="${event.id}"] figure.quote`).first();
  await expect(quote).toContainText(provenanceLabel(source, en));
  const link = quote.getByRole('link', { name: /Open the source page/ });
  await expect(link).toHaveAttribute('href', quoteLink(source, raw));
  if (source.linkFragments !== false) await expect(link).toHaveAttribute('href', /#:~:text=/);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);

  await quote.getByRole('button', { name: 'Read the text we hold' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog.locator('mark')).toHaveText(raw);
  if (source.note) await expect(dialog).toContainText(source.note);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Escape closed the dialog only: the country stays selected.
  await expect(page.getByTestId('quotes-panel').getByRole('heading', { level: 2 })).toHaveText('Angola');
});

test('invalid URL parameters are ignored with a warning, not a crash', async ({ page, baseURL }) => {
  const w = watchPage(page, baseURL as string);
  const { index } = await servedData(baseURL as string);
  await page.goto('/?date=2025-02-30&country=ZZZ&view=globe&bogus=1');
  await expect(page.getByTestId('current-date')).toHaveText(label(index.lastDay));
  await expect(page.getByRole('button', { name: 'Map' })).toHaveAttribute('aria-pressed', 'true');
  expect(w.errors).toEqual([]);
  expect(w.warnings.join('\n')).toContain('date="2025-02-30" ignored');
  expect(w.warnings.join('\n')).toContain('country="ZZZ" ignored');
  expect(w.warnings.join('\n')).toContain('unknown URL parameter "bogus"');
});

test('the view switch and date are written to the URL', async ({ page, baseURL }) => {
  const { index } = await servedData(baseURL as string);
  const before = dayToIso(fromEnd(index, 1));
  await page.goto(`/?date=${before}`);
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?date=${before}&view=table$`));
  // The next event is the latest date, the default, so the date leaves the URL.
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(page.getByTestId('current-date')).toHaveText(label(index.lastDay));
  await expect(page).toHaveURL(/\?view=table$/);
});

test('page keys step the timeline, also right after a button was clicked', async ({ page, baseURL }) => {
  const { index } = await servedData(baseURL as string);
  const start = fromEnd(index, 1);
  await page.goto(`/?view=table&date=${dayToIso(start)}`);
  await page.getByRole('button', { name: 'Previous event' }).click();
  const date = page.getByTestId('current-date');
  await expect(date).toHaveText(label(fromEnd(index, 2)));
  await page.keyboard.press('ArrowRight');
  await expect(date).toHaveText(label(start));
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(date).toHaveText(label(stepDay(start, 'prevMonth', index)));
  await page.keyboard.press('Home');
  await expect(date).toHaveText(label(index.firstDay));
  await page.keyboard.press('End');
  await expect(date).toHaveText(label(index.lastDay));
  // At the end, Next stays focusable (aria-disabled) and does nothing.
  const next = page.getByRole('button', { name: 'Next event' });
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(next).toBeFocused();
  await expect(date).toHaveText(label(index.lastDay));
});

test('at 1280×720 the page fits the window: nothing scrolls but the panel', async ({ page }) => {
  await openMap(page);
  const overflow = await page.evaluate(() => ({
    x: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    y: document.documentElement.scrollHeight - document.documentElement.clientHeight,
  }));
  expect(overflow).toEqual({ x: 0, y: 0 });
});

test('at 390×844 the whole page fits the width and the map is drawn', async ({ page, baseURL }) => {
  const { index } = await servedData(baseURL as string);
  await page.setViewportSize({ width: 390, height: 844 });
  await openMap(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(drawsStatus(await pixelAt(page, ...ANGOLA), index, 'AGO', index.lastDay)).toBe(true);
});

test('play steps event by event and stops at the last date; Space toggles it', async ({ page, baseURL }) => {
  const { index } = await servedData(baseURL as string);
  await page.goto(`/?view=table&date=${dayToIso(fromEnd(index, 2))}`);
  const play = page.getByRole('button', { name: 'Play' });
  await play.click();
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('current-date')).toHaveText(label(fromEnd(index, 1)));
  await expect(page.getByTestId('current-date')).toHaveText(label(index.lastDay));
  await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  expect(await tableStatuses(page)).toEqual(statusesAt(index, index.lastDay));

  // From the end, play starts again at the first event; Space on the page pauses it.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Space');
  await expect(page.getByTestId('current-date')).toHaveText(label(index.firstDay));
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
});

test('a small country with a status is drawn as a dot in its colour that can be hovered and clicked', async ({ page, baseURL }) => {
  const w = watchPage(page, baseURL as string);
  const { index } = await servedData(baseURL as string);
  const topo = (await (await page.request.get(`${baseURL}/geo/countries-50m.topo.json`)).json()) as {
    objects: { countries: { geometries: { id: string; properties: { marker?: [number, number] } }[] } };
  };
  const dots = topo.objects.countries.geometries.filter((g) => g.properties.marker && index.statusAt(g.id, index.lastDay));
  // The dot farthest from any other drawn dot (neighbours such as Antigua and St Kitts overlap).
  const gap = (g: (typeof dots)[number]) => Math.min(...dots.filter((o) => o !== g).map((o) => {
    const [a, b] = g.properties.marker as [number, number];
    const [c, d] = o.properties.marker as [number, number];
    return Math.hypot(a - c, b - d);
  }), 360);
  const small = [...dots].sort((a, b) => gap(b) - gap(a))[0];
  expect(small, 'some small country has a status on the last day').toBeDefined();
  if (!small) return;
  const [lng, lat] = small.properties.marker as [number, number];
  const status = index.statusAt(small.id, index.lastDay)?.status;
  await openMap(page);
  const colour = await pixelAt(page, lng, lat);
  expect(close(colour, STATUS_COLOURS[status as keyof typeof STATUS_COLOURS]), `${small.id} dot drawn ${hex(colour)}`).toBe(true);
  const p = await project(page, lng, lat);
  await page.mouse.move(p.x, p.y);
  await expect(page.getByRole('tooltip')).toContainText(en.status.labels[status as keyof typeof en.status.labels]);
  await page.mouse.click(p.x, p.y);
  await expect(page).toHaveURL(new RegExp(`[?&]country=${small.id}\\b`));
  expect(w.errors).toEqual([]);
});

test('without its geometry the map says so and the table shows the same data; the page does not crash', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL as string);
  await page.route('**/geo/*.topo.json', (r) => r.abort());
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: en.mapUnavailable })).toBeVisible();
  await expect(page.getByTestId('status-table')).toBeVisible();
  expect(watch.errors.filter((e) => !/Failed to load resource|net::ERR_FAILED/.test(e))).toEqual([]);
});

test.describe('with software WebGL and no override', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('the map is drawn as SVG, and MapLibre is never downloaded', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await openMap(page);
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    });
    test.skip(!/swiftshader|llvmpipe/i.test(renderer), `this browser's WebGL is not software (${renderer})`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'svg');
    expect(fetched.filter((u) => /maplibre/i.test(u))).toEqual([]);
  });
});

test('the story panel draws a page of events at a time, newest first, and shows earlier ones on request', async ({ page, baseURL }) => {
  const { dataset, index } = await servedData(baseURL as string);
  const upTo = dataset.events.filter((e) => e.day <= index.lastDay);
  test.skip(upTo.length <= 20, 'fewer events than a page');
  await openMap(page);
  const cards = page.getByTestId('quotes-panel').locator('.event');
  await expect(cards).toHaveCount(20);
  await expect(cards.first()).toHaveAttribute('data-event', upTo[upTo.length - 1]!.id);
  await page.getByRole('button', { name: /^Show \d+ earlier event/ }).click();
  await expect(cards).toHaveCount(Math.min(40, upTo.length));
});

test('the data set is a build asset named after its content, which hosts may cache for good', async ({ page, baseURL }) => {
  const data = page.waitForResponse((r) => /\/assets\/dataset-[\w-]{8,}\.json$/.test(r.url()));
  await openMap(page);
  const res = await data;
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  // The preload in the page names the same file, so the fetch reuses it.
  expect((await datasetUrl(baseURL as string)).href).toBe(res.url());
  // Nothing is served from the old, unhashed address.
  expect((await page.request.get('generated/dataset.json')).headers()['content-type']).not.toContain('json');
});
