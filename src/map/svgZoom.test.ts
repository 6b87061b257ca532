import { describe, expect, it } from 'vitest';
import { REGION_BOUNDS, REGIONS } from '../data/regions.ts';
import { cornerBounds } from './mercator.ts';
import { fitMercator, projectFit, type Fit } from './svgGeometry.ts';
import {
  acceptsGesture,
  carryView,
  constrainView,
  declinedGesture,
  easeCubicInOut,
  frameBounds,
  IDENTITY,
  invertView,
  pressEvent,
  sameView,
  viewZoom,
  wheelFactor,
  wheelView,
  worldExtent,
  touchView,
  ZOOM_EXTENT,
  zoomPath,
  zoomView,
  type Anchor,
  type View,
} from './svgZoom.ts';

/** Where a longitude/latitude lands on screen under a fit and a view. */
const screen = (fit: Fit, v: View, lng: number, lat: number) => {
  const p = projectFit(fit, lng, lat);
  return { x: v.k * p.x + v.x, y: v.k * p.y + v.y };
};

/** The box shows nothing past the world's edges. */
const insideWorld = (fit: Fit, v: View) => {
  const [[x0, y0], [x1, y1]] = worldExtent(fit);
  return v.k * x0 + v.x <= 1e-6 && v.k * x1 + v.x >= fit.width - 1e-6 && v.k * y0 + v.y <= 1e-6 && v.k * y1 + v.y >= fit.height - 1e-6;
};

describe('frameBounds', () => {
  // The desktop map's box at 1280 × 720 (beside the story panel), and a phone's.
  const desktop = fitMercator(880, 413);
  const phone = fitMercator(390, 312);

  it('frames the world as the fit already shows it: the identity view', () => {
    for (const fit of [desktop, phone]) expect(sameView(frameBounds(fit, cornerBounds('world')), IDENTITY)).toBe(true);
  });

  it("fits Africa's bounds inside the box with the padding, centred, the tighter side touching it", () => {
    const [w, s, e, n] = REGION_BOUNDS.africa;
    const v = frameBounds(desktop, cornerBounds('africa'));
    const sw = screen(desktop, v, w, s);
    const ne = screen(desktop, v, e, n);
    // Taller than wide in this box: north and south touch the padding, east and west have room.
    expect(ne.y).toBeCloseTo(8, 6);
    expect(sw.y).toBeCloseTo(413 - 8, 6);
    expect(sw.x).toBeGreaterThan(8);
    expect(ne.x).toBeLessThan(880 - 8);
    expect((sw.x + ne.x) / 2).toBeCloseTo(440, 6);
    expect(v.k).toBeGreaterThan(1);
    // The North Cape (71° N) is far out of the box.
    expect(screen(desktop, v, 25.8, 71.2).y).toBeLessThan(-100);
  });

  it('frames every region on a phone and a desktop inside the world, zoomed in from the world', () => {
    for (const fit of [desktop, phone, fitMercator(1280, 720), fitMercator(600, 900)]) {
      for (const r of REGIONS) {
        const v = frameBounds(fit, cornerBounds(r));
        expect(v.k, r).toBeGreaterThanOrEqual(ZOOM_EXTENT[0]);
        expect(v.k, r).toBeLessThanOrEqual(ZOOM_EXTENT[1]);
        expect(insideWorld(fit, v), `${r} at ${fit.width}×${fit.height}`).toBe(true);
        // Every region is smaller than the world the fit shows (the Americas without the Arctic
        // too), so framing it zooms in.
        if (r !== 'world') expect(v.k, r).toBeGreaterThan(r === 'americas' ? 1.2 : 1.8);
      }
    }
  });

  it('clamps to the zoom extent: a tiny area is shown at 40×, centred', () => {
    const v = frameBounds(desktop, [[-89.1, 13.6], [-88.9, 13.8]]);
    expect(v.k).toBe(40);
    const c = screen(desktop, v, -89, 13.7);
    expect(c.x).toBeCloseTo(440, 0);
    expect(c.y).toBeCloseTo(206.5, 0);
  });

  it('keeps to the world where the bounds would look past its edge (Oceania reaches 180°)', () => {
    const v = frameBounds(desktop, cornerBounds('oceania'));
    expect(insideWorld(desktop, v)).toBe(true);
    // 180° is at or right of the box's right edge, never inside it with nothing beyond.
    expect(screen(desktop, v, 180, 0).x).toBeGreaterThanOrEqual(880 - 1e-6);
  });
});

