/**
 * Accessibility: axe-core (WCAG 2.2 A and AA rules) over every view the app has — each entry of
 * VIEWS is tested, so a view added later joins automatically — in both themes and every shipped
 * language (a catalogue added later joins too), plus the states a view can be in (a country's story, the source reader, the phone's
 * bottom sheet). Then the keyboard-only journey, and the same journey on a phone with touch.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { dayToIso, formatDay } from '../src/data/dates.ts';
import { VIEWS } from '../src/views/views.ts';
import en from '../src/i18n/catalogues/en.ts';
import { eventById, expect, test } from './fixtures.ts';
import { openMap, shippedLangs, watchPage } from './helpers.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Opens a view and waits until it has drawn (the map its first frame, the others their content). */
async function openView(page: Page, query: string, view: string): Promise<void> {
  if (view === 'map') await openMap(page, query);
  else {
    await page.goto(`/${query}`);
    await expect(page.locator(view === 'table' ? '[data-testid="status-table"]' : '[data-testid="about"]')).toBeVisible();
  }
}

for (const view of VIEWS) {
  for (const theme of ['light', 'dark'] as const) {
    for (const lang of shippedLangs()) {
      test(`axe: ${view} view, ${theme} theme, ${lang} — no violations`, async ({ page }) => {
        const q = new URLSearchParams({ view, theme, lang });
        await openView(page, `?${q}`, view);
        expect(await axe(page)).toEqual([]);
      });
    }
  }
}

test("axe: a country's story, and the source reader over it — no violations", async ({ page, data }) => {
  // Costa Rica's story: one event with two quotes, one of them Spanish, and a conflict note.
  expect(eventById(data, 'cri-2025-02-20-arrivals').quotes.map((q) => q.lang)).toEqual(['en', 'es']);
  await openMap(page, '?country=CRI');
  await expect(page.locator('#story-title')).toHaveText('Costa Rica');
  await expect(page.locator('.event[data-country="CRI"] .quote')).toHaveCount(2);
  expect(await axe(page)).toEqual([]);
  await page.locator('.event[data-country="CRI"] .quote').first().getByRole('button', { name: en.readSource }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test('axe: the map with the bottom sheet closed and open — no violations', async ({ page }) => {
    await openMap(page, '?country=SLV');
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: en.story.expand }).tap();
    await expect(page.locator('.story')).toHaveAttribute('data-sheet', 'open');
    expect(await axe(page)).toEqual([]);
  });
});

/** Presses Tab until `target` has focus, at most `max` times; returns how many it took. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 40): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return i;
  }
  throw new Error('never reached by Tab');
}

/** The focused element shows a focus ring (an outline or a box shadow). */
async function hasFocusRing(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return false;
    const s = getComputedStyle(el);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
  });
}

test('keyboard only: search a country, read its quotes, move the timeline, hear the change', async ({ page, baseURL, data: { index } }) => {
  const watch = watchPage(page, baseURL as string);
  // El Salvador: three events, each quoted.
  const iso = 'SLV';
  const name = 'El Salvador';
  await openMap(page);

  // Search is the first control after the title; every step shows a focus ring.
  const search = page.getByRole('combobox', { name: en.search.label });
  await tabTo(page, search);
  expect(await hasFocusRing(page)).toBe(true);
  await page.keyboard.type(name.slice(0, 6));
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('#story-title')).toHaveText(name);
  await expect(page).toHaveURL(new RegExp(`country=${iso}`));

  // Tab onwards into the story: the first quote's source link is reachable and ringed.
  const firstLink = page.locator('.quote-link').first();
  await tabTo(page, firstLink, 60);
  expect(await hasFocusRing(page)).toBe(true);
  await expect(firstLink).toHaveAttribute('href', /^https?:\/\//);

  // The slider: reachable, arrows move it event by event, and the live region says where it settled.
  const slider = page.getByRole('slider');
  await tabTo(page, slider, 80);
  expect(await hasFocusRing(page)).toBe(true);
  const before = Number(await slider.inputValue());
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const after = Number(await slider.inputValue());
  expect(after).toBeLessThan(before);
  // Two event days back from the last (15 May 2026): 1 March, then 25 February 2026.
  expect(before).toBe(index.lastDay);
  expect(dayToIso(after)).toBe('2026-02-25');
  expect(after).toBe(index.eventDays.at(-3));
  await expect(page.getByTestId('announcer')).toContainText(formatDay(after, 'en-GB'));
  await expect(page.getByTestId('announcer')).toContainText(`${name}:`);
  await expect(page).toHaveURL(new RegExp(`date=${dayToIso(after)}`));
  expect(watch.errors).toEqual([]);
});

test('the live region waits for the slider to settle: one announcement for a burst of steps', async ({ page, data: { index } }) => {
  await openMap(page);
  const announcer = page.getByTestId('announcer');
  await expect(announcer).toHaveText('');
  await page.getByRole('slider').focus();
  const seen: string[] = [];
  await page.exposeFunction('tcdmSeen', (t: string) => seen.push(t));
  await announcer.evaluate((el) => {
    new MutationObserver(() => (window as unknown as { tcdmSeen(t: string): void }).tcdmSeen(el.textContent ?? '')).observe(el, { childList: true, subtree: true, characterData: true });
  });
  // Six steps back in a burst: one announcement, of where the slider settled.
  const days = index.eventDays;
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
  const settled = formatDay(days.at(-7) as number, 'en-GB');
  await expect(announcer).toContainText(settled);
  // One more step: its announcement comes after any the burst could still have made, so once it
  // is heard everything the burst said has been seen (no waiting on the clock).
  await page.keyboard.press('ArrowLeft');
  await expect(announcer).toContainText(formatDay(days.at(-8) as number, 'en-GB'));
  const said = seen.filter((t) => t !== '');
  expect(said).toHaveLength(2);
  expect(said[0]).toContain(settled);
});

test('prefers-reduced-motion: no transitions or animations run', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page);
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('*')].filter((el) => {
      const s = getComputedStyle(el);
      return parseFloat(s.transitionDuration) > 0 || (s.animationName !== 'none' && parseFloat(s.animationDuration) > 0);
    }).length,
  );
  expect(moving).toBe(0);
});
