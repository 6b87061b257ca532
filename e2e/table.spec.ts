/**
 * The table view: sorting by each column (pointer and keyboard), the order in the URL and back
 * from it, the statuses download in the order shown; the status strip (a country's history at a
 * glance) in the table's rows and in a country's story, with its text; axe over both. The expected
 * orders and strips are worked out here from the fixture's events (e2e/fixtures/data), not read
 * off the app's own sort.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { statusColour } from '../src/color/palette.ts';
import { dayNumber, formatPartialDate } from '../src/data/dates.ts';
import { STATUSES, type CompiledEvent, type Status } from '../src/data/types.ts';
import { parseCsv } from '../src/export/csv.ts';
import { STATUS_COLUMNS } from '../src/export/dataExport.ts';
import en from '../src/i18n/catalogues/en.ts';
import { expect, test, type TestData } from './fixtures.ts';
import { cssHex, watchPage } from './helpers.ts';

const LOCALE = 'en-GB';
const collator = new Intl.Collator(LOCALE);
/** The strip's first day: 1 January 2019. */
const STRIP_START = dayNumber(2019, 1, 1);

const COLUMNS = ['country', 'status', 'since', 'people'] as const;
type Column = (typeof COLUMNS)[number];
const HEADINGS: Record<Column, string> = { country: en.tableCountry, status: en.tableStatus, since: en.tableSince, people: en.tablePeople };

interface Row { iso: string; name: string; status: Status; since: number; people: number }

/** What the table shows at the latest date, from the fixture: each country's status, the day its run began, its count. Names as the page shows them. */
function latestRows(data: TestData, names: ReadonlyMap<string, string>): Row[] {
  const day = data.index.lastDay;
  const rows: Row[] = [];
  for (const [iso, { status }] of data.index.allAt(day)) {
    const own = data.dataset.events.filter((e) => e.country === iso && e.status !== null && e.day <= day);
    // The run in force began after the last event of another status.
    let i = own.length - 1;
    while (i > 0 && own[i - 1]?.status === status) i--;
    rows.push({ iso, name: names.get(iso) ?? '', status, since: (own[i] as CompiledEvent).day, people: data.people.countryAt(iso, day) });
  }
  return rows;
}

/** The order a sort should give: by the column, reversed for descending; equal values by name, A to Z, either way. */
function expectedOrder(rows: readonly Row[], column: Column, descending: boolean): string[] {
  const value = (r: Row): number => (column === 'status' ? STATUSES.indexOf(r.status) : column === 'since' ? r.since : column === 'people' ? r.people : 0);
  const sign = descending ? -1 : 1;
  return [...rows]
    .sort((a, b) => (column === 'country' ? sign * collator.compare(a.name, b.name) : sign * (value(a) - value(b)) || collator.compare(a.name, b.name)))
    .map((r) => r.iso);
}

const table = (page: Page) => page.getByTestId('status-table');
const tableOrder = (page: Page) => table(page).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-country') ?? ''));
const header = (page: Page, column: Column) => table(page).locator(`thead th[data-sort="${column}"]`);

async function tableNames(page: Page): Promise<Map<string, string>> {
  await expect(table(page).locator('tbody tr').first()).toBeVisible();
  const pairs = await table(page).locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.getAttribute('data-country') ?? '', tr.querySelector('th')?.textContent?.trim() ?? ''] as [string, string]));
  return new Map(pairs);
}

/** The only sorted header is `column`, in that direction; the others carry no aria-sort. */
async function expectSortedBy(page: Page, column: Column, direction: 'ascending' | 'descending'): Promise<void> {
  await expect(header(page, column)).toHaveAttribute('aria-sort', direction);
  for (const other of COLUMNS.filter((c) => c !== column)) await expect(header(page, other)).not.toHaveAttribute('aria-sort', /.*/);
}

