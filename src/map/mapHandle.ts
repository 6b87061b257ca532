/**
 * How code outside the map reaches the map shown now (the page's keys, src/app/keyboard.ts):
 * MapView registers what it can do while a renderer is mounted, and unregisters it when it goes.
 * Nothing here knows about renderers or React, so it is tested on its own.
 */

/** How much one press of a zoom key or a zoom button zooms the map. */
export const ZOOM_STEP = 2;

/** What the page may ask of the map. */
export interface MapControls {
  /** Zooms by a factor about the view's centre (2: in, 0.5: out), eased unless the reader asked for less motion. */
  zoomBy(factor: number): void;
}

export class MapHandle {
  private current: MapControls | null = null;

  /** Makes `controls` the map's; the returned function takes them back (only if still current). */
  register(controls: MapControls): () => void {
    this.current = controls;
    return () => {
      if (this.current === controls) this.current = null;
    };
  }

  /** Whether a map is there to take requests. */
  get present(): boolean {
    return this.current !== null;
  }

  /** Zooms the map if there is one; says whether there was. */
  zoomBy(factor: number): boolean {
    if (!this.current) return false;
    this.current.zoomBy(factor);
    return true;
  }
}

/** The page's map (one per page: an embed is a page of its own, in its iframe). */
export const pageMap = new MapHandle();
