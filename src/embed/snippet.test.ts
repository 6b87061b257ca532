import { describe, expect, it } from 'vitest';
import { embedSnippet } from './snippet.ts';

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
