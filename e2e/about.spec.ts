/**
 * The About view, people counts and conflict notes. Every expectation is read from the data set
 * the server ships (and the app's own indexes over it), so these tests hold as the data grows.
 */
import { expect, test, type Page } from '@playwright/test';
import en from '../src/i18n/catalogues/en.ts';
import { geoArea } from 'd3-geo';
import { dayToIso, formatPartialDate } from '../src/data/dates.ts';
import { STATUSES } from '../src/data/types.ts';
import { datasetCounts, sourceRows } from '../src/about/aboutLogic.ts';
import { provenanceLabel } from '../src/quotes/quoteLogic.ts';
import { countryPeopleText, eventPeopleText, peopleSummary } from '../src/ui/peopleText.ts';
import { interiorPoint, mapIsUnder, openMap, project, servedCountries, servedData, watchPage } from './helpers.ts';

const LOCALE = 'en-GB';

async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('?view=about lists every source, the date the data was checked and the five statuses', async ({ page, baseURL }) => {
  const w = watchPage(page, baseURL as string);
  const { dataset } = await servedData(baseURL as string);
  await page.goto('/?view=about');
  const about = page.getByTestId('about');
  await expect(about.getByRole('heading', { level: 2, name: 'About the data' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'About the data' })).toHaveAttribute('aria-pressed', 'true');

  // Every source, once, by publisher then date.
  const rows = about.locator('[data-source]');
  await expect(rows).toHaveCount(dataset.sources.length);
  const expected = sourceRows(dataset, en);
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-source')))).toEqual(expected.map((r) => r.id));
  expect(Object.fromEntries(await rows.evaluateAll((els) => els.map((e) => [e.getAttribute('data-source'), Number(e.querySelector('[data-cited]')?.getAttribute('data-cited'))]))))
    .toEqual(Object.fromEntries(expected.map((r) => [r.id, r.citedBy])));

  // Each links to its page (and copies) in a new tab, saying so to screen readers.
  const links = await rows.locator('a').evaluateAll((els) => els.map((a) => ({
    href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel'), text: a.textContent ?? '',
  })));
  for (const s of dataset.sources) {
    for (const u of [s.url, ...(s.alsoAt ?? [])]) expect(links.map((l) => l.href), s.id).toContain(u);
  }
  for (const l of links) {
    expect(l.target).toBe('_blank');
    expect(l.rel).toBe('noopener noreferrer');
    expect(l.text).toContain('(opens in a new tab)');
  }

  // A tracker page is dated by its last update; a page with no headline says so.
  const tracker = dataset.sources.find((s) => s.kind === 'tracker' && s.updated);
  if (tracker) {
    await expect(about.locator(`[data-source="${tracker.id}"]`)).toContainText(`Tracker page, last updated ${formatPartialDate(tracker.updated as string, LOCALE)}`);
  }
  const untitled = dataset.sources.find((s) => s.headline.trim() === '');
  if (untitled) await expect(about.locator(`[data-source="${untitled.id}"]`)).toContainText('(no headline shown)');
  const reposted = dataset.sources.find((s) => s.via);
  if (reposted) await expect(about.locator(`[data-source="${reposted.id}"] h4`)).toContainText(`via ${reposted.via as string}`);

  await expect(page.getByTestId('about-checked')).toContainText(formatPartialDate(dataset.checked, LOCALE));
  for (const s of STATUSES) await expect(about.locator(`.about-statuses div[data-status="${s}"]`)).toContainText(en.status.labels[s]);

  const counts = datasetCounts(dataset);
  for (const k of ['countries', 'events', 'sources', 'quotes'] as const) {
    await expect(about.locator(`[data-count="${k}"]`)).toHaveText(counts[k].toLocaleString(LOCALE));
  }

  // Landmarks, and headings that never skip a level.
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('About the data');
  const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  for (let i = 1; i < levels.length; i++) expect((levels[i] as number) - (levels[i - 1] as number)).toBeLessThanOrEqual(1);

  // No map, story panel or timeline here; and nothing went wrong.
  await expect(page.getByTestId('map')).toHaveCount(0);
  await expect(page.getByTestId('quotes-panel')).toHaveCount(0);
  await expect(page.getByRole('slider')).toHaveCount(0);
  expect(w.errors).toEqual([]);
  expect(w.foreignRequests).toEqual([]);
});

