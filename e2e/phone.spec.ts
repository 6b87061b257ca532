/**
 * A phone (390×844, touch): the story is a bottom sheet, every control is a 44 px target,
 * tapping a country selects it, nothing scrolls sideways — and the keyboard-free journey works:
 * search by touch, read the quotes, move the timeline. The phone's first screen (the header bar,
 * its menu and search, the map, the timeline, the sheet's peek) at two phones' sizes, and the
 * layout of a landscape phone and of tablets, are in e2e/phone-first-screen.spec.ts.
 */
import en from '../src/i18n/catalogues/en.ts';
import { expect, test } from './fixtures.ts';
import { interiorPoint, noSidewaysScroll, openMap, project, servedCountries, smallTargets, watchPage } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

test('tapping a country selects it; the bottom sheet shows its story and opens; 44 px targets; no sideways scroll', async ({ page, baseURL, data: { index } }) => {
  const watch = watchPage(page, baseURL as string);
  const shapes = await servedCountries(baseURL as string);
  // Mexico: big, so a tap surely lands on it, and receiving at the default date.
  expect(index.statusAt('MEX', index.lastDay)).toMatchObject({ status: 'receiving' });
  const mexico = shapes.get('MEX');
  if (!mexico) throw new Error('Mexico is not on the basemap');
  await openMap(page);
  await noSidewaysScroll(page);
  expect(await smallTargets(page)).toEqual([]);

  const [lng, lat] = interiorPoint(mexico);
  const p = await project(page, lng, lat);
  await page.touchscreen.tap(p.x, p.y);
  await expect(page).toHaveURL(/country=MEX/);
  const sheet = page.locator('.story');
  await expect(sheet).toHaveAttribute('data-sheet', 'peek');
  await expect(page.locator('#story-title')).toBeInViewport();
  await expect(page.locator('#story-title')).toHaveText('Mexico');

  await page.getByRole('button', { name: en.story.expand }).tap();
  await expect(sheet).toHaveAttribute('data-sheet', 'open');
  await expect(page.locator('.event').first()).toBeInViewport();
  await noSidewaysScroll(page);
  expect(await smallTargets(page)).toEqual([]);

  await page.getByRole('button', { name: en.story.collapse }).tap();
  await expect(sheet).toHaveAttribute('data-sheet', 'peek');
  expect(watch.errors).toEqual([]);
});

test('the same journey by touch: search, pick, read the quotes, step the timeline', async ({ page, data: { dataset } }) => {
  await openMap(page);
  // The search is one tap away: its button in the header bar shows the field, focused.
  const search = page.getByRole('combobox', { name: en.search.label });
  await expect(search).toBeHidden();
  await page.getByRole('button', { name: en.menu.search }).tap();
  await expect(search).toBeVisible();
  await expect(search).toBeFocused();
  await page.keyboard.type('salvador');
  const option = page.getByRole('option').first();
  await expect(option).toBeVisible();
  await option.tap();
  await expect(page).toHaveURL(/country=SLV/);
  await page.getByRole('button', { name: en.story.expand }).tap();
  // El Salvador's three events, newest first.
  // El Salvador's story: its own events and the one for every destination, newest first.
  const events = dataset.events.filter((e) => e.country === 'SLV' || e.country === e.sender).map((e) => e.id).reverse();
  expect(events).toEqual(['usa-2026-02-25-ruling', 'slv-2025-03-15-receiving', 'slv-2019-09-20-agreement', 'slv-2019-approached']);
  await expect(page.locator('.story .event')).toHaveCount(4);
  expect(await page.locator('.story .event').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')))).toEqual(events);
  await expect(page.locator('.story .quote-link').first()).toBeInViewport();
  await page.getByRole('button', { name: en.story.collapse }).tap();

  // Back from 15 May 2026 to the event before: 1 March 2026.
  const date = page.getByTestId('current-date');
  await expect(date).toHaveText('15 May 2026');
  await page.getByRole('button', { name: en.prevEvent }).tap();
  await expect(date).toHaveText('1 March 2026');
  await noSidewaysScroll(page);
});

test('the table and About views fit the phone too', async ({ page }) => {
  for (const view of ['table', 'about']) {
    await page.goto(`/?view=${view}`);
    await expect(page.locator(view === 'table' ? '[data-testid="status-table"]' : '[data-testid="about"]')).toBeVisible();
    await noSidewaysScroll(page);
  }
});
