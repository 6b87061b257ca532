/**
 * The Atom feed of the data's changes (`feed.xml`, docs/INTERFACES.md, "The Atom feed") and
 * About's "Recent changes", on the tests' data set, whose six records added or changed after the
 * rest give them an order to show (e2e/fixtures/data/README.md, "Dated changes"). The site is
 * built without a site address, so the feed's links are relative to the feed itself.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { atomProblems } from '../scripts/vite/atomCheck.ts';
import { entryId } from '../scripts/vite/feed.ts';
import { changes, changeTitle } from '../src/about/recentChanges.ts';
import { isoToDay } from '../src/data/dates.ts';
import en from '../src/i18n/catalogues/en.ts';
import es from '../src/i18n/catalogues/es.ts';
import { eventById, expect, test } from './fixtures.ts';
import { noSidewaysScroll, waitForMap, watchPage } from './helpers.ts';

/** The six latest changes of the fixture, newest first (its README's "Dated changes"). */
const LATEST = ['usa-2026-02-25-ruling', 'slv-2025-03-15-receiving', 'pan-2026-05-15-talks', 'cod-2026-03-01-agreement', 'kna-2026-01-05-agreement', 'mex-2025-06-20-receiving'];

/**
 * Waits until the map is drawn and the address bar says `query` (the app writes it a moment after
 * a change), then says where the map is: the selected country's heading and the slider's day.
 */
async function mapAt(page: Page, query: string): Promise<{ title: string; day: number }> {
  await waitForMap(page);
  await expect.poll(() => new URL(page.url()).search).toBe(query);
  return {
    title: (await page.locator('#story-title').textContent()) ?? '',
    day: Number(await page.getByRole('slider').inputValue()),
  };
}

test('feed.xml is served as Atom: every event, newest change first, each linking to the map at its country and date', async ({ page, request, baseURL, data }) => {
  const feedUrl = new URL('feed.xml', `${baseURL}/`).href;
  const res = await request.get(feedUrl);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await res.text();
  expect(atomProblems(xml)).toEqual([]);

  // The browser's own XML parser reads the same feed, and the links resolve against its address.
  await page.goto('/');
  const feed = await page.evaluate(([text, base]) => {
    const NS = 'http://www.w3.org/2005/Atom';
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const own = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === NS && c.localName === name);
    const linkOf = (el: Element, rel: string) => {
      const href = own(el, 'link').find((l) => (l.getAttribute('rel') ?? 'alternate') === rel)?.getAttribute('href');
      return href ? new URL(href, base).href : null;
    };
    const textOf = (el: Element, name: string) => own(el, name).map((c) => c.textContent ?? '').join('|');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: `${root.namespaceURI} ${root.localName}`,
      title: textOf(root, 'title'),
      updated: textOf(root, 'updated'),
      self: linkOf(root, 'self'),
      alternate: linkOf(root, 'alternate'),
      entries: own(root, 'entry').map((e) => ({ id: textOf(e, 'id'), title: textOf(e, 'title'), updated: textOf(e, 'updated'), summary: textOf(e, 'summary'), link: linkOf(e, 'alternate') })),
    };
  }, [xml, feedUrl] as const);
  expect(feed.error).toBeNull();
  expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(feed.title).toBe(en.changes.feedTitle);
  expect(feed.updated).toBe('2026-06-25T00:00:00Z');
  expect(feed.self).toBe(feedUrl);
  expect(feed.alternate).toBe(`${baseURL}/`);

  // One entry per event, in the order of their changes; the six latest first.
  const expected = changes(data.dataset.events);
  expect(feed.entries).toHaveLength(22);
  expect(feed.entries.map((e) => e.id)).toEqual(expected.map((c) => entryId(c.event.id)));
  expect(feed.entries.slice(0, 6).map((e) => e.id)).toEqual(LATEST.map(entryId));
  expect(feed.entries.map((e) => e.title)).toEqual(expected.map((c) => changeTitle(c.event, en)));
  expect(feed.entries.map((e) => e.summary)).toEqual(expected.map((c) => c.event.summary));
  expect(feed.entries[1]).toMatchObject({ title: 'El Salvador: Receiving deportees (15 March 2025)', updated: '2026-06-25T00:00:00Z', link: `${baseURL}/?date=2025-03-15&country=SLV` });

  // An entry's link opens the map at that country and date.
  await page.goto(feed.entries[1]?.link as string);
  expect(await mapAt(page, '?date=2025-03-15&country=SLV')).toEqual({ title: 'El Salvador', day: isoToDay('2025-03-15') });
  // The US-wide ruling's selects no country.
  expect(feed.entries[0]?.link).toBe(`${baseURL}/?date=2026-02-25`);
  await page.goto(feed.entries[0]?.link as string);
  expect(await mapAt(page, '?date=2026-02-25')).toEqual({ title: en.panelAll('25 February 2026'), day: isoToDay('2026-02-25') });
});

