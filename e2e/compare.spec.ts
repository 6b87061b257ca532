/**
 * Compare mode (URL `compare`, src/compare): what changed between an earlier date A and the date
 * shown B. What should change is worked out here from the fixture's events (e2e/fixtures/data),
 * on its own, not with the app's change module: a country's status at a day is that of its last
 * status event on or before it, and it changed when that differs at A and at B ("none" counting).
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { MAP_COLOURS, statusColour } from '../src/color/palette.ts';
import { dayToIso, isoToDay } from '../src/data/dates.ts';
import type { CompiledEvent } from '../src/data/types.ts';
import { parseCsv } from '../src/export/csv.ts';
import en from '../src/i18n/catalogues/en.ts';
import es from '../src/i18n/catalogues/es.ts';
import { expect, test, type TestData } from './fixtures.ts';
import { close, hex, openMap, pixelAt, project, svgFills, waitForMap, watchPage } from './helpers.ts';
import { hostPage, test as hostTest } from './hosts.ts';

const day = (iso: string) => isoToDay(iso) as number;
const A = '2025-03-01';
const B = '2025-08-01';
const MEXICO = [-102, 24] as const;
const ANGOLA = [17.5, -12.5] as const;

/** A country's status at a day, from the fixture's events in file order (the later of one day's wins). */
function statusOn(events: readonly CompiledEvent[], iso: string, d: number): string | null {
  let status: string | null = null;
  for (const e of events) if (e.country === iso && e.status !== null && e.day <= d) status = e.status;
  return status;
}

/** The countries whose status differs at A and at B: {iso: [from, to]}. */
function expectedChanges(data: TestData, a: number, b: number): Record<string, [string, string]> {
  const out: Record<string, [string, string]> = {};
  for (const iso of new Set(data.dataset.events.map((e) => e.country))) {
    const [from, to] = [statusOn(data.dataset.events, iso, a) ?? 'none', statusOn(data.dataset.events, iso, b) ?? 'none'];
    if (from !== to) out[iso] = [from, to];
  }
  return out;
}

/** The compare table's rows: {iso: [from, to]}. */
async function tableChanges(page: Page): Promise<Record<string, [string, string]>> {
  const table = page.getByTestId('compare-table');
  await expect(table).toBeVisible();
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-country'), tr.getAttribute('data-from'), tr.getAttribute('data-to')]));
  return Object.fromEntries(rows.map(([iso, from, to]) => [iso, [from, to]]));
}

const sliders = async (page: Page) => ({
  b: Number(await page.getByRole('slider', { name: en.slider, exact: true }).inputValue()),
  a: Number(await page.getByRole('slider', { name: en.compare.slider }).inputValue()),
});

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test('a compare link restores exactly: the same URL after a reload, both handles, the table of changes', async ({ page, baseURL, data }) => {
  const w = watchPage(page, baseURL as string);
  const query = `?date=${B}&compare=${A}&view=table`;
  await page.goto(`/${query}`);
  const expected = expectedChanges(data, day(A), day(B));
  // The fixture's history between the two: El Salvador agreement → receiving, four firsts; Mexico's second receiving event is no change.
  expect(Object.keys(expected).sort()).toEqual(['AGO', 'GNQ', 'MRT', 'SLV', 'SWZ']);
  expect(await tableChanges(page)).toEqual(expected);
  expect(await sliders(page)).toEqual({ a: day(A), b: day(B) });
  await expect(page.getByTestId('compare-date')).toHaveAttribute('datetime', A);
  await page.reload();
  await expect(page.getByTestId('compare-table')).toBeVisible();
  expect(new URL(page.url()).search).toBe(query);
  expect(await tableChanges(page)).toEqual(expected);
  expect(await sliders(page)).toEqual({ a: day(A), b: day(B) });
  // Each row says when its status changed: the day it took its status at B.
  const rows = page.getByTestId('compare-table');
  await expect(rows.locator('[data-country="SWZ"]')).toHaveAttribute('data-changed', '2025-07-15');
  await expect(rows.locator('[data-country="AGO"]')).toHaveAttribute('data-changed', '2025-05-05');
  expect(w.errors).toEqual([]);
  expect(w.warnings).toEqual([]);
});

