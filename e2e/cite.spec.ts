/**
 * "Cite this view" (src/cite): the dialog cites what is shown — the map, the date, the address of
 * this view and, for a selected country, the sources of the events behind its current status
 * (worked out here from the fixture's events, not by the app's code) — in three formats, each
 * copied by its button; it passes axe and works by keyboard. The download menu's README carries the
 * same citation, the licence as the repository states it and the method.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import en from '../src/i18n/catalogues/en.ts';
import es from '../src/i18n/catalogues/es.ts';
import { expect, test, type TestData } from './fixtures.ts';
import { waitForMap } from './helpers.ts';
import { SUB_PATH, test as hostTest } from './hosts.ts';

/** The sources (publisher and address) of the events of the country's last run of one status, from the fixture itself. */
function statusSources(data: TestData, iso: string): { publisher: string; url: string }[] {
  const mine = data.dataset.events.filter((e) => e.country === iso && e.status !== null);
  const last = mine.at(-1);
  if (!last) throw new Error(`no status for ${iso} in the fixture`);
  let i = mine.length - 1;
  while (i > 0 && mine[i - 1]?.status === last.status) i--;
  const ids = new Set(mine.slice(i).flatMap((e) => e.quotes.map((q) => q.source)));
  return data.dataset.sources.filter((s) => ids.has(s.id)).map((s) => ({ publisher: s.publisher, url: s.url }));
}

async function openCite(page: Page, query: string, name = en.cite.button) {
  await page.goto(`/${query}`);
  await waitForMap(page);
  await page.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByTestId('cite-dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

const axe = (page: Page) =>
  new AxeBuilder({ page }).include('[data-testid="cite-dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();

test.describe('the cite dialog', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 800 } });

  for (const iso of ['MEX', 'CRI']) {
    test(`cites a selected country (${iso}) with the sources of its status, in three formats`, async ({ page, data, baseURL }) => {
      const dialog = await openCite(page, `?country=${iso}`);
      const sources = statusSources(data, iso);
      expect(sources.length).toBeGreaterThan(0);
      const sentence = await dialog.getByTestId('cite-sentence').inputValue();
      const bibtex = await dialog.getByTestId('cite-bibtex').inputValue();
      const csl = JSON.parse(await dialog.getByTestId('cite-csl').inputValue()) as { id: string; type: string; URL: string }[];
      const address = `${baseURL}/?country=${iso}`;
      expect(sentence).toContain(en.title);
      expect(sentence).toContain(address);
      expect(bibtex).toContain(`url = {${address}}`);
      expect(csl[0]?.URL).toBe(address);
      expect(csl[0]?.type).toBe('dataset');
      for (const s of sources) {
        expect(sentence).toContain(s.publisher);
        expect(sentence).toContain(s.url);
        expect(bibtex).toContain(`url = {${s.url}}`);
        expect(csl.map((c) => c.URL)).toContain(s.url);
      }
      // Only those sources: one BibTeX entry and one CSL item each, beside the view's.
      expect(csl).toHaveLength(sources.length + 1);
      expect(bibtex.match(/^@misc\{/gm)).toHaveLength(sources.length + 1);
      expect((await axe(page)).violations.map((v) => v.id)).toEqual([]);
    });
  }

  test('each copy button copies its format; Esc closes and gives focus back to the Cite button', async ({ page }) => {
    const dialog = await openCite(page, '?date=2025-05-05');
    for (const [id, name] of [['cite-sentence', en.cite.sentence], ['cite-bibtex', en.cite.bibtex], ['cite-csl', en.cite.csl]] as const) {
      await dialog.getByRole('button', { name: en.cite.copy(name) }).click();
      await expect(dialog.getByRole('status').filter({ hasText: en.cite.copied(name) })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await dialog.getByTestId(id).inputValue());
    }
    // The map without a country: its date, and no list of sources.
    const sentence = await dialog.getByTestId('cite-sentence').inputValue();
    expect(sentence).toContain('5 May 2025');
    expect(sentence).not.toContain('\n');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: en.cite.button, exact: true })).toBeFocused();
  });

  test('where the clipboard is refused, the text is selected to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
    });
    const dialog = await openCite(page, '?country=MEX');
    await dialog.getByRole('button', { name: en.cite.copy(en.cite.bibtex) }).click();
    await expect(dialog).toContainText(en.cite.manual);
    const field = dialog.getByTestId('cite-bibtex');
    await expect(field).toBeFocused();
    const selected = await field.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toBe(await field.inputValue());
  });

  test('in Spanish and the dark theme: the sentence in Spanish, axe clean', async ({ page, data }) => {
    const dialog = await openCite(page, '?country=MEX&lang=es&theme=dark', es.cite.button);
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(es.cite.title);
    const sentence = await dialog.getByTestId('cite-sentence').inputValue();
    expect(sentence).toContain(es.title);
    expect(sentence).toContain(es.cite.sourcesOf('México'));
    for (const s of statusSources(data, 'MEX')) expect(sentence).toContain(s.url);
    expect((await axe(page)).violations.map((v) => v.id)).toEqual([]);
  });
});

test('on a phone the Cite button is in the menu, and the dialog fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/?country=MEX');
  await waitForMap(page);
  await page.getByRole('button', { name: en.menu.button }).click();
  await page.getByRole('button', { name: en.cite.button, exact: true }).click();
  const dialog = page.getByTestId('cite-dialog');
  await expect(dialog).toBeVisible();
  const box = await dialog.boundingBox();
  expect(box?.width).toBeLessThanOrEqual(390);
  expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
  expect((await axe(page)).violations.map((v) => v.id)).toEqual([]);
});

test('the download menu’s README has the citation, the licence as the repository states it and the method', async ({ page, data, baseURL }) => {
  await page.goto('/?country=CRI');
  await waitForMap(page);
  await page.getByTestId('download').getByRole('button', { name: en.download.label }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download').getByRole('button', { name: en.cite.readme.download }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^third-country-deportations-readme-\d{4}-\d{2}-\d{2}\.txt$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(text).toContain(`${baseURL}/?country=CRI`);
  expect(text).toContain(en.cite.readme.licenceText);
  expect(text).toContain('docs/METHODOLOGY.md');
  expect(text).toContain(`${baseURL}/?view=about`);
  expect(text).toContain('@misc{');
  for (const s of statusSources(data, 'CRI')) expect(text).toContain(s.url);
});

hostTest('served from a sub-path, the citation gives the address under it', async ({ page, hosts }) => {
  await page.goto(`${hosts.origin}${SUB_PATH}?country=SWZ`);
  await waitForMap(page);
  await page.getByRole('button', { name: en.cite.button, exact: true }).click();
  const dialog = page.getByTestId('cite-dialog');
  await expect(dialog).toBeVisible();
  const address = `${hosts.origin}${SUB_PATH}?country=SWZ`;
  expect(await dialog.getByTestId('cite-sentence').inputValue()).toContain(`${address} (`);
  expect(await dialog.getByTestId('cite-bibtex').inputValue()).toContain(`url = {${address}}`);
});
