/**
 * The four pages as the driver reaches them: each served on its own port (the app's build for the
 * two app pages, bench/.build/ref for the floor and the peer), the URL it loads, and opening one
 * cold: a fresh browser context (empty cache) with the instrument in, until its map is painted.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { APP_OUT, byName, CONTEXT, isApp, LOAD_TIMEOUT_MS, log, NAMES, type Name, type PerPage } from './config.ts';
import { initScript, type LoadResult } from './instrument.ts';
import { loaded } from './probes.ts';
import { serve, type Sent, type Static } from './server.ts';
import { REF_OUT } from './vite.config.ts';

export interface Target {
  name: Name;
  /** The app's URL from the start; the floor's and the peer's once the warm-up knows the map box. */
  url: string;
  root: string;
  server: Static;
}

/**
 * One server per page. The app pages load with no parameters, as a reader opens a shared link to
 * the site: at the data's last day (the load date, bench/scrub-days.ts), with the static first
 * paint (any parameter, even `date=` at that day, turns it off).
 */
export async function serveTargets(): Promise<PerPage<Target>> {
  const servers = byName((n) => serve(isApp(n) ? APP_OUT : REF_OUT));
  const srv = {} as PerPage<Static>;
  for (const n of NAMES) srv[n] = await servers[n];
  return byName((name): Target => ({
    name,
    url: isApp(name) ? `http://127.0.0.1:${srv[name].port}/` : '',
    root: isApp(name) ? APP_OUT : REF_OUT,
    server: srv[name],
  }));
}

/** The floor's or the peer's URL: the load date, the app's map box size and the basemap to draw. */
export function refUrl(t: Target, loadDate: string, box: { w: number; h: number }, geo: string): string {
  return `http://127.0.0.1:${t.server.port}/${t.name}/?date=${loadDate}&w=${box.w}&h=${box.h}&geo=${geo}`;
}

export interface Opened {
  ctx: BrowserContext;
  page: Page;
  load: LoadResult;
  /** What the page's server sent for this load. */
  sent: Sent[];
}

/** Loads a page cold, in a fresh context with the instrument, and waits until its map is painted. */
export async function open(browser: Browser, t: Target): Promise<Opened> {
  const ctx = await browser.newContext(CONTEXT);
  await ctx.addInitScript({ content: initScript(t.name === 'appWebgl') });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => log(`${t.name}: page error: ${e.message}`));
  const from = t.server.sent.length;
  await page.goto(t.url, { waitUntil: 'commit' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const load = await Promise.race([
    loaded(page),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${t.name}: not ready after ${LOAD_TIMEOUT_MS} ms`)), LOAD_TIMEOUT_MS))),
  ]).finally(() => clearTimeout(timer));
  // Workers fetch after the page is ready at the latest; give the log a moment.
  await page.waitForTimeout(50);
  return { ctx, page, load, sent: t.server.sent.slice(from) };
}