test.describe('sorting the table', () => {
  test('the fixture has the ties and spreads the sort is tested on', ({ data }) => {
    const rows = latestRows(data, new Map());
    const count = (f: (r: Row) => unknown) => new Set(rows.map(f)).size;
    // Every status is there, and some countries share one; some share a count (none known, 0); the "since" days spread.
    expect(count((r) => r.status)).toBe(STATUSES.length);
    expect(count((r) => r.status)).toBeLessThan(rows.length);
    expect(count((r) => r.people)).toBeLessThan(rows.length);
    expect(count((r) => r.since)).toBeGreaterThan(3);
    // Status order is the legend's, not the alphabet's.
    expect([...STATUSES].sort()).not.toEqual([...STATUSES]);
  });

  test('by default by status in the legend’s order; each header sorts by its column, again reverses it; the URL follows', async ({ page, data }) => {
    await page.goto('/?view=table');
    const names = await tableNames(page);
    const rows = latestRows(data, names);
    expect(names.size).toBe(rows.length);
    // The default: by status, ascending, not written to the URL.
    await expectSortedBy(page, 'status', 'ascending');
    expect(await tableOrder(page)).toEqual(expectedOrder(rows, 'status', false));
    expect(new URL(page.url()).searchParams.has('sort')).toBe(false);

    // From another column's order, each header sorts by its own ascending, and again descending.
    for (const column of ['country', 'status', 'since', 'people', 'status'] as const) {
      const button = header(page, column).getByRole('button', { name: HEADINGS[column], exact: true });
      for (const direction of ['ascending', 'descending'] as const) {
        await button.click();
        await expectSortedBy(page, column, direction);
        expect(await tableOrder(page)).toEqual(expectedOrder(rows, column, direction === 'descending'));
        const param = direction === 'descending' ? `-${column}` : column;
        // The default order (status, ascending) is never written; any other is, after the URL sync's short delay.
        await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe(param === 'status' ? null : param);
      }
    }
    // From the default order (by status), the status header reverses it.
    await page.goto('/?view=table');
    await header(page, 'status').getByRole('button').click();
    await expectSortedBy(page, 'status', 'descending');
    expect(await tableOrder(page)).toEqual(expectedOrder(rows, 'status', true));
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('-status');
  });

  test('by keyboard: Enter and Space on a header button sort, the headers are buttons inside column headers', async ({ page, data }) => {
    await page.goto('/?view=table');
    const rows = latestRows(data, await tableNames(page));
    const people = table(page).getByRole('columnheader', { name: en.tablePeople }).getByRole('button');
    await people.focus();
    await page.keyboard.press('Enter');
    await expectSortedBy(page, 'people', 'ascending');
    expect(await tableOrder(page)).toEqual(expectedOrder(rows, 'people', false));
    await page.keyboard.press('Space');
    await expectSortedBy(page, 'people', 'descending');
    expect(await tableOrder(page)).toEqual(expectedOrder(rows, 'people', true));
    // Focus stays on the button; Tab goes on to the next header's.
    await expect(people).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(header(page, 'since').getByRole('button')).toBeFocused();
    await page.keyboard.press('Enter');
    await expectSortedBy(page, 'since', 'ascending');
    expect(await tableOrder(page)).toEqual(expectedOrder(rows, 'since', false));
  });

  for (const column of COLUMNS) {
    for (const descending of [false, true]) {
      const param = `${descending ? '-' : ''}${column}`;
      test(`restored from the URL: sort=${param}`, async ({ page, baseURL, data }) => {
        const watch = watchPage(page, baseURL as string);
        await page.goto(`/?view=table&sort=${param}`);
        const rows = latestRows(data, await tableNames(page));
        await expectSortedBy(page, column, descending ? 'descending' : 'ascending');
        expect(await tableOrder(page)).toEqual(expectedOrder(rows, column, descending));
        expect(watch.warnings.filter((w) => w.includes('sort'))).toEqual([]);
      });
    }
  }

  test('an invalid sort in the URL: the default order, one warning, and the address cleaned', async ({ page, baseURL, data }) => {
    const watch = watchPage(page, baseURL as string);
    await page.goto('/?view=table&sort=-bogus');
    const rows = latestRows(data, await tableNames(page));
    await expectSortedBy(page, 'status', 'ascending');
    expect(await tableOrder(page)).toEqual(expectedOrder(rows, 'status', false));
    await expect.poll(() => new URL(page.url()).search).toBe('?view=table');
    expect(watch.warnings.filter((w) => w.includes('sort'))).toEqual([expect.stringContaining('sort="-bogus" ignored')]);
  });

  test('the statuses download comes in the order shown', async ({ page, data }) => {
    await page.goto('/?view=table&sort=-since');
    const rows = latestRows(data, await tableNames(page));
    const shown = await tableOrder(page);
    expect(shown).toEqual(expectedOrder(rows, 'since', true));
    // It differs from the default order, so the download cannot pass by giving that.
    expect(shown).not.toEqual(expectedOrder(rows, 'status', false));
    const order = async () => {
      const button = page.getByRole('button', { name: 'Download', exact: true });
      await button.click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('download').getByRole('button', { name: /^Statuses on .* \(CSV\)$/ }).click(),
      ]);
      const [head, ...records] = parseCsv((await readFile(await download.path())).toString('utf8'));
      expect(head).toEqual([...STATUS_COLUMNS]);
      return records.map((r) => r[STATUS_COLUMNS.indexOf('country')]);
    };
    expect(await order()).toEqual(shown);
    // Sorted again in the page, the next download follows.
    await header(page, 'country').getByRole('button').click();
    await expectSortedBy(page, 'country', 'ascending');
    const byName = await tableOrder(page);
    expect(byName).toEqual(expectedOrder(rows, 'country', false));
    expect(await order()).toEqual(byName);
  });
});

/** A country's runs of statuses from the fixture's events: each run's status and the event that began it (same day: the later one). */
function runs(data: TestData, iso: string): { status: Status; event: CompiledEvent }[] {
  const out: { status: Status; event: CompiledEvent }[] = [];
  for (const e of data.dataset.events.filter((x) => x.country === iso && x.status !== null && x.day <= data.index.lastDay)) {
    const last = out.at(-1);
    if (last?.status === e.status) continue;
    if (last && last.event.day === e.day) {
      out.pop();
      const before = out.at(-1);
      if (before?.status !== e.status) out.push({ status: e.status as Status, event: e });
      continue;
    }
    out.push({ status: e.status as Status, event: e });
  }
  return out;
}

