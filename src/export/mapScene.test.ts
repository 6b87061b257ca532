/**
 * The map composition from the shipped basemap: a path per country in its status colour (patterns
 * for refused and ended), no segment running across the map (the bands a spherical clip of the
 * ±180° cut would draw), dots only for small countries with a status, the selection outlined,
 * and a legend whose counts are the day's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAP_COLOURS, PAGE_COLOURS, portableColour, STATUS_PATTERNS, statusColour } from '../color/palette.ts';
import { countByStatus } from '../data/statusIndex.ts';
import { STATUSES, type Status } from '../data/types.ts';
import { decodeBasemap } from '../map/geometry.ts';
import { projectFit } from '../map/svgGeometry.ts';
import { buildScene, patternDomId, SCENE_HEIGHT, SCENE_WIDTH, sceneSvg, type SceneInput } from './mapScene.ts';
import { MAP_BOTTOM, MAP_TOP, sceneFit } from './sceneLayout.ts';

const geo = decodeBasemap(JSON.parse(readFileSync(new URL('../../public/geo/countries-50m.topo.json', import.meta.url), 'utf8')));
const statuses = new Map<string, { status: Status }>([
  ['SLV', { status: 'receiving' }],
  ['AGO', { status: 'refused' }],
  ['GTM', { status: 'ended' }],
  ['MEX', { status: 'agreement' }],
  ['RUS', { status: 'approached' }],
  ['FJI', { status: 'approached' }],
  ['PLW', { status: 'receiving' }],
]);
const counts = countByStatus(statuses as never);
const input = (over: Partial<SceneInput> = {}): SceneInput => ({
  geo, statuses, selected: 'SLV', theme: 'light', lang: 'en',
  title: 'US third-country deportations',
  date: 'Status on 11 March 2026',
  legend: [...STATUSES.map((s) => ({ status: s, label: `Label <${s}> & co`, count: counts[s] })), { status: null, label: 'No reported arrangement', count: null }],
  source: 'Source: https://example.org/?date=2026-03-11&view=map · data checked 23 November 2026.',
  ...over,
});

/** Every subpath of an SVG path (absolute M/L/Z, as d3-geo writes them) as points. */
function subpaths(d: string): [number, number][][] {
  return d.split('M').filter(Boolean).map((s) =>
    s.replace(/Z/g, '').split('L').map((p) => p.split(',').map(Number) as [number, number]));
}

describe('buildScene', () => {
  const scene = buildScene(input());

  it('draws every country with a shape once, in its status colour or pattern', () => {
    const withShape = geo.countries.features.filter((f) => f.geometry).map((f) => f.properties.iso);
    expect(scene.map.countries.map((c) => c.iso)).toEqual(withShape);
    for (const c of scene.map.countries) {
      const status = statuses.get(c.iso)?.status ?? null;
      expect(c.status).toBe(status);
      expect(c.fill).toBe(status && STATUS_PATTERNS[status] ? `url(#${patternDomId(status)})` : statusColour(status, 'light'));
    }
    expect(scene.patterns.map((p) => [p.status, p.ground])).toEqual([['refused', statusColour('refused')], ['ended', statusColour('ended')]]);
  });

  it('draws no segment across the map (no bands from the antimeridian)', () => {
    let widest = { iso: '', dx: 0 };
    for (const c of scene.map.countries) {
      for (const sub of subpaths(c.d)) {
        for (let i = 1; i < sub.length; i++) {
          const dx = Math.abs(sub[i]![0] - sub[i - 1]![0]);
          if (dx > widest.dx) widest = { iso: c.iso, dx };
        }
      }
    }
    expect(widest.dx, `${widest.iso}: a segment ${widest.dx} px wide`).toBeLessThan(SCENE_WIDTH / 10);
  });

  it('shows the whole of the initial bounds, the world spanning the width as on the live map', () => {
    const fit = sceneFit();
    const band = MAP_BOTTOM - MAP_TOP;
    for (const [lng, lat] of [[-180, 80], [180, -56]] as const) {
      const p = projectFit(fit, lng, lat);
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(SCENE_WIDTH);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(band);
    }
    expect(projectFit(fit, 180, 0).x - projectFit(fit, -180, 0).x).toBeCloseTo(SCENE_WIDTH, 0);
  });

  it('fits the world inside the page', () => {
    const xs = scene.map.countries.flatMap((c) => subpaths(c.d).flat().map((p) => p[0]));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(SCENE_WIDTH);
    expect(scene.map.y + scene.map.height).toBeLessThan(SCENE_HEIGHT);
  });

  it('dots only the small countries with a status, and outlines the selected one', () => {
    const small = new Set(geo.markers.features.map((f) => f.properties.iso));
    expect(scene.map.dots.map((d) => d.iso).sort()).toEqual([...statuses.keys()].filter((i) => small.has(i)).sort());
    expect(scene.map.dots.find((d) => d.iso === 'PLW')?.fill).toBe(statusColour('receiving'));
    expect(scene.map.selection?.d).toMatch(/^M/);
    expect(buildScene(input({ selected: null })).map.selection).toBeNull();
  });

  it('keeps a selected small country’s ringed dot where the others have gone, and draws the dots over the outline', () => {
    const framed = buildScene(input({ selected: 'PLW', frame: [[130, 4], [136, 10]] }));
    const plw = framed.map.dots.find((d) => d.iso === 'PLW');
    expect(plw?.r).toBeGreaterThan(0);
    expect(framed.map.dots.every((d) => d.iso === 'PLW')).toBe(true);
    const svg = sceneSvg(framed);
    expect(svg.indexOf('<g id="selection"')).toBeGreaterThan(0);
    expect(svg.indexOf('<g id="dots">')).toBeGreaterThan(svg.indexOf('<g id="selection"'));
  });

  it('has a legend with the day’s counts, the date and the source line', () => {
    expect(scene.legend.rows.map((r) => [r.status, r.count?.text ?? null])).toEqual([
      ...STATUSES.map((s) => [s, String(counts[s])]),
      [null, null],
    ]);
    expect(scene.texts.map((t) => t.text)).toEqual([input().title, input().date, input().source]);
    // The legend stays inside the map's band, at its foot.
    expect(scene.legend.y).toBeGreaterThan(scene.map.y);
    expect(scene.legend.y + scene.legend.height).toBeLessThan(scene.map.y + scene.map.height);
  });

  it('frames the map in the page’s own colours (the CSS custom properties’ palette)', () => {
    for (const theme of ['light', 'dark'] as const) {
      const s = theme === 'light' ? scene : buildScene(input({ theme }));
      const page = PAGE_COLOURS[theme];
      expect(s.paper).toBe(page.paper);
      expect(s.legend.stroke).toBe(page.rule);
      expect(s.legend.fill).toBe(portableColour(page.glass));
      expect(s.texts.map((t) => t.colour)).toEqual([page.ink, page.ink2, page.ink2]);
    }
  });

  it('uses the dark map colours in the dark theme', () => {
    const dark = buildScene(input({ theme: 'dark' }));
    expect(dark.map.countries.find((c) => c.iso === 'SLV')?.fill).toBe(statusColour('receiving', 'dark'));
    expect(dark.map.countries.find((c) => c.iso === 'BRA')?.fill).toBe(statusColour(null, 'dark'));
  });
});

