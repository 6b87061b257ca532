/**
 * Downloads: at the default date and at another, each of the six files is named after the date
 * and holds what the tests' data set (e2e/fixtures/data) gives at that date. Expected statuses are
 * computed here from its events (the latest status-bearing event on or before the day; on the same
 * day the later one), not by the app's index, and checked against what the fixture states.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { MAP_COLOURS, statusColour } from '../src/color/palette.ts';
import { formatDay, formatPartialDate, isoToDay } from '../src/data/dates.ts';
import type { Dataset, Status } from '../src/data/types.ts';
import { parseCsv } from '../src/export/csv.ts';
import { EVENT_COLUMNS, STATUS_COLUMNS, type EventsDocument, type StatusesDocument } from '../src/export/dataExport.ts';
import { MAP_TOP, PNG_RATIO, SCENE_HEIGHT, SCENE_WIDTH, sceneFit } from '../src/export/sceneLayout.ts';
import en from '../src/i18n/catalogues/en.ts';
import { projectFit } from '../src/map/svgGeometry.ts';
import { expect, test } from './fixtures.ts';
import { close, interiorPoint, servedCountries, tableStatuses } from './helpers.ts';

const LOCALE = 'en-GB';

/** Each country's status at `day`, from the served events alone. */
function expectedStatuses(dataset: Dataset, day: number): Map<string, Status> {
  const out = new Map<string, Status>();
  for (const e of dataset.events) if (e.status !== null && e.day <= day) out.set(e.country, e.status);
  return out;
}

/**
 * The dates tested: the default (the last event's) and one in the middle of the history, with the
 * statuses the fixture gives then. Mauritania's status is dated by a report ("by", not "since").
 */
const DATES = {
  default: {
    iso: '2026-05-15',
    // The latest date: the legend says "as of" it.
    heading: 'Status as of',
    statuses: { SLV: 'receiving', GTM: 'ended', MEX: 'receiving', CRI: 'receiving', GNQ: 'approached', AGO: 'refused', SWZ: 'receiving', MRT: 'approached', COD: 'agreement', KNA: 'agreement' },
  },
  other: {
    iso: '2025-07-15',
    heading: 'Status on',
    statuses: { SLV: 'receiving', GTM: 'ended', MEX: 'receiving', CRI: 'receiving', GNQ: 'approached', AGO: 'refused', SWZ: 'receiving', MRT: 'approached' },
  },
} as const;

/** Countries big enough to probe in the PNG: one with each plain status at the default date, and two with none. */
const PROBES = ['MEX', 'MRT', 'COD', 'BRA', 'CAN'];

type Item = 'Map as PNG image' | 'Map as SVG image' | 'Statuses on' | 'All events and quotes (CSV)' | 'All events and quotes (JSON)';

/** Opens the menu, clicks the item and returns the download's suggested name and contents. */
async function downloadFrom(page: Page, item: Item | RegExp): Promise<{ name: string; body: Buffer }> {
  const button = page.getByRole('button', { name: 'Download', exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download').getByRole('button', { name: item }).click(),
  ]);
  const path = await download.path();
  // The menu closes and gives focus back to its button.
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
  return { name: download.suggestedFilename(), body: await readFile(path) };
}

