/**
 * About's "Other published counts" on the tests' data set (e2e/fixtures/data, its README: three
 * counts): each count beside the map's own on its date, the country-by-country table, the links to
 * the map, Spanish, and the keyboard. The expected rows come from the app's own reconcile over the
 * fixture; the counts' figures are stated here.
 */
import AxeBuilder from '@axe-core/playwright';
import en from '../src/i18n/catalogues/en.ts';
import es from '../src/i18n/catalogues/es.ts';
import { countryName } from '../src/data/countries.ts';
import { dayToIso, formatDay } from '../src/data/dates.ts';
import { reconcileAll } from '../src/about/reconcile.ts';
import { expect, test } from './fixtures.ts';
import { waitForMap, watchPage } from './helpers.ts';

test('About sets each published count beside the map\'s own on its date, and explains every country that differs', async ({ page, baseURL, data }) => {
  const w = watchPage(page, baseURL as string);
  const all = reconcileAll(data.dataset.counts, data.dataset.events, data.index, 'en', en.locale);
  expect(all.map((r) => [r.count.id, r.count.figure, r.mapFigure])).toEqual([
    ['fixture-wire-2025-07-agreed', 5, 4],
    ['fixture-tracker-2025-received', 6, 4],
    ['fixture-wire-2026-asked', 12, 10],
  ]);
  await page.goto('/?view=about');
  const section = page.locator('section[aria-labelledby="about-reconcile"]');
  await expect(section.getByRole('heading', { level: 3, name: en.reconcile.title })).toBeVisible();
  await expect(section.locator('section.count')).toHaveCount(all.length);

  for (const r of all) {
    const box = section.locator(`section.count[data-count-id="${r.count.id}"]`);
    const date = formatDay(r.count.day, en.locale);
    await expect(box.locator('[data-figure="theirs"]')).toHaveText(en.reconcile.figure(r.count.figure, r.count.qualifier ?? null));
    await expect(box.locator('[data-figure="ours"]')).toHaveText(en.reconcile.mapFigure(r.mapFigure, date));
    // Their words, with a link to the page they are on.
    const quotes = box.locator(':scope > figure.quote');
    await expect(quotes).toHaveCount(r.count.quotes.length);
    await expect(quotes.first().getByRole('link', { name: /Open the source page/ })).toHaveAttribute('target', '_blank');
    if (r.count.countries === undefined) {
      // They name none: the map's own countries, each with its status.
      await expect(box.locator('.count-map-list li')).toHaveCount(r.mapFigure);
      expect(await box.locator('.count-map-list li').evaluateAll((els) => els.map((e) => e.getAttribute('data-country')))).toEqual(r.rows.map((x) => x.country));
      continue;
    }
    const table = box.getByRole('table', { name: en.reconcile.caption(r.by) });
    await expect(table.getByRole('columnheader', { name: en.reconcile.colMap(date) })).toBeVisible();
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [
      tr.getAttribute('data-country'), tr.getAttribute('data-theirs'), tr.getAttribute('data-map'), tr.getAttribute('data-reason'),
    ]));
    expect(rows).toEqual(r.rows.map((x) => [x.country, x.theirs ? 'yes' : 'no', x.map ? 'yes' : 'no', x.reason ?? 'none']));
    for (const x of r.rows.filter((y) => y.reason)) {
      const row = table.locator(`tbody tr[data-country="${x.country}"]`);
      await expect(row).toContainText(`${en.reconcile.reasons[x.reason!]}: ${x.note}`);
      await expect(row.locator('figure.quote')).toHaveCount(x.quotes.length);
    }
  }
  // The complete list names Brazil, which the map lacks, and the map counts Eswatini, which they do not name.
  const agreed = section.locator('[data-count-id="fixture-wire-2025-07-agreed"] tbody');
  await expect(agreed.locator('tr[data-country="BRA"]')).toContainText(en.reconcile.notCounted);
  await expect(agreed.locator('tr[data-country="SWZ"]')).toContainText(en.reconcile.notNamed);
  // The partial list's other countries are the map's, with no reason: they do not name them all.
  await expect(section.locator('[data-count-id="fixture-tracker-2025-received"] tr[data-country="MEX"]')).toContainText(en.reconcile.someNamed);
  // The sources list says which sources the counts quote.
  await expect(page.locator('li.about-source[data-source="fixture-tracker"] [data-cited-counts="2"]')).toHaveText(en.about.eventsAndCounts(10, 2));
  expect(w.errors).toEqual([]);
  expect(w.foreignRequests).toEqual([]);
});

