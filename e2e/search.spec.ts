/**
 * The country search combobox: finds a country by its name in any shipped language (accents and
 * case aside), selects it with the keyboard or a tap, and keeps its keys from the page's keys.
 * Runs on the tests' data set (e2e/fixtures/data), where Eswatini has events and Uganda none.
 */
import type { Page } from '@playwright/test';
import rows from '../src/data/countries.json' with { type: 'json' };
import en from '../src/i18n/catalogues/en.ts';
import es from '../src/i18n/catalogues/es.ts';
import { expect, test } from './fixtures.ts';
import { watchPage } from './helpers.ts';

/** Opens the app: the search needs the data, not the map (it works as well over the table). */
async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('search').getByRole('combobox')).toBeVisible();
  await expect(page.getByTestId('current-date')).toBeVisible();
}

const combobox = (page: Page, name = en.search.label) => page.getByTestId('search').getByRole('combobox', { name });
const listbox = (page: Page) => page.getByTestId('search').getByRole('listbox');

/** An option's name for a country with events: its name, and the other-language name that matched. */
const optionName = (name: string, alt: string | null) => `${name}${alt ? ` (${alt})` : ''}`;
/**
 * An option's name for a country with no events: its name and the note. (Chromium puts a space
 * before the comma, the note being a block of its own.)
 */
const noEventsName = (name: string, note: string) => new RegExp(`^${name} ?, ${note}$`);

for (const typed of ['Esuatini', 'eswatini']) {
  test(`search finds Eswatini from "${typed}"; Enter selects it and tells the panel and the URL`, async ({ page, baseURL, data: { dataset } }) => {
    const w = watchPage(page, baseURL as string);
    // Eswatini has three events.
    expect(dataset.events.filter((e) => e.country === 'SWZ')).toHaveLength(3);
    await openApp(page);
    const box = combobox(page);
    await box.fill(typed);
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    const alt = typed === 'Esuatini' ? 'Esuatini' : null;
    const option = listbox(page).getByRole('option', { name: optionName('Eswatini', alt), exact: true });
    await expect(option).toBeVisible();
    // The best match is the active option, ready for Enter.
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id')) as string);

    await box.press('Enter');
    await expect(page.locator('#story-title')).toHaveText('Eswatini');
    await expect(page).toHaveURL(/[?&]country=SWZ(&|$)/);
    await expect(box).toHaveValue('Eswatini');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(listbox(page)).toBeHidden();
    await expect(box).toBeFocused();

    // ↓ now lists the countries with events, the chosen one active.
    await box.press('ArrowDown');
    const active = listbox(page).locator('[aria-selected="true"]');
    await expect(active).toHaveAttribute('data-country', 'SWZ');
    await expect(box).toHaveAttribute('aria-activedescendant', (await active.getAttribute('id')) as string);
    await box.press('Escape');
    await expect(box).toHaveValue('Eswatini');
    expect(w.errors).toEqual([]);
  });
}

test('in Spanish the option reads "Esuatini", and the English name that matched in brackets', async ({ page }) => {
  await openApp(page, '?lang=es');
  const box = combobox(page, es.search.label);
  await box.fill('Esuatini');
  await expect(listbox(page).getByRole('option').first()).toHaveAccessibleName(optionName('Esuatini', null));
  await box.fill('ESWATINI');
  await expect(listbox(page).getByRole('option').first()).toHaveAccessibleName(optionName('Esuatini', 'Eswatini'));
  // A country with no events says so: Uganda.
  await box.fill('uganda');
  await expect(listbox(page).getByRole('option').first()).toHaveAccessibleName(noEventsName('Uganda', es.search.noEvents));
  await box.fill('ESWATINI');
  await box.press('Enter');
  await expect(page.locator('#story-title')).toHaveText('Esuatini');
  await expect(page).toHaveURL(/[?&]country=SWZ(&|$)/);
});

test('accents and case aside: "mexico" finds México in Spanish; a code finds its country', async ({ page }) => {
  await openApp(page, '?lang=es');
  const box = combobox(page, es.search.label);
  await box.fill('mexico');
  await expect(listbox(page).getByRole('option').first()).toHaveAccessibleName(/^México/);
  await box.fill('PER');
  await expect(listbox(page).getByRole('option').first()).toHaveAccessibleName(/^Perú/);
});