describe('constrainView and zoomView', () => {
  const fit = fitMercator(880, 413);

  it('pulls a view dragged past the world back to its edge', () => {
    const v = constrainView({ k: 2, x: 500, y: 0 }, fit);
    expect(screen(fit, v, -180, 0).x).toBeCloseTo(0, 6);
    expect(insideWorld(fit, v)).toBe(true);
  });

  it('zooms about the box centre: the place there stays there', () => {
    const start = frameBounds(fit, cornerBounds('americas'));
    const inv = { x: (440 - start.x) / start.k, y: (206.5 - start.y) / start.k };
    const v = zoomView(fit, start, 2);
    expect(v.k).toBeCloseTo(start.k * 2, 9);
    expect(v.k * inv.x + v.x).toBeCloseTo(440, 6);
    expect(v.k * inv.y + v.y).toBeCloseTo(206.5, 6);
  });

  it('stops at 1× and 40×', () => {
    expect(zoomView(fit, IDENTITY, 0.5).k).toBe(1);
    expect(zoomView(fit, { k: 32, x: -10000, y: -5000 }, 4).k).toBe(40);
  });
});

describe('carryView', () => {
  it('keeps the place at the centre and the scale on screen when the box changes size', () => {
    const from = fitMercator(880, 413);
    const v = zoomView(from, frameBounds(from, cornerBounds('africa')), 2);
    const to = fitMercator(1000, 500);
    const w = carryView(from, v, to);
    // What was at the centre of the old box: found by inverting the old view.
    const c = screen(from, v, 20, 0);
    const c2 = screen(to, w, 20, 0);
    const d = screen(from, v, 21, 0).x - c.x;
    const d2 = screen(to, w, 21, 0).x - c2.x;
    expect(d2).toBeCloseTo(d, 6);
    expect(c2.x - 500).toBeCloseTo(c.x - 440, 6);
    expect(c2.y - 250).toBeCloseTo(c.y - 206.5, 6);
  });

  it('reports the zoom MapLibre would show', () => {
    const fit = fitMercator(880, 413);
    expect(viewZoom(fit, { k: 4, x: 0, y: 0 })).toBeCloseTo(fit.zoom + 2, 9);
  });
});

describe('gestures', () => {
  it('takes everything but secondary buttons and Ctrl+click on the page’s own map', () => {
    expect(acceptsGesture('all', { type: 'wheel' })).toBe(true);
    expect(acceptsGesture('all', { type: 'wheel', ctrlKey: true })).toBe(true);
    expect(acceptsGesture('all', { type: 'mousedown', button: 0 })).toBe(true);
    expect(acceptsGesture('all', { type: 'mousedown', button: 2 })).toBe(false);
    expect(acceptsGesture('all', { type: 'mousedown', button: 0, ctrlKey: true })).toBe(false);
    expect(acceptsGesture('all', { type: 'touchstart', touches: { length: 1 } })).toBe(true);
    expect(declinedGesture('all', { type: 'wheel' })).toBeNull();
  });

  it('leaves a plain wheel and one finger to the page when cooperative, and says how to move the map', () => {
    expect(acceptsGesture('cooperative', { type: 'wheel' })).toBe(false);
    expect(acceptsGesture('cooperative', { type: 'wheel', ctrlKey: true })).toBe(true);
    expect(acceptsGesture('cooperative', { type: 'wheel', metaKey: true })).toBe(true);
    expect(acceptsGesture('cooperative', { type: 'touchstart', touches: { length: 1 } })).toBe(false);
    expect(acceptsGesture('cooperative', { type: 'touchstart', touches: { length: 2 } })).toBe(true);
    expect(acceptsGesture('cooperative', { type: 'mousedown', button: 0 })).toBe(true);
    expect(acceptsGesture('cooperative', { type: 'dblclick', button: 0 })).toBe(true);
    expect(declinedGesture('cooperative', { type: 'wheel' })).toBe('wheel');
    expect(declinedGesture('cooperative', { type: 'wheel', metaKey: true })).toBeNull();
    expect(declinedGesture('cooperative', { type: 'touchmove', touches: { length: 1 } })).toBe('touch');
    expect(declinedGesture('cooperative', { type: 'touchmove', touches: { length: 2 } })).toBeNull();
  });
});

