/**
 * The About view, people counts and conflict notes, on the tests' fixed data set
 * (e2e/fixtures/data): its tracker page, untitled statement, copies and counts are stated here,
 * and the rest is read from it (with the app's own indexes over it).
 */
import type { Page } from '@playwright/test';
import en from '../src/i18n/catalogues/en.ts';
import { dayToIso, formatPartialDate, isoToDay } from '../src/data/dates.ts';
import { STATUSES } from '../src/data/types.ts';
import { datasetCounts, sourceRows } from '../src/about/aboutLogic.ts';
import { provenanceLabel } from '../src/story/quoteLogic.ts';
import { countryPeopleText, eventPeopleText, peopleSummary } from '../src/ui/peopleText.ts';
import { eventById, expect, sourceById, test } from './fixtures.ts';
import { interiorPoint, mapIsUnder, openMap, project, servedCountries, waitForMap, watchPage } from './helpers.ts';

const LOCALE = 'en-GB';

async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('?view=about lists every source, the date the data was checked and the five statuses', async ({ page, baseURL, data }) => {
  const w = watchPage(page, baseURL as string);
  const { dataset } = data;
  await page.goto('/?view=about');
  const about = page.getByTestId('about');
  await expect(about.getByRole('heading', { level: 2, name: 'About the data' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'About the data' })).toHaveAttribute('aria-pressed', 'true');

  // Every source, once, by publisher then date.
  const rows = about.locator('li.about-source[data-source]');
  await expect(rows).toHaveCount(dataset.sources.length);
  const expected = sourceRows(dataset, en);
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-source')))).toEqual(expected.map((r) => r.id));
  expect(Object.fromEntries(await rows.evaluateAll((els) => els.map((e) => [e.getAttribute('data-source'), Number(e.querySelector('[data-cited]')!.getAttribute('data-cited'))]))))
    .toEqual(Object.fromEntries(expected.map((r) => [r.id, r.citedBy])));
  // The tracker page is quoted by ten events.
  expect(expected.find((r) => r.id === 'fixture-tracker')).toMatchObject({ citedBy: 10 });

  // Each links to its page (and copies) in a new tab, saying so to screen readers.
  const links = await rows.locator('a').evaluateAll((els) => els.map((a) => ({
    href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel'), text: a.textContent ?? '',
  })));
  for (const s of dataset.sources) {
    for (const u of [s.url, ...(s.alsoAt ?? [])]) expect(links.map((l) => l.href), s.id).toContain(u);
  }
  // Including the other address a source is also found at.
  expect(links.map((l) => l.href)).toContain('https://example.org/fixture/mirror/2025-07-15');
  for (const l of links) {
    expect(l.target).toBe('_blank');
    expect(l.rel).toBe('noopener noreferrer');
    expect(l.text).toContain('(opens in a new tab)');
  }

  // A tracker page is dated by its last update; a page with no headline says so; a copy names the site.
  await expect(about.locator('li.about-source[data-source="fixture-tracker"]')).toContainText('Tracker page, last updated 15 May 2026');
  expect(sourceById(data, 'fixture-statement-2025-07-10').headline).toBe('');
  await expect(about.locator('li.about-source[data-source="fixture-statement-2025-07-10"]')).toContainText('(no headline shown)');
  await expect(about.locator('li.about-source[data-source="fixture-wire-2021-02-06"] h4')).toContainText('via Fixture Mirror');
  await expect(about.locator('li.about-source[data-source="diario-de-prueba-2025-02-20"] h4')).toContainText('via Fixture Translations');

  await expect(page.getByTestId('about-checked')).toContainText('30 June 2026');
  for (const s of STATUSES) await expect(about.locator(`.about-statuses div[data-status="${s}"]`)).toContainText(en.status.labels[s]);

  // Eleven destination countries, one event for every destination (USA), 22 events, 10 sources, 25 quotes.
  const counts = datasetCounts(dataset);
  expect(counts).toEqual({ countries: 11, senderWide: 1, events: 22, sources: 10, quotes: 25 });
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
  await expect(page.getByTestId('story-panel')).toHaveCount(0);
  await expect(page.getByRole('slider')).toHaveCount(0);
  expect(w.errors).toEqual([]);
  expect(w.foreignRequests).toEqual([]);
});

