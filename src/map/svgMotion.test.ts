import { describe, expect, it } from 'vitest';
import { cornerBounds } from './mercator.ts';
import { fitMercator } from './svgGeometry.ts';
import { easeCubicInOut, invertView, pressEvent, touchView, wheelFactor, wheelView, zoomPath, type Anchor } from './svgMotion.ts';
import { acceptsGesture, constrainView, frameBounds, IDENTITY, sameView, ZOOM_EXTENT, zoomView, type View } from './svgZoom.ts';

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
