import { describe, expect, it } from 'vitest';
import { htmlHref } from './htmlHref.ts';

describe('htmlHref', () => {
  it('is relative to the page under a relative base', () => {
    expect(htmlHref('./', '/index.html', 'assets/a.json')).toBe('./assets/a.json');
    expect(htmlHref('./', '/floor/index.html', 'assets/a.json')).toBe('../assets/a.json');
    expect(htmlHref('', '/a/b/index.html', 'geo/x.json')).toBe('../../geo/x.json');
  });
  it('keeps an absolute base', () => {
    expect(htmlHref('/map/', '/floor/index.html', 'assets/a.json')).toBe('/map/assets/a.json');
    expect(htmlHref('https://cdn.example/', '/index.html', 'a.js')).toBe('https://cdn.example/a.js');
  });
});
