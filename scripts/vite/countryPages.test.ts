import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileData } from '../compileData.ts';
import { sceneFit, SHARE_LAYOUT } from '../../src/export/sceneLayout.ts';
import { countryBounds } from '../../src/map/framing.ts';
import { decodeBasemap } from '../../src/map/geometry.ts';
import { CARD_MAX_ZOOM, cardFrame, countryHead, countryPages, countryScene, cropBasemap, withPageText } from './countryPages.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const geo = decodeBasemap(JSON.parse(readFileSync(`${ROOT}public/geo/countries-world.topo.json`, 'utf8')));
const { dataset } = compileData(ROOT, { dataDir: `${ROOT}e2e/fixtures/data` });

describe('country pages at build time', () => {
  it('frames each card on its country: the country inside, never past the card’s zoom', () => {
    for (const iso of ['MEX', 'SLV', 'LCA', 'COD', 'FJI']) {
      const frame = cardFrame(geo, iso);
      if (!frame) throw new Error(`no frame for ${iso}`);
      const [[w, s], [e, n]] = frame;
      const [cw, cs, ce, cn] = countryBounds(geo, iso) ?? [0, 0, 0, 0];
      expect(cw >= w && ce <= e && cs >= s && cn <= n, iso).toBe(true);
      expect(sceneFit(SHARE_LAYOUT, frame).zoom).toBeLessThanOrEqual(CARD_MAX_ZOOM + 0.05);
    }
    expect(cardFrame(geo, 'ZZZ')).toBeUndefined();
  });

  it('draws the country selected, a small one with its ringed dot, from a basemap cropped to the frame', () => {
    const { day, index, pages } = countryPages(dataset!);
    for (const page of pages) {
      const scene = countryScene(dataset!, index, day, geo, page, null);
      expect(scene.texts[0]?.text).toBe(page.name);
      expect(scene.texts[1]?.text).toBe(page.statusLine);
      expect(scene.texts[2]?.text).toMatch(/^US third-country deportations · Sources up to .*, data checked /);
      expect(scene.map.selection).not.toBeNull();
      expect(scene.map.countries.some((c) => c.iso === page.iso && c.status === page.status)).toBe(true);
    }
    const frame = cardFrame(geo, 'LCA')!;
    const cropped = cropBasemap(geo, frame);
    expect(cropped.countries.features.length).toBeLessThan(geo.countries.features.length / 4);
    expect(cropped.countries.features.some((f) => f.properties.iso === 'LCA')).toBe(true);
    // A frame across ±180° keeps the whole basemap.
    expect(cropBasemap(geo, [[170, -20], [190, -10]])).toBe(geo);
  });

  it('replaces the title and description, escaped, and adds the base, the country and the canonical link', () => {
    const html = '<head>\n    <meta charset="UTF-8" />\n    <title>Old</title>\n    <meta name="description" content="Old." />\n  </head>';
    const text = withPageText(html, 'São Tomé & Príncipe: "x"', 'A <b> & c');
    expect(text).toContain('<title>São Tomé &amp; Príncipe: &quot;x&quot;</title>');
    expect(text).toContain('<meta name="description" content="A &lt;b&gt; &amp; c" />');
    expect(() => withPageText('<title>x</title>', 'a', 'b')).toThrow(/description/);
    const head = countryHead(text, { iso: 'STP', baseHref: '../../', canonical: 'https://example.org/map/country/stp/' });
    expect(head).toMatch(/^<head>\n {4}<meta charset="UTF-8" \/>\n {4}<base href="\.\.\/\.\.\/">/);
    expect(head).toContain('<meta name="tcdm-country" content="STP">');
    expect(head).toContain('<link rel="canonical" href="https://example.org/map/country/stp/">');
    expect(countryHead(text, { iso: 'STP', baseHref: '../../', canonical: null })).not.toContain('canonical');
    expect(() => countryHead('<head></head>', { iso: 'STP', baseHref: '../../', canonical: null })).toThrow(/charset/);
  });
});
