import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBasemap } from './geometry.ts';
import { fitMercator, mercator, pathGenerator, projectFit } from './svgGeometry.ts';

describe('fitMercator', () => {
  it('in a landscape box, spans the full width and centres the bounds\' latitudes, as MapLibre does', () => {
    // MapLibre 6 at 880 × 413 (renderWorldCopies: false) drew ±180° at x = 0 and 880, the
    // equator at y = 294.1, 80° N at −47.1 and 56° S at 460.1.
    const fit = fitMercator(880, 413);
    expect(projectFit(fit, -180, 0).x).toBeCloseTo(0, 6);
    expect(projectFit(fit, 180, 0).x).toBeCloseTo(880, 6);
    expect(projectFit(fit, 0, 0).y).toBeCloseTo(294.12, 1);
    expect(projectFit(fit, 0, 80).y).toBeCloseTo(-47.09, 1);
    expect(projectFit(fit, 0, -56).y).toBeCloseTo(460.09, 1);
  });

  it('never shows past the poles: in a tall box the world covers the height', () => {
    const fit = fitMercator(390, 900);
    expect(projectFit(fit, 0, 90).y).toBeCloseTo(0, 6);
    expect(projectFit(fit, 0, -90).y).toBeCloseTo(900, 6);
    expect(projectFit(fit, 0, 0).x).toBeCloseTo(195, 6);
  });

  it('fits the bounds with padding when they are what limits the view', () => {
    // A lone country: fitBounds wins over the world constraint.
    const fit = fitMercator(800, 600, [[10, 40], [20, 50]], 8);
    const sw = projectFit(fit, 10, 40);
    const ne = projectFit(fit, 20, 50);
    expect(Math.min(sw.x, 800 - ne.x, ne.y, 600 - sw.y)).toBeCloseTo(8, 6);
    expect((sw.x + ne.x) / 2).toBeCloseTo(400, 6);
  });

  it('gives the MapLibre zoom of the scale: the world is 512 × 2^zoom px wide', () => {
    const fit = fitMercator(1280, 600);
    const width = projectFit(fit, 180, 0).x - projectFit(fit, -180, 0).x;
    expect(512 * 2 ** fit.zoom).toBeCloseTo(width, 6);
  });

  it('clamps latitudes to Web Mercator’s limit', () => {
    expect(mercator(0, 90)[1]).toBeCloseTo(mercator(0, 85.051129)[1], 9);
    expect(Number.isFinite(mercator(0, -90)[1])).toBe(true);
  });
});

describe('pathGenerator', () => {
  const geo = decodeBasemap(JSON.parse(readFileSync(new URL('../../public/geo/countries-50m.topo.json', import.meta.url), 'utf8')));
  const fit = fitMercator(1280, 600);
  const path = pathGenerator(fit);
  const numbers = (d: string) => [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));

  it('draws every country inside the box (no ring wraps round the world)', () => {
    for (const f of geo.countries.features) {
      const d = path(f);
      expect(d, f.properties.iso).toMatch(/^M/);
      const xs = numbers(d).filter((_, i) => i % 2 === 0);
      expect(Math.min(...xs), f.properties.iso).toBeGreaterThanOrEqual(fit.x0 - fit.k * Math.PI - 0.1);
      expect(Math.max(...xs), f.properties.iso).toBeLessThanOrEqual(fit.x0 + fit.k * Math.PI + 0.1);
    }
  });

  it('cuts Russia and Fiji at ±180°: none of their segments jumps across the map', () => {
    for (const iso of ['RUS', 'FJI']) {
      const f = geo.countries.features.find((c) => c.properties.iso === iso);
      if (!f) throw new Error(iso);
      for (const ring of path(f).split('M').slice(1)) {
        const pts = ring.replace(/Z$/, '').split('L').map((p) => p.split(',').map(Number) as [number, number]);
        for (let i = 1; i < pts.length; i++) {
          expect(Math.abs((pts[i] as [number, number])[0] - (pts[i - 1] as [number, number])[0]), iso).toBeLessThan(300);
        }
      }
    }
  });

  it('draws borders and coastlines as open lines', () => {
    const d = path(geo.borders.features[0] as (typeof geo.borders.features)[number]);
    expect(d.length).toBeGreaterThan(1000);
    expect(d).not.toContain('Z');
  });
});
