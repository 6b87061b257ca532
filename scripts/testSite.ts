/**
 * The browser tests' site (docs/ARCHITECTURE.md, "Tests"): the app built as readers get
 * it, from the tests' own data set (e2e/fixtures/data) instead of data/, into `dist-e2e/`
 * (E2E_OUT_DIR), so the tests take the path a reader of the bare address takes: the first paint
 * made from the data set the page loads, and hydrated. e2e/realdata.spec.ts tests the real build
 * (`dist/`, E2E_REAL_OUT_DIR) instead.
 *
 * `npm run build:e2e` (run by `npm test`, and by Playwright before it serves the site) builds it
 * only when its inputs have changed since the last build: a hash of every file the build reads
 * (INPUTS) is kept beside the output in `<out>.key`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The tests' data set. */
export const FIXTURE_DATA_DIR = resolve(ROOT, 'e2e/fixtures/data');

/** The folder of the tests' site: E2E_OUT_DIR (relative to the repository), else dist-e2e/. */
export function testSiteDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(ROOT, env.E2E_OUT_DIR || 'dist-e2e');
}

/** The folder of the real build that e2e/realdata.spec.ts serves: E2E_REAL_OUT_DIR, else dist/. */
export function realSiteDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(ROOT, env.E2E_REAL_OUT_DIR || 'dist');
}

/** What the build reads: folders (every file under them) and files, relative to the repository. */
const INPUTS = ['src', 'scripts', 'public', 'e2e/fixtures/data', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((e) => e.name !== 'node_modules' && !e.name.startsWith('.'))
    .flatMap((e) => filesUnder(join(path, e.name)));
}

/** The hash of the build's inputs: every file's path and content, in a fixed order. */
export function inputsKey(root = ROOT): string {
  const hash = createHash('sha256');
  const files = INPUTS.flatMap((p) => filesUnder(join(root, p))).map((f) => relative(root, f).split(sep).join('/')).sort();
  for (const f of files) hash.update(`${f}\0`).update(readFileSync(join(root, f))).update('\0');
  return hash.digest('hex');
}

/** Where the key of the last build of `outDir` is kept (beside it, not in it: the build empties it). */
export const keyFile = (outDir: string): string => `${outDir.replace(/[\\/]+$/, '')}.key`;

/** Whether `outDir` holds a build of exactly these inputs. */
export function upToDate(outDir: string, key: string): boolean {
  return existsSync(join(outDir, 'index.html')) && existsSync(keyFile(outDir)) && readFileSync(keyFile(outDir), 'utf8').trim() === key;
}

/** Builds the tests' site into `outDir` unless it is up to date; says which. */
async function buildTestSite(outDir = testSiteDir()): Promise<'built' | 'up to date'> {
  const key = inputsKey();
  if (upToDate(outDir, key)) return 'up to date';
  // vite.config.ts reads these when it is loaded: the fixture, and no site address.
  process.env.TCDM_DATA_DIR = FIXTURE_DATA_DIR;
  delete process.env.TCDM_SITE_URL;
  const { build } = await import('vite');
  await build({ root: ROOT, configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  writeFileSync(keyFile(outDir), `${key}\n`);
  return 'built';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = testSiteDir();
  const started = Date.now();
  buildTestSite(outDir).then(
    (what) => console.log(`the tests' site (${relative(ROOT, outDir) || '.'}, from e2e/fixtures/data): ${what === 'built' ? `built in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'up to date, not rebuilt'}`),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