describe('the first gesture before the gesture module loads', () => {
  const fit = fitMercator(880, 413);
  const drawnUnder = (v: View, p: { x: number; y: number }) => ({ x: (p.x - v.x) / v.k, y: (p.y - v.y) / v.k });

  it("zooms by d3-zoom's wheel step: a notch of 100 px in by 2^0.2, a line 2^0.05 per line, Ctrl (a trackpad pinch) ten times faster", () => {
    expect(wheelFactor({ deltaY: -100, deltaMode: 0, ctrlKey: false })).toBeCloseTo(2 ** 0.2, 12);
    expect(wheelFactor({ deltaY: 100, deltaMode: 0, ctrlKey: false })).toBeCloseTo(2 ** -0.2, 12);
    expect(wheelFactor({ deltaY: -3, deltaMode: 1, ctrlKey: false })).toBeCloseTo(2 ** 0.15, 12);
    expect(wheelFactor({ deltaY: -10, deltaMode: 0, ctrlKey: true })).toBeCloseTo(2 ** 0.2, 12);
  });

  it('a wheel step in keeps the place under the pointer under it and stays in the world', () => {
    const about = { x: 600, y: 150 };
    const v = wheelView(fit, IDENTITY, { deltaY: -100, deltaMode: 0, ctrlKey: false }, about);
    expect(v).not.toBeNull();
    expect((v as View).k).toBeCloseTo(2 ** 0.2, 12);
    const before = drawnUnder(IDENTITY, about);
    const after = drawnUnder(v as View, about);
    expect(after.x).toBeCloseTo(before.x, 6);
    expect(after.y).toBeCloseTo(before.y, 6);
    expect(sameView(constrainView(v as View, fit), v as View)).toBe(true);
  });

  it('a wheel step past the limits does nothing (null), as d3-zoom does', () => {
    expect(wheelView(fit, IDENTITY, { deltaY: 100, deltaMode: 0, ctrlKey: false }, { x: 10, y: 10 })).toBeNull();
    const top = { k: ZOOM_EXTENT[1], x: -1000, y: -500 };
    expect(wheelView(fit, top, { deltaY: -100, deltaMode: 0, ctrlKey: false }, { x: 10, y: 10 })).toBeNull();
    // Part of a step that would pass the limit still zooms to it.
    const near = constrainView({ k: ZOOM_EXTENT[1] * 0.95, x: -1000, y: -500 }, fit);
    expect(wheelView(fit, near, { deltaY: -100, deltaMode: 0, ctrlKey: false }, { x: 10, y: 10 })?.k).toBe(ZOOM_EXTENT[1]);
  });

  /** A pointer that went down at `from` under view `v` and is now at `to`. */
  const anchor = (v: View, from: { x: number; y: number }, to: { x: number; y: number }): Anchor => ({ p: to, l: invertView(v, from) });

  it('a drag moves the view by the pointer, held inside the world', () => {
    const zoomed = zoomView(fit, IDENTITY, 4);
    const moved = touchView(fit, zoomed, [anchor(zoomed, { x: 400, y: 200 }, { x: 430, y: 180 })]);
    expect(moved.k).toBe(zoomed.k);
    expect(moved.x).toBeCloseTo(zoomed.x + 30, 9);
    expect(moved.y).toBeCloseTo(zoomed.y - 20, 9);
    // The world view cannot be dragged sideways past its edges.
    const world = touchView(fit, IDENTITY, [anchor(IDENTITY, { x: 100, y: 100 }, { x: 600, y: 100 })]);
    expect(world.x).toBeCloseTo(IDENTITY.x, 9);
    expect(touchView(fit, zoomed, [])).toEqual(zoomed);
  });

  it('two fingers spread apart zoom by their spread about their midpoint, within the limits', () => {
    const v = zoomView(fit, IDENTITY, 2);
    const a = anchor(v, { x: 420, y: 200 }, { x: 380, y: 200 });
    const b = anchor(v, { x: 460, y: 200 }, { x: 500, y: 200 });
    const pinched = touchView(fit, v, [a, b]);
    expect(pinched.k).toBeCloseTo(v.k * 3, 9);
    // The drawn point that was midway between the fingers is still midway.
    const mid = invertView(pinched, { x: 440, y: 200 });
    const before = invertView(v, { x: 440, y: 200 });
    expect(mid.x).toBeCloseTo(before.x, 9);
    expect(mid.y).toBeCloseTo(before.y, 9);
    const far = touchView(fit, v, [anchor(v, { x: 439, y: 200 }, { x: 0, y: 200 }), anchor(v, { x: 441, y: 200 }, { x: 880, y: 200 })]);
    expect(far.k).toBe(ZOOM_EXTENT[1]);
  });

  it('a press is read as d3-zoom reads it: a mouse button, or a touch with its fingers', () => {
    const mouse = pressEvent({ pointerType: 'mouse', button: 0, ctrlKey: false }, 0);
    expect(acceptsGesture('all', mouse)).toBe(true);
    expect(acceptsGesture('cooperative', mouse)).toBe(true);
    expect(acceptsGesture('all', pressEvent({ pointerType: 'mouse', button: 2, ctrlKey: false }, 0))).toBe(false);
    expect(acceptsGesture('all', pressEvent({ pointerType: 'mouse', button: 0, ctrlKey: true }, 0))).toBe(false);
    const oneFinger = pressEvent({ pointerType: 'touch', button: 0, ctrlKey: false }, 1);
    expect(acceptsGesture('all', oneFinger)).toBe(true);
    expect(acceptsGesture('cooperative', oneFinger)).toBe(false);
    expect(acceptsGesture('cooperative', pressEvent({ pointerType: 'touch', button: 0, ctrlKey: false }, 2))).toBe(true);
  });
});

