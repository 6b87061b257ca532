/**
 * The editor's desk, `npm run edit` (data/README.md, "The editor"), as an editor meets it: started
 * here from this checkout (scripts/edit.ts) on a copy of the browser tests' data set, on a free
 * loopback port, its day fixed to the data's checked date. A source is pasted, a quote selected by
 * keyboard, an event made, the validator accepts it, the map in the preview shows it, and the save
 * writes valid files whose diff is only the new record; a broken record is refused with its file,
 * record and reason; a file changed on disk since it was opened is not overwritten; requests from
 * anywhere but the editor's own page are refused.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { statusColour } from '../src/color/palette.ts';
import { compileData } from '../scripts/compileData.ts';
import { startEditor, type RunningEditor } from '../scripts/edit.ts';
import { svgFills, waitForMap, watchPage } from './helpers.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = join(ROOT, 'e2e', 'fixtures', 'data');
/** The editor's today: the tests' data set was checked on this day, so a record added today is valid. */
const TODAY = JSON.parse(readFileSync(join(FIXTURE, 'meta.json'), 'utf8')).checked as string;

// One editor for the file: the tests below run in order, each on the state the last left.
test.describe.configure({ mode: 'serial' });

let editor: RunningEditor;
let work = '';
let data = '';

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tcdm-editor-'));
  data = join(work, 'data');
  cpSync(FIXTURE, data, { recursive: true });
  editor = await startEditor({ dataDir: data, port: 0, today: () => TODAY, cacheDir: join(work, 'vite-cache'), logLevel: 'silent' });
});

