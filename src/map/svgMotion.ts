/**
 * The SVG map's moves without d3, as pure arithmetic beside svgZoom.ts's views (and, unlike it,
 * only on the SVG map's path, not the page's first chunk): the first wheel step, drag or pinch
 * before the gesture module (svgGestures.ts, d3-zoom) has loaded, by d3-zoom's own rules, so a
 * first gesture over a freshly loaded map moves it; and the path of an eased move (frame/zoomBy),
 * the one d3-zoom's zoom.transform on a transition takes. No DOM, so it is unit-tested in Node.
 */
import type { Fit } from './mercator.ts';
import { constrainView, ZOOM_EXTENT, zoomView, type GestureEvent, type View } from './svgZoom.ts';

/** The parts of a wheel event d3-zoom's wheel step reads. */
export interface WheelStep {
  deltaY: number;
  deltaMode: number;
  ctrlKey: boolean;
}

/** The factor one wheel event zooms by: d3-zoom's default wheel delta (a pinch on a trackpad, Ctrl, is 10× faster). */
export function wheelFactor(e: WheelStep): number {
  return 2 ** (-e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * (e.ctrlKey ? 10 : 1));
}

/** The view after one wheel step about a point of the box, or null where the scale is at its limit (d3-zoom then does nothing). */
export function wheelView(fit: Fit, v: View, e: WheelStep, about: { x: number; y: number }): View | null {
  const k = Math.max(ZOOM_EXTENT[0], Math.min(ZOOM_EXTENT[1], v.k * wheelFactor(e)));
  if (k === v.k) return null;
  return zoomView(fit, v, k / v.k, about);
}

/** The drawn point under a point of the box in a view. */
export function invertView(v: View, p: { x: number; y: number }): { x: number; y: number } {
  return { x: (p.x - v.x) / v.k, y: (p.y - v.y) / v.k };
}

/** A pointer of a gesture: where it is in the box (`p`), and the drawn point it holds (`l`, under it when it went down). */
export interface Anchor {
  p: { x: number; y: number };
  l: { x: number; y: number };
}

/**
 * The view a drag or pinch makes, by d3-zoom's touch rules: one pointer keeps its drawn point
 * under it (a pan, at the view's scale); two scale the view by how far apart they are against how
 * far apart their drawn points are, and keep the midpoint of those under theirs. Held to the
 * limits and inside the world.
 */
export function touchView(fit: Fit, v: View, anchors: readonly Anchor[]): View {
  const [a, b] = anchors;
  if (!a) return v;
  if (!b) return constrainView({ k: v.k, x: a.p.x - v.k * a.l.x, y: a.p.y - v.k * a.l.y }, fit);
  const dp = Math.hypot(b.p.x - a.p.x, b.p.y - a.p.y);
  const dl = Math.hypot(b.l.x - a.l.x, b.l.y - a.l.y);
  const k = dl > 0 ? Math.max(ZOOM_EXTENT[0], Math.min(ZOOM_EXTENT[1], dp / dl)) : v.k;
  const p = { x: (a.p.x + b.p.x) / 2, y: (a.p.y + b.p.y) / 2 };
  const l = { x: (a.l.x + b.l.x) / 2, y: (a.l.y + b.l.y) / 2 };
  return constrainView({ k, x: p.x - k * l.x, y: p.y - k * l.y }, fit);
}

/** A pointer going down, as the gesture filter reads it: a touch with how many fingers are down, else a mouse (or pen) press. */
export function pressEvent(e: { pointerType: string; button: number; ctrlKey: boolean }, fingers: number): GestureEvent {
  return e.pointerType === 'touch' ? { type: 'touchstart', touches: { length: fingers } } : { type: 'mousedown', button: e.button, ctrlKey: e.ctrlKey };
}

/** d3-transition's default easing, cubic in and out (t from 0 to 1). */
export function easeCubicInOut(t: number): number {
  return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}

/**
 * The views an eased move passes through, from `a` to `b` (t from 0 to 1, before easing): the
 * smooth zoom and pan of van Wijk and Nuij (2003) about the box's centre, as d3-zoom's
 * zoom.transform on a transition makes it (d3-interpolate's interpolateZoom, ρ = √2), so an eased
 * move needs no d3 on the start path.
 */
export function zoomPath(fit: Fit, a: View, b: View): (t: number) => View {
  const cx = fit.width / 2;
  const cy = fit.height / 2;
  const w = Math.max(fit.width, fit.height);
  // The drawn point at the centre, and the width of the drawn world the box shows, at each end.
  const ux0 = (cx - a.x) / a.k;
  const uy0 = (cy - a.y) / a.k;
  const w0 = w / a.k;
  const ux1 = (cx - b.x) / b.k;
  const uy1 = (cy - b.y) / b.k;
  const w1 = w / b.k;
  const dx = ux1 - ux0;
  const dy = uy1 - uy0;
  const d2 = dx * dx + dy * dy;
  const rho = Math.SQRT2;
  const rho2 = 2;
  const rho4 = 4;
  let at: (t: number) => [number, number, number];
  if (d2 < 1e-12) {
    const S = Math.log(w1 / w0) / rho;
    at = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(rho * t * S)];
  } else {
    const d1 = Math.sqrt(d2);
    const b0 = (w1 * w1 - w0 * w0 + rho4 * d2) / (2 * w0 * rho2 * d1);
    const b1 = (w1 * w1 - w0 * w0 - rho4 * d2) / (2 * w1 * rho2 * d1);
    const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
    const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
    const S = (r1 - r0) / rho;
    at = (t) => {
      const s = t * S;
      const u = (w0 / (rho2 * d1)) * (Math.cosh(r0) * Math.tanh(rho * s + r0) - Math.sinh(r0));
      return [ux0 + u * dx, uy0 + u * dy, (w0 * Math.cosh(r0)) / Math.cosh(rho * s + r0)];
    };
  }
  return (t) => {
    if (t >= 1) return b;
    const [ux, uy, uw] = at(t);
    const k = w / uw;
    return { k, x: cx - ux * k, y: cy - uy * k };
  };
}
