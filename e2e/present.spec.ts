/**
 * Presenters: presentation mode, the story told in it by keyboard alone, play, the presenter's
 * window driving the audience window (and back), Back through the steps, a shared link, the keys'
 * dialog; all on the fixture's story (e2e/fixtures/data/stories/fixture-tour.json).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import en from '../src/i18n/catalogues/en.ts';
import es from '../src/i18n/catalogues/es.ts';
import { dayToIso, formatDay, isoToDay } from '../src/data/dates.ts';
import type { Story } from '../src/data/types.ts';
import { expect, test, type TestData } from './fixtures.ts';
import { openMap, waitForMap, watchPage } from './helpers.ts';

const LOCALE = 'en-GB';

function tour(data: TestData): Story {
  const s = data.dataset.stories?.find((x) => x.id === 'fixture-tour');
  if (!s) throw new Error('the fixture has no fixture-tour story');
  return s;
}

async function axe(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Checks that the page shows step `n` of the story: its date, caption, selection and framing, in the URL too. */
async function expectStep(page: Page, story: Story, n: number): Promise<void> {
  const step = story.steps[n - 1];
  if (!step) throw new Error(`no step ${n}`);
  await expect(page.getByTestId('present-step')).toHaveText(en.present.step(n, story.steps.length));
  await expect(page.getByTestId('present-caption')).toHaveText(step.caption);
  await expect(page.getByTestId('current-date')).toHaveText(formatDay(step.day, LOCALE));
  const url = new URL(page.url());
  await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(String(n));
  expect(url.searchParams.get('present')).toBe('1');
  await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe(step.country ?? '');
  await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe(step.region ?? 'world');
  await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe(dayToIso(step.day));
}

test('p enters presentation mode: the map fills the window, the header, story panel and footer go; Esc leaves', async ({ page, baseURL }) => {
  const w = watchPage(page, baseURL as string);
  await openMap(page);
  await page.keyboard.press('p');
  await expect(page.getByTestId('present')).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByTestId('story-panel')).toHaveCount(0);
  await expect(page.getByTestId('footnote')).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]present=1\b/);
  const box = await page.getByTestId('map').boundingBox();
  const size = page.viewportSize();
  expect(box?.width).toBe(size?.width);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('present')).toHaveCount(0);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page).not.toHaveURL(/present=/);
  expect(w.errors).toEqual([]);
});

test.describe('at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'es'] as const) {
      test(`the date and caption read from the back of a room (≥ 28 px), the legend too (≥ 20 px); axe-clean — ${theme}, ${lang}`, async ({ page }) => {
        await openMap(page, `?present=1&step=3&theme=${theme}&lang=${lang}`);
        const size = async (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(await size('[data-testid="current-date"]')).toBeGreaterThanOrEqual(28);
        expect(await size('[data-testid="present-caption"]')).toBeGreaterThanOrEqual(28);
        expect(await size('.legend-label')).toBeGreaterThanOrEqual(20);
        expect(await size('.legend-title')).toBeGreaterThanOrEqual(20);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByTestId('present-caption')).toHaveAttribute('lang', lang);
        expect(await axe(page)).toEqual([]);
      });
    }
  }
});

test('the story by keyboard alone: → walks every step (date, caption, selection, framing), ← and Home go back', async ({ page, data }) => {
  const story = tour(data);
  expect(story.steps.length).toBe(5);
  await openMap(page, '?present=1');
  for (let n = 1; n <= story.steps.length; n++) {
    await page.keyboard.press('ArrowRight');
    await expectStep(page, story, n);
  }
  // Past the last step, → stays there.
  await page.keyboard.press('ArrowRight');
  await expectStep(page, story, story.steps.length);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, story, story.steps.length - 1);
  await page.keyboard.press('Home');
  await expectStep(page, story, 1);
  await page.keyboard.press('End');
  await expectStep(page, story, story.steps.length);
});

