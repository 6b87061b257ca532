import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { REGION_BOUNDS, REGIONS, type Bounds, type Region } from '../data/regions.ts';
import type { CompiledEvent } from '../data/types.ts';
import type { CountryProps, GeoBasemap } from './geometry.ts';
import {
  countryBounds,
  drawnUnder,
  framePadding,
  HandMoves,
  freeInsets,
  insideFree,
  MAX_FRAME_ZOOM,
  MIN_DRAWN_PX,
  MIN_SPAN_DEG,
  SUBJECT_MARGIN,
  regionTarget,
  revealNeeded,
  stepSubject,
  subjectBounds,
  subjectTarget,
  unionBounds,
  withCeiling,
} from './framing.ts';
import { fitMercator, mercator } from './mercator.ts';
import { projectWorld } from './projectedWorld.ts';
import { ceilingExtent, frameBounds } from './svgZoom.ts';

const box = (w: number, s: number, e: number, n: number): [number, number][] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

/** A basemap of three made-up countries: a small square, a country cut at ±180° (Fiji-like), and a two-part one. */
function basemap(): GeoBasemap {
  const countries: FeatureCollection<Polygon | MultiPolygon, CountryProps> = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { iso: 'SLV', name: 'El Salvador' }, geometry: { type: 'Polygon', coordinates: [box(-90.1, 13.2, -87.7, 14.4)] } },
      {
        type: 'Feature',
        properties: { iso: 'FJI', name: 'Fiji' },
        geometry: { type: 'MultiPolygon', coordinates: [[box(177, -19, 180, -16)], [box(-180, -17, -179, -16)]] },
      },
      {
        type: 'Feature',
        properties: { iso: 'PLW', name: 'Palau' },
        geometry: { type: 'MultiPolygon', coordinates: [[box(131.14, 3.02, 131.19, 3.06)], [box(134.51, 7.36, 134.66, 7.71)]] },
      },
      {
        type: 'Feature',
        properties: { iso: 'TWO', name: 'Two parts' },
        geometry: { type: 'MultiPolygon', coordinates: [[box(10, 0, 12, 2)], [box(20, 5, 21, 6)]] },
      },
    ],
  };
  const none = { type: 'FeatureCollection' as const, features: [] };
  return { kind: 'geojson', countries, borders: none, coastlines: none, markers: { type: 'FeatureCollection', features: [] } };
}

/** Mercator width (radians-scaled) and height of bounds, for comparing sizes. */
function mercSize([w, s, e, n]: Bounds): [number, number] {
  return [((e - w) * Math.PI) / 180, (mercator(0, n)[1] as number) - (mercator(0, s)[1] as number)];
}

describe('unionBounds', () => {
  it('is the box around the boxes', () => {
    expect(unionBounds([[10, 0, 12, 2], [20, 5, 21, 6]])).toEqual([10, 0, 21, 6]);
    expect(unionBounds([])).toBeNull();
  });
  it('takes the short way round the globe: across ±180° east passes 180', () => {
    expect(unionBounds([[177, -19, 180, -16], [-180, -17, -179, -16]])).toEqual([177, -19, 181, -16]);
    // The Aleutians and Alaska with the lower 48: the arc from 172° E eastwards to the Atlantic.
    const usa = unionBounds([[172, 51, 180, 53], [-180, 51, -130, 71], [-125, 25, -67, 49]]) as Bounds;
    expect(usa[0]).toBe(172);
    expect(usa[2]).toBe(-67 + 360);
  });
});