test('a country in a count opens the map on the count\'s date with it selected, and Back returns to About', async ({ page, data }) => {
  const count = data.dataset.counts?.find((c) => c.id === 'fixture-wire-2025-07-agreed');
  if (!count) throw new Error('no count fixture-wire-2025-07-agreed');
  const iso = dayToIso(count.day);
  expect(iso).toBe('2025-07-31');
  await page.goto('/?view=about');
  const link = page.locator('[data-count-id="fixture-wire-2025-07-agreed"] a[data-link-country="SWZ"]');
  await expect(link).toHaveAttribute('href', `?date=${iso}&country=SWZ`);
  await expect(link).toHaveAccessibleName(`${countryName('SWZ', 'en')} ${en.reconcile.onMap(formatDay(count.day, en.locale))}`);
  await link.click();
  await waitForMap(page);
  await expect(page).toHaveURL(new RegExp(`\\?date=${iso}&country=SWZ$`));
  await expect(page.locator('#story-title')).toHaveText('Eswatini');
  await expect(page.getByTestId('current-date')).toHaveText(formatDay(count.day, en.locale));
  await page.goBack();
  await expect(page.getByTestId('about')).toBeVisible();
  await expect(page).toHaveURL(/view=about/);

  // By keyboard: a country the map has no event for opens the map selected all the same.
  const bra = page.locator('[data-count-id="fixture-wire-2025-07-agreed"] a[data-link-country="BRA"]');
  await bra.focus();
  await page.keyboard.press('Enter');
  await waitForMap(page);
  await expect(page).toHaveURL(new RegExp(`\\?date=${iso}&country=BRA$`));
  await expect(page.locator('#story-title')).toHaveText('Brazil');
});

test('in Spanish, the counts and our explanations are Spanish; their words stay as they wrote them', async ({ page, data }) => {
  const all = reconcileAll(data.dataset.counts, data.dataset.events, data.index, 'es', es.locale);
  await page.goto('/?view=about&lang=es');
  const section = page.locator('section[aria-labelledby="about-reconcile"]');
  await expect(section.getByRole('heading', { level: 3, name: es.reconcile.title })).toBeVisible();
  const received = all.find((r) => r.count.id === 'fixture-tracker-2025-received')!;
  expect(received.by).toBe('Rastreador de Prueba');
  const box = section.locator('[data-count-id="fixture-tracker-2025-received"]');
  await expect(box.getByRole('heading', { level: 4 })).toHaveText(es.reconcile.heading('Rastreador de Prueba', '2025'));
  await expect(box.locator('[data-figure="theirs"]')).toHaveText('al menos 6');
  const can = box.locator('tr[data-country="CAN"]');
  await expect(can).toContainText(`${es.reconcile.reasons['flight-without-nationality-breakdown']}: ${received.rows.find((x) => x.country === 'CAN')!.note}`);
  await expect(can.locator('[lang="es"]')).toHaveCount(1);
  await expect(box.locator('figure.quote blockquote').first()).toHaveAttribute('lang', 'en');
  await expect(box.locator('a[data-link-country="CAN"]')).toHaveAttribute('href', `?date=2025-12-31&country=CAN&lang=es`);
  await expect(section.locator('[data-count-id="fixture-wire-2026-asked"] .count-note')).toHaveText('No nombran ninguno de los países a los que se ha pedido.');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('each country is a row of its own, nothing scrolls sideways, and axe finds nothing, in the dark theme', async ({ page }) => {
    await page.goto('/?view=about&theme=dark');
    const table = page.locator('[data-count-id="fixture-wire-2025-07-agreed"] table');
    await table.scrollIntoViewIfNeeded();
    // The explanation sits under the country and its status, at the row's full width.
    const row = table.locator('tbody tr[data-country="SWZ"]');
    const [name, why] = [await row.locator('th').boundingBox(), await row.locator('td').last().boundingBox()];
    expect(why!.y).toBeGreaterThan(name!.y + name!.height - 1);
    expect(why!.width).toBeGreaterThan(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const result = await new AxeBuilder({ page }).include('section[aria-labelledby="about-reconcile"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // Still a table to assistive technology.
    await expect(page.getByRole('table', { name: en.reconcile.caption('Fixture Wire') }).first()).toBeVisible();
  });
});