test('About is readable on a 390 px phone and at 1280×720, with no sideways scrolling', async ({ page }) => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 720 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/?view=about');
    await expect(page.locator('li.about-source[data-source]').first()).toBeVisible();
    expect(await sideways(page), `${viewport.width} px`).toBeLessThanOrEqual(0);
    const past = await page.locator('.about *').evaluateAll((els) =>
      els.filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((e) => e.outerHTML.slice(0, 80)));
    expect(past, `${viewport.width} px`).toEqual([]);
    // The document scrolls as a page: the last source can be reached.
    await page.locator('li.about-source[data-source]').last().scrollIntoViewIfNeeded();
    await expect(page.locator('li.about-source[data-source]').last()).toBeInViewport();
  }
});

test('the view switch goes to About and back; the page keys leave the date alone there', async ({ page, data: { index } }) => {
  // A day in the middle of the history.
  const day = isoToDay('2025-05-05') as number;
  expect(index.eventDays).toContain(day);
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
  await waitForMap(page);
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

test("the legend's people total is the sum of the at-least counts at the date", async ({ page, data: { people } }) => {
  // Nobody counted yet on 20 September 2019; Guatemala's 14 from 21 November 2019; 869 in five
  // countries at the last date (El Salvador 250, Guatemala 14, Mexico 300 + 100, Costa Rica 200, Eswatini 5).
  const line = page.getByTestId('people-total');
  await openMap(page, '?date=2019-09-20');
  expect(people.totalAt(isoToDay('2019-09-20') as number)).toBe(0);
  await expect(line).toHaveCount(0);
  for (const [iso, total, countries] of [['2019-11-21', 14, 1], ['2026-05-15', 869, 5]] as const) {
    const day = isoToDay(iso) as number;
    expect([people.totalAt(day), people.countriesWithCounts(day)]).toEqual([total, countries]);
    await openMap(page, iso === '2026-05-15' ? '' : `?date=${iso}`);
    await expect(line).toHaveAttribute('data-total', String(total));
    await expect(line).toContainText(peopleSummary(people, day, en)!.text);
    await expect(line).toContainText('Sources are partial: these are floors, not totals.');
    expect(await line.textContent()).toContain(total.toLocaleString(LOCALE));
  }
});

test('the tooltip gives a country’s at-least count and since when it is known', { tag: '@both' }, async ({ page, baseURL, data: { index, people } }) => {
  const shapes = await servedCountries(baseURL as string);
  const day = index.lastDay;
  await openMap(page);
  const tooltip = page.getByRole('tooltip');
  /** Moves the pointer well inside a country, on the map itself (not the legend or a control). */
  const hover = async (iso: string) => {
    const shape = shapes.get(iso);
    if (!shape) throw new Error(`${iso} is not on the basemap`);
    const p = await project(page, ...interiorPoint(shape));
    expect(await mapIsUnder(page, p.x, p.y), `${iso} can be hovered at the world view`).toBe(true);
    await page.mouse.move(p.x, p.y);
    await expect(tooltip).toBeVisible();
  };

  // Mexico: 300 and then 100 more, known from 20 June 2025.
  await hover('MEX');
  expect(countryPeopleText(people, 'MEX', day, en)).toBe('At least 400 people received by 20 June 2025');
  await expect(tooltip).toContainText('Mexico');
  await expect(tooltip).toContainText('At least 400 people received by 20 June 2025');
  await expect(tooltip).toContainText(/At least [\d,]+ (people|person) received by /);

  // Angola has a status (refused) and no count: no count line.
  await hover('AGO');
  expect(people.countryAt('AGO', day)).toBe(0);
  await expect(tooltip).toContainText('Angola');
  await expect(tooltip).toContainText(en.status.labels.refused);
  await expect(tooltip).not.toContainText('received by');
});

test('the table has a "People (at least)" column, blank where no count is known', async ({ page, data: { people, index } }) => {
  const expected = {
    // Guatemala's first transfer, the first count.
    '2019-11-21': { SLV: '', GTM: '14' },
    '2026-05-15': { SLV: '250', GTM: '14', MEX: '400', CRI: '200', SWZ: '5', GNQ: '', AGO: '', MRT: '', COD: '', KNA: '' },
  };
  for (const [iso, cells] of Object.entries(expected)) {
    const day = isoToDay(iso) as number;
    await page.goto(`/?view=table&date=${iso}`);
    const table = page.getByTestId('status-table');
    await expect(table.getByRole('columnheader', { name: 'People (at least)' })).toBeVisible();
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => {
      const cell = tr.querySelector('td[data-people]');
      if (!cell) throw new Error(`no people cell in the row of ${tr.getAttribute('data-country')}`);
      return { iso: tr.getAttribute('data-country') as string, value: Number(cell.getAttribute('data-people')), text: cell.textContent };
    }));
    expect(rows.length).toBe(index.allAt(day).size);
    expect(Object.fromEntries(rows.map((r) => [r.iso, r.text]))).toEqual(cells);
    for (const r of rows) {
      const n = people.countryAt(r.iso, day);
      expect(r.value, r.iso).toBe(n);
      expect(r.text, r.iso).toBe(n > 0 ? n.toLocaleString(LOCALE) : '');
    }
  }
});

