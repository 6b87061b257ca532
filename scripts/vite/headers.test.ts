import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, FEED_CONTENT_TYPE, headersFor, IMMUTABLE, REVALIDATE } from './headers.ts';

describe('headersFor', () => {
  it('lets hosts keep hashed build files for good', () => {
    expect(headersFor('/assets/dataset-y1YRFJce6U.json')['Cache-Control']).toBe(IMMUTABLE);
    expect(headersFor('/assets/index-CPigclgy.js')['Cache-Control']).toBe(IMMUTABLE);
    expect(headersFor('/sub/path/assets/maplibre-gl-worker-CZtFQQIV.mjs')['Cache-Control']).toBe(IMMUTABLE);
  });
  it('makes the page and unhashed files revalidate', () => {
    for (const p of ['/', '/index.html', '/geo/countries-50m.topo.json', '/assets/readme.txt', '/assets-x/a-12345678.js']) {
      expect(headersFor(p)['Cache-Control'], p).toBe(REVALIDATE);
    }
  });
});

describe('content types', () => {
  it('names the Atom feed’s, which hosts take for plain XML, and leaves every other file’s to the server', () => {
    expect(headersFor('/feed.xml')['Content-Type']).toBe('application/atom+xml; charset=utf-8');
    expect(headersFor('/maps/tcdm/feed.xml')['Content-Type']).toBe(FEED_CONTENT_TYPE);
    for (const p of ['/', '/sitemap.xml', '/index.html', '/assets/dataset-y1YRFJce6U.json', '/feed.xml.map', '/myfeed.xml']) expect(headersFor(p)['Content-Type'], p).toBeUndefined();
  });
});

describe('security headers', () => {
  it('go with every response: a strict CSP (no inline code, no eval, only this origin), and the rest', () => {
    for (const p of ['/', '/assets/index-CPigclgy.js', '/embed.js']) {
      const h = headersFor(p);
      expect(h['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(h['X-Content-Type-Options']).toBe('nosniff');
      expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
      expect(h['Cross-Origin-Opener-Policy']).toBe('same-origin');
      expect(h['Permissions-Policy']).toMatch(/camera=\(\)/);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*\.|https?:/);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain('frame-ancestors *');
  });
});
