import en from '../src/i18n/catalogues/en.ts';
import { STATUS_COLOURS } from '../src/color/palette.ts';
import { dayToIso, formatDay, isoToDay } from '../src/data/dates.ts';
import type { StatusIndex } from '../src/data/statusIndex.ts';
import { provenanceLabel, quoteLink, rawQuote } from '../src/story/quoteLogic.ts';
import { stepDay } from '../src/timeline/timelineLogic.ts';
import { eventById, expect, sourceById, test } from './fixtures.ts';
import { close, hex, openMap, showsStatus, pixelAt, project, tableStatuses, watchPage } from './helpers.ts';

// The app runs on the tests' fixed data set (e2e/fixtures/data): its facts are stated outright, and
// whole-map comparisons are made against the app's own index over it.
const label = (day: number) => formatDay(day, 'en-GB');
const day = (iso: string) => isoToDay(iso) as number;
const statusesAt = (index: StatusIndex, day: number) =>
  Object.fromEntries([...index.allAt(day)].map(([iso, at]) => [iso, at.status]));
/** Event days counted from the end: fromEnd(index, 0) is the last. */
const fromEnd = (index: StatusIndex, k: number) => index.eventDays[index.eventDays.length - 1 - k] as number;

// Points well inside each country (longitude, latitude).
const ANGOLA = [17.5, -12.5] as const;
const MEXICO = [-102, 24] as const;
const BRAZIL = [-52, -10] as const;

/** The story panel's page: events drawn at once (PANEL_PAGE in src/story/StoryPanel.tsx). */
const PANEL_PAGE = 20;

test('the site under test is built from the fixture: the page loads it as its data set', async ({ page, data }) => {
  const response = page.waitForResponse((r) => /\/assets\/dataset-[\w-]{8,}\.json$/.test(r.url()));
  await openMap(page);
  expect(await (await response).text()).toBe(data.json);
  // The fixture's last day, not the real data's.
  await expect(page.getByTestId('current-date')).toHaveText('15 May 2026');
  await page.goto('/?view=about');
  await expect(page.getByTestId('about').locator('li.about-source[data-source="fixture-tracker"]')).toContainText('Fixture Tracker');
});