describe('withCeiling', () => {
  it('grows a tiny country to the minimum span about its centre', () => {
    const b = withCeiling([134.51, 7.36, 134.66, 7.71]);
    const [w, h] = mercSize(b);
    expect(w).toBeCloseTo((MIN_SPAN_DEG * Math.PI) / 180, 9);
    expect(h).toBeCloseTo((MIN_SPAN_DEG * Math.PI) / 180, 9);
    expect((b[0] + b[2]) / 2).toBeCloseTo(134.585, 9);
  });
  it('doubles a larger one about its centre: it fills at most half the frame', () => {
    const slv: Bounds = [-90.1, 13.2, -87.7, 14.4];
    const b = withCeiling(slv);
    const [w0, h0] = mercSize(slv);
    const [w, h] = mercSize(b);
    expect(w).toBeCloseTo(Math.max(SUBJECT_MARGIN * w0, (MIN_SPAN_DEG * Math.PI) / 180), 9);
    expect(h).toBeCloseTo(Math.max(SUBJECT_MARGIN * h0, (MIN_SPAN_DEG * Math.PI) / 180), 9);
    expect((b[0] + b[2]) / 2).toBeCloseTo(-88.9, 9);
  });
  it('leaves a frame as it is without a margin or a span', () => {
    const b: Bounds = [-118, 7, -59, 33];
    withCeiling(b, 0, 1).forEach((v, i) => expect(v).toBeCloseTo(b[i] as number, 9));
  });
});

describe('countryBounds', () => {
  it('reads the same bounds from GeoJSON and from the projected world (to a frame unit)', () => {
    const geo = basemap();
    const projected = projectWorld(geo);
    for (const iso of ['SLV', 'FJI', 'PLW', 'TWO']) {
      const a = countryBounds(geo, iso) as Bounds;
      const b = countryBounds(projected, iso) as Bounds;
      a.forEach((v, i) => expect(b[i], `${iso} ${i}`).toBeCloseTo(v, 2));
    }
    expect(countryBounds(geo, 'FJI')).toEqual([177, -19, 181, -16]);
    expect(countryBounds(geo, 'XXX')).toBeNull();
  });
  it('leaves out an islet far smaller than the country’s main land (Palau’s Tobi), keeps parts of a size', () => {
    const geo = basemap();
    const plw = countryBounds(geo, 'PLW') as Bounds;
    [134.51, 7.36, 134.66, 7.71].forEach((v, i) => expect(plw[i]).toBeCloseTo(v, 9));
    expect(countryBounds(geo, 'TWO')).toEqual([10, 0, 21, 6]);
  });
  it('joins a subject’s countries, leaving out those the basemap does not draw', () => {
    expect(subjectBounds(basemap(), ['SLV', 'XXX'])).toEqual([-90.1, 13.2, -87.7, 14.4]);
    expect(subjectBounds(basemap(), ['XXX'])).toBeNull();
  });
});

describe('stepSubject', () => {
  const ev = (id: string, country: string): CompiledEvent => ({ id, country, sender: 'USA' }) as CompiledEvent;
  const events = new Map([ev('a', 'SLV'), ev('b', 'GTM'), ev('c', 'USA'), ev('d', 'SLV')].map((e) => [e.id, e]));
  it('is the step’s country, then its events’ countries, each once, without events for every destination', () => {
    expect(stepSubject({ country: 'SLV', events: ['a', 'b', 'c', 'd'] }, events)).toEqual(['SLV', 'GTM']);
    expect(stepSubject({ events: ['c'] }, events)).toEqual([]);
    expect(stepSubject({ events: ['b', 'a'] }, events)).toEqual(['GTM', 'SLV']);
  });
});

describe('freeInsets', () => {
  it('is the margin alone without overlays', () => {
    expect(freeInsets(800, 500, [])).toEqual({ top: 8, right: 8, bottom: 8, left: 8 });
  });
  it('cuts each overlay along the side that leaves the most area', () => {
    // A caption across the top, a legend in the bottom left corner, controls in the top right.
    const i = freeInsets(1920, 900, [
      { left: 560, top: 20, right: 1360, bottom: 160 },
      { left: 12, top: 640, right: 292, bottom: 888 },
      { left: 1800, top: 12, right: 1908, bottom: 200 },
    ]);
    // The caption (largest) goes off the top; the legend off the left (the bottom would cost more);
    // what is left of the controls below the caption, 40 px, off the top again (their 120 px width would cost more).
    expect(i.top).toBe(200 + 8);
    expect(i.left).toBe(292 + 8);
    expect(i.right).toBe(8);
    expect(i.bottom).toBe(8);
  });
  it('ignores overlays outside the box, and one that would leave a sliver', () => {
    expect(freeInsets(400, 400, [{ left: 0, top: 420, right: 400, bottom: 500 }])).toEqual({ top: 8, right: 8, bottom: 8, left: 8 });
    // An open sheet over 70% of the map: framing around it would leave 30%.
    expect(freeInsets(400, 400, [{ left: 0, top: 120, right: 400, bottom: 400 }])).toEqual({ top: 8, right: 8, bottom: 8, left: 8 });
  });
  it('says whether a rectangle lies in the free area', () => {
    const i = { top: 100, right: 10, bottom: 10, left: 10 };
    expect(insideFree({ left: 20, top: 120, right: 60, bottom: 140 }, 400, 400, i)).toBe(true);
    expect(insideFree({ left: 20, top: 80, right: 60, bottom: 140 }, 400, 400, i)).toBe(false);
  });
});