test('both pages name the feed in their head, relative to the page', async ({ page, request, baseURL }) => {
  const feedUrl = new URL('feed.xml', `${baseURL}/`).href;
  await page.goto('/');
  const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute('title', en.changes.feedTitle);
  expect(new URL((await link.getAttribute('href')) as string, page.url()).href).toBe(feedUrl);
  const embed = await (await request.get('/embed.html')).text();
  expect(embed).toContain(`<link rel="alternate" type="application/atom+xml" title="${en.changes.feedTitle}" href="./feed.xml">`);
});

test("About's recent changes: the ten latest, each opening the map at its country and date, by mouse or keyboard", async ({ page, baseURL, data }) => {
  const w = watchPage(page, baseURL as string);
  await page.goto('/?view=about');
  const section = page.getByRole('region', { name: en.changes.heading });
  await expect(section).toBeVisible();
  const items = section.locator('[data-change]');
  await expect(items).toHaveCount(10);
  expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-change')))).toEqual(changes(data.dataset.events).slice(0, 10).map((c) => c.event.id));
  expect((await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-change')))).slice(0, 6)).toEqual(LATEST);

  // Each says when, whether added or changed, where, what status, and what happened.
  const slv = section.locator('[data-change="slv-2025-03-15-receiving"]');
  await expect(slv).toHaveAttribute('data-kind', 'updated');
  await expect(slv.locator('time')).toHaveAttribute('datetime', '2026-06-25');
  await expect(slv).toContainText('25 June 2026 · Updated');
  await expect(slv.getByRole('link')).toHaveText('El Salvador: Receiving deportees (15 March 2025)');
  await expect(slv).toContainText(eventById(data, 'slv-2025-03-15-receiving').summary);
  await expect(section.locator('[data-change="pan-2026-05-15-talks"]')).toContainText('20 June 2026 · Added');
  await expect(section.locator('[data-change="pan-2026-05-15-talks"]').getByRole('link')).toHaveText('Panama: Context (15 May 2026)');
  await expect(section.locator('[data-change="usa-2026-02-25-ruling"]').getByRole('link')).toHaveText('Every destination: Context (25 February 2026)');
  // A real address, for a new tab or a copied link.
  await expect(slv.getByRole('link')).toHaveAttribute('href', '?date=2025-03-15&country=SLV');

  // The feed's link, which the site serves.
  const feedLink = section.getByRole('link', { name: en.changes.feed });
  await expect(feedLink).toHaveAttribute('type', 'application/atom+xml');
  expect(new URL((await feedLink.getAttribute('href')) as string, page.url()).href).toBe(new URL('feed.xml', `${baseURL}/`).href);

  // A click opens the map there, in the page.
  await slv.getByRole('link').click();
  expect(await mapAt(page, '?date=2025-03-15&country=SLV')).toEqual({ title: 'El Salvador', day: isoToDay('2025-03-15') });
  await expect(page.locator('#story-title')).toBeFocused();

  // By keyboard: Enter on a focused link does the same, and focus lands on the country's name.
  await page.goto('/?view=about');
  const cod = page.locator('[data-change="cod-2026-03-01-agreement"]').getByRole('link');
  await cod.focus();
  await page.keyboard.press('Enter');
  expect(await mapAt(page, '?date=2026-03-01&country=COD')).toEqual({ title: 'Democratic Republic of the Congo', day: isoToDay('2026-03-01') });
  await expect(page.locator('#story-title')).toBeFocused();
  expect(w.errors).toEqual([]);
  expect(w.foreignRequests).toEqual([]);
});

test("About's recent changes in Spanish keep the reader's language in their links", async ({ page }) => {
  await page.goto('/?view=about&lang=es');
  const section = page.getByRole('region', { name: es.changes.heading });
  const slv = section.locator('[data-change="slv-2025-03-15-receiving"]');
  await expect(slv).toContainText('Actualizado');
  await expect(slv.getByRole('link')).toHaveText(/^El Salvador: .+ \(15 de marzo de 2025\)$/);
  await expect(slv.getByRole('link')).toHaveAttribute('href', '?date=2025-03-15&country=SLV&lang=es');
  await expect(section.getByRole('link', { name: es.changes.feed })).toHaveAttribute('hreflang', 'en');
  await slv.getByRole('link').click();
  expect((await mapAt(page, '?date=2025-03-15&country=SLV&lang=es')).title).toBe('El Salvador');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test("About's recent changes fit the screen in the dark theme, pass axe, and a tap opens the map there", async ({ page }) => {
    await page.goto('/?view=about&theme=dark');
    const slv = page.locator('[data-change="slv-2025-03-15-receiving"]').getByRole('link');
    await slv.scrollIntoViewIfNeeded();
    await expect(slv).toBeVisible();
    await noSidewaysScroll(page);
    // WCAG 2.2 AA, as e2e/a11y.spec.ts runs it over every view.
    const axe = await new AxeBuilder({ page }).include('section[aria-labelledby="about-changes"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await slv.tap();
    expect(await mapAt(page, '?date=2025-03-15&country=SLV&theme=dark')).toEqual({ title: 'El Salvador', day: isoToDay('2025-03-15') });
  });
});