/** The strip's text, as the catalogue words it, from those runs. */
function stripText(data: TestData, iso: string): string {
  return runs(data, iso)
    .map((r, i) => en.strip.span(en.status.labels[r.status], formatPartialDate(r.event.date, LOCALE), r.event.dateBasis === 'reported', i === 0))
    .join('; ');
}

/** Checks a strip: its text, its runs' statuses and colours in order, and the tick at the day shown. */
async function expectStrip(strip: Locator, data: TestData, iso: string, day: number): Promise<void> {
  await expect(strip).toHaveAttribute('role', 'img');
  await expect(strip).toHaveAccessibleName(stripText(data, iso));
  const expected = runs(data, iso);
  const leadingNone = (expected[0]?.event.day ?? STRIP_START) > STRIP_START;
  const spans = strip.locator('.status-strip-span');
  await expect(spans).toHaveCount(expected.length + (leadingNone ? 1 : 0));
  const drawn = await spans.evaluateAll((els) => els.map((el) => ({ status: el.getAttribute('data-status'), colour: getComputedStyle(el).backgroundColor })));
  expect(drawn.map((s) => s.status)).toEqual([...(leadingNone ? ['none'] : []), ...expected.map((r) => r.status)]);
  for (const [i, s] of drawn.entries()) expect(cssHex(s.colour), `run ${i}`).toBe(statusColour(s.status === 'none' ? null : (s.status as Status)));
  // The strip spans 1 January 2019 to the horizon; the tick marks the day shown.
  const box = await strip.boundingBox();
  const tick = await strip.locator('.status-strip-tick').boundingBox();
  if (!box || !tick) throw new Error('the strip or its tick is not laid out');
  expect(box.height).toBeGreaterThanOrEqual(3);
  expect(box.height).toBeLessThanOrEqual(10);
  const at = (tick.x + tick.width / 2 - box.x) / box.width;
  expect(Math.abs(at - (day - STRIP_START + 0.5) / (data.index.lastDay + 1 - STRIP_START)) * box.width).toBeLessThan(1.5);
}

test.describe('the status strip', () => {
  test('in a country’s story: its history from 2019 to the horizon, the date shown marked, in words too', async ({ page, data }) => {
    // El Salvador: approached (2019, year only) → agreement → receiving: three runs, the first dated by its year.
    expect(runs(data, 'SLV').map((r) => r.status)).toEqual(['approached', 'agreement', 'receiving']);
    await page.goto('/?country=SLV');
    await expect(page.locator('#story-title')).toHaveText('El Salvador');
    const strip = page.getByTestId('story-panel').getByRole('img', { name: stripText(data, 'SLV') });
    await expect(strip).toBeVisible();
    await expect(strip).toHaveAccessibleName('Approached from 2019; agreement from 20 September 2019; receiving deportees from 15 March 2025');
    await expectStrip(strip, data, 'SLV', data.index.lastDay);
    // At another date the runs stay; the tick moves.
    const day = dayNumber(2021, 6, 1);
    await page.goto('/?country=SLV&date=2021-06-01');
    await expect(page.locator('#story-title')).toHaveText('El Salvador');
    await expectStrip(page.getByTestId('story-panel').getByTestId('status-strip'), data, 'SLV', day);
  });

  test('in every row of the table, each with its country’s history', async ({ page, data }) => {
    await page.goto('/?view=table&date=2025-07-15');
    const day = dayNumber(2025, 7, 15);
    const isos = [...data.index.allAt(day).keys()];
    await expect(table(page).locator('tbody tr')).toHaveCount(isos.length);
    for (const iso of isos) {
      const row = table(page).locator(`tbody tr[data-country="${iso}"]`);
      await expect(row.getByTestId('status-strip')).toHaveCount(1);
      await expectStrip(row.getByTestId('status-strip'), data, iso, day);
    }
    // Angola: two events on one day, the later one (refused) counts; dated by a report, "by".
    await expect(table(page).locator('tbody tr[data-country="AGO"]').getByRole('img')).toHaveAccessibleName(stripText(data, 'AGO'));
    expect(runs(data, 'AGO').map((r) => r.status)).toEqual(['refused']);
  });
});

test.describe('axe', () => {
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const axe = async (page: Page) =>
    (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);

  for (const theme of ['light', 'dark'] as const) {
    test(`the table view sorted, with a country selected, ${theme} — no violations`, async ({ page }) => {
      await page.goto(`/?view=table&country=SLV&sort=-people&theme=${theme}`);
      await expect(table(page).locator('tbody tr[data-selected="true"] [data-testid="status-strip"]')).toBeVisible();
      await expect(header(page, 'people')).toHaveAttribute('aria-sort', 'descending');
      expect(await axe(page)).toEqual([]);
    });

    test(`a country’s story with its strip, ${theme} — no violations`, async ({ page }) => {
      await page.goto(`/?country=SLV&theme=${theme}`);
      await expect(page.getByTestId('story-panel').getByTestId('status-strip')).toBeVisible();
      expect(await axe(page)).toEqual([]);
    });
  }
});