describe('framePadding', () => {
  const over = { top: 160, right: 248, bottom: 64, left: 236 };
  it('frames a region into the free area where it fits there', () => {
    expect(framePadding(regionTarget('africa'), 1600, 900, over)).toEqual(over);
  });
  it('falls back to the fit’s padding where the region would not fit at a scale the map can show, and for the world', () => {
    expect(framePadding(regionTarget('africa'), 700, 276, over)).toEqual({ top: 8, right: 8, bottom: 8, left: 8 });
    expect(framePadding(regionTarget('world'), 1600, 900, over)).toEqual({ top: 8, right: 8, bottom: 8, left: 8 });
  });
});

describe('revealing a selection', () => {
  const slv: Bounds = [-90.1, 13.2, -87.7, 14.4];
  const pad = { top: 8, right: 8, bottom: 8, left: 8 };
  it('moves to a small country at world scale, not to one drawn big enough', () => {
    expect(drawnUnder(slv, regionTarget('world'), 880, 425, pad).px).toBeLessThan(MIN_DRAWN_PX);
    expect(revealNeeded(slv, regionTarget('world'), 880, 425, pad, false)).toBe(true);
    const framed = subjectTarget(slv);
    const d = drawnUnder(slv, framed, 880, 425, pad);
    expect(d.px).toBeGreaterThanOrEqual(MIN_DRAWN_PX);
    expect(d.inside).toBe(true);
    expect(revealNeeded(slv, framed, 880, 425, pad, false)).toBe(false);
  });
  it('moves to a country out of the frame, and never when the reader moved the map', () => {
    const angola: Bounds = [11.7, -18, 24.1, -4.4];
    expect(drawnUnder(angola, regionTarget('central-america'), 880, 425, pad).inside).toBe(false);
    expect(revealNeeded(angola, regionTarget('central-america'), 880, 425, pad, false)).toBe(true);
    expect(revealNeeded(slv, regionTarget('world'), 880, 425, pad, true)).toBe(false);
  });
  it('agrees with the SVG map’s fit on how wide the country comes out, under the ceiling or not', () => {
    for (const [w, h] of [[880, 425], [1920, 960], [390, 420]] as const) {
    const fit = fitMercator(w, h);
    const t = subjectTarget(slv);
    const v = frameBounds(fit, [[t.bounds[0], t.bounds[1]], [t.bounds[2], t.bounds[3]]], pad, ceilingExtent(fit, t.maxZoom));
    expect(v.k * fit.k * mercSize(slv)[0]).toBeCloseTo(drawnUnder(slv, t, w, h, pad).px, 3);
    }
  });
  it('stops at the ceiling: a tiny island is not blown up to fill the screen', () => {
    const islet: Bounds = [134.5, 7.3, 134.7, 7.7];
    const px = drawnUnder(islet, subjectTarget(islet), 1920, 960, pad).px;
    // 0.2° at zoom MAX_FRAME_ZOOM: 512 × 2^6.5 px round the world.
    expect(px).toBeCloseTo((0.2 / 360) * 512 * 2 ** MAX_FRAME_ZOOM, 6);
  });
});

