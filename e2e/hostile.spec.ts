/**
 * Hostile input, in the browser: a host page that floods its embed with thousands of malformed
 * and malicious messages; addresses with markup and bidi controls in every parameter; and a quote
 * whose source holds `<img onerror>` and `<script>` (the fixture's `fixture-wire-2026-05-15`,
 * quoted by Panama's context event). Nothing of it may run or become an element: no dialog
 * opens, no element carries an event-handler attribute, no Content-Security-Policy violation is
 * even attempted, and the page keeps working. The CSP would block an inline handler anyway, so
 * the tests look for the attempt (the element, the violation), not only for its effect.
 */
import { readFile } from 'node:fs/promises';
import type { Frame, Page } from '@playwright/test';
import fc from 'fast-check';
import { isCountryCode } from '../src/data/countries.ts';
import { formatDay, isoToDay } from '../src/data/dates.ts';
import { parseIncoming, type ProtocolContext } from '../src/embed/protocol.ts';
import { parseCsv } from '../src/export/csv.ts';
import { EVENT_COLUMNS, type EventsDocument } from '../src/export/dataExport.ts';
import en from '../src/i18n/catalogues/en.ts';
import { expect, eventById, sourceById } from './fixtures.ts';
import { interiorPoint, project, servedCountries, shippedLangs, waitForMap, watchPage } from './helpers.ts';
import { hostPage, test } from './hosts.ts';

const LOCALE = 'en-GB';
const day = (iso: string) => formatDay(isoToDay(iso) as number, LOCALE);

/** The fixture's hostile source and the quote of it (README: fixture-wire-2026-05-15). */
const HOSTILE_SOURCE = 'fixture-wire-2026-05-15';
const HOSTILE_EVENT = 'pan-2026-05-15-talks';
const HOSTILE_QUOTE = 'At the talks in Panama a placard read <img src=x onerror=alert(1)> and a banner read <script>alert(2)</script> in plain text.';
const HOSTILE_HEADLINE = 'Test article: a <b>placard</b> at the talks';

/**
 * Records, in every frame of every page, what an injection would leave behind even where the CSP
 * stops it running: Content-Security-Policy violations, and uncaught errors.
 */
