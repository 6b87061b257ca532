/** A thin React shell around MapController: it mounts the map and forwards store changes. */
import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../store/appStore.ts';
import { useModel } from '../app/model.ts';
import type { BaseGeometry } from './geometry.ts';
import { MapController } from './MapController.ts';
import { Tooltip } from './Tooltip.tsx';

export interface HoverState {
  iso: string;
  x: number;
  y: number;
  /** Put the tooltip on the other side of the pointer, near the right or bottom edge. */
  flipX: boolean;
  flipY: boolean;
}

export function MapView({ geo, onUnavailable }: { geo: BaseGeometry; onUnavailable(): void }) {
  const container = useRef<HTMLDivElement>(null);
  const store = useAppStore();
  const { index } = useModel();
  const [hover, setHover] = useState<HoverState | null>(null);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let controller: MapController;
    try {
      controller = new MapController(el, geo, {
        onHover: (iso, p) =>
          setHover(iso && p ? { iso, ...p, flipX: p.x > el.clientWidth - 240, flipY: p.y > el.clientHeight - 110 } : null),
        onSelect: (iso) => store.getState().setCountry(iso),
      });
    } catch (e) {
      console.warn('map unavailable:', e);
      onUnavailable();
      return;
    }
    const s0 = store.getState();
    controller.setStatuses(index.allAt(s0.day));
    controller.setSelected(s0.country);
    void controller.ready.then(() => {
      el.setAttribute('data-map-ready', 'true');
      // Browser tests (navigator.webdriver) need to find countries on the canvas.
      if (navigator.webdriver) (window as unknown as { tcdmMap?: unknown }).tcdmMap = { project: (lng: number, lat: number) => controller.project(lng, lat) };
    });
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.day !== prev.day) controller.setStatuses(index.allAt(s.day));
      if (s.country !== prev.country) controller.setSelected(s.country);
    });
    const ro = new ResizeObserver(() => controller.resize());
    ro.observe(el);
    return () => {
      ro.disconnect();
      unsubscribe();
      controller.destroy();
    };
  }, [geo, index, store, onUnavailable]);

  return (
    <div className="map-wrap">
      <div ref={container} className="map" data-testid="map" />
      {hover && <Tooltip hover={hover} />}
    </div>
  );
}
