/**
 * Embedders: the built app in iframes on a host page from another origin (e2e/hosts.ts), sized by
 * the app's embed.js, driven by the host through the message API, polite about the host's scroll,
 * safe in a sandbox under the strict CSP, talking to nobody else; and the embed code dialog.
 */
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import en from '../src/i18n/catalogues/en.ts';
import { formatDay, isoToDay } from '../src/data/dates.ts';
import { expect } from './fixtures.ts';
import { hostPage, SUB_PATH, test, type Hosts } from './hosts.ts';
import { waitForMap } from './helpers.ts';

const LOCALE = 'en-GB';
const day = (iso: string) => formatDay(isoToDay(iso) as number, LOCALE);

interface Msg {
  from: string | null;
  origin: string;
  data: { source?: string; type?: string; id?: string | null; height?: number; date?: string; country?: string | null; region?: string; playing?: boolean };
}

const messages = (page: Page) => page.evaluate(() => (window as unknown as { messages: Msg[] }).messages);
/** Posts a message to an iframe's window from the host page (its parent). */
const post = (page: Page, frame: string, data: unknown) =>
  page.evaluate(([id, d]) => (document.getElementById(id as string) as HTMLIFrameElement).contentWindow?.postMessage(d, '*'), [frame, data] as const);
const frameHeight = (page: Page, frame: string) => page.evaluate((id) => (document.getElementById(id) as HTMLIFrameElement).getBoundingClientRect().height, frame);

/**
 * Clicks a control in an embed below the host page's fold. Chromium renders (and hit-tests) a
 * cross-origin frame only once it is in view, so a click sent as soon as the page has scrolled to
 * it can miss (3 in 10 here): scroll it into view, wait until the frame has drawn two frames since,
 * then click, as a reader who can see the button would.
 */
async function clickInFrame(control: Locator): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  await control.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await control.click();
}

async function openHost(page: Page, hosts: Hosts, baseURL: string, name: string, frames: Parameters<typeof hostPage>[1]): Promise<void> {
  await page.goto(hosts.page(name, hostPage(baseURL, frames)));
  // Chromium draws a cross-origin frame only once it is in view: each is waited for there, then the page goes back up.
  for (const f of frames) {
    await page.locator(`#${f.id}`).scrollIntoViewIfNeeded();
    await waitForMap(page.frameLocator(`#${f.id}`));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

test('embed.js sizes the iframe to the embed: it grows when the story panel opens and shrinks when it closes', async ({ page, hosts, baseURL }) => {
  await openHost(page, hosts, baseURL as string, 'grow', [{ id: 'a', query: 'embed=1&id=story-a', width: 400, height: 300 }]);
  const frame = page.frameLocator('#a');
  // From 300 px as the snippet set it, to the embed's own height.
  await expect.poll(() => frameHeight(page, 'a')).not.toBe(300);
  const closed = await frameHeight(page, 'a');
  const contentHeight = await frame.locator('#root').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  expect(closed).toBe(contentHeight);
  await clickInFrame(frame.getByRole('button', { name: en.story.expand }));
  await expect.poll(() => frameHeight(page, 'a')).toBeGreaterThan(closed + 100);
  await clickInFrame(frame.getByRole('button', { name: en.story.collapse }));
  await expect.poll(() => frameHeight(page, 'a')).toBe(closed);
  const sizes = (await messages(page)).filter((m) => m.data.type === 'resize');
  expect(sizes.length).toBeGreaterThanOrEqual(3);
  for (const m of sizes) expect(m).toMatchObject({ from: 'a', data: { source: 'tcdm', id: 'story-a' } });
});

test('set moves the date, selects a country and frames a region; state comes back with the embedder’s id', async ({ page, hosts, baseURL }) => {
  await openHost(page, hosts, baseURL as string, 'set', [{ id: 'a', query: 'embed=1&id=newsroom-1', width: 900 }]);
  const frame = page.frameLocator('#a');
  const ready = (await messages(page)).filter((m) => m.data.type === 'ready');
  expect(ready).toEqual([expect.objectContaining({ from: 'a', data: { source: 'tcdm', type: 'ready', id: 'newsroom-1' } })]);
  await post(page, 'a', { target: 'tcdm', type: 'set', date: '2025-05-05', country: 'AGO', region: 'africa' });
  await expect(frame.getByTestId('current-date')).toHaveText(day('2025-05-05'));
  await expect(frame.locator('#story-title')).toHaveText('Angola');
  await expect(frame.getByTestId('region-select')).toHaveValue('africa');
  await expect
    .poll(async () => (await messages(page)).filter((m) => m.data.type === 'state').at(-1)?.data)
    .toEqual({ source: 'tcdm', type: 'state', id: 'newsroom-1', date: '2025-05-05', compare: null, country: 'AGO', region: 'africa', step: null, playing: false });
});

test('play and pause from the host', async ({ page, hosts, baseURL }) => {
  await openHost(page, hosts, baseURL as string, 'play', [{ id: 'a', query: 'embed=1&date=2026-01-01', width: 900 }]);
  const frame = page.frameLocator('#a');
  // Nothing plays until the host asks.
  await expect(frame.getByRole('button', { name: en.play })).toHaveAttribute('aria-pressed', 'false');
  await post(page, 'a', { target: 'tcdm', type: 'play' });
  await expect(frame.getByRole('button', { name: en.pause })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await messages(page)).some((m) => m.data.type === 'state' && m.data.playing === true)).toBe(true);
  await post(page, 'a', { target: 'tcdm', type: 'pause' });
  await expect(frame.getByRole('button', { name: en.play })).toHaveAttribute('aria-pressed', 'false');
});

test('a malformed message, and a well-formed one from a window that is not the parent, change nothing', async ({ page, hosts, baseURL }) => {
  // A sibling frame on the host page: not the embed's parent.
  const sibling = hosts.page('sibling', '<!doctype html><title>sibling</title><p>sibling</p>');
  await openHost(page, hosts, baseURL as string, 'hostile', [{ id: 'a', query: 'embed=1&date=2025-03-31', width: 900 }]);
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.id = 'sibling';
    f.src = src;
    document.body.append(f);
    return new Promise((r) => f.addEventListener('load', r));
  }, sibling);
  const frame = page.frameLocator('#a');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const before = (await messages(page)).length;
  for (const bad of [
    'set', null, 42, [], { type: 'set', date: '2025-05-05' }, { target: 'tcdm', type: 'set', date: '2025-02-30' },
    { target: 'tcdm', type: 'set', country: 'ZZZ' }, { target: 'tcdm', type: 'set', date: '2025-05-05', evil: 1 },
    { target: 'tcdm', type: 'explode' }, { target: 'tcdm', type: 'set', region: 'mars' },
  ]) await post(page, 'a', bad);
  // Well-formed, but from the sibling frame: its window is not the embed's parent.
  await page.frameLocator('#sibling').locator('p').evaluate((p) => {
    const target = p.ownerDocument.defaultView?.parent.document.getElementById('a') as HTMLIFrameElement;
    target.contentWindow?.postMessage({ target: 'tcdm', type: 'set', date: '2025-05-05', country: 'AGO' }, '*');
    target.contentWindow?.postMessage({ target: 'tcdm', type: 'play' }, '*');
  });
  // Then a valid one from the parent, which must be the only one to act.
  await post(page, 'a', { target: 'tcdm', type: 'set', country: 'SLV' });
  await expect(frame.locator('#story-title')).toHaveText('El Salvador');
  await expect(frame.getByTestId('current-date')).toHaveText(day('2025-03-31'));
  await expect(frame.getByRole('button', { name: en.play })).toHaveAttribute('aria-pressed', 'false');
  const after = (await messages(page)).slice(before).filter((m) => m.data.type === 'state');
  expect(after.map((m) => [m.data.date, m.data.country])).toEqual([['2025-03-31', 'SLV']]);
  expect(errors).toEqual([]);
});

