/**
 * The figures the docs quote about the built site are the build's own: each is read from its doc
 * and compared with the file the site serves, so a change that makes one false fails here with the
 * doc, the figure and the measure. (The data set's counts are checked by scripts/docFigures.test.ts;
 * the precache's size is printed by the build and quoted nowhere.)
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const ARCHITECTURE = readFileSync(new URL('../docs/ARCHITECTURE.md', import.meta.url), 'utf8');

/** The files the service worker precaches, from the served sw.js: the whole site, as built. */
async function precached(request: APIRequestContext): Promise<string[]> {
  const res = await request.get('/sw.js');
  expect(res.status()).toBe(200);
  return [...(await res.text()).matchAll(/"?url"?:\s*"([^"]+)"/g)].map((m) => m[1] as string);
}

/** A served file's size in KB (1,000 bytes, as the docs count), raw and under gzip -9. */
async function sizes(request: APIRequestContext, path: string): Promise<{ raw: number; gz: number }> {
  const res = await request.get(`/${path}`);
  expect(res.status(), path).toBe(200);
  const body = await res.body();
  return { raw: body.length / 1000, gz: gzipSync(body, { level: 9 }).length / 1000 };
}

/** A figure as the doc writes it ("404 KB") is the measure rounded, within 2 %. */
function expectFigure(written: string | undefined, measured: number, what: string): void {
  expect(written, `docs/ARCHITECTURE.md no longer gives ${what}`).toBeDefined();
  const n = Number(written);
  expect(Math.abs(n - measured) / measured, `docs/ARCHITECTURE.md says ${what} is ${n} KB; the build has ${measured.toFixed(1)} KB`).toBeLessThanOrEqual(0.02);
}

test.describe('figures in the docs', () => {
  test("the SVG map's projected world and the TopoJSON it replaces are the sizes docs/ARCHITECTURE.md gives", async ({ request }) => {
    const files = await precached(request);
    const world = files.find((f) => /^assets\/world-[\w-]+\.json$/.test(f));
    expect(world, 'sw.js precaches the projected world').toBeDefined();
    const m = /The file is (\d+) KB, (\d+) KB\s+under `gzip -9`[^;]*; the TopoJSON it replaces on the SVG map's load is\s+(\d+) KB, (\d+) KB gzipped/.exec(ARCHITECTURE);
    const projected = await sizes(request, world as string);
    expectFigure(m?.[1], projected.raw, 'the projected world (raw)');
    expectFigure(m?.[2], projected.gz, 'the projected world (gzip -9)');
    const topo = await sizes(request, 'geo/countries-world.topo.json');
    expectFigure(m?.[3], topo.raw, 'the SVG TopoJSON (raw)');
    expectFigure(m?.[4], topo.gz, 'the SVG TopoJSON (gzip -9)');
  });
});