test('keyboard only: Tab reaches the search from the top of the page; arrows move, Escape closes then clears', async ({ page, data: { dataset } }) => {
  await openApp(page);
  const box = combobox(page);
  const date = await page.getByTestId('current-date').textContent();

  // From the top of the page, Tab reaches the box.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let reached = false;
  for (let i = 0; i < 15 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await box.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'Tab reaches the search box').toBe(true);

  // Nothing typed: ↓ lists every country with events, by name.
  await page.keyboard.press('ArrowDown');
  const withEvents = new Set(dataset.events.filter((e) => e.country !== e.sender).map((e) => e.country).filter((c) => rows.some((r) => r.a3 === c)));
  // The eleven destinations: not the US, whose event is one for every destination.
  expect([...withEvents].sort()).toEqual(['AGO', 'COD', 'CRI', 'GNQ', 'GTM', 'KNA', 'MEX', 'MRT', 'PAN', 'SLV', 'SWZ']);
  await expect(listbox(page).getByRole('option')).toHaveCount(withEvents.size);
  expect((await listbox(page).getByRole('option').evaluateAll((os) => os.map((o) => o.getAttribute('data-country')))).sort()).toEqual([...withEvents].sort());
  await page.keyboard.press('Escape');
  await expect(listbox(page)).toBeHidden();

  // Typing, arrows, Space and "f" stay in the box: the page's keys (timeline, fullscreen) do not fire.
  await page.keyboard.type('guinea f');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(box).toHaveValue('guinea');
  const options = listbox(page).getByRole('option');
  expect(await options.count()).toBeGreaterThan(1);
  expect(await options.count()).toBeLessThanOrEqual(8);
  const first = await options.nth(0).getAttribute('id');
  const second = await options.nth(1).getAttribute('id');
  await expect(box).toHaveAttribute('aria-activedescendant', first as string);
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', second as string);
  await page.keyboard.press('ArrowUp');
  await expect(box).toHaveAttribute('aria-activedescendant', first as string);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Home');
  await page.keyboard.press('End');
  await expect(page.getByTestId('current-date')).toHaveText(date as string);
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();

  // A polite status says how many were found.
  await expect(page.getByTestId('search').getByRole('status')).toHaveText(/\d/);

  // Escape closes the list and keeps the text; a second Escape clears it.
  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(listbox(page)).toBeHidden();
  await expect(box).not.toHaveAttribute('aria-activedescendant');
  await expect(box).toHaveValue('guinea');
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(box).toBeFocused();

  // A name nobody gives: the list says so.
  await page.keyboard.type('atlantis');
  // (The list's line, not the live region, which says the same once typing pauses.)
  await expect(page.getByTestId('search').locator('.search-empty')).toHaveText(en.search.noResults);
  await expect(page.getByTestId('search').locator('.search-empty')).toBeVisible();
  await expect(page.getByTestId('search').getByRole('status')).toHaveText(en.search.noResults);
  await expect(page.getByTestId('current-date')).toHaveText(date as string);
});

test('clicking an option selects it; choosing elsewhere clears the box', async ({ page }) => {
  await openApp(page);
  const box = combobox(page);
  await box.fill('salvador');
  await listbox(page).getByRole('option', { name: /^El Salvador/ }).click();
  await expect(page.locator('#story-title')).toHaveText('El Salvador');
  await expect(page).toHaveURL(/[?&]country=SLV(&|$)/);
  await expect(box).toHaveValue('El Salvador');
  await expect(box).toBeFocused();
  // Back to all countries from the panel: the box no longer names a selection.
  await page.getByTestId('story-panel').getByRole('button', { name: en.showAll }).click();
  await expect(box).toHaveValue('');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the list fits the screen, its options are at least 44 px tall, and a tap selects', async ({ page }) => {
    // On a phone the field is one tap away: the header bar's search button shows it, focused.
    await page.goto('/');
    await expect(page.getByTestId('current-date')).toBeVisible();
    await page.getByRole('button', { name: en.menu.search }).tap();
    const box = combobox(page);
    await expect(box).toBeFocused();
    await box.fill('gu');
    const list = listbox(page);
    await expect(list).toBeVisible();
    const boxSize = await box.boundingBox();
    const listBox = await list.boundingBox();
    if (!boxSize || !listBox) throw new Error('the search box or its list is not laid out');
    expect(boxSize.height).toBeGreaterThanOrEqual(44);
    expect(listBox.x).toBeGreaterThanOrEqual(0);
    expect(listBox.x + listBox.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const options = list.getByRole('option');
    const n = await options.count();
    expect(n).toBeGreaterThan(0);
    const heights = await options.evaluateAll((os) => os.map((o) => o.getBoundingClientRect().height));
    expect(heights).toHaveLength(n);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(44);

    // Uganda has no events: its option says so, and a tap still selects it.
    await box.fill('uganda');
    await expect(list.getByRole('option').first()).toHaveAccessibleName(noEventsName('Uganda', en.search.noEvents));
    await list.getByRole('option', { name: /^Uganda/ }).tap();
    await expect(page).toHaveURL(/[?&]country=UGA(&|$)/);
    await expect(box).toHaveValue('Uganda');
  });
});

test('Enter pressed before the matching code has arrived picks the best match once it has', async ({ page }) => {
  // The matching (src/search/searchLogic.ts) loads when the box is first focused; hold it back.
  let release: () => void = () => {};
  const released = new Promise<void>((r) => (release = r));
  let requested = false;
  await page.route(/\/assets\/searchLogic-[\w-]+\.js$/, async (route) => {
    requested = true;
    await released;
    await route.continue();
  });
  await openApp(page);
  const box = combobox(page);
  await box.fill('eswatini');
  await box.press('Enter');
  await expect.poll(() => requested).toBe(true);
  await expect(page.locator('#story-title')).not.toHaveText('Eswatini');
  release();
  await expect(page.locator('#story-title')).toHaveText('Eswatini');
  await expect(box).toHaveValue('Eswatini');
});
