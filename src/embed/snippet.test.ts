import { describe, expect, it } from 'vitest';
import { EMBED_PAGE, embedSnippet, embedSrc, fullPage } from './snippet.ts';

describe('embedSnippet', () => {
  it('is an iframe that works at its height, sandboxed, and the script that sizes it', () => {
    const s = embedSnippet({ src: 'https://maps.example/tcdm/?embed=1&date=2025-05-05&country=AGO', script: 'https://maps.example/tcdm/embed.js', height: 600, title: 'A "map" & more' });
    expect(s).toBe(
      '<iframe data-tcdm src="https://maps.example/tcdm/?embed=1&amp;date=2025-05-05&amp;country=AGO" title="A &quot;map&quot; &amp; more" width="100%" height="600" ' +
        'style="border:0;width:100%;max-width:100%" loading="lazy" allow="fullscreen" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>\n' +
        '<script src="https://maps.example/tcdm/embed.js" async></script>',
    );
  });
  it('keeps the height within reason', () => {
    expect(embedSnippet({ src: 'x', script: 'y', height: 50, title: 't' })).toContain('height="200"');
    expect(embedSnippet({ src: 'x', script: 'y', height: 1e9, title: 't' })).toContain('height="4000"');
  });
});

describe('embedSrc', () => {
  it('is the embed page beside the page, in any folder, with the query', () => {
    expect(embedSrc('https://news.example', '/', 'embed=1')).toBe(`https://news.example/${EMBED_PAGE}?embed=1`);
    expect(embedSrc('https://news.example', '/maps/tcdm/', 'embed=1&date=2025-05-05')).toBe(`https://news.example/maps/tcdm/${EMBED_PAGE}?embed=1&date=2025-05-05`);
    expect(embedSrc('https://news.example', '/maps/tcdm/index.html', 'embed=1')).toBe(`https://news.example/maps/tcdm/${EMBED_PAGE}?embed=1`);
    expect(EMBED_PAGE).toBe('embed.html');
  });
  it('is the page itself on the dev server, which has no embed page', () => {
    expect(embedSrc('http://localhost:5173', '/', 'embed=1', true)).toBe('http://localhost:5173/?embed=1');
  });
});

describe('fullPage', () => {
  it('is the folder of the embed page, and any other page itself', () => {
    expect(fullPage(`/maps/tcdm/${EMBED_PAGE}`)).toBe('/maps/tcdm/');
    expect(fullPage(`/${EMBED_PAGE}`)).toBe('/');
    expect(fullPage('/maps/tcdm/')).toBe('/maps/tcdm/');
    expect(fullPage('/maps/tcdm/index.html')).toBe('/maps/tcdm/index.html');
  });
});
