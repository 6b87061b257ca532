/**
 * A phone's first screen (portrait, touch): with no scrolling, the map takes half the screen's
 * height or more and the timeline's play button and slider are in view, above the story sheet's
 * peek; the header is one bar (the title, a search button and a menu button). The menu is a
 * disclosure holding the view switch, language, theme, the share link, embed and presentation, each
 * of which works from there; it closes on Escape and on a tap outside, focus back on its button.
 * Then a landscape phone and tablets: the map and the slider are there, and nothing overlaps.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import en from '../src/i18n/catalogues/en.ts';
import es from '../src/i18n/catalogues/es.ts';
import { expect, test } from './fixtures.ts';
import { noSidewaysScroll, openMap, smallTargets } from './helpers.ts';

/**
 * The bar's bound: one row of 44 px targets with 4 px above and below and its rule is 53 px; 64 px
 * leaves room for a font's rounding, and is far below two rows of targets (the title wrapping onto
 * a row of its own above the buttons would make it at least 92 px).
 */
const BAR_MAX = 64;

const PHONES = [
  { width: 390, height: 800 },
  { width: 360, height: 640 },
];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function box(l: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await l.boundingBox();
  if (!b) throw new Error('not laid out');
  return b;
}

/** Boxes in the page's coordinates (not the viewport's), so boxes seen at different scroll positions compare. */
async function pageBox(l: Locator): Promise<{ top: number; bottom: number; left: number; right: number }> {
  return l.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left + scrollX, right: r.right + scrollX };
  });
}

for (const size of PHONES) {
  test.describe(`a ${size.width}×${size.height} phone`, () => {
    test.use({ viewport: size, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

    test('the first screen: a one-line bar, the map at half the height or more, play and the slider in view above the sheet', async ({ page }) => {
      await openMap(page);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      const head = await box(page.locator('.app-head'));
      expect(head.y).toBe(0);
      expect(head.height).toBeLessThanOrEqual(BAR_MAX);
      // One line: the title and the bar's buttons share a row.
      const title = await box(page.locator('.app-head h1'));
      const menuButton = await box(page.getByRole('button', { name: en.menu.button }));
      const searchButton = await box(page.getByRole('button', { name: en.menu.search }));
      for (const b of [title, menuButton, searchButton]) expect(b.y + b.height).toBeLessThanOrEqual(head.height);
      expect(menuButton.x).toBeGreaterThan(title.x + title.width - 1);

      const map = await box(page.getByTestId('map'));
      expect(map.height).toBeGreaterThanOrEqual(size.height / 2);
      expect(map.y).toBeGreaterThanOrEqual(head.height - 1);

      const sheet = await box(page.locator('.story'));
      // The sheet peeks: on the first screen, below the timeline.
      expect(sheet.y).toBeLessThan(size.height - 44);
      for (const control of [page.getByRole('button', { name: en.play }), page.getByRole('slider', { name: en.slider })]) {
        const b = await box(control);
        expect(b.y).toBeGreaterThanOrEqual(map.y + map.height);
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(size.width);
        expect(b.y + b.height).toBeLessThanOrEqual(sheet.y);
      }
      await noSidewaysScroll(page);
      expect(await smallTargets(page)).toEqual([]);
    });

    test('the menu: a disclosure holding the view switch, language, theme, link, embed and presentation; Escape and a tap outside close it', async ({ page }) => {
      await openMap(page);
      const button = page.getByRole('button', { name: en.menu.button });
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      const panel = page.locator(`#${await button.getAttribute('aria-controls')}`);
      await expect(panel).toBeHidden();
      // Closed, none of its controls is on the page.
      await expect(page.getByTestId('lang-select')).toBeHidden();

      await button.tap();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(panel).toBeVisible();
      await expect(panel.getByRole('group', { name: en.views.label })).toBeVisible();
      for (const v of ['map', 'table', 'about'] as const) await expect(panel.getByRole('button', { name: en.views[v] })).toBeVisible();
      await expect(panel.getByTestId('lang-select')).toBeVisible();
      await expect(panel.getByTestId('theme-select')).toBeVisible();
      await expect(panel.getByRole('button', { name: en.share.label })).toBeVisible();
      await expect(panel.getByRole('button', { name: en.embed.button, exact: true })).toBeVisible();
      await expect(panel.getByRole('button', { name: en.present.enter })).toBeVisible();
      // Inside the screen, every target 44 px, and axe finds nothing with the menu open.
      const p = await box(panel);
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x + p.width).toBeLessThanOrEqual(size.width);
      expect(p.y + p.height).toBeLessThanOrEqual(size.height);
      expect(await smallTargets(page)).toEqual([]);
      await noSidewaysScroll(page);
      expect(await axe(page)).toEqual([]);

      // Escape closes it, focus back on its button (and the page's Escape does not run too).
      await panel.getByTestId('theme-select').focus();
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(button).toBeFocused();
      await expect(button).toHaveAttribute('aria-expanded', 'false');

      // A tap outside (on the date, which takes no focus) closes it, focus back on its button.
      await button.tap();
      await expect(panel).toBeVisible();
      await panel.getByTestId('lang-select').focus();
      await page.getByTestId('current-date').tap();
      await expect(panel).toBeHidden();
      await expect(button).toBeFocused();
    });

    test('each control in the menu works: language, theme, the link, embed, cite, presentation, the view switch', async ({ page }) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await openMap(page, '?country=SLV');
      const button = page.getByRole('button', { name: en.menu.button });
      const panel = page.locator(`#${await button.getAttribute('aria-controls')}`);

      await button.tap();
      await panel.getByTestId('theme-select').selectOption('dark');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page).toHaveURL(/theme=dark/);

      await panel.getByTestId('lang-select').selectOption('es');
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await expect(page.locator('h1')).toHaveText(es.title);
      // The menu stays open, in the new language.
      await expect(page.getByRole('button', { name: es.menu.button })).toHaveAttribute('aria-expanded', 'true');

      await panel.getByRole('button', { name: es.share.label }).tap();
      await expect(panel.getByTestId('share')).toContainText(es.share.copied);
      // A selected country with a page of its own is shared as that page (docs/INTERFACES.md, "Country pages").
      const shared = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      expect(shared.pathname).toMatch(/\/country\/slv\/$/);
      expect(shared.searchParams.get('lang')).toBe('es');

      await panel.getByRole('button', { name: es.embed.button, exact: true }).tap();
      await expect(page.getByTestId('embed-dialog')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('embed-dialog')).toBeHidden();

      await panel.getByRole('button', { name: es.cite.button, exact: true }).tap();
      await expect(page.getByTestId('cite-dialog')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('cite-dialog')).toBeHidden();
      // The dialog took that Escape: the menu is still open, and the selection still there.
      await expect(panel).toBeVisible();
      await expect(page).toHaveURL(/country=SLV/);

      await panel.getByRole('button', { name: es.views.table }).tap();
      await expect(page.getByTestId('status-table')).toBeVisible();
      await expect(panel).toBeHidden();

      await page.getByRole('button', { name: es.menu.button }).tap();
      await panel.getByRole('button', { name: es.present.enter }).tap();
      await expect(page).toHaveURL(/[?&]present=1\b/);
      await expect(page.locator('.app-present')).toBeVisible();
    });

    test('search is one tap away: the bar\'s search button shows the field, focused; Escape puts the bar back', async ({ page }) => {
      await openMap(page);
      const search = page.getByRole('combobox', { name: en.search.label });
      const toggle = page.getByRole('button', { name: en.menu.search });
      await expect(search).toBeHidden();
      await toggle.tap();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(search).toBeFocused();
      // In the bar: the header keeps its height, and the field is on the screen.
      expect((await box(page.locator('.app-head'))).height).toBeLessThanOrEqual(BAR_MAX);
      const field = await box(search);
      expect(field.x).toBeGreaterThanOrEqual(0);
      expect(field.x + field.width).toBeLessThanOrEqual(size.width);
      expect(field.y + field.height).toBeLessThanOrEqual(BAR_MAX);
      await page.keyboard.type('ango');
      await expect(page.getByRole('option').first()).toBeVisible();
      expect(await smallTargets(page)).toEqual([]);
      await page.getByRole('option', { name: /Angola/ }).tap();
      await expect(page).toHaveURL(/country=AGO/);
      // Escape clears the field, then puts the bar back with focus on the search button.
      await search.focus();
      await page.keyboard.press('Escape');
      await expect(search).toHaveValue('');
      await page.keyboard.press('Escape');
      await expect(search).toBeHidden();
      await expect(toggle).toBeFocused();
      await expect(page.locator('.app-head h1')).toBeVisible();
    });
  });
}

