/**
 * A phone (390×844, touch): the story is a bottom sheet, every control is a 44 px target,
 * tapping a country selects it, nothing scrolls sideways — and the keyboard-free journey works:
 * search by touch, read the quotes, move the timeline.
 */
import type { Page } from '@playwright/test';
import en from '../src/i18n/catalogues/en.ts';
import { expect, test } from './fixtures.ts';
import { interiorPoint, openMap, project, servedCountries, watchPage } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

/** Visible controls smaller than 44×44 CSS px (the minimum touch target). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const sel = 'button, select, input, [role="option"], [role="slider"], .quote-link, summary';
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || s.visibility === 'hidden' || el.closest('.visually-hidden')) continue;
      if (r.bottom < 0 || r.top > innerHeight * 3) continue;
      if (r.height < 43.5 || r.width < 43.5) out.push(`${el.tagName.toLowerCase()}.${el.className || ''}[${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}] ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return out;
  });
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
}

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
  const search = page.getByRole('combobox', { name: en.search.label });
  await search.tap();
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

test('the header is as tall as what it holds: the controls follow the title, and the map is in the first screen', async ({ page }) => {
  await openMap(page);
  const gap = await page.evaluate(() => {
    const title = document.querySelector('.app-title')?.getBoundingClientRect();
    const controls = document.querySelector('.app-controls')?.getBoundingClientRect();
    const subtitle = document.querySelector('.app-subtitle')?.getBoundingClientRect();
    return title && controls && subtitle ? { titleBelowText: title.bottom - subtitle.bottom, toControls: controls.top - title.bottom } : null;
  });
  // (A flex basis once made the title 288 px tall in the phone's column: 170 px of nothing.)
  expect(gap?.titleBelowText).toBeLessThan(1);
  expect(gap?.toControls).toBeLessThanOrEqual(8);
  const map = await page.getByTestId('map').boundingBox();
  expect((map?.y ?? Infinity) + (map?.height ?? 0) / 2).toBeLessThan(844);
});
