/**
 * The browser tests' own rules, checked on their source (no browser needed), so a new spec cannot
 * quietly break them:
 * - every behaviour spec runs on the tests' fixed data set: it takes `test` and `expect` from
 *   ./fixtures.ts (or ./hosts.ts, which extends it), never from '@playwright/test', and makes no browser context of its own
 *   (a context from `browser.newContext()` would not get the project's settings, such as the WebGL
 *   override, its viewport, locale and time zone; use `test.use` instead, or
 *   `context.newPage()` for a second window of the same context);
 * - no test is skipped, and none waits on the clock: waits are on conditions;
 * - every wait for the map goes through waitForMap (e2e/helpers.ts), with its own timeout.
 * Only the real-data checks (realdata.spec.ts) and the dev server's tests (dev.spec.ts and
 * editor.spec.ts, which serve a copy of the fixture themselves) use Playwright's `test` directly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.ts';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const OWN_DATA = new Set(['realdata.spec.ts', 'dev.spec.ts', 'editor.spec.ts']);
const SELF = 'conventions.spec.ts';
/** Every TypeScript file of e2e/ but this one (whose patterns would match themselves). */
const sources = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== SELF).sort().map((f) => ({ file: f, text: readFileSync(`${DIR}${f}`, 'utf8') }));
const specs = sources.filter((s) => s.file.endsWith('.spec.ts'));
/** Lines of the sources that match, as "file:line: text" (comments left out). */
const lines = (files: typeof sources, re: RegExp) =>
  files.flatMap(({ file, text }) =>
    text.split('\n').flatMap((l, i) => (re.test(l) && !/^\s*(\/\/|\*|\/\*)/.test(l) ? [`${file}:${i + 1}: ${l.trim()}`] : [])));

test('every behaviour spec takes test and expect from ./fixtures.ts, and makes no context of its own', () => {
  const behaviour = specs.filter((s) => !OWN_DATA.has(s.file));
  expect(behaviour.length).toBeGreaterThan(5);
  for (const { file, text } of behaviour) {
    // (./hosts.ts's `test` is the fixtures' own, extended with the host servers.)
    expect(text, file).toMatch(/import \{[^}]*\btest\b[^}]*\} from '\.\/(fixtures|hosts)\.ts';/);
    // Types only from Playwright itself.
    expect(text.match(/^import (?!type )[^;]*from '@playwright\/test';/gm) ?? [], file).toEqual([]);
  }
  // A second page of the test's own context (which has the fixture) is fine; a context of its own is not.
  expect(lines(behaviour, /\.newContext\(|browser\.newPage\(/)).toEqual([]);
});

test('no test is skipped or waits on the clock', () => {
  expect(lines(sources, /\btest\.(skip|fixme)\(|\.only\(|waitForTimeout\(|(?<![.\w])setTimeout\(|\bsleep\(/)).toEqual([]);
});

test('every wait for the map goes through waitForMap', () => {
  expect(lines(sources.filter((s) => s.file !== 'helpers.ts'), /data-map-ready/)).toEqual([]);
});
