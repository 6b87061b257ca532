/**
 * Spanish: with lang=es (or a Spanish-speaking browser) every interface string is Spanish — no
 * string of the English catalogue is left anywhere in the page outside content that is tagged as
 * another language (quotes, headlines and notes keep their own language, with a lang attribute).
 */
import type { Page } from '@playwright/test';
import en from '../src/i18n/catalogues/en.ts';
import es from '../src/i18n/catalogues/es.ts';
import { eventById, expect, test, type TestData } from './fixtures.ts';
import { openMap, shippedLangs, watchPage } from './helpers.ts';

/** Every fixed fragment of English interface text (functions called with markers, split there). */
function englishFragments(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown, other: unknown): void => {
    if (typeof v === 'string') {
      if (v !== other) out.add(v);
    } else if (typeof v === 'function') {
      const args = Array.from({ length: v.length }, () => '7');
      const text = String((v as (...a: unknown[]) => unknown)(...args));
      for (const part of text.split(/[\d,.]*7[\d,.]*/)) out.add(part.trim());
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, Array.isArray(other) ? other[i] : undefined));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, (other as Record<string, unknown> | undefined)?.[k]);
  };
  walk(en, es);
  // Fragments long enough to be telling, and not also Spanish ("No", "Tracker", proper names).
  const spanish = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === 'string') spanish.add(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  collect(es);
  return [...out].filter((f) => /[a-z]{3}/i.test(f) && f.replace(/[^a-z]/gi, '').length >= 6 && !spanish.has(f) && !/^[`(]/.test(f));
}

/** The page's visible and accessible text that is in the interface language (not tagged otherwise). */
async function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const foreign = (el: Element | null) => {
      const tagged = el?.closest('[lang]');
      return tagged !== null && tagged !== undefined && tagged !== document.documentElement && !tagged.getAttribute('lang')?.startsWith('es');
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      // <noscript> is text to a page that runs scripts: what readers without them see, not this page.
      if (!el || foreign(el) || el.closest('script, style, code, noscript')) continue;
      parts.push(n.textContent ?? '');
    }
    // The body's: the head's links are not read to anyone (the Atom feed's title names an English feed).
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [aria-valuetext], [alt]')) {
      if (foreign(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'aria-valuetext', 'alt']) {
        const v = el.getAttribute(a);
        if (v) parts.push(v);
      }
    }
    return parts.join('\n');
  });
}

const FRAGMENTS = englishFragments();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function expectNoEnglish(page: Page, { dataset }: TestData): Promise<void> {
  // Names are names: publishers and the sites we read them on stay as they are in any language.
  let text = await interfaceText(page);
  const names = new Set(dataset.sources.flatMap((s) => [s.publisher, s.via ?? '']).filter(Boolean));
  for (const n of [...names].sort((a, b) => b.length - a.length)) text = text.split(n).join(' ');
  const left = FRAGMENTS.filter((f) => new RegExp(`(?<![\\p{L}])${escape(f)}(?![\\p{L}])`, 'u').test(text));
  expect(left, 'English interface text left in the Spanish page').toEqual([]);
}

test('lang=es: the map view, a country story and the table are Spanish throughout', async ({ page, baseURL, data }) => {
  const watch = watchPage(page, baseURL as string);
  await openMap(page, '?lang=es&country=SLV');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('h1')).toHaveText(es.title);
  await expect(page.locator('#story-title')).toHaveText('El Salvador');
  // Our own prose in Spanish: El Salvador's latest event's summary.
  await expect(page.locator('[data-event="slv-2025-03-15-receiving"]')).toContainText('El Salvador ha recibido a 250 personas de EE. UU.');
  await expectNoEnglish(page, data);
  await page.getByRole('button', { name: es.views.table }).click();
  await expect(page.getByTestId('status-table')).toBeVisible();
  await expectNoEnglish(page, data);
  expect(watch.errors).toEqual([]);
});

test('lang=es: the About view and the source reader are Spanish, sources keep their language', async ({ page, data }) => {
  await page.goto('/?lang=es&view=about');
  await expect(page.getByTestId('about')).toBeVisible();
  await expectNoEnglish(page, data);
  await openMap(page, '?lang=es&country=SLV');
  // El Salvador's newest quote is the tracker page's, in English.
  await page.locator('.quote').first().getByRole('button', { name: es.readSource }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoEnglish(page, data);
  await expect(page.locator('.reader-text')).toHaveAttribute('lang', 'en');
});

test('dates and numbers are formatted by Intl in Spanish; statuses and countries are named in Spanish', async ({ page, data: { index } }) => {
  await openMap(page, '?lang=es');
  const expectedDate = new Intl.DateTimeFormat('es', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(index.lastDay * 86_400_000));
  await expect(page.getByTestId('current-date')).toHaveText(expectedDate);
  expect(expectedDate).toBe('15 de mayo de 2026');
  // The legend's people total: 869 people in five countries, in Spanish.
  await expect(page.getByTestId('people-total')).toContainText(es.peopleTotal(869, 5, expectedDate));
  for (const s of ['receiving', 'agreement'] as const) await expect(page.locator(`.legend li[data-status="${s}"]`)).toContainText(es.status.labels[s]);
  await page.goto('/?lang=es&view=table');
  // Mexico is receiving at the last date.
  await expect(page.locator('[data-testid="status-table"] tbody tr[data-country="MEX"]')).toContainText('México');
  await expect(page.locator('[data-testid="status-table"] tbody tr[data-country="MEX"]')).toContainText(es.status.labels.receiving);
});

test.describe('in a Spanish-speaking browser', () => {
  // A context of the fixture's own (test.use), so it is served the tests' data set like any other.
  test.use({ locale: 'es-MX' });

  test('a Spanish-speaking browser gets Spanish without a lang parameter, and the link stays clean', async ({ page }) => {
    await openMap(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('h1')).toHaveText(es.title);
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
  });
});

test('the language switch changes the interface at once and keeps the choice in the link', async ({ page }) => {
  await openMap(page);
  // It offers every shipped language, English first.
  expect(await page.getByTestId('lang-select').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(shippedLangs());
  await page.getByTestId('lang-select').selectOption('es');
  await expect(page.locator('h1')).toHaveText(es.title);
  await expect(page).toHaveURL(/lang=es/);
  await page.getByTestId('lang-select').selectOption('en');
  await expect(page.locator('h1')).toHaveText(en.title);
});

test('quotes keep their language, tagged; where a source gives a passage in both, the reader’s comes first', async ({ page, data }) => {
  // Mexico's agreement quotes the same passage in English and in the copying site's Spanish translation.
  const ev = eventById(data, 'mex-2024-12-17-agreement');
  expect(ev.quotes.map((q) => [q.source, q.lang])).toEqual([['fixture-wire-2024-12-17', 'en'], ['fixture-wire-2024-12-17', 'es']]);
  for (const [lang, first] of [['es', 'es'], ['en', 'en']] as const) {
    await openMap(page, `?lang=${lang}&country=${ev.country}&date=${ev.date}`);
    const card = page.locator(`[data-event="${ev.id}"]`);
    await expect(card.locator('blockquote').first()).toHaveAttribute('lang', first);
    await expect(card.locator('blockquote')).toHaveCount(ev.quotes.length);
  }
});

test('theme=dark darkens the page and the map, theme=light keeps it light, auto follows the system', async ({ page }) => {
  // Relative luminance of the panel's background (0 black – 1 white).
  const paper = () => page.evaluate(() => {
    const m = /(\d+),\s*(\d+),\s*(\d+)/.exec(getComputedStyle(document.querySelector('.story') as Element).backgroundColor);
    const [r, g, b] = m ? [m[1], m[2], m[3]].map(Number) : [0, 0, 0];
    return (0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number)) / 255;
  });
  await openMap(page, '?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await paper()).toBeLessThan(0.2);
  await expect(page).toHaveURL(/theme=dark/);
  await page.emulateMedia({ colorScheme: 'dark' });
  await openMap(page, '?theme=light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await paper()).toBeGreaterThan(0.9);
  await openMap(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByTestId('theme-select').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page).toHaveURL(/theme=dark/);
});
