import { expect, test } from '@playwright/test';
import { NO_STATUS_COLOUR, STATUS_COLOURS } from '../src/color/palette.ts';
import { close, hex, openMap, pixelAt, project, tableStatuses, watchPage } from './helpers.ts';

// Points well inside each country (longitude, latitude).
const ANGOLA = [17.5, -12.5] as const;
const MEXICO = [-102, 24] as const;
const BRAZIL = [-52, -10] as const;

test('loads with no console error and no request to any other origin', async ({ page, baseURL }) => {
  const w = watchPage(page, baseURL as string);
  await openMap(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('US third-country deportations');
  await page.waitForLoadState('networkidle');
  expect(w.errors).toEqual([]);
  expect(w.foreignRequests).toEqual([]);
});

test('draws the map: countries of different status in their status colours', async ({ page }) => {
  await openMap(page, '?date=2025-05-05');
  const angola = await pixelAt(page, ...ANGOLA);
  const mexico = await pixelAt(page, ...MEXICO);
  const brazil = await pixelAt(page, ...BRAZIL);
  expect(close(angola, STATUS_COLOURS.refused), `Angola drawn ${hex(angola)}`).toBe(true);
  expect(close(mexico, STATUS_COLOURS.receiving), `Mexico drawn ${hex(mexico)}`).toBe(true);
  expect(close(brazil, NO_STATUS_COLOUR), `Brazil drawn ${hex(brazil)}`).toBe(true);
});

test('recolours when the date moves', async ({ page }) => {
  await openMap(page, '?date=2025-05-05');
  expect(close(await pixelAt(page, ...ANGOLA), STATUS_COLOURS.refused)).toBe(true);
  await page.getByRole('slider').focus();
  await page.keyboard.press('ArrowLeft'); // previous event: before the 5 May 2025 report
  await expect(page.getByTestId('current-date')).not.toHaveText('5 May 2025');
  await expect.poll(async () => hex(await pixelAt(page, ...ANGOLA))).toBe(NO_STATUS_COLOUR);
});

test('the table shows the statuses the data gives at two dates', async ({ page }) => {
  await page.goto('/?view=table&date=2025-03-31');
  const march = await tableStatuses(page);
  expect(march).toMatchObject({ SLV: 'receiving', CRI: 'receiving', PAN: 'receiving', MEX: 'receiving', GTM: 'agreement', HND: 'ended' });
  expect(march.AGO).toBeUndefined();

  await page.goto('/?view=table&date=2025-01-01');
  const january = await tableStatuses(page);
  expect(january.SLV).toBe('approached');
  expect(january.CRI).toBeUndefined();
  expect(january.PAN).toBeUndefined();
  expect(Object.values(january)).not.toContain('receiving');
  await expect(page.getByRole('table')).toContainText('Countries with a status on 1 January 2025');
});

test('moving the slider changes the table', async ({ page }) => {
  await page.goto('/?view=table');
  const latest = await tableStatuses(page);
  expect(latest.AGO).toBe('refused');
  const slider = page.getByRole('slider', { name: 'Date' });
  await expect(slider).toHaveAttribute('aria-valuetext', /\d{4}$/);

  // Drag the thumb to the far left: the first event, the 2019 Guatemala agreement.
  const box = await slider.boundingBox();
  if (!box) throw new Error('no slider');
  await page.mouse.move(box.x + box.width - 5, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 10 });
  await page.mouse.move(box.x + 1, box.y + box.height / 2, { steps: 10 });
  await page.mouse.up();
  await expect(slider).toHaveAttribute('aria-valuetext', '26 July 2019');
  expect(await tableStatuses(page)).toEqual({ GTM: 'agreement' });

  // The keyboard steps event by event.
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('current-date')).toHaveText('5 May 2025');
  expect((await tableStatuses(page)).AGO).toBe('refused');
  await page.keyboard.press('ArrowLeft'); // the March 2025 flights to El Salvador
  await expect(page.getByTestId('current-date')).toHaveText('1 March 2025');
  expect((await tableStatuses(page)).AGO).toBeUndefined();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByTestId('current-date')).toHaveText('1 February 2025');
});

test('clicking a country selects it and shows its quotes; the URL follows', async ({ page, baseURL }) => {
  const w = watchPage(page, baseURL as string);
  await openMap(page);
  const p = await project(page, ...ANGOLA);
  await page.mouse.move(p.x, p.y);
  await expect(page.getByRole('tooltip')).toContainText('Angola');
  await expect(page.getByRole('tooltip')).toContainText('Refused');
  await page.mouse.click(p.x, p.y);
  const panel = page.getByTestId('quotes-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Angola');
  await expect(panel).toContainText('Angola said that it does not accept individuals from other nationalities.');
  await expect(page).toHaveURL(/[?&]country=AGO\b/);

  // Clicking the ocean clears the selection.
  const ocean = await project(page, -30, -30);
  await page.mouse.click(ocean.x, ocean.y);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/What was reported up to/);
  await expect(page).not.toHaveURL(/country=/);
  expect(w.errors).toEqual([]);
});

