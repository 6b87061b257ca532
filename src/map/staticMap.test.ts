import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Status } from '../data/types.ts';
import { decodeBasemap } from './geometry.ts';
import { fitMercator } from './mercator.ts';
import { frameTransform, projectWorld, simplifyPoints } from './projectedWorld.ts';
import { mapLook } from './scene.ts';
import { centreRow, pathsByFill, ringExtent, SNAPSHOT_BOX, SNAPSHOT_WORLD, staticMapSvg, withoutSpecks } from './staticMap.ts';

const geo = decodeBasemap(JSON.parse(readFileSync(new URL('../../public/geo/countries-world.topo.json', import.meta.url), 'utf8')));
const world = projectWorld(geo, SNAPSHOT_WORLD.size, { tolerance: SNAPSHOT_WORLD.tolerance });
const look = mapLook('light', { idPrefix: 'tcdm-first-' });
const at = (entries: [string, Status][]) => new Map(entries.map(([iso, status]) => [iso, { status }]));

describe('staticMapSvg', () => {
  const svg = staticMapSvg(world, at([['SLV', 'receiving'], ['AGO', 'refused']]), look);

  /** Each country's fill, from the paths (one per fill, naming their countries). */
  const fillsOf = (markup: string): Map<string, string> =>
    new Map([...markup.matchAll(/<path data-countries="([^"]+)" fill="([^"]+)" d="M/g)].flatMap((m) => (m[1] as string).split(' ').map((iso) => [iso, m[2] as string] as const)));

  it('fills each country as the map look does, one path per fill: a status colour, a pattern tile, or no status', () => {
    const fills = fillsOf(svg);
    // Every country but those all specks that have a dot (drawn when they have a status).
    const dotted = new Set(world.dots.map((d) => d.id));
    const drawn = world.countries.filter((c) => withoutSpecks(c.d) !== '' || !dotted.has(c.id)).map((c) => c.id);
    expect([...fills.keys()].sort()).toEqual([...drawn].sort());
    expect(drawn.length).toBeGreaterThan(world.countries.length * 0.7);
    expect(fills.get('SLV')).toBe(look.countryFill('receiving'));
    expect(fills.get('AGO')).toBe(look.countryFill('refused'));
    expect(fills.get('AGO')).toMatch(/^url\(#tcdm-first-refused\)$/);
    expect(fills.get('FRA')).toBe(look.countryFill(null));
    expect([...svg.matchAll(/<path data-countries=/g)]).toHaveLength(3);
  });

  it('draws the coast as the land\'s stroke under it, and the borders over it', () => {
    expect(svg).toMatch(/<use href="#first-paint-land" stroke="[^"]+" stroke-width="[^"]+"\/><g id="first-paint-land"><path data-countries=/);
    expect(svg.indexOf('<g id="first-paint-land">')).toBeLessThan(svg.indexOf('<path fill="none"'));
  });

  it('defines every pattern tile a fill refers to, and no hover tiles', () => {
    const ids = [...svg.matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1]);
    for (const m of svg.matchAll(/fill="url\(#([^)]+)\)"/g)) expect(ids).toContain(m[1]);
    expect(ids.some((id) => id?.includes('hover'))).toBe(false);
  });

  it('is the map the page waits for: its id, hidden from assistive technology, the ocean behind it', () => {
    expect(svg).toMatch(/^<svg id="first-paint-map" class="map-snapshot" aria-hidden="true"/);
    expect(svg).toContain(`<rect width="${world.size}" height="${world.size}" fill="${look.ocean}"/>`);
    // Its one placement is a style attribute, which the build moves into a stylesheet (snapshotPlugin.ts).
    expect([...svg.matchAll(/ style="/g)]).toHaveLength(1);
  });

  it('shows a dot only for a small country with a status', () => {
    const small = world.dots[0];
    if (!small) throw new Error('the basemap has no dots');
    const none = staticMapSvg(world, at([]), look);
    const one = staticMapSvg(world, at([[small.id, 'agreement']]), look);
    expect(none).not.toContain('<circle');
    expect([...one.matchAll(/<circle/g)]).toHaveLength(1);
    expect(one).toContain(`<circle data-country="${small.id}" cx="${small.x}" cy="${small.y}"`);
    expect(one).toContain(`fill="${look.colour('agreement')}"`);
  });

  it('puts the world view where the SVG renderer does in a box wider than tall', () => {
    // The renderer: the square frame scaled to the box's width, placed by the fit.
    const fit = fitMercator(SNAPSHOT_BOX, 425);
    const place = frameTransform(fit, 1);
    expect(place.scale).toBeCloseTo(SNAPSHOT_BOX, 6);
    expect(place.x).toBeCloseTo(0, 6);
    // The first paint: the square's top at the box's middle, moved up by centreRow() of its height.
    expect(425 / 2 - centreRow() * SNAPSHOT_BOX).toBeCloseTo(place.y, 6);
  });

  it('stays small enough for index.html', () => {
    expect(svg.length).toBeLessThan(200_000);
  });
});

describe('pathsByFill', () => {
  it('puts each country\'s rings into its fill\'s path, in order, without specks (a country all specks only if it has no dot)', () => {
    const tiny = { kind: 'projected' as const, size: 100, borders: '', coastlines: '', dots: [{ id: 'CCC', x: 60, y: 60 }], countries: [
      { id: 'AAA', d: 'M10 10l5 0 0 5z' },
      { id: 'BBB', d: 'M30 30l5 0 0 5zM50 50z' },
      { id: 'CCC', d: 'M60 60l1 0 0 1z' },
      { id: 'DDD', d: 'M70 70l-4 0 0 -4z' },
      { id: 'EEE', d: 'M80 80z' },
    ] };
    const paths = pathsByFill(tiny, (iso) => (iso === 'BBB' ? 'red' : 'grey'));
    expect(paths).toEqual([
      { fill: 'grey', ids: ['AAA', 'DDD', 'EEE'], d: 'M10 10l5 0 0 5zM70 70l-4 0 0 -4zM80 80z' },
      { fill: 'red', ids: ['BBB'], d: 'M30 30l5 0 0 5z' },
    ]);
  });

  it('measures a ring across from its relative steps', () => {
    expect(ringExtent('M50 50z')).toBe(0);
    expect(ringExtent('M10 10l5 0 0 2-5 0z')).toBe(5);
    expect(ringExtent('M10 10l-1 0 0 -3z')).toBe(3);
  });
});

describe('simplifyPoints', () => {
  it('keeps the ends and every point further than the tolerance from its chord', () => {
    const line: [number, number][] = [[0, 0], [5, 1], [10, 0], [10, 10]];
    expect(simplifyPoints(line, 1.5)).toEqual([[0, 0], [10, 0], [10, 10]]);
    expect(simplifyPoints(line, 0.5)).toEqual(line);
  });
  it('keeps a closed ring closed', () => {
    const ring: [number, number][] = [[0, 0], [10, 0], [10, 10], [5, 11], [0, 10], [0, 0]];
    const s = simplifyPoints(ring, 2);
    expect(s[0]).toEqual([0, 0]);
    expect(s[s.length - 1]).toEqual([0, 0]);
    expect(s).toContainEqual([10, 10]);
  });
  it('changes nothing with no tolerance', () => {
    const line: [number, number][] = [[0, 0], [1, 0], [2, 0]];
    expect(simplifyPoints(line, 0)).toEqual(line);
  });
});
