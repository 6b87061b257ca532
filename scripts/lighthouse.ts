/**
 * npm run lighthouse: builds the site, serves it with `vite preview` (and so with the headers a
 * host sends, scripts/vite/headers.ts) on a free port of 127.0.0.1, and runs Lighthouse's mobile
 * audit in Debian's headless Chromium on each view, then prints the four category scores, total
 * blocking time, largest and first contentful paint, and what keeps accessibility, best practices
 * or SEO under 100. Not part of `npm test` (a few minutes). `npm run bench` runs it too (map and
 * embed) and judges its targets on it.
 *
 * Offline by design: the browser's background networking is off, there are no Lighthouse plugins
 * and no field data (CrUX). Throttling is Lighthouse's default for mobile (`simulate`: a slow 4G
 * network and a 4× slower CPU, simulated from the unthrottled trace); `--throttling=provided`
 * audits the page as it runs on this machine over the loopback. localhost counts as a secure
 * origin, so is-on-https passes without a certificate. The run fails if the audited page asked
 * anything of another origin, or if accessibility, best practices or SEO is under 100.
 *
 * Lighthouse itself is installed on first use (LIGHTHOUSE_VERSION below), not with the project.
 *
 * Options: --views=map,table,about,embed (default all four), --no-build (audit the build there
 * is), --dist=<dir> (the build to serve, default dist/), --throttling=simulate|provided,
 * --out=<dir> (also write each view's full JSON report there), --json=<file> (write the summary,
 * `LighthouseSummary`, there).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, preview } from 'vite';
import { CHROMIUM, QUIET } from './chromium.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Lighthouse is no dependency of the project: it and the 140-odd packages it brings serve only this
 * audit, which `npm test` never runs. It is installed on first use, at this exact version, into
 * node_modules/.cache/ (and so gone with node_modules). 12.2.3 is the newest that installs here on
 * Node 20 (13 wants Node 22). chrome-launcher comes with it.
 */
export const LIGHTHOUSE_VERSION = '12.2.3';
const LIGHTHOUSE_DIR = join(ROOT, 'node_modules', '.cache', `lighthouse-${LIGHTHOUSE_VERSION}`);

/** The few parts of Lighthouse's result (its `Result`, "lhr") that this script reads. */
interface Audit {
  title: string;
  score: number | null;
  displayValue?: string;
  numericValue?: number;
  details?: unknown;
}
interface Result {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, Audit | undefined>;
  runWarnings: string[];
}
/** The flags this script passes (a subset of Lighthouse's `Flags`). */
interface Flags {
  port: number;
  output: 'json';
  logLevel: 'error';
  onlyCategories: string[];
  formFactor: 'mobile';
  throttlingMethod: 'simulate' | 'provided';
  disableFullPageScreenshot: boolean;
  maxWaitForLoad: number;
}
interface Tools {
  lighthouse: (url: string, flags: Flags) => Promise<{ lhr: Result } | undefined>;
  chromeLauncher: {
    launch(options: { chromePath: string; chromeFlags: string[]; logLevel: 'error' }): Promise<{ port: number; kill(): void }>;
  };
}

/** Lighthouse and chrome-launcher from the cache folder, installed there first when missing. */
async function loadTools(): Promise<Tools> {
  if (!existsSync(join(LIGHTHOUSE_DIR, 'node_modules', 'lighthouse', 'package.json'))) {
    console.log(`installing Lighthouse ${LIGHTHOUSE_VERSION} into ${LIGHTHOUSE_DIR} (first use only) …`);
    mkdirSync(LIGHTHOUSE_DIR, { recursive: true });
    writeFileSync(join(LIGHTHOUSE_DIR, 'package.json'), '{ "private": true }\n');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const run = spawnSync(npm, ['install', '--prefix', LIGHTHOUSE_DIR, '--save-exact', '--no-audit', '--no-fund', `lighthouse@${LIGHTHOUSE_VERSION}`], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`npm install lighthouse@${LIGHTHOUSE_VERSION} failed (exit ${run.status ?? run.signal})`);
  }
  const require = createRequire(join(LIGHTHOUSE_DIR, 'package.json'));
  const load = async (name: string): Promise<unknown> => import(pathToFileURL(require.resolve(name)).href);
  const lighthouse = ((await load('lighthouse')) as { default: Tools['lighthouse'] }).default;
  const chromeLauncher = (await load('chrome-launcher')) as Tools['chromeLauncher'];
  return { lighthouse, chromeLauncher };
}
// The embed as embed codes load it: the embed page (src/embed/snippet.ts), not index.html.
const VIEWS = { map: '', table: '?view=table', about: '?view=about', embed: 'embed.html?embed=1' } as const;
type View = keyof typeof VIEWS;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** What one run found, per view (scores 0–100; times in ms). */
export interface LighthouseSummary {
  version: string;
  throttling: 'simulate' | 'provided';
  date: string;
  views: Record<string, { performance: number | null; accessibility: number | null; 'best-practices': number | null; seo: number | null; tbt: number | null; lcp: number | null; fcp: number | null; cls: number | null }>;
}

/** The categories that must score 100. */
const REQUIRED = new Set<string>(['accessibility', 'best-practices', 'seo']);