describe('zoomPath: the eased move', () => {
  const fit = fitMercator(880, 413);
  const africa = frameBounds(fit, cornerBounds('africa'));

  it('starts at the view it leaves and ends exactly at the target', () => {
    const path = zoomPath(fit, IDENTITY, africa);
    expect(sameView(path(0), IDENTITY)).toBe(true);
    expect(path(1)).toBe(africa);
  });

  it('a zoom about the centre stays about the centre, its scale growing steadily (geometrically)', () => {
    const target = zoomView(fit, IDENTITY, 4);
    const path = zoomPath(fit, IDENTITY, target);
    const centre = { x: fit.width / 2, y: fit.height / 2 };
    const ks = [0.25, 0.5, 0.75].map((t) => path(t));
    for (const v of ks) {
      const c = invertView(v, centre);
      expect(c.x).toBeCloseTo(centre.x, 6);
      expect(c.y).toBeCloseTo(centre.y, 6);
    }
    expect(ks.map((v) => v.k).map((k) => +k.toFixed(9))).toEqual([2 ** 0.5, 2, 2 ** 1.5].map((k) => +k.toFixed(9)));
  });

  it('a long pan at one scale zooms out on the way (the smooth path), and eases in and out', () => {
    const from = frameBounds(fit, cornerBounds('africa'));
    const to = frameBounds(fit, cornerBounds('asia'));
    const mid = zoomPath(fit, from, to)(0.5);
    expect(mid.k).toBeLessThan(Math.min(from.k, to.k));
    expect(easeCubicInOut(0)).toBe(0);
    expect(easeCubicInOut(0.5)).toBe(0.5);
    expect(easeCubicInOut(1)).toBe(1);
    expect(easeCubicInOut(0.1)).toBeLessThan(0.1);
    expect(easeCubicInOut(0.9)).toBeGreaterThan(0.9);
  });
});