test('the table lists exactly the changed countries for other pairs of dates, as the reader moves either handle', async ({ page, data }) => {
  await page.goto('/?view=table');
  await page.getByTestId('compare-start').click();
  // On: A a year before B.
  const b = data.index.lastDay;
  const a0 = day('2025-05-15');
  await expect(page).toHaveURL(/[?&]compare=2025-05-15\b/);
  expect(await sliders(page)).toEqual({ a: a0, b });
  expect(await tableChanges(page)).toEqual(expectedChanges(data, a0, b));
  // The earlier handle by keyboard: Home takes it to the timeline's start.
  await page.getByRole('slider', { name: en.compare.slider }).focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(new RegExp(`[?&]compare=${dayToIso(data.index.firstDay)}\\b`));
  expect(await tableChanges(page)).toEqual(expectedChanges(data, data.index.firstDay, b));
  // The live region says what changed once the handle settles.
  await expect(page.getByTestId('announcer')).toContainText(en.compare.changed(Object.keys(expectedChanges(data, data.index.firstDay, b)).length));
  // B by keyboard: End then back a month; and B never passes A (moved to the day after it).
  const main = page.getByRole('slider', { name: en.slider, exact: true });
  await main.focus();
  await page.keyboard.press('Home');
  await expect.poll(async () => (await sliders(page)).b).toBe(data.index.firstDay + 1);
  await page.keyboard.press('End');
  await expect.poll(async () => (await sliders(page)).b).toBe(b);
  // The × leaves compare mode: the usual table again, and no compare in the URL.
  await page.getByRole('button', { name: en.compare.stop }).click();
  await expect(page.getByTestId('status-table')).toBeVisible();
  await expect(page.getByRole('slider', { name: en.compare.slider })).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.has('compare')).toBe(false);
});

test('the story panel lists the events between the two dates, and the legend counts the changes', async ({ page, data }) => {
  await openMap(page, `?date=${B}&compare=${A}`);
  const between = data.dataset.events.filter((e) => e.day > day(A) && e.day <= day(B)).map((e) => e.id);
  expect(between.length).toBeGreaterThan(0);
  const panel = page.getByTestId('story-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(en.compare.panelTitle('1 March 2025', '1 August 2025'));
  const shown = await panel.locator('.event').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));
  expect([...shown].sort()).toEqual([...between].sort());
  // Mexico's event of 2025-06-20 is listed though its status did not change.
  expect(shown).toContain('mex-2025-06-20-receiving');
  const changes = expectedChanges(data, day(A), day(B));
  await expect(page.getByTestId('compare-changed')).toHaveAttribute('data-count', String(Object.keys(changes).length));
  await expect(page.getByTestId('compare-changed')).toHaveText(en.compare.changed(Object.keys(changes).length));
  for (const s of ['approached', 'agreement', 'receiving', 'refused', 'ended']) {
    await expect(page.getByTestId(`changed-${s}`)).toHaveText(String(Object.values(changes).filter(([, to]) => to === s).length));
  }
});

test('the SVG map greys the unchanged countries and colours the changed ones by their status at B; the tooltip says what changed', async ({ page, data }) => {
  await openMap(page, `?date=${B}&compare=${A}`);
  const changes = expectedChanges(data, day(A), day(B));
  await expect.poll(async () => (await svgFills(page)).get('MEX')?.colour).toBe(MAP_COLOURS.light.quiet);
  const fills = await svgFills(page);
  for (const [iso, [, to]] of Object.entries(changes)) expect(fills.get(iso)?.colour, iso).toBe(statusColour(to as never));
  // Unchanged, with a status at B: quiet; no status at either: the land's colour.
  for (const iso of ['MEX', 'CRI', 'GTM']) expect(fills.get(iso), iso).toMatchObject({ colour: MAP_COLOURS.light.quiet, patterned: false });
  expect(fills.get('BRA')?.colour).toBe(MAP_COLOURS.light.noStatus);
  const p = await project(page, ...ANGOLA);
  await page.mouse.move(p.x, p.y);
  await expect(page.getByRole('tooltip')).toContainText(en.compare.change(en.noStatus, en.status.labels.refused));
  await expect(page.getByRole('tooltip')).toContainText(en.compare.changedOn('5 May 2025'));
  // Off: the statuses' own colours again.
  await page.getByRole('button', { name: en.compare.stop }).click();
  await expect.poll(async () => (await svgFills(page)).get('MEX')?.colour).toBe(statusColour('receiving'));
  // From 1 August 2025 to the latest day Angola stays refused: no change, and grey.
  expect(statusOn(data.dataset.events, 'AGO', day(B))).toBe(statusOn(data.dataset.events, 'AGO', data.index.lastDay));
  await openMap(page, `?compare=${B}`);
  await expect.poll(async () => (await svgFills(page)).get('AGO')?.colour).toBe(MAP_COLOURS.light.quiet);
  const q = await project(page, ...ANGOLA);
  await page.mouse.move(q.x, q.y);
  await expect(page.getByRole('tooltip')).toContainText(en.compare.noChange(en.status.labels.refused));
});

test('the WebGL map greys the unchanged countries', { tag: '@webgl' }, async ({ page }) => {
  await openMap(page, `?date=${B}&compare=${A}`);
  await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'webgl');
  // Mexico received at both dates: quiet grey. Angola refused in between: its own (hatched) colour.
  await expect.poll(async () => close(await pixelAt(page, ...MEXICO), MAP_COLOURS.light.quiet), { timeout: 30_000 }).toBe(true);
  const angola = await pixelAt(page, ...ANGOLA);
  expect(close(angola, MAP_COLOURS.light.quiet), `Angola drawn ${hex(angola)}`).toBe(false);
  await page.getByRole('button', { name: en.compare.stop }).click();
  await expect.poll(async () => close(await pixelAt(page, ...MEXICO), statusColour('receiving'))).toBe(true);
});