test.beforeEach(async ({ context }) => {
  await context.addInitScript(() => {
    const w = window as unknown as { hostile: { csp: string[]; errors: string[] } };
    w.hostile = { csp: [], errors: [] };
    document.addEventListener('securitypolicyviolation', (e) => w.hostile.csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    window.addEventListener('error', (e) => w.hostile.errors.push(String(e.message)));
    window.addEventListener('unhandledrejection', (e) => w.hostile.errors.push(String(e.reason)));
  });
});

/** Every dialog (alert, confirm, prompt) any frame of the page opens. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return dialogs;
}

/**
 * What an injection would have left in a document: any element with an event-handler attribute,
 * an image or script that is not the app's own, a CSP violation, an uncaught error.
 */
async function traces(target: Page | Frame): Promise<{ handlers: string[]; foreign: string[]; csp: string[]; errors: string[] }> {
  return target.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const handlers = all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}="${a.value}">`));
    const foreign = all
      .filter((el) =>
        (el.localName === 'script' && (!(el as HTMLScriptElement).src || new URL((el as HTMLScriptElement).src).origin !== location.origin)) ||
        (el.localName === 'img' && /(^|\/)x$/.test(el.getAttribute('src') ?? '')) ||
        ['iframe', 'object', 'embed'].includes(el.localName) ||
        (el.localName === 'b' && /placard/.test(el.textContent ?? '')))
      .map((el) => el.outerHTML.slice(0, 120));
    const h = (window as unknown as { hostile: { csp: string[]; errors: string[] } }).hostile;
    return { handlers, foreign, csp: h.csp, errors: h.errors };
  });
}
const CLEAN = { handlers: [], foreign: [], csp: [], errors: [] };

// ---------------------------------------------------------------------------------------------
// Messages

interface Msg {
  from: string | null;
  data: { source?: string; type?: string; id?: string | null; date?: string; country?: string | null; region?: string; playing?: boolean; step?: number | null };
}
const messages = (page: Page) => page.evaluate(() => (window as unknown as { messages: Msg[] }).messages);
const post = (page: Page, frame: string, data: unknown) =>
  page.evaluate(([id, d]) => (document.getElementById(id as string) as HTMLIFrameElement).contentWindow?.postMessage(d, '*'), [frame, data] as const);

/** The protocol's context as the embedded page has it (the fixture's one story has five steps). */
const PROTOCOL: ProtocolContext = { isCountry: isCountryCode, isLang: (l) => shippedLangs().includes(l), steps: 5 };

/**
 * The burst: JSON texts the page parses (random JSON; near-valid commands; pollution keys as own
 * keys) and the names of values built in the page (1 MB strings, deep and wide objects, arrays,
 * typed arrays, numbers that JSON cannot hold, dates, maps, sets, BigInts). Every one is checked
 * here to be refused by the protocol, so the burst is invalid by construction, not by luck.
 */
function burst(total: number): { json: string[]; special: string[] } {
  const seed = 20260515;
  const command = fc.record(
    {
      target: fc.constantFrom('tcdm', 'tcdm', 'tcdm', 'TCDM', 'tcdm ', 'other'),
      type: fc.constantFrom('set', 'set', 'play', 'pause', 'explode', 'SET', '__proto__'),
      date: fc.constantFrom('2025-05-05', '2025-02-30', '2025-13', '<b>', '2025-05-05\u200B', 20250505, null),
      country: fc.constantFrom('SLV', 'AGO', 'ZZZ', 'S\u200BLV', '\u0410GO', '<img src=x onerror=alert(1)>', 1, null),
      region: fc.constantFrom('africa', 'mars', '\u202Eworld', 'Africa', 0),
      step: fc.constantFrom(1, 0, 6, 1.5, -1, '2', 1e308),
      theme: fc.constantFrom('dark', 'sepia', '<script>alert(1)</script>'),
      lang: fc.constantFrom('es', 'fr', 'ES', 'javascript:alert(1)'),
      evil: fc.constantFrom('<script>alert(3)</script>', { polluted: true }, 1),
    },
    { requiredKeys: [] },
  );
  const pollution = fc
    .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.constantFrom('{"polluted":true}', '{"prototype":{"polluted":true}}', '{"target":"tcdm","type":"play"}', 'null'), fc.constantFrom('"type":"set","country":"SLV"', '"type":"play"', '"type":"set","date":"2025-05-05"'))
    .map(([k, v, rest]) => `{"target":"tcdm",${rest},"${k}":${v}}`);
  const refused = (json: string) => !parseIncoming(JSON.parse(json) as unknown, PROTOCOL).ok;
  const special = [
    ...Array.from({ length: 20 }, (_, i) => ['mb', 'mb-date', 'mb-country', 'mb-key', 'mb-target'][i % 5] as string),
    ...Array.from({ length: 100 }, () => 'deep'),
    ...Array.from({ length: 100 }, () => 'wide'),
    ...Array.from({ length: 100 }, (_, i) => ['array', 'sparse', 'nested-array', 'typed', 'buffer'][i % 5] as string),
    ...Array.from({ length: 180 }, (_, i) => ['nan', 'inf', '-0', 'undefined', 'bigint', 'date', 'regexp', 'map', 'set', 'blob', 'number', 'true'][i % 12] as string),
  ];
  const json = [
    ...fc.sample(pollution, { numRuns: 500, seed }),
    ...fc.sample(command.map((c) => JSON.stringify(c)), { numRuns: 3_000, seed }).filter(refused),
  ];
  const randomJson = fc.sample(fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'), { numRuns: total, seed }).filter(refused);
  json.push(...randomJson.slice(0, total - json.length - special.length));
  for (const j of json) if (!refused(j)) throw new Error(`not refused: ${j}`);
  return { json, special };
}

test('a burst of 5,000 hostile messages changes nothing, and the embed goes on drawing frames', async ({ page, hosts, baseURL }) => {
  const dialogs = watchDialogs(page);
  const consoleWarnings: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('tcdm embed:')) consoleWarnings.push(m.text());
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  const sibling = hosts.page('burst-sibling', '<!doctype html><title>sibling</title><p>sibling</p>');
  await page.goto(hosts.page('burst', hostPage(baseURL as string, [{ id: 'a', query: 'embed=1&id=burst&date=2025-03-31', width: 900 }])));
  await page.locator('#a').scrollIntoViewIfNeeded();
  const frameLocator = page.frameLocator('#a');
  await waitForMap(frameLocator);
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.id = 'sibling';
    f.src = src;
    document.body.prepend(f);
    return new Promise((r) => f.addEventListener('load', r));
  }, sibling);
  await page.locator('#a').scrollIntoViewIfNeeded();
  const frame = page.frames().find((f) => f.url().includes('id=burst'));
  if (!frame) throw new Error('no embedded frame');

  const { json, special } = burst(5_000);
  const total = json.length + special.length;
  expect(total).toBe(5_000);
  // What the embed shows, says and holds before.
  const snapshot = () =>
    frame.evaluate(() => ({
      date: document.querySelector('[data-testid="current-date"]')?.textContent,
      title: document.querySelector('#story-title')?.textContent,
      region: (document.querySelector('[data-testid="region-select"]') as HTMLSelectElement | null)?.value,
      playing: document.querySelector('.timeline button[aria-pressed]')?.getAttribute('aria-pressed'),
      theme: document.documentElement.dataset.theme,
      lang: document.documentElement.lang,
      search: location.search,
      polluted: Object.getOwnPropertyNames(Object.prototype).length,
    }));
  const before = await snapshot();
  expect(before).toMatchObject({ date: day('2025-03-31'), region: 'world', playing: 'false', lang: 'en' });
  await expect.poll(async () => (await messages(page)).filter((m) => m.data.type === 'state').length).toBe(1);
  const sentBefore = (await messages(page)).length;

  // Inside the embed, after the app's own listener (added at boot, so it runs first): count the
  // messages, and on the host's last one take the time and ask for the next frame.
  await frame.evaluate(() => {
    const w = window as unknown as { burst: { fromParent: number; fromOthers: number; firstAt: number; lastAt: number; frameAfter: number | null } };
    w.burst = { fromParent: 0, fromOthers: 0, firstAt: 0, lastAt: 0, frameAfter: null };
    window.addEventListener('message', (e) => {
      const b = w.burst;
      if (e.source !== window.parent) {
        b.fromOthers++;
        return;
      }
      if (b.fromParent++ === 0) b.firstAt = performance.now();
      const d = e.data as { burstEnd?: unknown } | null;
      if (typeof d === 'object' && d !== null && d.burstEnd === true) {
        const t0 = performance.now();
        b.lastAt = t0;
        requestAnimationFrame(() => {
          b.frameAfter = performance.now() - t0;
        });
      }
    });
  });

  // Well-formed commands, from the sibling frame: not the embed's parent, so each is ignored.
  const fromSibling = [
    { target: 'tcdm', type: 'set', date: '2025-05-05', country: 'AGO', region: 'africa' },
    { target: 'tcdm', type: 'play' },
    { target: 'tcdm', type: 'set', theme: 'dark', lang: 'es' },
    { target: 'tcdm', type: 'set', step: 2 },
  ];
  const siblingCount = 200;
  await page.frameLocator('#sibling').locator('p').evaluate((p, [cmds, n]) => {
    const target = (p.ownerDocument.defaultView?.parent.document.getElementById('a') as HTMLIFrameElement).contentWindow;
    for (let i = 0; i < (n as number); i++) target?.postMessage((cmds as unknown[])[i % (cmds as unknown[]).length], '*');
  }, [fromSibling, siblingCount] as const);
  await expect.poll(() => frame.evaluate(() => (window as unknown as { burst: { fromOthers: number } }).burst.fromOthers)).toBe(siblingCount);

  // The burst, from the parent, in one go, then its end marker (itself an ignored message).
  await page.evaluate(([texts, specials]) => {
    const target = (document.getElementById('a') as HTMLIFrameElement).contentWindow as Window;
    const mb = 'x'.repeat(1 << 20);
    const build = (name: string): unknown => {
      switch (name) {
        case 'mb': return mb;
        case 'mb-date': return { target: 'tcdm', type: 'set', date: mb };
        case 'mb-country': return { target: 'tcdm', type: 'set', country: mb };
        case 'mb-key': return { target: 'tcdm', type: 'set', [mb]: 'SLV' };
        case 'mb-target': return { target: mb, type: 'play' };
        case 'deep': {
          let v: unknown = { target: 'tcdm', type: 'set', country: 'SLV' };
          for (let i = 0; i < 200; i++) v = { target: 'tcdm', type: 'set', country: v };
          return v;
        }
        case 'wide': {
          const o: Record<string, unknown> = { target: 'tcdm', type: 'set' };
          for (let i = 0; i < 1000; i++) o[`k${i}`] = i;
          return o;
        }
        case 'array': return [{ target: 'tcdm', type: 'play' }];
        case 'sparse': { const a: unknown[] = []; a[100_000] = { target: 'tcdm', type: 'play' }; return a; }
        case 'nested-array': return [[[['tcdm', 'set', 'SLV']]]];
        case 'typed': return new Float64Array(10_000);
        case 'buffer': return new ArrayBuffer(1 << 16);
        case 'nan': return NaN;
        case 'inf': return -Infinity;
        case '-0': return -0;
        case 'undefined': return undefined;
        case 'bigint': return 2n ** 200n;
        case 'date': return new Date(0);
        case 'regexp': return /tcdm/g;
        case 'map': return new Map([['target', 'tcdm'], ['type', 'play']]);
        case 'set': return new Set(['tcdm', 'play']);
        case 'blob': return new Blob(['{"target":"tcdm","type":"play"}'], { type: 'application/json' });
        case 'number': return 42;
        default: return true;
      }
    };
    // Interleaved, so the big ones are spread through the burst.
    const all: unknown[] = texts.map((t) => JSON.parse(t) as unknown);
    specials.forEach((s, i) => all.splice(Math.floor((i * all.length) / specials.length) + i, 0, build(s)));
    for (const m of all) target.postMessage(m, '*');
    target.postMessage({ burstEnd: true }, '*');
  }, [json, special] as const);

  // Every message arrived (and the end marker), and a frame came after the last one. How long it
  // took is printed, not asserted (timings belong to the benchmark; the budget is 100 ms,
  // and on this machine it is a few ms when quiet).
  await expect.poll(() => frame.evaluate(() => (window as unknown as { burst: { frameAfter: number | null } }).burst.frameAfter), { timeout: 60_000 }).not.toBeNull();
  const measured = await frame.evaluate(() => (window as unknown as { burst: { fromParent: number; fromOthers: number; firstAt: number; lastAt: number; frameAfter: number } }).burst);
  console.log(`hostile burst: ${measured.fromParent - 1} messages from the parent handled in ${Math.round(measured.lastAt - measured.firstAt)} ms; next frame ${measured.frameAfter.toFixed(1)} ms after the last`);
  expect(measured.fromParent).toBe(total + 1);
  expect(measured.fromOthers).toBe(siblingCount);

  // Nothing changed, nothing was said back, and the refusals were explained only a few times.
  expect(await snapshot()).toEqual(before);
  await expect(frameLocator.getByRole('button', { name: en.play })).toHaveAttribute('aria-pressed', 'false');
  // A valid command after it all still works, and its state is the first the embed sends since:
  // a state change caused by the burst (even a date, sent 250 ms late) would have come before or with it.
  await post(page, 'a', { target: 'tcdm', type: 'set', country: 'SLV' });
  await expect(frameLocator.locator('#story-title')).toHaveText('El Salvador');
  await expect.poll(async () => (await messages(page)).slice(sentBefore).filter((m) => m.data.type === 'state').length).toBe(1);
  const after = (await messages(page)).slice(sentBefore).filter((m) => m.data.type === 'state');
  expect(after.map((m) => m.data)).toEqual([{ source: 'tcdm', type: 'state', id: 'burst', date: '2025-03-31', compare: null, country: 'SLV', region: 'world', step: null, playing: false }]);
  expect(consoleWarnings).toHaveLength(5);
  expect(pageErrors).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(await traces(frame)).toEqual(CLEAN);
});

// ---------------------------------------------------------------------------------------------
// URLs

const PARAMS = ['date', 'country', 'view', 'lang', 'theme', 'region', 'present', 'story', 'step', 'remote', 'session', 'embed', 'panel', 'id'] as const;

test('markup and bidi controls in every URL parameter: one warning each, nothing inserted, the page works', async ({ page, baseURL }) => {
  const dialogs = watchDialogs(page);
  const hostile = [
    '<img src=x onerror=alert(1)>', '<script>alert(2)</script>', '<b>', '"><svg onload=alert(3)>', "'><iframe src=javascript:alert(4)>",
    '\u202E<img src=x onerror=alert(5)>', '\u2066SLV\u2069', 'SLV\u200F', '<style>*{display:none}</style>', 'javascript:alert(6)',
    '%3Cimg%20src%3Dx%20onerror%3Dalert(7)%3E', '{{constructor.constructor("alert(8)")()}}', '<a href=javascript:alert(9)>x</a>', '\u200B<x>',
  ];
  const cases = [
    // Each parameter its own hostile value, written raw (the browser percent-encodes what it must).
    PARAMS.map((k, i) => `${k}=${hostile[i % hostile.length] as string}`).join('&'),
    // The same, percent-encoded, and shifted so each parameter gets another value.
    PARAMS.map((k, i) => `${k}=${encodeURIComponent(hostile[(i + 5) % hostile.length] as string)}`).join('&'),
  ];
  for (const q of cases) {
    const w = watchPage(page, baseURL as string);
    await page.goto(`/?${q}`);
    await waitForMap(page);
    // The defaults: the last date, no country, the map view, English.
    await expect(page.getByTestId('current-date')).toHaveText(day('2026-05-15'));
    await expect(page.locator('#story-title')).toHaveText(/What was reported up to/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const url = w.warnings.filter((m) => /URL parameter/.test(m));
    expect(url, url.join('\n')).toHaveLength(PARAMS.length);
    for (const k of PARAMS) expect(url.filter((m) => m.startsWith(`URL parameter ${k}="`)), k).toHaveLength(1);
    // The address is cleaned of everything it ignored.
    expect(new URL(page.url()).search).toBe('');
    expect(await traces(page)).toEqual(CLEAN);
    expect(w.errors).toEqual([]);
  }

  // Markup as parameter names (unknown, one warning each) and a parameter given three times (one warning).
  const w = watchPage(page, baseURL as string);
  // (Written raw, a name ends at its first "=": "<img src".)
  await page.goto(`/?<img src=x onerror=alert(10)>=1&${encodeURIComponent('<script>alert(11)</script>')}=2&\u202Ecountry=SLV&country=AGO&country=<b>&country=SLV&view=table`);
  await expect(page.getByTestId('status-table')).toBeVisible();
  await expect(page.locator('#story-title')).toHaveText('Angola');
  const url = w.warnings.filter((m) => /URL parameter/.test(m));
  expect(url).toEqual([
    'unknown URL parameter "<img src" ignored',
    'unknown URL parameter "<script>alert(11)</script>" ignored',
    'unknown URL parameter "\u202Ecountry" ignored',
    'URL parameter "country" is given more than once; using the first',
  ]);
  expect(new URL(page.url()).search).toBe('?country=AGO&view=table');
  expect(await traces(page)).toEqual(CLEAN);

  // An embed with a hostile id and country: no id is echoed, the credit line links to a clean address.
  await page.goto(`/?embed=1&id=<img src=x onerror=alert(12)>&country=<svg onload=alert(13)>`);
  await waitForMap(page);
  await expect(page.getByTestId('embed-credit').getByRole('link')).toHaveAttribute('href', /\/$/);
  expect(await traces(page)).toEqual(CLEAN);
  expect(dialogs).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// Data