test("a quote's link points at its source, with a text fragment, in a new tab", async ({ page }) => {
  await page.goto('/?country=AGO&view=table');
  const quote = page.getByTestId('quotes-panel').locator('figure.quote', { hasText: 'does not accept individuals' }).first();
  await expect(quote).toContainText('CBS News, 5 May 2025 — text as republished by exbulletin.com (machine translation)');
  const link = quote.getByRole('link', { name: /Open the source page/ });
  await expect(link).toHaveAttribute('href', /^https:\/\/exbulletin\.com\/world\/international\/3029992\/#:~:text=/);
  const fragment = decodeURIComponent(((await link.getAttribute('href')) ?? '').split('#:~:text=')[1] ?? '');
  expect(fragment).toBe('Angola said that it does not accept individuals from other nationalities.');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);

  await quote.getByRole('button', { name: 'Read the text we hold' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog.locator('mark')).toContainText('Angola said that it does not accept individuals from other nationalities.');
  await expect(dialog).toContainText('Machine translation');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Escape closed the dialog only: the country stays selected.
  await expect(page.getByTestId('quotes-panel').getByRole('heading', { level: 2 })).toHaveText('Angola');
});

test('invalid URL parameters are ignored with a warning, not a crash', async ({ page, baseURL }) => {
  const w = watchPage(page, baseURL as string);
  await page.goto('/?date=2025-02-30&country=ZZZ&view=globe&bogus=1');
  await expect(page.getByTestId('current-date')).toHaveText('5 May 2025');
  await expect(page.getByRole('button', { name: 'Map' })).toHaveAttribute('aria-pressed', 'true');
  expect(w.errors).toEqual([]);
  expect(w.warnings.join('\n')).toContain('date="2025-02-30" ignored');
  expect(w.warnings.join('\n')).toContain('country="ZZZ" ignored');
  expect(w.warnings.join('\n')).toContain('unknown URL parameter "bogus"');
});

test('the view switch and date are written to the URL', async ({ page }) => {
  await page.goto('/?date=2025-03-31');
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page).toHaveURL(/\?date=2025-03-31&view=table$/);
  // The next event is the latest date, the default, so the date leaves the URL.
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(page.getByTestId('current-date')).toHaveText('5 May 2025');
  await expect(page).toHaveURL(/\?view=table$/);
});

test('page keys step the timeline, also right after a button was clicked', async ({ page }) => {
  await page.goto('/?view=table&date=2025-03-31');
  await page.getByRole('button', { name: 'Previous event' }).click();
  const date = page.getByTestId('current-date');
  await expect(date).toHaveText('1 March 2025');
  await page.keyboard.press('ArrowRight');
  await expect(date).toHaveText('5 May 2025');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(date).toHaveText('5 April 2025');
  await page.keyboard.press('Home');
  await expect(date).toHaveText('26 July 2019');
  await page.keyboard.press('End');
  await expect(date).toHaveText('5 May 2025');
  // At the end, Next stays focusable (aria-disabled) and does nothing.
  const next = page.getByRole('button', { name: 'Next event' });
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(next).toBeFocused();
  await expect(date).toHaveText('5 May 2025');
});

test('at 1280×720 the page fits the window: nothing scrolls but the panel', async ({ page }) => {
  await openMap(page);
  const overflow = await page.evaluate(() => ({
    x: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    y: document.documentElement.scrollHeight - document.documentElement.clientHeight,
  }));
  expect(overflow).toEqual({ x: 0, y: 0 });
});

test('at 390×844 the whole page fits the width and the map is drawn', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openMap(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(close(await pixelAt(page, ...ANGOLA), STATUS_COLOURS.refused)).toBe(true);
});

test('play steps event by event and stops at the last date; Space toggles it', async ({ page }) => {
  await page.goto('/?view=table&date=2025-02-06');
  const play = page.getByRole('button', { name: 'Play' });
  await play.click();
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('current-date')).toHaveText('1 March 2025');
  await expect(page.getByTestId('current-date')).toHaveText('5 May 2025');
  await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  expect((await tableStatuses(page)).AGO).toBe('refused');

  // From the end, play starts again at the first event; Space on the page pauses it.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Space');
  await expect(page.getByTestId('current-date')).toHaveText('26 July 2019');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
});