function option(name: string): string | undefined {
  const arg = process.argv.slice(2).find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  return arg === undefined ? undefined : arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : '';
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** What keeps a category under 100: its scored audits that did not pass, with a few of their items. */
function failures(lhr: Result, category: string): string[] {
  const out: string[] = [];
  for (const ref of lhr.categories[category]?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
    out.push(`  ${category} · ${ref.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    const items = (audit.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
    for (const item of items.slice(0, 5)) {
      const node = item.node as { snippet?: string; selector?: string } | undefined;
      const what = node?.snippet ?? node?.selector ?? item.url ?? item.description ?? JSON.stringify(item).slice(0, 160);
      out.push(`      ${String(what).slice(0, 200)}`);
    }
  }
  return out;
}

/** Every address the audited page asked for that is not of its own origin (data: and blob: aside). */
function foreignRequests(lhr: Result, origin: string): string[] {
  const items = (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
  return items.map((i) => i.url).filter((u) => !/^(data|blob|chrome|about):/.test(u) && new URL(u).origin !== origin);
}

async function main(): Promise<void> {
  const views = (option('views') ?? Object.keys(VIEWS).join(',')).split(',').map((v) => v.trim()) as View[];
  for (const v of views) if (!(v in VIEWS)) throw new Error(`unknown view ${v}: one of ${Object.keys(VIEWS).join(', ')}`);
  const out = option('out');
  const json = option('json');
  const dist = option('dist');
  const throttling = option('throttling') ?? 'simulate';
  if (throttling !== 'simulate' && throttling !== 'provided') throw new Error(`--throttling=${throttling}: simulate or provided`);

  if (option('no-build') === undefined) {
    console.log('building into dist/ …');
    await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  }
  const { lighthouse, chromeLauncher } = await loadTools();
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    ...(dist ? { build: { outDir: dist } } : {}),
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const origin = `http://localhost:${port}`;
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--disable-gpu', '--disable-dev-shm-usage', ...QUIET],
    logLevel: 'error',
  });
  const rows: string[][] = [];
  const summary: LighthouseSummary = { version: '', throttling, date: new Date().toISOString(), views: {} };
  let version = '';
  const problems: string[] = [];
  let failed = false;
  try {
    for (const view of views) {
      const url = `${origin}/${VIEWS[view]}`;
      console.log(`auditing ${view}: ${url}`);
      const flags: Flags = {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        formFactor: 'mobile',
        throttlingMethod: throttling,
        disableFullPageScreenshot: true,
        maxWaitForLoad: 120_000,
      };
      const result = await lighthouse(url, flags);
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      version = lhr.lighthouseVersion;
      if (lhr.runtimeError) throw new Error(`${view}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      if (out !== undefined) {
        mkdirSync(out || '.', { recursive: true });
        writeFileSync(join(out || '.', `lighthouse-${view}.json`), JSON.stringify(lhr, null, 1));
      }
      const scores = CATEGORIES.map((c) => lhr.categories[c]?.score ?? null);
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? null;
      const pct = (s: number | null) => (s === null ? null : Math.round(s * 100));
      const [performance, accessibility, bestPractices, seo] = scores.map(pct);
      const m = { tbt: metric('total-blocking-time'), lcp: metric('largest-contentful-paint'), fcp: metric('first-contentful-paint'), cls: metric('cumulative-layout-shift') };
      summary.views[view] = { performance: performance ?? null, accessibility: accessibility ?? null, 'best-practices': bestPractices ?? null, seo: seo ?? null, ...m };
      const msText = (v: number | null) => (v === null ? '—' : String(Math.round(v)));
      rows.push([view, ...scores.map((s) => (s === null ? '—' : String(Math.round(s * 100)))), msText(m.tbt), msText(m.lcp), msText(m.fcp)]);
      for (const c of CATEGORIES) {
        const s = lhr.categories[c]?.score ?? null;
        if (REQUIRED.has(c) && (s === null || s < 1)) {
          failed = true;
          problems.push(`${view}:`, ...failures(lhr, c));
        }
      }
      const foreign = foreignRequests(lhr, new URL(url).origin);
      if (foreign.length > 0) {
        failed = true;
        problems.push(`${view}: requests to other origins:`, ...foreign.map((u) => `  ${u}`));
      }
      for (const w of lhr.runWarnings) console.log(`  (Lighthouse: ${w})`);
    }
  } finally {
    chrome.kill();
    await server.close();
  }

  summary.version = version;
  if (json) {
    mkdirSync(dirname(json), { recursive: true });
    writeFileSync(json, `${JSON.stringify(summary, null, 2)}\n`);
  }
  console.log(`\nLighthouse ${version} mobile, ${throttling === 'simulate' ? 'simulated throttling (its default)' : 'unthrottled'}, ${origin} (Chromium at ${CHROMIUM})\n`);
  const head = ['view', ...CATEGORIES, 'TBT ms', 'LCP ms', 'FCP ms'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  if (problems.length > 0) console.log(`\n${problems.join('\n')}`);
  if (failed) {
    console.log('\nAccessibility, best practices and SEO must each score 100 on every view.');
    process.exitCode = 1;
  }
}

// Run only as a script (bench/result.ts imports the summary's type).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