test('two embeds on one page stay independent', async ({ page, hosts, baseURL }) => {
  await openHost(page, hosts, baseURL as string, 'two', [
    { id: 'a', query: 'embed=1&id=first&date=2025-03-31', width: 600 },
    { id: 'b', query: 'embed=1&id=second&date=2025-05-05&panel=0', width: 600 },
  ]);
  await post(page, 'a', { target: 'tcdm', type: 'set', country: 'SLV' });
  await expect(page.frameLocator('#a').locator('#story-title')).toHaveText('El Salvador');
  await expect(page.frameLocator('#b').getByTestId('current-date')).toHaveText(day('2025-05-05'));
  await expect(page.frameLocator('#b').getByTestId('story-panel')).toHaveCount(0);
  const states = (await messages(page)).filter((m) => m.data.type === 'state');
  expect(states.filter((m) => m.data.country === 'SLV').map((m) => [m.from, m.data.id])).toEqual([['a', 'first']]);
  // Each iframe got its own height.
  expect(await frameHeight(page, 'a')).not.toBe(await frameHeight(page, 'b'));
});

test('the wheel over the embed scrolls the host page, and the map stays put', async ({ page, hosts, baseURL }) => {
  await openHost(page, hosts, baseURL as string, 'wheel', [{ id: 'a', query: 'embed=1', width: 900 }]);
  const box = await page.locator('#a').boundingBox();
  if (!box) throw new Error('no iframe');
  const place = () => page.frameLocator('#a').locator('body').evaluate(() => (window as unknown as { tcdmMap: { project(a: number, b: number): { x: number } } }).tcdmMap.project(0, 0).x);
  const mapBefore = await place();
  await page.mouse.move(box.x + box.width / 2, box.y + 120);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  expect(await place()).toBe(mapBefore);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('a one-finger drag over the embed scrolls the host page, not the map', async ({ page, hosts, baseURL }) => {
    await openHost(page, hosts, baseURL as string, 'drag', [{ id: 'a', query: 'embed=1', width: 360 }]);
    const box = await page.locator('#a').boundingBox();
    if (!box) throw new Error('no iframe');
    const cdp = await page.context().newCDPSession(page);
    const x = box.x + box.width / 2;
    const y = box.y + 100;
    const place = () => page.frameLocator('#a').locator('body').evaluate(() => (window as unknown as { tcdmMap: { project(a: number, b: number): { x: number; y: number } } }).tcdmMap.project(0, 0));
    const before = await place();
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 25 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(50);
    expect(await place()).toEqual(before);
  });
});