for (const which of ['default', 'other'] as const) {
  test.describe(`downloads at the ${which} date`, () => {
    const { iso, statuses, heading } = DATES[which];
    const day = isoToDay(iso) as number;
    /** Opens the app at the date: the default one with no date in the URL. */
    const open = async (page: Page, view: 'map' | 'table' = 'map') => {
      const query = new URLSearchParams(which === 'default' ? {} : { date: iso });
      if (view === 'table') query.set('view', view);
      await page.goto(`/?${query}`);
      await expect(page.getByTestId('current-date')).toHaveText(formatDay(day, LOCALE));
    };
    const expectedAt = (dataset: Dataset) => {
      const expected = expectedStatuses(dataset, day);
      expect(Object.fromEntries(expected)).toEqual(statuses);
      return expected;
    };

    test('statuses as CSV and JSON: the countries with a status then, in the table’s order', async ({ page, data: { dataset } }) => {
      await open(page, 'table');
      const expected = expectedAt(dataset);
      // The table view's rows at that date, in order, with the names it shows.
      expect(Object.keys(await tableStatuses(page)).length).toBe(expected.size);
      const tableRows = await page.locator('[data-testid="status-table"] tbody tr').evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute('data-country') ?? '', tr.querySelector('th')?.textContent?.trim() ?? ''] as [string, string]));
      const tableOrder = tableRows.map(([c]) => c);
      const tableNames = new Map(tableRows);

      const csv = await downloadFrom(page, /^Statuses on .* \(CSV\)$/);
      expect(csv.name).toBe(`third-country-deportations-statuses-${iso}.csv`);
      const text = csv.body.toString('utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text.endsWith('\r\n')).toBe(true);
      const [header, ...records] = parseCsv(text);
      expect(header).toEqual([...STATUS_COLUMNS]);
      const col = (r: string[], name: (typeof STATUS_COLUMNS)[number]) => r[STATUS_COLUMNS.indexOf(name)] as string;
      expect(new Map(records.map((r) => [col(r, 'country'), col(r, 'status')]))).toEqual(expected);
      expect(records.map((r) => col(r, 'country'))).toEqual(tableOrder);
      for (const r of records) {
        const country = col(r, 'country');
        expect(col(r, 'country_name')).toBe(tableNames.get(country));
        expect(col(r, 'status_label')).toBe(en.status.labels[col(r, 'status') as Status]);
        // The event in force is the latest status-bearing event of the country on or before the day.
        const inForce = dataset.events.filter((e) => e.country === country && e.status !== null && e.day <= day).at(-1);
        if (!inForce) throw new Error(`${country} has no status-bearing event by ${iso}`);
        expect(col(r, 'event_id')).toBe(inForce.id);
        expect(col(r, 'source_ids').split(';').sort()).toEqual([...new Set(inForce.quotes.map((q) => q.source))].sort());
        const since = dataset.events.find((e) => e.id === col(r, 'since_event_id'));
        if (!since) throw new Error(`${country}: since_event_id "${col(r, 'since_event_id')}" is no event`);
        expect(since.country).toBe(country);
        expect(since.status).toBe(inForce.status);
        expect(col(r, 'since')).toBe(since.date);
        expect(col(r, 'since_basis')).toBe(since.dateBasis === 'reported' ? 'by' : 'since');
      }
      // Mauritania's status is known by a report's date; Mexico's since its first transfer, El Salvador's with its count.
      const row = (country: string) => records.find((r) => col(r, 'country') === country) as string[];
      expect([col(row('MRT'), 'since'), col(row('MRT'), 'since_basis')]).toEqual(['2025-07-10', 'by']);
      expect([col(row('MEX'), 'since'), col(row('MEX'), 'since_basis'), col(row('MEX'), 'since_event_id')]).toEqual(['2025-02-14', 'since', 'mex-2025-02-14-receiving']);
      expect(col(row('MEX'), 'event_id')).toBe('mex-2025-06-20-receiving');
      expect([col(row('SLV'), 'people_at_least'), col(row('AGO'), 'people_at_least')]).toEqual(['250', '']);

      const json = await downloadFrom(page, /^Statuses on .* \(JSON\)$/);
      expect(json.name).toBe(`third-country-deportations-statuses-${iso}.json`);
      const doc = JSON.parse(json.body.toString('utf8')) as StatusesDocument;
      expect(doc.date).toBe(iso);
      expect(doc.checked).toBe(dataset.checked);
      expect(new Map(doc.statuses.map((r) => [r.country, r.status]))).toEqual(expected);
      expect(doc.statuses.map((r) => r.country)).toEqual(tableOrder);
      // The JSON and the CSV are the same rows.
      expect(doc.statuses.map((r) => [r.country, r.since, r.eventId, r.peopleAtLeast === null ? '' : String(r.peopleAtLeast)])).toEqual(
        records.map((r) => [col(r, 'country'), col(r, 'since'), col(r, 'event_id'), col(r, 'people_at_least')]),
      );
    });

    test('all events and quotes as CSV and JSON: every event, every quote, every source', async ({ page, data: { dataset } }) => {
      await open(page);

      const json = await downloadFrom(page, 'All events and quotes (JSON)');
      expect(json.name).toBe(`third-country-deportations-events-${iso}.json`);
      const doc = JSON.parse(json.body.toString('utf8')) as EventsDocument;
      expect(doc.checked).toBe(dataset.checked);
      expect(doc.events.map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
      // All 22, the US-wide event and the context event among them, whatever the date.
      expect(doc.events).toHaveLength(22);
      expect(doc.events.map((e) => e.id)).toEqual(expect.arrayContaining(['usa-2026-02-25-ruling', 'pan-2026-05-15-talks']));
      for (const [i, e] of doc.events.entries()) {
        const served = dataset.events[i] as Dataset['events'][number];
        expect([e.date, e.country, e.status, e.summary, e.people]).toEqual([served.date, served.country, served.status, served.summary, served.people]);
        expect(e.quotes.map((q) => [q.text, q.source, q.speaker, q.lang])).toEqual(served.quotes.map((q) => [q.text, q.source, q.speaker, q.lang]));
      }
      expect(doc.sources.map((s) => [s.id, s.publisher, s.url, s.published, s.added, s.updated])).toEqual(dataset.sources.map((s) => [s.id, s.publisher, s.url, s.published, s.added, s.updated]));
      // Each record says when it entered the data and when it last changed (data/README.md, "Dated changes").
      expect(doc.events.map((e) => [e.added, e.updated])).toEqual(dataset.events.map((e) => [e.added, e.updated]));
      const slv = doc.events.find((e) => e.id === 'slv-2025-03-15-receiving');
      expect([slv?.added, slv?.updated]).toEqual(['2026-05-20', '2026-06-25']);
      expect(doc.events.find((e) => e.id === 'pan-2026-05-15-talks')).toMatchObject({ added: '2026-06-20' });
      expect(doc.events.find((e) => e.id === 'pan-2026-05-15-talks')).not.toHaveProperty('updated');

      const csv = await downloadFrom(page, 'All events and quotes (CSV)');
      expect(csv.name).toBe(`third-country-deportations-events-${iso}.csv`);
      const [header, ...records] = parseCsv(csv.body.toString('utf8'));
      expect(header).toEqual([...EVENT_COLUMNS]);
      const col = (r: string[], name: (typeof EVENT_COLUMNS)[number]) => r[EVENT_COLUMNS.indexOf(name)] as string;
      const expected = dataset.events.flatMap((e) => e.quotes.map((q) => [e.id, e.date, e.country, e.status ?? '', q.text, q.source, q.lang]));
      expect(records.map((r) => [col(r, 'event_id'), col(r, 'event_date'), col(r, 'country'), col(r, 'status'), col(r, 'quote_text'), col(r, 'source_id'), col(r, 'quote_lang')])).toEqual(expected);
      const urls = new Map(dataset.sources.map((s) => [s.id, s.url]));
      for (const r of records) expect(col(r, 'source_url')).toBe(urls.get(col(r, 'source_id')));
      expect(records.map((r) => [col(r, 'event_added'), col(r, 'event_updated')])).toEqual(dataset.events.flatMap((e) => e.quotes.map(() => [e.added, e.updated ?? ''])));
      expect(records.filter((r) => col(r, 'event_id') === 'slv-2025-03-15-receiving').map((r) => [col(r, 'event_added'), col(r, 'event_updated')])[0]).toEqual(['2026-05-20', '2026-06-25']);
    });

    test('the map as SVG and PNG: every country in its colour at that date, with legend, date and source line', async ({ page, baseURL, data: { dataset } }) => {
      const countries = await servedCountries(baseURL as string);
      await open(page);
      const expected = expectedAt(dataset);

      const svg = await downloadFrom(page, 'Map as SVG image');
      expect(svg.name).toBe(`third-country-deportations-map-${iso}.svg`);
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const grounds = Object.fromEntries([...doc.querySelectorAll('pattern')].map((p) => [p.id, p.querySelector('rect')?.getAttribute('fill')]));
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.localName,
          paths: [...doc.querySelectorAll('#countries path')].map((p) => [p.getAttribute('data-iso'), p.getAttribute('fill')] as [string, string]),
          grounds,
          texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        };
      }, svg.body.toString('utf8'));
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe('svg');
      expect(parsed.paths.map(([i]) => i).sort()).toEqual([...countries.keys()].sort());
      const fillOf = (fill: string) => (fill.startsWith('url(#') ? parsed.grounds[fill.slice(5, -1)] : fill);
      const fills = new Map(parsed.paths.map(([i, f]) => [i, fillOf(f)]));
      for (const [country, f] of fills) expect(f, country).toBe(statusColour(expected.get(country) ?? null, 'light'));
      // The patterned statuses are drawn with their patterns' grounds.
      const drawn = new Map(parsed.paths);
      expect(drawn.get('AGO')).toMatch(/^url\(#/);
      expect(drawn.get('GTM')).toMatch(/^url\(#/);
      expect(drawn.get('MEX')).toBe(statusColour('receiving', 'light'));
      expect(parsed.texts).toContain(`${heading} ${formatDay(day, LOCALE)}`);
      expect(parsed.texts).toContain(en.title);
      // The fixture's sources reach 15 May 2026 whatever the date shown.
      expect(parsed.texts.some((t) => t.startsWith('Source: ') && t.includes(`sources up to 15 May 2026, data checked ${formatPartialDate(dataset.checked, LOCALE)}`))).toBe(true);
      for (const s of ['approached', 'agreement', 'receiving', 'refused', 'ended'] as const) expect(parsed.texts).toContain(en.status.labels[s]);

      const png = await downloadFrom(page, 'Map as PNG image');
      expect(png.name).toBe(`third-country-deportations-map-${iso}.png`);
      expect(png.body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.body.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect([png.body.readUInt32BE(16), png.body.readUInt32BE(20)]).toEqual([SCENE_WIDTH * PNG_RATIO, SCENE_HEIGHT * PNG_RATIO]);

      // Pixels inside a few big countries (unpatterned ones, and ones without a status) are their colours.
      const fit = sceneFit();
      const probes: { country: string; x: number; y: number; colour: string }[] = [];
      for (const country of PROBES) {
        const f = countries.get(country);
        if (!f) throw new Error(`${country} is not on the basemap`);
        const [lng, lat] = interiorPoint(f);
        const p = projectFit(fit, lng, lat);
        probes.push({ country, x: Math.round(p.x * PNG_RATIO), y: Math.round((p.y + MAP_TOP) * PNG_RATIO), colour: statusColour(expected.get(country) ?? null, 'light') });
      }
      // And the ocean, in the South Atlantic.
      const sea = projectFit(fit, -20, -30);
      probes.push({ country: 'ocean', x: Math.round(sea.x * PNG_RATIO), y: Math.round((sea.y + MAP_TOP) * PNG_RATIO), colour: MAP_COLOURS.light.ocean });
      const sampled = await page.evaluate(async ({ b64, points }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const ctx = c.getContext('2d') as CanvasRenderingContext2D;
        ctx.drawImage(img, 0, 0);
        const all = ctx.getImageData(0, 0, c.width, c.height).data;
        const distinct = new Set<number>();
        for (let i = 0; i < all.length; i += 4 * 997) distinct.add((all[i]! << 16) | (all[i + 1]! << 8) | all[i + 2]!);
        return {
          distinct: distinct.size,
          at: points.map((p) => [...ctx.getImageData(p.x, p.y, 1, 1).data.slice(0, 3)] as [number, number, number]),
        };
      }, { b64: png.body.toString('base64'), points: probes });
      expect(sampled.distinct).toBeGreaterThan(8);
      // At least three different colours among the probes (and the ocean's).
      expect(new Set(probes.map((p) => p.colour)).size).toBeGreaterThanOrEqual(4);
      probes.forEach((p, i) => expect(close(sampled.at[i] as [number, number, number], p.colour, 3), `${p.country} drawn ${sampled.at[i]}`).toBe(true));
    });
  });
}

test('the menu works from the keyboard: Esc closes it, gives focus back and keeps the selection', async ({ page }) => {
  await page.goto('/?country=SLV');
  const button = page.getByRole('button', { name: 'Download', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'Map as PNG image' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'Map as SVG image' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('button', { name: 'How to cite, licence and method (README)' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('button', { name: 'All events and quotes (JSON)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
  await expect(page.getByRole('button', { name: 'Map as PNG image' })).toBeHidden();
  expect(new URL(page.url()).searchParams.get('country')).toBe('SLV');
});

test('over the table the button does not cover the caption', async ({ page }) => {
  for (const width of [1280, 900, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/?view=table');
    const caption = await page.locator('[data-testid="status-table"] caption').boundingBox();
    const button = await page.getByRole('button', { name: 'Download', exact: true }).boundingBox();
    if (!caption || !button) throw new Error('not visible');
    const overlap = button.x < caption.x + caption.width && caption.x < button.x + button.width && button.y < caption.y + caption.height && caption.y < button.y + button.height;
    expect(overlap, `at ${width} px`).toBe(false);
  }
});

test('a date given in the URL names the files', async ({ page, data: { index } }) => {
  // A date between events, within the history (1 January 2019 to 15 May 2026).
  const iso = '2025-03-31';
  expect(index.eventDays).not.toContain(isoToDay(iso));
  expect(isoToDay(iso)).toBeGreaterThan(index.firstDay);
  await page.goto(`/?date=${iso}`);
  const { name } = await downloadFrom(page, /^Statuses on 31 March 2025 \(CSV\)$/);
  expect(name).toBe(`third-country-deportations-statuses-${iso}.csv`);
});
