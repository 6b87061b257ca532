/**
 * The README's first command, `npm run dev`, as a newcomer meets it: the dev server is started
 * here from this checkout with nothing generated beforehand (the data plugin keeps the data set in
 * memory and writes nothing into the tree), on a copy of the browser tests' data set that the test
 * then edits: a change shows without a restart, and a bad record shows in Vite's error overlay
 * with its file, record and reason until it is fixed.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import type { ViteDevServer } from 'vite';
import { statusColour } from '../src/color/palette.ts';
import { svgFills, waitForMap, watchPage } from './helpers.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = join(ROOT, 'e2e', 'fixtures', 'data');

// One dev server for the file: the tests below run in order, each on the state the last left.
test.describe.configure({ mode: 'serial' });

let server: ViteDevServer;
let url = '';
let work = '';
let data = '';
let publicBefore = '';

/** Every file under public/ with its size and time: what the dev server must leave as it was. */
function publicListing(): string {
  const dir = join(ROOT, 'public');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((f) => {
      const st = statSync(join(dir, f));
      return `${f} ${st.size} ${st.mtimeMs}`;
    })
    .join('\n');
}

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tcdm-dev-'));
  data = join(work, 'data');
  cpSync(FIXTURE, data, { recursive: true });
  // vite.config.ts reads TCDM_DATA_DIR; a cache of its own makes the start as cold as a fresh clone's.
  process.env.TCDM_DATA_DIR = data;
  publicBefore = publicListing();
  const { createServer } = await import('vite');
  server = await createServer({
    configFile: join(ROOT, 'vite.config.ts'),
    root: ROOT,
    cacheDir: join(work, 'vite-cache'),
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  url = server.resolvedUrls?.local[0] ?? '';
  expect(url).not.toBe('');
});

test.afterAll(async () => {
  await server?.close();
  delete process.env.TCDM_DATA_DIR;
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Rewrites one events file of the copy, changing the event with this id. */
function editEvent(file: string, id: string, change: Record<string, unknown>): void {
  const path = join(data, 'events', file);
  const events = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
  const event = events.find((e) => e.id === id);
  if (!event) throw new Error(`${id} is not in ${file}`);
  Object.assign(event, change);
  writeFileSync(path, `${JSON.stringify(events, null, 2)}\n`);
}

/** How long the dev server may take to recompile the data and reload the page, or show its overlay. */
const RELOAD_TIMEOUT = 30_000;

/** Makes a change to the data and waits for the page the dev server reloads to draw its map again. */
async function afterReload(page: Page, change: () => void): Promise<void> {
  await page.evaluate(() => ((window as { beforeEdit?: boolean }).beforeEdit = true));
  change();
  // A new page (the flag is gone), then its map.
  await page.waitForFunction(() => !(window as { beforeEdit?: boolean }).beforeEdit, null, { timeout: RELOAD_TIMEOUT });
  await waitForMap(page);
}

test('the first start serves the data: a coloured map, no console error, nothing written to the tree', async ({ page }) => {
  const w = watchPage(page, url);
  const dataResponse = page.waitForResponse((r) => r.url().endsWith('/@tcdm/dataset.json'));
  await page.goto(url);
  expect((await dataResponse).status()).toBe(200);
  await waitForMap(page);
  // No override on this origin: SwiftShader's WebGL is software, so the app draws SVG.
  const fills = await svgFills(page);
  expect(fills.get('SLV')).toMatchObject({ colour: statusColour('receiving'), patterned: false });
  expect(fills.get('AGO')).toMatchObject({ colour: statusColour('refused'), patterned: true });
  expect(fills.get('BRA')).toMatchObject({ colour: statusColour(null), patterned: false });
  expect(w.errors).toEqual([]);
  expect(publicListing()).toBe(publicBefore);
});

test('an edit to a data file shows without a restart', async ({ page }) => {
  await page.goto(url);
  await waitForMap(page);
  // The plugin reloads the page once the data is recompiled. (An edit that changed a published
  // count's comparison would need that count's reasons changed too: data/README.md, "Adding a
  // published count". Angola is named by none of the tests' counts and is in none of their measures as approached.)
  await afterReload(page, () => editEvent('AGO.json', 'ago-2025-05-05-refused', { status: 'approached' }));
  expect((await svgFills(page)).get('AGO')).toMatchObject({ colour: statusColour('approached'), patterned: false });
});

test('a bad record shows in the error overlay with file, record and reason, and fixing it clears it', async ({ page }) => {
  await page.goto(url);
  await waitForMap(page);
  editEvent('AGO.json', 'ago-2025-05-05-refused', { status: 'declined' });
  const overlay = page.locator('vite-error-overlay');
  await expect(overlay).toBeAttached({ timeout: RELOAD_TIMEOUT });
  await expect(overlay.locator('.message')).toContainText('events/AGO.json: ago-2025-05-05-refused: unknown status "declined"');
  // A reload keeps showing it: the page's data module fails with the same messages.
  await page.reload();
  await expect(overlay.locator('.message')).toContainText('unknown status "declined"', { timeout: RELOAD_TIMEOUT });
  await afterReload(page, () => editEvent('AGO.json', 'ago-2025-05-05-refused', { status: 'refused' }));
  await expect(overlay).toHaveCount(0);
  expect((await svgFills(page)).get('AGO')).toMatchObject({ colour: statusColour('refused'), patterned: true });
});