/** Opens the download menu, clicks the item and returns the file's name and contents. */
async function downloadFrom(page: Page, item: string): Promise<{ name: string; body: Buffer }> {
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').getByRole('button', { name: item }).click()]);
  return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
}

test('the downloads export what compare mode shows: the changes as CSV, the map as a comparison', async ({ page, data }) => {
  await openMap(page, `?date=${B}&compare=${A}`);
  const csv = await downloadFrom(page, en.compare.changesCsv('1 March 2025', '1 August 2025'));
  expect(csv.name).toBe(`third-country-deportations-changes-${A}-to-${B}.csv`);
  const [head, ...rows] = parseCsv(csv.body.toString('utf8'));
  const col = (name: string) => (head as string[]).indexOf(name);
  const got = Object.fromEntries(rows.map((r) => [r[col('country')], [r[col('from_status')] || 'none', r[col('to_status')]]]));
  expect(got).toEqual(expectedChanges(data, day(A), day(B)));
  const svg = await downloadFrom(page, en.download.mapSvg);
  expect(svg.name).toBe(`third-country-deportations-map-changes-${A}-to-${B}.svg`);
  const text = svg.body.toString('utf8');
  expect(text).toContain(en.compare.downloadTitle('1 March 2025', '1 August 2025'));
  expect(text).toContain('<g data-status="quiet">');
  expect(text).toMatch(new RegExp(`data-iso="MEX" data-status="receiving" fill="${MAP_COLOURS.light.quiet}"`));
  expect(text).toMatch(new RegExp(`data-iso="MRT" data-status="approached" fill="${statusColour('approached')}"`));
});

test('an invalid compare date is ignored with one warning', async ({ page, baseURL }) => {
  const w = watchPage(page, baseURL as string);
  await page.goto(`/?date=${A}&compare=${B}&view=table`);
  await expect(page.getByTestId('status-table')).toBeVisible();
  await expect(page.getByTestId('compare-start')).toBeVisible();
  await expect.poll(() => w.warnings.filter((m) => m.includes('compare=')).length).toBe(1);
  expect(new URL(page.url()).searchParams.has('compare')).toBe(false);
});

test('Spanish strings show in compare mode', async ({ page }) => {
  await openMap(page, `?date=${B}&compare=${A}&lang=es`);
  await expect(page.locator('.legend-title')).toHaveText(es.compare.legendTitle('1 de marzo de 2025', '1 de agosto de 2025'));
  await expect(page.getByTestId('compare-date')).toHaveText(es.compare.from('1 de marzo de 2025'));
  await expect(page.getByRole('slider', { name: es.compare.slider })).toBeVisible();
  await page.goto(`/?date=${B}&compare=${A}&lang=es&view=table`);
  await expect(page.getByTestId('compare-table').locator('caption')).toHaveText(es.compare.tableCaption('1 de marzo de 2025', '1 de agosto de 2025'));
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: compare mode, map and table, ${theme} — no violations`, async ({ page }) => {
    await openMap(page, `?date=${B}&compare=${A}&theme=${theme}`);
    expect(await axe(page)).toEqual([]);
    await page.goto(`/?date=${B}&compare=${A}&theme=${theme}&view=table`);
    await expect(page.getByTestId('compare-table')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}

hostTest('an embed honours compare: in its URL, in a set message, and in the state it reports', async ({ page, hosts, baseURL }) => {
  await page.goto(hosts.page('compare', hostPage(baseURL as string, [{ id: 'a', query: `embed=1&id=cmp&date=${B}&compare=${A}`, width: 900, height: 700 }])));
  await page.evaluate(() => {
    const w = window as unknown as { got: unknown[] };
    w.got = [];
    window.addEventListener('message', (e) => w.got.push(e.data));
  });
  const frame = page.frameLocator('#a');
  await page.locator('#a').scrollIntoViewIfNeeded();
  await waitForMap(frame);
  await expect(frame.getByTestId('compare-date')).toHaveAttribute('datetime', A);
  await expect(frame.getByTestId('compare-changed')).toHaveAttribute('data-count', '5');
  await page.evaluate(() => (document.getElementById('a') as HTMLIFrameElement).contentWindow?.postMessage({ target: 'tcdm', type: 'set', date: '2026-05-15', compare: '2025-08-01' }, '*'));
  await expect(frame.getByTestId('compare-date')).toHaveAttribute('datetime', '2025-08-01');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { got: { type?: string; compare?: string | null }[] }).got.filter((m) => m.type === 'state').at(-1)?.compare))
    .toBe('2025-08-01');
  await page.evaluate(() => (document.getElementById('a') as HTMLIFrameElement).contentWindow?.postMessage({ target: 'tcdm', type: 'set', compare: null }, '*'));
  await expect(frame.getByTestId('compare-start')).toBeVisible();
});