test("a country's story gives its total, each card what kind of count it has, and conflicts in a note", async ({ page, data }) => {
  const cases = [
    // El Salvador's running total, as its source gives it; no conflict.
    { event: 'slv-2025-03-15-receiving', total: 'At least 250 people received by 15 March 2025', count: 'At least 250 people in total by then (cumulative figure)', notes: [] as string[] },
    // Costa Rica's one transfer, counted differently by two sources.
    {
      event: 'cri-2025-02-20-arrivals', total: 'At least 200 people received by 20 February 2025', count: 'At least 200 people',
      notes: ['The tracker counts 200 people; the Spanish report counts 135.'],
    },
  ];
  for (const c of cases) {
    const e = eventById(data, c.event);
    expect(countryPeopleText(data.people, e.country, e.day, en)).toBe(c.total);
    expect(eventPeopleText(e, en)).toBe(c.count);
    expect(e.conflict === undefined ? [] : [e.conflict]).toEqual(c.notes);
    await page.goto(`/?view=table&country=${e.country}&date=${dayToIso(e.day)}`);
    const panel = page.getByTestId('story-panel');
    const card = panel.locator(`[data-event="${e.id}"]`);
    await expect(card).toBeVisible();
    await expect(panel.getByTestId('story-people')).toHaveText(c.total);
    await expect(card.locator('.event-people')).toHaveText(c.count);
    const notes = card.getByRole('note');
    await expect(notes).toHaveCount(c.notes.length);
    for (const [i, n] of c.notes.entries()) {
      await expect(notes.nth(i)).toContainText('Sources disagree:');
      await expect(notes.nth(i)).toContainText(n);
    }
  }
});

test('the source reader dates a tracker page by its last update and names the site a copy came from', async ({ page, data }) => {
  const cases = [
    { id: 'fixture-tracker', says: ['Fixture Tracker, tracker page, last updated 15 May 2026', 'last updated 15 May 2026'] },
    { id: 'fixture-wire-2021-02-06', says: ['Fixture Wire, via Fixture Mirror', 'via Fixture Mirror'] },
  ];
  await page.goto('/?view=about');
  for (const c of cases) {
    const s = sourceById(data, c.id);
    await page.locator(`li.about-source[data-source="${s.id}"]`).getByRole('button', { name: 'Read the text we hold' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    // The provenance line names the site we read it on and, for a tracker, its last-updated date.
    await expect(dialog).toContainText(provenanceLabel(s, en));
    for (const text of c.says) await expect(dialog).toContainText(text);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('about')).toBeVisible();
  }
});