describe('the regions frame their countries', () => {
  /** A point of each country the region is cut for (the story's and its neighbours'). */
  const places: Record<Exclude<Region, 'world'>, [string, number, number][]> = {
    americas: [['Tijuana', -117.0, 32.5], ['Havana', -82.4, 23.1], ['Barbados', -59.5, 13.1], ['Cape Horn', -67.3, -55.9], ['Recife', -34.9, -8.1], ['Los Angeles', -118.2, 34.1], ['Maine', -69, 45]],
    'central-america': [['Tijuana', -117.0, 32.5], ['Panama', -79.5, 8.9], ['Dominica', -61.4, 15.4], ['Barbados', -59.5, 13.1], ['Trinidad', -61.3, 10.4], ['Nassau', -77.3, 25.0]],
    africa: [['Tangier', -5.8, 35.8], ['Dakar', -17.4, 14.7], ['Cape Town', 18.4, -33.9], ['Eswatini', 31.5, -26.5], ['Somalia', 51.2, 11.8], ['Madagascar', 49.3, -12]],
    europe: [['Kosovo', 20.9, 42.6], ['Moldova', 28.4, 47.0], ['Lisbon', -9.1, 38.7], ['Iceland', -18, 64.9]],
    asia: [['Bhutan', 90.4, 27.5], ['Uzbekistan', 64.6, 41.4], ['Tokyo', 139.7, 35.7], ['Jakarta', 106.8, -6.2]],
    oceania: [['Palau', 134.6, 7.5], ['Sydney', 151.2, -33.9], ['Fiji', 178.1, -17.7], ['Auckland', 174.8, -36.8]],
  };
  it('holds every place inside its region’s bounds', () => {
    for (const [r, list] of Object.entries(places) as [Exclude<Region, 'world'>, [string, number, number][]][]) {
      const [w, s, e, n] = REGION_BOUNDS[r];
      for (const [name, lng, lat] of list) expect(lng >= w && lng <= e && lat >= s && lat <= n, `${name} in ${r}`).toBe(true);
    }
  });
  it('leaves the Arctic out of the Americas', () => {
    expect(REGION_BOUNDS.americas[3]).toBeLessThanOrEqual(55);
  });
  it('draws every place in the free area at 16:9 (presentation) and on a phone, the region filling a good share of it', () => {
    // Presentation at 1920×1080: the caption across the top, the legend in the bottom left; a phone's map: 390×420.
    const screens = [
      { w: 1920, h: 960, overlays: [{ left: 560, top: 20, right: 1360, bottom: 170 }, { left: 12, top: 640, right: 300, bottom: 950 }] },
      { w: 390, h: 420, overlays: [] },
    ];
    for (const { w, h, overlays } of screens) {
      const fit = fitMercator(w, h);
      const insets = freeInsets(w, h, overlays);
      for (const r of REGIONS) {
        if (r === 'world') continue;
        const t = regionTarget(r);
        const [bw, bs, be, bn] = t.bounds;
        const v = frameBounds(fit, [[bw, bs], [be, bn]], insets);
        const at = (lng: number, lat: number) => {
          const [mx, my] = mercator(lng, lat);
          return { x: v.k * (fit.x0 + fit.k * mx) + v.x, y: v.k * (fit.y0 - fit.k * my) + v.y };
        };
        for (const [name, lng, lat] of places[r]) {
          const p = at(lng, lat);
          expect(insideFree({ left: p.x, top: p.y, right: p.x, bottom: p.y }, w, h, insets), `${name} in ${r} at ${w}×${h}`).toBe(true);
        }
        // The region's bounds fill the free area in one direction at least (to the fit's rounding).
        const a = at(bw, bn);
        const b = at(be, bs);
        const share = Math.max((b.x - a.x) / (w - insets.left - insets.right), (b.y - a.y) / (h - insets.top - insets.bottom));
        expect(share, `${r} at ${w}×${h}`).toBeGreaterThan(0.98);
      }
    }
  });
});

describe('HandMoves', () => {
  it('tells once when the reader first moves the map, until the next frame clears it', () => {
    let told = 0;
    const hand = new HandMoves(() => told++);
    expect(hand.value).toBe(false);
    hand.mark();
    hand.mark();
    expect([hand.value, told]).toEqual([true, 1]);
    hand.clear();
    expect(hand.value).toBe(false);
    hand.mark();
    expect(told).toBe(2);
  });
});