describe('sceneSvg', () => {
  const svg = sceneSvg(buildScene(input()));

  it('is a standalone SVG document with one path per country and the pattern defs', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    const paths = [...svg.matchAll(/<path data-iso="([A-Z]{3})"(?: data-status="([a-z]+)")? fill="([^"]+)"/g)];
    expect(paths.length).toBe(geo.countries.features.filter((f) => f.geometry).length);
    const fill = Object.fromEntries(paths.map((m) => [m[1], m[3]]));
    expect(fill.SLV).toBe(statusColour('receiving'));
    expect(fill.AGO).toBe('url(#tcdm-export-pattern-refused)');
    expect(fill.BRA).toBe(statusColour(null));
    expect(svg).toContain(`<pattern id="tcdm-export-pattern-refused" patternUnits="userSpaceOnUse"`);
    expect(svg).toContain(`<rect width="6" height="6" fill="${statusColour('refused')}"/>`);
  });

  it('escapes text and keeps the date and the source line', () => {
    expect(svg).toContain('Label &lt;receiving&gt; &amp; co');
    expect(svg).not.toContain('<receiving>');
    expect(svg).toContain('>Status on 11 March 2026</text>');
    expect(svg).toContain('?date=2026-03-11&amp;view=map');
    expect(svg).toContain('font-family="sans-serif"');
  });
});

describe('compare mode\'s map download', () => {
  it('draws the unchanged countries quiet grey (no pattern), the rest in their status, and a "no change" legend row', () => {
    const quiet = new Set(['AGO', 'MEX', 'PLW']);
    const legend = [...input().legend.slice(0, STATUSES.length), { status: null, quiet: true, label: 'No change', count: 3 }, { status: null, label: 'No reported arrangement', count: null }];
    for (const theme of ['light', 'dark'] as const) {
      const scene = buildScene(input({ quiet, legend, theme }));
      const grey = MAP_COLOURS[theme].quiet;
      const fill = (iso: string) => scene.map.countries.find((c) => c.iso === iso)?.fill;
      expect(fill('AGO')).toBe(grey);
      expect(fill('MEX')).toBe(grey);
      expect(fill('SLV')).toBe(statusColour('receiving', theme));
      // No status at all: the land's colour, quiet or not.
      expect(fill('BRA')).toBe(statusColour(null, theme));
      expect(scene.map.dots.find((d) => d.iso === 'PLW')?.fill).toBe(grey);
      const row = scene.legend.rows.find((r) => r.quiet);
      expect(row).toMatchObject({ fill: grey, pattern: null, status: null });
      const svg = sceneSvg(scene);
      expect(svg).toContain('<g data-status="quiet">');
      expect(svg).toContain('No change');
    }
  });
});
