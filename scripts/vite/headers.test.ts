import { describe, expect, it } from 'vitest';
import { headersFor, IMMUTABLE, REVALIDATE } from './headers.ts';

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
