/**
 * The static first paint's map (staticMap.ts), carried from the static page into the live map's
 * box: src/main.tsx keeps it before React replaces the static page, MapView puts it in its box at
 * once (before the browser paints) and removes it once its renderer has drawn, so the box never
 * shows empty between the two (docs/ARCHITECTURE.md, "First paint").
 */
let kept: Element | null = null;

/** Keeps the static page's map (if it has one) for the map's box. */
export function keepFirstPaintMap(page: ParentNode): void {
  kept = page.querySelector('.map-snapshot');
}

/** The kept map, once: the first map box to ask gets it. */
export function takeFirstPaintMap(): Element | null {
  const k = kept;
  kept = null;
  return k;
}
