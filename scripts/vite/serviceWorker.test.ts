import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { injectManifest, MANIFEST_PLACEHOLDER, MAX_PRECACHED_BYTES, precacheManifest } from './serviceWorker.ts';

describe('the precache list', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tcdm-sw-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const put = (file: string, content: string | Buffer) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), content);
  };
  for (const f of ['index.html', 'embed.html', 'embed.js', 'geo/world.topo.json', 'assets/index-abc12345.js', 'assets/index-abc12345.js.map', 'assets/share-abc12345.png', 'assets/probe-abc12345.js', 'assets/maplibre-gl-worker-x1234567.mjs', 'assets/app-x1234567.css', 'robots.txt', 'sitemap.xml', 'feed.xml', 'sub/feed.xml', 'sw.js']) put(f, `/* ${f} */`);
  put('assets/huge-abc12345.js', Buffer.alloc(MAX_PRECACHED_BYTES + 1));

  it('holds the pages, code, styles, JSON and the feed, not the maps, share card, robots, sitemap, the worker or a file over the limit', () => {
    const warnings: string[] = [];
    const urls = precacheManifest(dir, (m) => warnings.push(m)).map((e) => e.url);
    expect(urls).toEqual(['assets/app-x1234567.css', 'assets/index-abc12345.js', 'assets/maplibre-gl-worker-x1234567.mjs', 'assets/probe-abc12345.js', 'embed.html', 'embed.js', 'feed.xml', 'geo/world.topo.json', 'index.html']);
    expect(warnings).toEqual([expect.stringMatching(/^assets\/huge-abc12345\.js is over/)]);
  });

  it('revisions what has no hash in its name by its content, and leaves the hashed assets/ files to their names', () => {
    const entries = new Map(precacheManifest(dir).map((e) => [e.url, e.revision]));
    expect(entries.get('index.html')).toBe(createHash('md5').update('/* index.html */').digest('hex'));
    expect(entries.get('geo/world.topo.json')).toMatch(/^[0-9a-f]{32}$/);
    expect(entries.get('feed.xml')).toBe(createHash('md5').update('/* feed.xml */').digest('hex'));
    expect(entries.get('assets/index-abc12345.js')).toBeNull();
  });

  it('goes where the worker names it, once', () => {
    const code = `precacheAndRoute(${MANIFEST_PLACEHOLDER},{})`;
    expect(injectManifest(code, [{ url: 'index.html', revision: 'r' }])).toBe('precacheAndRoute([{"url":"index.html","revision":"r"}],{})');
    expect(() => injectManifest('precacheAndRoute([])', [])).toThrow(/once \(found 0\)/);
    expect(() => injectManifest(`${code}${code}`, [])).toThrow(/once \(found 2\)/);
  });
});