test('inside a sandbox under the strict CSP every view loads with no violation, and no request leaves the app’s origin', async ({ page, hosts, baseURL }) => {
  const appOrigin = new URL(baseURL as string).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (r.frame() !== page.mainFrame() && !r.url().startsWith(appOrigin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  });
  await page.context().addInitScript(() => {
    const w = window as unknown as { cspViolations?: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations?.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const frames = [
    { id: 'map', query: 'embed=1', width: 800 },
    { id: 'table', query: 'embed=1&view=table', width: 800 },
    { id: 'about', query: 'embed=1&view=about', width: 800 },
    { id: 'story', query: 'embed=1&step=2&country=GTM', width: 800 },
  ];
  await page.goto(hosts.page('csp', hostPage(baseURL as string, frames)));
  // Chromium draws a cross-origin frame only once it is scrolled into view (it throttles the others).
  for (const f of ['map', 'about', 'story']) {
    await page.locator(`#${f}`).scrollIntoViewIfNeeded();
    await waitForMap(page.frameLocator(`#${f}`));
  }
  await expect(page.frameLocator('#table').getByTestId('status-table')).toBeVisible();
  const response = await page.request.get(`${baseURL}/embed.html?embed=1`);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(response.headers()['cache-control']).toBe('no-cache');
  // The embed page is the app without the first paint: no static page to download and hide.
  const page_ = await response.text();
  expect(page_).toContain('<div id="root"></div>');
  expect(page_).not.toContain('first-paint');
  for (const f of frames) {
    const v = await page.frameLocator(`#${f.id}`).locator('body').evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect(v, f.id).toEqual([]);
  }
  expect(foreign).toEqual([]);
});

for (const width of [300, 600, 1200]) {
  test(`at ${width} px the embed has no sideways scroll and passes axe`, async ({ page, hosts, baseURL }) => {
    await page.setViewportSize({ width: Math.max(width + 40, 400), height: 900 });
    await openHost(page, hosts, baseURL as string, `w${width}`, [{ id: 'a', query: 'embed=1&country=SLV', width }]);
    const frame: FrameLocator = page.frameLocator('#a');
    const overflow = await frame.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBe(0);
    const embedded = page.frames().find((f) => f.url().includes('embed=1'));
    if (!embedded) throw new Error('no embedded frame');
    const r = await new AxeBuilder({ page }).include('#a').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await expect(frame.getByTestId('embed-credit').getByRole('link')).toHaveAttribute('target', '_blank');
    // The full view beside the embed page: the selected country's own page (docs/INTERFACES.md, "Country pages").
    await expect(frame.getByTestId('embed-credit').getByRole('link')).toHaveAttribute('href', /^http:\/\/[^/]+\/country\/slv\/$/);
  });
}

test('served from a sub-path with the recommended headers, the whole app loads: data, geometry, code', async ({ page, hosts }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${hosts.origin}${SUB_PATH}?country=AGO`);
  await waitForMap(page);
  await expect(page.locator('#story-title')).toHaveText('Angola');
  expect(failed).toEqual([]);
  await page.goto(`${hosts.origin}${SUB_PATH}?view=about`);
  await expect(page.getByTestId('about')).toBeVisible();
  expect(failed).toEqual([]);
});

test.describe('the embed code', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 900 } });
  test('shows the snippet for what is shown, with its options, copies it, and previews it at a chosen width', async ({ page }) => {
    await page.goto('/?date=2025-05-05&country=AGO');
    await waitForMap(page);
    await page.getByRole('button', { name: en.embed.button, exact: true }).click();
    const dialog = page.getByTestId('embed-dialog');
    await expect(dialog).toBeVisible();
    const code = dialog.getByTestId('embed-code');
    // The embed page beside the page: the app without the static first paint an embed never shows.
    await expect(code).toHaveValue(/<iframe data-tcdm src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?date=2025-05-05&amp;country=AGO&amp;embed=1"/);
    await expect(code).toHaveValue(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/);
    await dialog.getByLabel(en.embed.panel).uncheck();
    await dialog.getByLabel(en.settings.theme).selectOption('dark');
    await expect(code).toHaveValue(/embed=1&amp;panel=0&amp;theme=dark"/);
    await dialog.getByRole('button', { name: en.embed.copy }).click();
    await expect(dialog).toContainText(en.embed.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
    await dialog.getByLabel(/Phone/).check();
    const preview = dialog.getByTestId('embed-preview');
    await expect(preview).toHaveCSS('width', '360px');
    await waitForMap(page.frameLocator('[data-testid="embed-preview"]'));
    await expect(page.frameLocator('[data-testid="embed-preview"]').locator('html')).toHaveAttribute('data-theme', 'dark');
    const r = await new AxeBuilder({ page }).include('[data-testid="embed-dialog"]').exclude('[data-testid="embed-preview"]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(r.violations.map((v) => v.id)).toEqual([]);
  });
});