test("a step's sources open from its caption: the events it rests on, with their quotes", async ({ page, data }) => {
  const step = tour(data).steps[1];
  if (!step) throw new Error('no step 2');
  await openMap(page, '?present=1&step=2');
  await page.getByRole('button', { name: en.present.sources }).click();
  const dialog = page.getByTestId('sources-dialog');
  await expect(dialog).toBeVisible();
  expect(await dialog.locator('.event').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')))).toEqual(step.events);
  await expect(dialog.locator('.quote-link').first()).toHaveAttribute('target', '_blank');
  expect(await axe(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('Back returns to the previous step, Forward to the next', async ({ page, data }) => {
  const story = tour(data);
  await openMap(page, '?present=1');
  for (let n = 1; n <= 3; n++) {
    await page.keyboard.press('ArrowRight');
    await expectStep(page, story, n);
  }
  await page.goBack();
  await expectStep(page, story, 2);
  await page.goBack();
  await expectStep(page, story, 1);
  await page.goForward();
  await expectStep(page, story, 2);
});

test('a step link opens the step; a story step link with its own date keeps the date', async ({ page, data }) => {
  const story = tour(data);
  await openMap(page, '?present=1&step=4');
  await expectStep(page, story, 4);
  await openMap(page, '?present=1&step=4&date=2025-06-01');
  await expect(page.getByTestId('current-date')).toHaveText(formatDay(isoToDay('2025-06-01') as number, LOCALE));
  // Off the step's date, the caption is the newest event's, not the step's.
  await expect(page.getByTestId('present-step')).toHaveCount(0);
});

test('play moves through calendar time, stops on each event, reaches the last date and stops', async ({ page, data: { index } }) => {
  await openMap(page, '?date=2026-01-01');
  await page.getByTestId('speed').selectOption('6');
  // Every date it shows on the way, noted by the page as it changes (a poll from here would see
  // only some of them, and on a busy machine perhaps only the events it holds on).
  await page.getByTestId('current-date').evaluate((el) => {
    const dates: string[] = [];
    (window as unknown as { playedDates: string[] }).playedDates = dates;
    new MutationObserver(() => dates.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
  });
  await page.getByRole('button', { name: en.play }).click();
  await expect(page.getByRole('button', { name: en.pause })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: en.play })).toHaveAttribute('aria-pressed', 'false', { timeout: 60_000 });
  await expect(page.getByTestId('current-date')).toHaveText(formatDay(index.lastDay, LOCALE));
  const seen = new Set(await page.evaluate(() => (window as unknown as { playedDates: string[] }).playedDates));
  // More than a jump from event to event: days between events were shown too.
  const eventDays = new Set(index.eventDays.map((d) => formatDay(d, LOCALE)));
  expect([...seen].filter((s) => s && !eventDays.has(s)).length).toBeGreaterThan(0);
});

test('in a story, play moves from step to step and stops after the last', async ({ page, data }) => {
  const story = tour(data);
  await openMap(page, `?present=1&step=${story.steps.length - 1}`);
  await page.keyboard.press(' ');
  await expectStep(page, story, story.steps.length);
  await expect(page.getByRole('button', { name: en.play })).toHaveAttribute('aria-pressed', 'false', { timeout: 30_000 });
});

test('the presenter view and the audience window drive each other, and each survives a reload', async ({ page, context, data }) => {
  const story = tour(data);
  const session = 'e2e-talk-1';
  await openMap(page, `?present=1&session=${session}&step=1`);
  const presenter = await context.newPage();
  await presenter.goto(`/?present=1&remote=1&session=${session}`);
  await expect(presenter.getByTestId('presenter')).toBeVisible();
  await expect(presenter.getByTestId('presenter-connection')).toHaveAttribute('data-connected', 'true');
  // The presenter took the audience's place in the story.
  await expect(presenter.getByTestId('presenter-caption')).toHaveText(story.steps[0]?.caption ?? '');
  await expect(presenter.getByTestId('presenter-next')).toHaveText(story.steps[1]?.caption ?? '');

  // Presenter → audience.
  await presenter.getByRole('button', { name: en.presenter.nextStep }).click();
  await expectStep(page, story, 2);
  // Audience → presenter.
  await page.keyboard.press('ArrowRight');
  await expectStep(page, story, 3);
  await expect(presenter.getByTestId('presenter-caption')).toHaveText(story.steps[2]?.caption ?? '');
  await expect(presenter.getByTestId('presenter-date')).toHaveText(formatDay(story.steps[2]?.day ?? 0, LOCALE));

  // A reload of the audience window picks the talk up again.
  await page.reload();
  await waitForMap(page);
  await expectStep(page, story, 3);
  await presenter.getByRole('button', { name: en.presenter.nextStep }).click();
  await expectStep(page, story, 4);

  // So does a reload of the presenter's.
  await presenter.reload();
  await expect(presenter.getByTestId('presenter-caption')).toHaveText(story.steps[3]?.caption ?? '');
  await expect(presenter.getByTestId('presenter-connection')).toHaveAttribute('data-connected', 'true');
  expect(await axe(presenter)).toEqual([]);

  // Without its audience window, the presenter view says so.
  await page.close();
  await expect(presenter.getByTestId('presenter-connection')).toHaveAttribute('data-connected', 'false', { timeout: 15_000 });
  await expect(presenter.getByTestId('presenter-connection')).toHaveText(en.presenter.disconnected);
});

test('two talks in two tabs never cross', async ({ page, context, data }) => {
  const story = tour(data);
  await openMap(page, '?present=1&session=talk-aaaa&step=1');
  const other = await context.newPage();
  await openMap(other, '?present=1&session=talk-bbbb&step=1');
  const presenterB = await context.newPage();
  await presenterB.goto('/?present=1&remote=1&session=talk-bbbb');
  await expect(presenterB.getByTestId('presenter-connection')).toHaveAttribute('data-connected', 'true');
  await presenterB.getByRole('button', { name: en.presenter.nextStep }).click();
  await expectStep(other, story, 2);
  // The first talk's audience never moved.
  await expectStep(page, story, 1);
});

test.describe('sharing a link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('the share button copies a link that restores the same state in a fresh page', async ({ page, context }) => {
    await openMap(page, '?date=2025-05-05&country=AGO&region=africa&theme=dark&lang=es');
    await page.getByRole('button', { name: es.share.label }).click();
    await expect(page.getByTestId('share')).toContainText(es.share.copied);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // A selected country with a page of its own is shared as that page (src/store/countryPage.ts).
    expect(`${new URL(link).pathname}${new URL(link).search}`).toBe('/country/ago/?date=2025-05-05&lang=es&theme=dark&region=africa');
    const fresh = await context.newPage();
    await fresh.goto(link);
    await waitForMap(fresh);
    await expect(fresh.getByTestId('current-date')).toHaveText('5 de mayo de 2025');
    await expect(fresh.locator('#story-title')).toHaveText('Angola');
    await expect(fresh.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(fresh.locator('html')).toHaveAttribute('lang', 'es');
  });
});

test('where the clipboard is refused, the link is offered selected, to copy by hand', async ({ page }) => {
  await page.goto('/?view=table&date=2025-03-31');
  await expect(page.getByTestId('status-table')).toBeVisible();
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
    // A machine too busy to draw the next frame before the field is read: the link must be
    // selected as the field is shown, not a frame later (a frame later failed under load once).
    window.requestAnimationFrame = () => 0;
  });
  await page.getByRole('button', { name: en.share.label }).click();
  const field = page.getByTestId('share').getByRole('textbox');
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(/\?date=2025-03-31&view=table$/);
  expect(await field.evaluate((el: HTMLInputElement) => (el.selectionEnd ?? 0) - (el.selectionStart ?? 0))).toBe((await field.inputValue()).length);
});

test('? lists every key in the reader’s language', async ({ page }) => {
  await openMap(page, '?lang=es');
  await page.keyboard.press('?');
  const dialog = page.getByTestId('shortcuts');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText(es.shortcuts.title);
  for (const text of Object.values(es.shortcuts.actions)) await expect(dialog).toContainText(text);
  await expect(dialog).toContainText(es.shortcuts.keys.space);
  expect(await axe(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