test.describe('the first screen on a phone keeps light and dark', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  test('axe: the dark theme with the menu open, in Spanish — no violations', async ({ page }) => {
    await openMap(page, '?theme=dark&lang=es');
    await page.getByRole('button', { name: es.menu.button }).tap();
    await expect(page.getByTestId('theme-select')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
});

/** Landscape phones and tablets: the map on the first screen, the slider reachable, no two parts of the page over each other. */
for (const size of [
  { width: 800, height: 390, touch: true },
  { width: 768, height: 1024, touch: true },
  { width: 1024, height: 768, touch: true },
]) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch, isMobile: size.touch });

    test('the map is on the first screen, the slider is reachable and uncovered, and nothing overlaps', async ({ page }) => {
      await openMap(page);
      const map = await box(page.getByTestId('map'));
      expect(map.y).toBeLessThan(size.height / 3);
      expect(Math.min(map.y + map.height, size.height) - map.y).toBeGreaterThanOrEqual(size.height / 2);

      const slider = page.getByRole('slider', { name: en.slider });
      await slider.scrollIntoViewIfNeeded();
      await expect(slider).toBeInViewport({ ratio: 1 });
      // Nothing lies over the slider: what a tap at its middle finds is the slider.
      const s = await box(slider);
      const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x as number, y as number)?.closest('.timeline-slider') !== null, [s.x + s.width / 2, s.y + s.height / 2]);
      expect(hit).toBe(true);

      // The header, the map, the timeline and the legend: no two overlap (page coordinates).
      const parts = {
        head: await pageBox(page.locator('.app-head')),
        map: await pageBox(page.getByTestId('map')),
        timeline: await pageBox(page.locator('.timeline')),
        legendBox: await pageBox(page.locator('.legend-box')),
      };
      const names = Object.keys(parts) as (keyof typeof parts)[];
      for (const a of names) {
        for (const b of names) {
          // (On a wide screen the legend is drawn over the map's corner, as it always was.)
          if (a >= b || (size.width > 820 && [a, b].includes('map') && [a, b].includes('legendBox'))) continue;
          const [p, q] = [parts[a], parts[b]];
          const overlap = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1 && Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1;
          expect(overlap, `${a} and ${b} overlap`).toBe(false);
        }
      }
      await noSidewaysScroll(page);
    });
  });
}