test.afterAll(async () => {
  await editor?.server.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const file = (rel: string): string => readFileSync(join(data, rel), 'utf8');

/** The lines `git diff --no-index` finds removed from and added to a file of the fixture. */
function diff(rel: string): { removed: string[]; added: string[] } {
  let out: string;
  try {
    out = execFileSync('git', ['diff', '--no-index', '-U0', '--no-color', join(FIXTURE, rel), join(data, rel)], { encoding: 'utf8' });
  } catch (e) {
    // Exit code 1: the files differ.
    out = (e as { stdout: string }).stdout;
  }
  const body = out.split('\n').filter((l) => !l.startsWith('---') && !l.startsWith('+++'));
  return { removed: body.filter((l) => l.startsWith('-')).map((l) => l.slice(1)), added: body.filter((l) => l.startsWith('+')).map((l) => l.slice(1)) };
}

/** Waits for the live check to settle, and says what it found. */
async function checked(page: Page, state: 'valid' | 'invalid'): Promise<void> {
  await expect(page.getByTestId('check-status')).toHaveAttribute('data-state', state);
}

const SOURCE_ID = 'fixture-wire-2026-06-01-mauritania';
const EVENT_ID = 'mrt-2026-06-01-agreement';
const QUOTE = 'Mauritania agreed to take deportees from the United States.';
// Made up for the tests, like every text of the tests' data set (e2e/fixtures/data/README.md).
const TEXT = `${QUOTE}\n\nTest text: the government said so on Monday, the ministry said. No flight has been reported.\n`;

test('paste a source, quote it by keyboard, make an event: the validator accepts it, the map shows it, the save writes only it', async ({ page }) => {
  const w = watchPage(page, editor.url);
  await page.goto(editor.url);
  await page.getByTestId('new-source').click();
  await page.getByTestId('source-id').fill(SOURCE_ID);
  await page.getByTestId('source-publisher').fill('Fixture Wire');
  await page.getByTestId('source-headline').fill('Test article: Mauritania agrees');
  await page.getByTestId('source-published').fill('2026-06-01');
  await page.getByTestId('source-url').fill('https://fixture-wire.example/2026/06/01/mauritania');
  await page.getByTestId('source-text').fill(TEXT);

  // The quote: its first line, selected with the keyboard, added with the keyboard.
  const text = page.getByTestId('source-text');
  await text.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('add-quote')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('quote')).toHaveCount(1);
  await expect(page.getByTestId('quote').locator('blockquote')).toHaveText(QUOTE);

  await page.getByTestId('event-id').fill(EVENT_ID);
  await page.getByTestId('event-country').selectOption('MRT');
  await page.getByTestId('event-date').fill('2026-06-01');
  await page.getByTestId('event-status').selectOption('agreement');
  await page.getByTestId('event-summary').fill('Mauritania agrees to take deportees from the United States.');
  // Left untranslated, the validator says so, naming the file and the record.
  await checked(page, 'invalid');
  await expect(page.getByTestId('check-errors')).toContainText(`data/i18n/es.json: ${EVENT_ID}: `);
  await page.getByTestId('event-es-summary').fill('Mauritania acepta recibir a personas deportadas por EE. UU.');
  await checked(page, 'valid');

  // The map at the event's date, with the change applied before it is saved.
  await page.getByTestId('preview').click();
  const frame = page.frameLocator('[data-testid="preview-frame"]');
  await waitForMap(frame);
  const preview = await (await page.getByTestId('preview-frame').elementHandle())?.contentFrame();
  if (!preview) throw new Error('no preview frame');
  expect((await svgFills(preview)).get('MRT')).toMatchObject({ colour: statusColour('agreement') });
  // The rest of the map is data/ as it is; and nothing is on disk yet.
  expect((await svgFills(preview)).get('AGO')).toMatchObject({ colour: statusColour('refused') });
  expect(file('events/MRT.json')).toBe(readFileSync(join(FIXTURE, 'events/MRT.json'), 'utf8'));

  await page.getByTestId('save').click();
  await expect(page.getByTestId('save-status')).toContainText('Saved: data/sources/');

  // On disk: valid, and the diff is the new record only.
  expect(compileData(work, { dataDir: data }).errors).toEqual([]);
  const source = JSON.parse(file(`sources/${SOURCE_ID}.json`));
  expect(source).toMatchObject({ id: SOURCE_ID, publisher: 'Fixture Wire', added: TODAY });
  expect(source.updated).toBeUndefined();
  expect(file(`sources/${SOURCE_ID}.txt`)).toBe(TEXT);
  const events = diff('events/MRT.json');
  // At most the closing brace of the event before it gains a comma (git may show that as lines added only).
  expect(events.removed.filter((l) => l !== '  }')).toEqual([]);
  expect(events.added).toContain('  },');
  expect(events.added.join('\n')).toContain(`"id": "${EVENT_ID}"`);
  expect(events.added.join('\n')).toContain(`"added": "${TODAY}"`);
  expect(events.added.join('\n')).toContain(JSON.stringify(QUOTE));
  const es = diff('i18n/es.json');
  expect(es.removed).toEqual([]);
  expect(es.added.join('\n')).toContain(`"${EVENT_ID}": {`);
  for (const rel of ['events/AGO.json', 'meta.json', 'stories/fixture-tour.json']) expect(diff(rel)).toEqual({ removed: [], added: [] });

  // Saving it again as it is changes no byte.
  const before = ['events/MRT.json', 'i18n/es.json', `sources/${SOURCE_ID}.json`].map((rel) => [file(rel), statSync(join(data, rel)).mtimeMs]);
  await page.getByTestId('save').click();
  await expect(page.getByTestId('save-status')).toContainText('nothing had changed, no file was written');
  expect(['events/MRT.json', 'i18n/es.json', `sources/${SOURCE_ID}.json`].map((rel) => [file(rel), statSync(join(data, rel)).mtimeMs])).toEqual(before);
  expect(w.errors).toEqual([]);
  expect(w.foreignRequests).toEqual([]);
});

test('a broken record is refused with its file, record and reason, and nothing is written', async ({ page }) => {
  await page.goto(editor.url);
  await page.getByTestId('open-event').selectOption(EVENT_ID);
  await page.getByTestId('open-event-button').click();
  await expect(page.getByTestId('event-date')).toHaveValue('2026-06-01');
  const before = file('events/MRT.json');
  await page.getByTestId('event-date').fill('2026-02-30');
  await checked(page, 'invalid');
  const reason = `data/events/MRT.json: ${EVENT_ID}: date "2026-02-30" is not a real date`;
  await expect(page.getByTestId('check-errors')).toContainText(reason);
  await page.getByTestId('save').click();
  await expect(page.getByTestId('save-errors')).toContainText(reason);
  expect(file('events/MRT.json')).toBe(before);
  // Opening another event would drop the change: the editor says so and keeps it.
  await page.getByTestId('open-event').selectOption('ago-2025-05-05-refused');
  await page.getByTestId('open-event-button').click();
  await expect(page.getByRole('alert')).toContainText('This event has changes not saved');
  await expect(page.getByTestId('event-date')).toHaveValue('2026-02-30');
});

test('a file changed on disk since it was opened is not overwritten: the conflict is shown', async ({ page }) => {
  await page.goto(editor.url);
  await page.getByTestId('open-event').selectOption('ago-2025-05-05-refused');
  await page.getByTestId('open-event-button').click();
  await expect(page.getByTestId('event-summary')).not.toHaveValue('');
  await page.getByTestId('event-summary').fill('Angola says it does not accept people of other nationalities, its government says.');
  await checked(page, 'valid');

  // Someone else edits the same file meanwhile.
  const events = JSON.parse(file('events/AGO.json')) as { id: string; summary: string }[];
  const other = events.find((e) => e.id === 'ago-2025-05-05-approached');
  if (!other) throw new Error('the fixture has no ago-2025-05-05-approached');
  other.summary = `${other.summary} (edited by hand)`;
  const theirs = `${JSON.stringify(events, null, 2)}\n`;
  writeFileSync(join(data, 'events/AGO.json'), theirs);

  await page.getByTestId('save').click();
  const conflict = page.getByTestId('conflict');
  await expect(conflict).toContainText('changed on disk since you opened it');
  await expect(conflict).toContainText('data/events/AGO.json');
  await expect(conflict).toContainText('Angola said it does not accept individuals of other nationalities.');
  expect(file('events/AGO.json')).toBe(theirs);

  // Saving into the file as it is now keeps their change and adds ours, dated today.
  await conflict.getByRole('button', { name: 'Save mine into the file as it is now' }).click();
  await expect(page.getByTestId('save-status')).toContainText('Saved: data/events/AGO.json');
  const now = JSON.parse(file('events/AGO.json')) as { id: string; summary: string; updated?: string }[];
  expect(now.find((e) => e.id === 'ago-2025-05-05-approached')?.summary).toContain('(edited by hand)');
  expect(now.find((e) => e.id === 'ago-2025-05-05-refused')).toMatchObject({ summary: 'Angola says it does not accept people of other nationalities, its government says.', updated: TODAY });
  expect(compileData(work, { dataDir: data }).errors).toEqual([]);
});

/** A raw request to the editor's server, with the headers given as they are (Host too). */
function raw(path: string, method: string, headers: Record<string, string>, body = ''): Promise<number> {
  const { port } = new URL(editor.url);
  return new Promise((ok, fail) => {
    const req = httpRequest({ host: '127.0.0.1', port: Number(port), path, method, headers, setHost: false }, (res) => {
      res.resume();
      ok(res.statusCode ?? 0);
    });
    req.on('error', fail);
    req.end(body);
  });
}

test('the server answers only its own page: a foreign Host, a foreign Origin or a wrong token gets 403', async ({ page }) => {
  const origin = new URL(editor.url).origin;
  const host = new URL(editor.url).host;
  await page.goto(editor.url);
  const token = await page.locator('meta[name="tcdm-editor-token"]').getAttribute('content');
  expect(token).toMatch(/^[\w-]{40,}$/);
  const json = { 'Content-Type': 'application/json', Host: host, Origin: origin, 'X-Editor-Token': token as string };
  expect(await raw('/__editor/api/list', 'POST', json, '{}')).toBe(200);
  // DNS rebinding: a name of the attacker's that resolves to 127.0.0.1 reaches nothing, not even the map.
  for (const path of ['/__editor/', '/', '/@tcdm/dataset.json']) expect(await raw(path, 'GET', { Host: `rebound.example:${new URL(editor.url).port}` }), path).toBe(403);
  expect(await raw('/__editor/api/list', 'POST', { ...json, Host: `rebound.example:${new URL(editor.url).port}`, Origin: `http://rebound.example:${new URL(editor.url).port}` }, '{}')).toBe(403);
  expect(await raw('/__editor/api/list', 'POST', { ...json, Origin: 'https://elsewhere.example' }, '{}')).toBe(403);
  const { Origin: _o, ...noOrigin } = json;
  expect(await raw('/__editor/api/list', 'POST', noOrigin, '{}')).toBe(403);
  expect(await raw('/__editor/api/list', 'POST', { ...json, 'X-Editor-Token': `${token}x` }, '{}')).toBe(403);
  expect(await raw('/__editor/api/list', 'POST', { ...json, 'Content-Type': 'text/plain' }, '{}')).toBe(403);
  expect(await raw('/__editor/api/list', 'GET', json)).toBe(403);
});

test('a page on another site can neither read the token nor write through the editor', async ({ page }) => {
  const before = file('events/AGO.json');
  const target = `${new URL(editor.url).origin}/__editor/api/save`;
  await page.route('http://elsewhere.example/', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>elsewhere</title>' }));
  await page.goto('http://elsewhere.example/');
  const outcome = await page.evaluate(
    async ({ editorUrl, target }) => {
      const tried: string[] = [];
      try {
        await (await fetch(editorUrl)).text();
        tried.push('read the page');
      } catch {
        tried.push('page unreadable');
      }
      try {
        const r = await fetch(target, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Editor-Token': 'guess' }, body: '{}' });
        tried.push(`write: ${r.status}`);
      } catch {
        tried.push('write blocked');
      }
      // A "simple" request needs no CORS preflight: the browser may still stop it (Chromium's
      // private network rules), or it reaches the server, whose answer (403) the page cannot read.
      try {
        const r = await fetch(target, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: '{"draft":{}}' });
        tried.push(`simple: ${r.type}`);
      } catch {
        tried.push('simple blocked');
      }
      return tried;
    },
    { editorUrl: editor.url, target },
  );
  expect(outcome.slice(0, 2)).toEqual(['page unreadable', 'write blocked']);
  expect(['simple: opaque', 'simple blocked']).toContain(outcome[2]);
  expect(file('events/AGO.json')).toBe(before);
});

test('axe: the editor with a source and an event open — no violations', async ({ page }) => {
  await page.goto(editor.url);
  await page.getByTestId('open-source').selectOption(SOURCE_ID);
  await page.getByTestId('open-source-button').click();
  await expect(page.getByTestId('source-text')).toHaveValue(TEXT);
  await page.getByTestId('open-event').selectOption(EVENT_ID);
  await page.getByTestId('open-event-button').click();
  await checked(page, 'valid');
  // The map's own pages have their own axe tests (e2e/a11y.spec.ts): here the editor's.
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).exclude('[data-testid="preview-frame"]').analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});
