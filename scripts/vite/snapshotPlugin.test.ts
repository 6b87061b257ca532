import { describe, expect, it } from 'vitest';
import { extractStyles, FIRST_PAINT_MAP_ID, withSnapshot } from './snapshotPlugin.ts';

describe('extractStyles', () => {
  it('moves each style attribute into a rule (one per distinct style) and leaves text alone', () => {
    const { markup, css } = extractStyles(
      '<p style="color:red">a style=&quot;x&quot; in text</p><i style="color:red"></i><b style="font-family:&quot;A B&quot;, serif"></b>',
    );
    expect(markup).toBe('<p data-fps="0">a style=&quot;x&quot; in text</p><i data-fps="0"></i><b data-fps="1"></b>');
    expect(css).toContain('#root [data-fps="0"]{color:red}');
    expect(css).toContain('#root [data-fps="1"]{font-family:"A B", serif}');
  });
  it('writes no stylesheet for markup without styles', () => {
    expect(extractStyles('<p>x</p>')).toEqual({ markup: '<p>x</p>', css: '' });
  });
});

describe('withSnapshot', () => {
  const html = '<html><head><title>t</title></head><body><div id="root"></div><script type="module" src="x.js"></script></body></html>';
  const body = `<div class="app"><svg id="${FIRST_PAINT_MAP_ID}"></svg>$&</div>`;
  const inRoot = (out: string) => out.slice(out.indexOf('<div id="root"'), out.lastIndexOf('</div>') + 6);

  it('puts the page into an inert root, its stylesheet in the head, and makes its map render-blocking', () => {
    const out = withSnapshot(html, body, './assets/first-paint-x.css');
    // (A `$&` in the markup is text, not a replacement pattern.)
    expect(inRoot(out)).toBe(`<div id="root" inert aria-hidden="true">${body}</div>`);
    expect(out).toContain(`<link rel="expect" href="#${FIRST_PAINT_MAP_ID}" blocking="render" />`);
    expect(out).toContain('<link rel="stylesheet" href="./assets/first-paint-x.css" />');
    expect(out.indexOf('blocking="render"')).toBeLessThan(out.indexOf('</head>'));
  });
  it('takes out autofocus (the static page is not to take focus)', () => {
    const out = withSnapshot(html, `<svg id="${FIRST_PAINT_MAP_ID}"></svg><dialog><button autofocus="">Close</button></dialog>`, null);
    expect(out).toContain('<dialog><button>Close</button></dialog>');
  });
  it('refuses a page without the root, or a first paint without its map', () => {
    expect(() => withSnapshot('<html><head></head><body></body></html>', body, null)).toThrow(/no <div id="root"><\/div>/);
    expect(() => withSnapshot(html, '<div class="app"></div>', null)).toThrow(/no map/);
  });
});
