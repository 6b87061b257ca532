import { describe, expect, it } from 'vitest';
import { REGION_BOUNDS, REGIONS } from '../data/regions.ts';
import { cornerBounds } from './mercator.ts';
import { fitMercator, projectFit, type Fit } from './svgGeometry.ts';
import { acceptsGesture, carryView, constrainView, declinedGesture, frameBounds, IDENTITY, sameView, viewZoom, worldExtent, ZOOM_EXTENT, zoomView, type View } from './svgZoom.ts';

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