test('loads with no console error and no request to any other origin', async ({ page, baseURL }) => {
  const w = watchPage(page, baseURL as string);
  await openMap(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('US third-country deportations');
  await page.waitForLoadState('networkidle');
  expect(w.errors).toEqual([]);
  expect(w.foreignRequests).toEqual([]);
});

test('draws the map: countries of different status in their status colours', { tag: '@webgl' }, async ({ page, data: { index } }) => {
  const on = day('2025-05-05');
  // Angola refused (hatched), Mexico receiving, Brazil with no status.
  expect(index.statusAt('AGO', on)).toMatchObject({ status: 'refused' });
  expect(index.statusAt('MEX', on)).toMatchObject({ status: 'receiving' });
  expect(index.statusAt('BRA', on)).toBeNull();
  await openMap(page, '?date=2025-05-05');
  const angola = await pixelAt(page, ...ANGOLA);
  const mexico = await pixelAt(page, ...MEXICO);
  const brazil = await pixelAt(page, ...BRAZIL);
  expect(showsStatus(angola, 'refused'), `Angola drawn ${hex(angola)}`).toBe(true);
  expect(showsStatus(mexico, 'receiving'), `Mexico drawn ${hex(mexico)}`).toBe(true);
  expect(showsStatus(brazil, null), `Brazil drawn ${hex(brazil)}`).toBe(true);
  // Not all one colour: the three are drawn apart.
  expect(new Set([hex(angola), hex(mexico), hex(brazil)]).size).toBeGreaterThan(1);
});

test('recolours when the date moves', { tag: '@webgl' }, async ({ page, data: { index } }) => {
  // Angola is refused from 5 May 2025; the event day before is 1 May (Equatorial Guinea's), when it has no status.
  const from = day('2025-05-05');
  const to = stepDay(from, 'prevEvent', index);
  expect(dayToIso(to)).toBe('2025-05-01');
  await openMap(page, '?date=2025-05-05');
  const before = await pixelAt(page, ...ANGOLA);
  expect(showsStatus(before, 'refused'), `Angola drawn ${hex(before)}`).toBe(true);
  await page.getByRole('slider').focus();
  await page.keyboard.press('ArrowLeft'); // the previous event day
  await expect(page.getByTestId('current-date')).toHaveText('1 May 2025');
  await expect.poll(async () => showsStatus(await pixelAt(page, ...ANGOLA), null)).toBe(true);
});

test('the table shows the statuses the data gives at two dates', async ({ page, data: { index } }) => {
  const expected = {
    '2025-03-31': { SLV: 'receiving', GTM: 'ended', MEX: 'receiving', CRI: 'receiving' },
    '2025-01-01': { SLV: 'agreement', GTM: 'ended', MEX: 'agreement' },
  };
  for (const [iso, statuses] of Object.entries(expected)) {
    await page.goto(`/?view=table&date=${iso}`);
    await expect(page.getByTestId('status-table')).toContainText(`Countries with a status on ${label(day(iso))}`);
    expect(await tableStatuses(page)).toEqual(statuses);
    expect(statusesAt(index, day(iso))).toEqual(statuses);
  }
});

test('moving the slider changes the table', async ({ page, data: { index } }) => {
  // From 15 May 2026 (ten countries) to 1 January 2019 (El Salvador approached) and back.
  expect(statusesAt(index, index.firstDay)).toEqual({ SLV: 'approached' });
  expect(Object.keys(statusesAt(index, index.lastDay))).toHaveLength(10);
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

test('clicking a country selects it and shows its quotes; the URL follows', { tag: '@both' }, async ({ page, baseURL, data }) => {
  const w = watchPage(page, baseURL as string);
  // Angola's latest event: refused.
  const latest = eventById(data, 'ago-2025-05-05-refused');
  await openMap(page);
  const p = await project(page, ...ANGOLA);
  await page.mouse.move(p.x, p.y);
  await expect(page.getByRole('tooltip')).toContainText('Angola');
  await expect(page.getByRole('tooltip')).toContainText(en.status.labels.refused);
  await page.mouse.click(p.x, p.y);
  const panel = page.getByTestId('story-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Angola');
  // Newest first: the ruling for every destination of 2026-02-25, then Angola's own latest event.
  await expect(panel.locator('.event').first()).toHaveAttribute('data-event', 'usa-2026-02-25-ruling');
  await expect(panel.locator('.event').first()).toHaveAttribute('data-applies-to', 'every-destination');
  await expect(panel.locator('.event[data-country="AGO"]').first()).toHaveAttribute('data-event', latest.id);
  await expect(panel).toContainText(latest.summary);
  await expect(page).toHaveURL(/[?&]country=AGO\b/);

  // Clicking the ocean (the mid North Atlantic, clear of the legend) clears the selection.
  const ocean = await project(page, -40, 28);
  await page.mouse.click(ocean.x, ocean.y);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/What was reported up to/);
  await expect(page).not.toHaveURL(/country=/);
  expect(w.errors).toEqual([]);
});

test("a quote's link points at its source, with a text fragment, in a new tab", async ({ page, data }) => {
  const cases = [
    {
      // Angola's newest event quotes a tracker page: a link with a text fragment; the source has no note.
      country: 'AGO', name: 'Angola', event: 'ago-2025-05-05-refused', source: 'fixture-tracker',
      href: 'https://example.org/fixture/tracker#:~:text=Angola%20said%20it%20does%20not%20accept%20individuals%20of%20other%20nationalities.',
      notes: [] as string[],
    },
    {
      // Guatemala's newest event quotes a copy whose wording differs from its page: a plain link, and the copy's note.
      country: 'GTM', name: 'Guatemala', event: 'gtm-2021-02-06-suspended', source: 'fixture-wire-2021-02-06',
      href: 'https://example.org/fixture/2021-02-06',
      notes: ['A test copy whose wording differs from the page, so its links carry no text fragment; for the browser tests.'],
    },
  ];
  for (const c of cases) {
    const event = eventById(data, c.event);
    const source = sourceById(data, c.source);
    const q = event.quotes[0];
    if (!q) throw new Error(`${c.event} has no quote`);
    expect(q.source).toBe(source.id);
    const raw = rawQuote(source, q);

    await page.goto(`/?country=${c.country}&view=table`);
    // The first quote of the country's own events is its newest event's first.
    const panel = page.getByTestId('story-panel');
    await expect(panel.locator(`.event[data-country="${c.country}"]`).first()).toHaveAttribute('data-event', event.id);
    const quote = panel.locator(`[data-event="${event.id}"] figure.quote`).first();
    await expect(quote).toContainText(provenanceLabel(source, en));
    const link = quote.getByRole('link', { name: /Open the source page/ });
    await expect(link).toHaveAttribute('href', c.href);
    expect(quoteLink(source, raw)).toBe(c.href);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);

    await quote.getByRole('button', { name: 'Read the text we hold' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await expect(dialog.locator('mark')).toHaveText(raw);
    await expect(dialog.locator('.reader-note span')).toHaveText(c.notes);
    expect(source.note === undefined ? [] : [source.note]).toEqual(c.notes);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // Escape closed the dialog only: the country stays selected.
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(c.name);
  }
});

test('invalid URL parameters are ignored with a warning, not a crash', async ({ page, baseURL }) => {
  const w = watchPage(page, baseURL as string);
  await page.goto('/?date=2025-02-30&country=ZZZ&view=globe&bogus=1');
  // The default date: the last event's.
  await expect(page.getByTestId('current-date')).toHaveText('15 May 2026');
  await expect(page.getByRole('button', { name: 'Map' })).toHaveAttribute('aria-pressed', 'true');
  expect(w.errors).toEqual([]);
  expect(w.warnings.join('\n')).toContain('date="2025-02-30" ignored');
  expect(w.warnings.join('\n')).toContain('country="ZZZ" ignored');
  expect(w.warnings.join('\n')).toContain('unknown URL parameter "bogus"');
});

test('the view switch and date are written to the URL', async ({ page, data: { index } }) => {
  const before = dayToIso(fromEnd(index, 1));
  expect(before).toBe('2026-03-01');
  await page.goto(`/?date=${before}`);
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?date=${before}&view=table$`));
  // The next event is the latest date, the default, so the date leaves the URL.
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(page.getByTestId('current-date')).toHaveText(label(index.lastDay));
  await expect(page).toHaveURL(/\?view=table$/);
});

test('page keys step the timeline, also right after a button was clicked', async ({ page, data: { index } }) => {
  const start = fromEnd(index, 1);
  // 1 March 2026, back to 25 February (the US-wide event's day), a month back from 1 March: 1 February.
  expect([start, fromEnd(index, 2), stepDay(start, 'prevMonth', index)].map(dayToIso)).toEqual(['2026-03-01', '2026-02-25', '2026-02-01']);
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

test('at 390×844 the whole page fits the width and the map is drawn', { tag: '@webgl' }, async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openMap(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Angola is refused at the last date.
  const angola = await pixelAt(page, ...ANGOLA);
  expect(showsStatus(angola, 'refused'), `Angola drawn ${hex(angola)}`).toBe(true);
});

test('play steps event by event and stops at the last date; Space toggles it', async ({ page, data: { index } }) => {
  await page.goto(`/?view=table&date=${dayToIso(fromEnd(index, 2))}`);
  const play = page.getByRole('button', { name: 'Play' });
  await play.click();
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('current-date')).toHaveText(label(fromEnd(index, 1)));
  await expect(page.getByTestId('current-date')).toHaveText(label(index.lastDay));
  await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  expect(await tableStatuses(page)).toEqual(statusesAt(index, index.lastDay));

  // From the end, play starts again at the first event; Space on the page pauses it. Every date
  // shown is noted as it changes, so a slow machine that is already past the first event when
  // the test looks still shows where play began.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.getByTestId('current-date').evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { seenDates: string[] }).seenDates = seen;
    new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
  });
  await page.keyboard.press('Space');
  await expect.poll(() => page.evaluate(() => (window as unknown as { seenDates: string[] }).seenDates.length)).toBeGreaterThan(0);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  expect((await page.evaluate(() => (window as unknown as { seenDates: string[] }).seenDates))[0]).toBe(label(index.firstDay));
});

test('a small country with a status is drawn as a dot in its colour that can be hovered and clicked', { tag: '@webgl' }, async ({ page, baseURL, data: { index } }) => {
  const w = watchPage(page, baseURL as string);
  const topo = (await (await page.request.get(`${baseURL}/geo/countries-50m.topo.json`)).json()) as {
    objects: { countries: { geometries: { id: string; properties: { marker?: [number, number] } }[] } };
  };
  // Saint Kitts and Nevis (agreement) is the one country drawn as a dot with a status at the last date.
  const dots = topo.objects.countries.geometries.filter((g) => g.properties.marker && index.statusAt(g.id, index.lastDay));
  expect(dots.map((g) => g.id)).toEqual(['KNA']);
  const [lng, lat] = dots[0]!.properties.marker as [number, number];
  await openMap(page);
  const colour = await pixelAt(page, lng, lat);
  expect(close(colour, STATUS_COLOURS.agreement), `KNA dot drawn ${hex(colour)}`).toBe(true);
  const p = await project(page, lng, lat);
  await page.mouse.move(p.x, p.y);
  await expect(page.getByRole('tooltip')).toContainText(/(Saint|St) Kitts/);
  await expect(page.getByRole('tooltip')).toContainText(en.status.labels.agreement);
  await page.mouse.click(p.x, p.y);
  await expect(page).toHaveURL(/[?&]country=KNA\b/);
  expect(w.errors).toEqual([]);
});

test('without its geometry the map says so and the table shows the same data; the page does not crash', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL as string);
  await page.route(/\/geo\/[^/]+\.topo\.json$|\/assets\/world-[^/]+\.json$/, (r) => r.abort());
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: en.failure.geometry })).toBeVisible();
  await expect(page.getByRole('status').getByRole('button', { name: en.failure.retry })).toBeVisible();
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
    // playwright.config.ts starts Chromium with SwiftShader's WebGL, whatever the machine's GPU.
    expect(renderer).toMatch(/swiftshader|llvmpipe/i);
    await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'svg');
    expect(fetched.filter((u) => /maplibre/i.test(u))).toEqual([]);
  });
});

test('the story panel draws a page of events at a time, newest first, and shows earlier ones on request', async ({ page, data: { dataset } }) => {
  // 22 events up to the last date: a page of 20, then the 2 earlier ones.
  const ids = dataset.events.map((e) => e.id).reverse();
  expect(ids).toHaveLength(22);
  await openMap(page);
  const cards = page.getByTestId('story-panel').locator('.event');
  await expect(cards).toHaveCount(PANEL_PAGE);
  await expect(cards.first()).toHaveAttribute('data-event', 'pan-2026-05-15-talks');
  expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-event')))).toEqual(ids.slice(0, PANEL_PAGE));
  const more = page.getByRole('button', { name: en.showEarlier(2, 2) });
  await more.click();
  await expect(cards).toHaveCount(22);
  expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-event')))).toEqual(ids);
  await expect(more).toHaveCount(0);
});