type Item = 'Map as SVG image' | 'All events and quotes (CSV)' | 'All events and quotes (JSON)';

async function downloadFrom(page: Page, item: Item): Promise<string> {
  const button = page.getByRole('button', { name: 'Download', exact: true });
  await button.click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').getByRole('button', { name: item }).click()]);
  return (await readFile(await download.path())).toString('utf8');
}

test('a quote holding <img onerror> and <script> is text everywhere: the story, the reader, the table view, the tooltip, the downloads', async ({ page, baseURL, data }) => {
  const dialogs = watchDialogs(page);
  const w = watchPage(page, baseURL as string);
  const event = eventById(data, HOSTILE_EVENT);
  const source = sourceById(data, HOSTILE_SOURCE);
  // The fixture: a context event (no status) quoting the hostile text verbatim.
  expect(event.status).toBeNull();
  expect(event.quotes.map((q) => q.text)).toContain(HOSTILE_QUOTE);
  expect(source.text).toContain(HOSTILE_QUOTE);
  expect(source.headline).toBe(HOSTILE_HEADLINE);

  await page.goto('/');
  await waitForMap(page);
  // The story panel: Panama's event is the newest, its second quote the hostile one, as text.
  const panel = page.getByTestId('story-panel');
  const quote = panel.locator(`[data-event="${HOSTILE_EVENT}"] figure.quote[data-source="${HOSTILE_SOURCE}"]`);
  await expect(quote.locator('blockquote p')).toHaveText(HOSTILE_QUOTE);
  await expect(quote.locator('img, script, b')).toHaveCount(0);

  // The reader: the headline and the marked quote are text.
  await quote.getByRole('button', { name: en.readSource }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('#reader-title')).toHaveText(HOSTILE_HEADLINE);
  await expect(dialog.locator('mark')).toHaveText(HOSTILE_QUOTE);
  await expect(dialog.locator('.reader-text')).toContainText('The markup in it is text to show');
  await expect(dialog.locator('img, script, b')).toHaveCount(0);
  expect(await traces(page)).toEqual(CLEAN);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The tooltip (statuses, not quotes): text, over Mexico.
  const countries = await servedCountries(baseURL as string);
  const mexico = countries.get('MEX');
  if (!mexico) throw new Error('no Mexico on the basemap');
  const p = await project(page, ...interiorPoint(mexico));
  await page.mouse.move(p.x, p.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('Mexico');
  await expect(tooltip).toContainText(en.status.labels.receiving);
  await expect(tooltip.locator('img, script')).toHaveCount(0);

  // The downloads: the events as CSV and JSON hold the quote verbatim; the map's SVG holds no script.
  const csv = parseCsv(await downloadFrom(page, 'All events and quotes (CSV)'));
  const [header, ...rows] = csv;
  expect(header).toEqual([...EVENT_COLUMNS]);
  const col = (r: string[], name: (typeof EVENT_COLUMNS)[number]) => r[EVENT_COLUMNS.indexOf(name)] as string;
  const row = rows.find((r) => col(r, 'event_id') === HOSTILE_EVENT && col(r, 'source_id') === HOSTILE_SOURCE);
  expect(row && [col(row, 'quote_text'), col(row, 'headline')]).toEqual([HOSTILE_QUOTE, HOSTILE_HEADLINE]);
  const doc = JSON.parse(await downloadFrom(page, 'All events and quotes (JSON)')) as EventsDocument;
  expect(doc.events.find((e) => e.id === HOSTILE_EVENT)?.quotes.map((q) => q.text)).toContain(HOSTILE_QUOTE);
  expect(doc.sources.find((s) => s.id === HOSTILE_SOURCE)?.headline).toBe(HOSTILE_HEADLINE);
  const svg = await downloadFrom(page, 'Map as SVG image');
  expect(svg).not.toMatch(/<script|onerror|onload|<img|<foreignObject|javascript:/i);
  const parsed = await page.evaluate((text) => {
    const d = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: d.querySelector('parsererror')?.textContent ?? null,
      scripts: d.querySelectorAll('script, foreignObject, image').length,
      handlers: [...d.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
    };
  }, svg);
  expect(parsed).toEqual({ error: null, scripts: 0, handlers: [] });

  // The table view, with Panama chosen: its story (and the hostile quote) beside the table, as text.
  await page.goto('/?country=PAN&view=table');
  await expect(page.getByTestId('status-table')).toBeVisible();
  await expect(page.locator('#story-title')).toHaveText('Panama');
  await expect(panel.locator(`figure.quote[data-source="${HOSTILE_SOURCE}"] blockquote p`)).toHaveText(HOSTILE_QUOTE);
  await expect(page.getByTestId('status-table').locator('img, script')).toHaveCount(0);
  expect(await traces(page)).toEqual(CLEAN);

  expect(dialogs).toEqual([]);
  expect(w.errors).toEqual([]);
});