test('About is readable on a 390 px phone and at 1280×720, with no sideways scrolling', async ({ page }) => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 720 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/?view=about');
    await expect(page.locator('[data-source]').first()).toBeVisible();
    expect(await sideways(page), `${viewport.width} px`).toBeLessThanOrEqual(0);
    const past = await page.locator('.about *').evaluateAll((els) =>
      els.filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((e) => e.outerHTML.slice(0, 80)));
    expect(past, `${viewport.width} px`).toEqual([]);
    // The document scrolls as a page: the last source can be reached.
    await page.locator('[data-source]').last().scrollIntoViewIfNeeded();
    await expect(page.locator('[data-source]').last()).toBeInViewport();
  }
});

test('the view switch goes to About and back; the page keys leave the date alone there', async ({ page, baseURL }) => {
  const { index } = await servedData(baseURL as string);
  const day = index.eventDays[Math.floor(index.eventDays.length / 2)] as number;
  await openMap(page, `?date=${dayToIso(day)}`);
  const date = page.getByTestId('current-date');
  const dateText = (await date.textContent()) ?? '';

  await page.getByRole('button', { name: 'About the data' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?date=${dayToIso(day)}&view=about$`));
  await expect(page.getByTestId('about')).toBeVisible();
  await expect(page.getByRole('slider')).toHaveCount(0);
  // In the About document these keys scroll; they do not move an unseen timeline.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  for (const key of ['ArrowLeft', 'ArrowRight', 'Home', 'End', 'Space']) await page.keyboard.press(key);

  await page.getByRole('button', { name: 'Map' }).click();
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
  await expect(page.getByTestId('about')).toHaveCount(0);
  await expect(date).toHaveText(dateText);
  await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(new RegExp(`\\?date=${dayToIso(day)}$`));

  // And back again from the table; on the map the keys step the timeline as before.
  await page.getByRole('button', { name: 'Table' }).click();
  await page.getByRole('button', { name: 'About the data' }).click();
  await expect(page.getByTestId('about')).toBeVisible();
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByTestId('status-table')).toBeVisible();
  await page.keyboard.press('End');
  await expect(date).toHaveText(formatPartialDate(dayToIso(index.lastDay), LOCALE));
});

test("the legend's people total is the sum of the at-least counts at the date", async ({ page, baseURL }) => {
  const { dataset, index, people } = await servedData(baseURL as string);
  const firstCount = dataset.events.find((e) => e.people !== undefined);
  const days = [...new Set([firstCount?.day, index.lastDay].filter((d): d is number => d !== undefined))];
  for (const day of days) {
    await openMap(page, `?date=${dayToIso(day)}`);
    const total = people.totalAt(day);
    const line = page.getByTestId('people-total');
    if (total === 0) {
      await expect(line).toHaveCount(0);
      continue;
    }
    await expect(line).toHaveAttribute('data-total', String(total));
    await expect(line).toContainText(peopleSummary(people, day, en)?.text as string);
    await expect(line).toContainText('Sources are partial: these are floors, not totals.');
    expect(await line.textContent()).toContain(total.toLocaleString(LOCALE));
  }
});

test('the tooltip gives a country’s at-least count and since when it is known', async ({ page, baseURL }) => {
  const { index, people } = await servedData(baseURL as string);
  const shapes = await servedCountries(baseURL as string);
  const day = index.lastDay;
  const withCount = [...shapes.keys()].filter((iso) => people.countryAt(iso, day) > 0);
  // With no count in the data yet, hover a country that has a status and expect no count line.
  const counted = withCount.length > 0;
  const pool = counted ? withCount : [...index.allAt(day).keys()].filter((iso) => shapes.has(iso));
  test.skip(pool.length === 0, 'no country with a count (or a status) has a shape on the basemap');
  const area = (iso: string) => {
    const f = shapes.get(iso);
    return f ? geoArea(f) : 0;
  };
  // Largest first: a big country is easiest to hover at the world view.
  const candidates = pool.sort((a, b) => area(b) - area(a));

  await openMap(page);
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('no map');
  let hovered: string | null = null;
  for (const iso of candidates) {
    const shape = shapes.get(iso);
    if (!shape) continue;
    const [lng, lat] = interiorPoint(shape);
    const p = await project(page, lng, lat);
    if (p.x < box.x + 4 || p.y < box.y + 4 || p.x > box.x + box.width - 4 || p.y > box.y + box.height - 4) continue;
    if (!(await mapIsUnder(page, p.x, p.y))) continue;
    await page.mouse.move(p.x, p.y);
    hovered = iso;
    break;
  }
  if (!hovered) throw new Error(`none of ${candidates.join(', ')} can be hovered at the world view`);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  if (counted) {
    await expect(tooltip).toContainText(countryPeopleText(people, hovered, day, en) as string);
    await expect(tooltip).toContainText(/At least [\d,]+ (people|person) received by /);
  } else {
    const at = index.statusAt(hovered, day);
    if (at) await expect(tooltip).toContainText(en.status.labels[at.status]);
    await expect(tooltip).not.toContainText('received by');
  }
});

test('the table has a "People (at least)" column, blank where no count is known', async ({ page, baseURL }) => {
  const { dataset, people, index } = await servedData(baseURL as string);
  const firstCount = dataset.events.find((e) => e.people !== undefined);
  for (const day of [...new Set([index.lastDay, firstCount?.day].filter((d): d is number => d !== undefined))]) {
    await page.goto(`/?view=table&date=${dayToIso(day)}`);
    const table = page.getByTestId('status-table');
    await expect(table.getByRole('columnheader', { name: 'People (at least)' })).toBeVisible();
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => {
      const cell = tr.querySelector('td[data-people]');
      return { iso: tr.getAttribute('data-country') as string, value: Number(cell?.getAttribute('data-people')), text: cell?.textContent ?? null };
    }));
    expect(rows.length).toBe(index.allAt(day).size);
    for (const r of rows) {
      const n = people.countryAt(r.iso, day);
      expect(r.value, r.iso).toBe(n);
      expect(r.text, r.iso).toBe(n > 0 ? n.toLocaleString(LOCALE) : '');
    }
  }
});

test("a country's story gives its total, each card what kind of count it has, and conflicts in a note", async ({ page, baseURL }) => {
  const { dataset, people } = await servedData(baseURL as string);
  const counted = dataset.events.find((e) => e.peopleBasis === 'cumulative') ?? dataset.events.find((e) => e.people !== undefined);
  const disputed = dataset.events.find((e) => e.conflict);
  test.skip(!counted && !disputed, 'no event with a count or a conflict in this data');
  for (const e of [counted, disputed]) {
    if (!e) continue;
    await page.goto(`/?view=table&country=${e.country}&date=${dayToIso(e.day)}`);
    const panel = page.getByTestId('quotes-panel');
    const card = panel.locator(`[data-event="${e.id}"]`);
    await expect(card).toBeVisible();
    const total = countryPeopleText(people, e.country, e.day, en);
    if (total) await expect(panel.getByTestId('panel-people')).toHaveText(total);
    else await expect(panel.getByTestId('panel-people')).toHaveCount(0);
    const count = eventPeopleText(e, en);
    if (count) await expect(card.locator('.event-people')).toHaveText(count);
    if (e.conflict) {
      const note = card.getByRole('note');
      await expect(note).toContainText('Sources disagree:');
      await expect(note).toContainText(e.conflict);
    } else await expect(card.getByRole('note')).toHaveCount(0);
  }
});

test('the source reader dates a tracker page by its last update and names the site a copy came from', async ({ page, baseURL }) => {
  const { dataset } = await servedData(baseURL as string);
  const tracker = dataset.sources.find((s) => s.kind === 'tracker' && s.updated);
  const reposted = dataset.sources.find((s) => s.via);
  test.skip(!tracker && !reposted, 'no tracker page or copy in this data');
  await page.goto('/?view=about');
  for (const s of [tracker, reposted]) {
    if (!s) continue;
    await page.locator(`[data-source="${s.id}"]`).getByRole('button', { name: 'Read the text we hold' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    // The provenance line names the site we read it on and, for a tracker, its last-updated date.
    await expect(dialog).toContainText(provenanceLabel(s, en));
    if (s.kind === 'tracker' && s.updated) await expect(dialog).toContainText(`last updated ${formatPartialDate(s.updated, LOCALE)}`);
    if (s.via) await expect(dialog).toContainText(`via ${s.via}`);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('about')).toBeVisible();
  }
});
