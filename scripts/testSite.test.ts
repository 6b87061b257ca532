import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputsKey, keyFile, realSiteDir, testSiteDir, upToDate } from './testSite.ts';

describe("the tests' site", () => {
  const root = mkdtempSync(join(tmpdir(), 'tcdm-site-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const put = (file: string, content: string) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), content);
  };
  put('src/main.tsx', 'a');
  put('e2e/fixtures/data/meta.json', '{}');
  put('package-lock.json', '{}');

  it('is rebuilt when a source, the fixture or the lockfile changes, a file is added, or nothing was built', () => {
    const first = inputsKey(root);
    expect(inputsKey(root)).toBe(first);
    put('e2e/fixtures/data/meta.json', '{"checked":"x"}');
    const second = inputsKey(root);
    expect(second).not.toBe(first);
    put('src/new.ts', '');
    const third = inputsKey(root);
    expect(third).not.toBe(second);
    // Files outside the inputs (docs, the outputs) do not count.
    put('docs/x.md', 'x');
    put('dist-e2e/index.html', '<!doctype html>');
    expect(inputsKey(root)).toBe(third);
    const out = join(root, 'dist-e2e');
    expect(upToDate(out, third)).toBe(false);
    writeFileSync(keyFile(out), `${third}\n`);
    expect(keyFile(out)).toBe(`${out}.key`);
    expect(upToDate(out, third)).toBe(true);
    expect(upToDate(out, second)).toBe(false);
    rmSync(join(out, 'index.html'));
    expect(upToDate(out, third)).toBe(false);
  });

  it('is built where E2E_OUT_DIR says, else dist-e2e/; the real build is read from E2E_REAL_OUT_DIR, else dist/', () => {
    expect(testSiteDir({})).toMatch(/[\\/]dist-e2e$/);
    expect(testSiteDir({ E2E_OUT_DIR: '/tmp/x' })).toBe('/tmp/x');
    expect(realSiteDir({})).toMatch(/[\\/]dist$/);
    expect(realSiteDir({ E2E_REAL_OUT_DIR: '/tmp/y' })).toBe('/tmp/y');
  });
});
