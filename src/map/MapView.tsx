/**
 * A thin React shell around the map renderer (src/map/renderers.ts): it mounts whichever renderer
 * the browser can run and forwards store changes to it (the region framed on mount at once, then
 * eased on each change unless the reader asked for less motion), lends it to the page's keys
 * (src/map/mapHandle.ts) and draws the controls over it (MapControls). If a WebGL map dies (its
 * context lost for good), the SVG renderer takes its place in the same box with the same date,
 * selection, theme and region.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { useAppStore } from '../store/appStore.ts';
import { useModel } from '../model/model.ts';
import type { BaseGeometry } from './geometry.ts';
import type { StatusIndex } from '../data/statusIndex.ts';
import { MapControls } from './MapControls.tsx';
import { pageMap } from './mapHandle.ts';
import { reducedMotion } from './motion.ts';
import { patternedCountries } from './patterns.ts';
import { createRenderer } from './renderers.ts';
import { takeFirstPaintMap } from './firstPaint.ts';
import { mapLook } from './scene.ts';
import { staticMapSvg } from './staticMap.ts';
import type { FrameTarget, GestureHint, Insets, MapRenderer, RendererCallbacks, RendererKind, RendererPreference } from './types.ts';
import { countryBounds, freeInsets, regionTarget, revealNeeded, stepSubject, subjectBounds, subjectTarget, type Rect } from './framing.ts';
import { findStory } from '../data/stories.ts';
import type { AppState } from '../store/appStore.ts';
import { Tooltip, type HoverState } from './Tooltip.tsx';
import './map.css';
import { MODE_TRAITS, modeOf } from '../views/modes.ts';
import { changeSet } from '../compare/changes.ts';

/** How long the hint of a cooperative map stays up after the gesture it declined (ms). */
const HINT_MS = 1500;

/** What browser tests (navigator.webdriver) reach the map through. */
interface TestHook {
  kind: RendererKind;
  project(lng: number, lat: number): { x: number; y: number };
}

export function MapView({ geo, onUnavailable }: { geo: BaseGeometry; onUnavailable(): void }) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const store = useAppStore();
  const { index, dataset } = useModel();
  const [hover, setHover] = useState<HoverState | null>(null);
  const [hint, setHint] = useState<GestureHint | null>(null);
  const patterned = useMemo(() => patternedCountries(dataset.events), [dataset]);
  const eventsById = useMemo(() => new Map(dataset.events.map((e) => [e.id, e])), [dataset]);
  /** Whether the map shows its region as framed, or something else (a story step's countries, a selection, the reader's own view). */
  const [framing, setFraming] = useState<'region' | 'subject' | 'hand'>('region');
  /** The renderer drawing now, for the zoom buttons and keys. */
  const current = useRef<MapRenderer | null>(null);
  const zoomBy = useCallback((factor: number) => current.current?.zoomBy(factor, !reducedMotion()), []);
  /** Frames the store's region again (the "show all of the region" button). */
  const frameRegion = useRef<() => void>(() => {});

  useEffect(() => pageMap.register({ zoomBy }), [zoomBy]);

  // The static first paint's map stands in the box until the renderer has drawn (firstPaint.ts).
  const standIn = useRef<Element | null>(null);
  useLayoutEffect(() => {
    const snap = takeFirstPaintMap();
    if (snap && container.current) container.current.append(snap);
    standIn.current = snap;
  }, []);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let renderer: MapRenderer | null = null;
    let disposed = false;
    let hintTimer: ReturnType<typeof setTimeout> | undefined;

    /** The free area's insets: the overlays on the map (marked data-map-overlay) measured now. */
    const insets = (): Insets => {
      const box = el.getBoundingClientRect();
      const rects: Rect[] = [];
      for (const o of (el.closest('.stage') ?? el.parentElement ?? el).querySelectorAll('[data-map-overlay]')) {
        const r = o.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) rects.push({ left: r.left - box.left, top: r.top - box.top, right: r.right - box.left, bottom: r.bottom - box.top });
      }
      return freeInsets(box.width, box.height, rects);
    };
    /** Compare mode's unchanged countries, drawn quiet (none outside compare mode). */
    const quietOf = (s: AppState): readonly string[] | null => (s.compare === null ? null : changeSet(index, s.compare, s.day).unchanged);
    /** What the map was last told to frame (a selection is revealed against it). */
    let framed: FrameTarget = regionTarget('world');
    const frame = (r: MapRenderer, target: FrameTarget, animate: boolean, kind: 'region' | 'subject'): void => {
      framed = target;
      r.frame(target, animate);
      el.setAttribute('data-framing', kind);
      setFraming(kind);
    };
    /** A story step's countries (src/map/framing.ts), or none outside a story. */
    const subjectOf = (s: AppState): string[] => {
      const step = s.storyStep === null ? undefined : findStory(dataset, s.storyId ?? '')?.steps[s.storyStep - 1];
      return step ? stepSubject(step, eventsById) : [];
    };
    /** Frames what the store is about: the step's countries where it has some, else its region. */
    const frameStore = (r: MapRenderer, s: AppState, animate: boolean): void => {
      const b = subjectBounds(geo, subjectOf(s));
      if (b) frame(r, subjectTarget(b), animate, 'subject');
      else frame(r, regionTarget(s.region), animate, 'region');
    };
    /** Eases to a selected country drawn too small to see or out of the frame, unless the reader moved the map. */
    const reveal = (r: MapRenderer, iso: string | null, animate: boolean): void => {
      const b = iso ? countryBounds(geo, iso) : null;
      if (b && revealNeeded(b, framed, el.clientWidth, el.clientHeight, insets(), r.movedByHand)) frame(r, subjectTarget(b), animate, 'subject');
    };
    frameRegion.current = () => {
      if (renderer) frame(renderer, regionTarget(store.getState().region), !reducedMotion(), 'region');
    };

    const callbacks: RendererCallbacks = {
      onHover: (iso, p) =>
        setHover(iso && p ? { iso, ...p, flipX: p.x > el.clientWidth - 240, flipY: p.y > el.clientHeight - 110 } : null),
      onSelect: (iso) => store.getState().setCountry(iso),
      onHandMove: () => {
        el.setAttribute('data-framing', 'hand');
        setFraming('hand');
      },
      onGestureHint: (h) => {
        setHint(h);
        clearTimeout(hintTimer);
        hintTimer = setTimeout(() => setHint(null), HINT_MS);
      },
      onLost: () => {
        console.warn('map: the WebGL context was lost and not restored; drawing SVG');
        const dead = renderer;
        renderer = null;
        current.current = null;
        el.removeAttribute('data-map-ready');
        setHover(null);
        dead?.destroy();
        void mount('svg');
      },
    };

    async function mount(prefer?: RendererPreference): Promise<void> {
      let r: MapRenderer;
      try {
        // Inside someone else's page (an embed) the map leaves the wheel and one finger to the page.
        r = await createRenderer(el as HTMLDivElement, geo, callbacks, { theme: store.getState().resolvedTheme, patterned, gestures: MODE_TRAITS[modeOf(store.getState())].cooperativeGestures ? 'cooperative' : 'all', insets }, prefer);
      } catch (e) {
        console.warn('map unavailable:', e);
        standIn.current?.remove();
        if (!disposed) onUnavailable();
        return;
      }
      if (disposed) {
        r.destroy();
        return;
      }
      renderer = r;
      current.current = r;
      const s = store.getState();
      r.setTheme(s.resolvedTheme);
      r.setStatuses(index.allAt(s.day));
      r.setSelected(s.country);
      r.setHighlighted(s.highlight);
      r.setQuiet(quietOf(s));
      frameStore(r, s, false);
      reveal(r, s.country, false);
      (el as HTMLDivElement).setAttribute('data-renderer', r.kind);
      await r.ready;
      if (renderer !== r) return;
      standIn.current?.remove();
      standIn.current = null;
      (el as HTMLDivElement).setAttribute('data-map-ready', 'true');
      // Browser tests need to find countries on the map.
      if (navigator.webdriver) {
        const hook: TestHook = { kind: r.kind, project: (lng, lat) => r.project(lng, lat) };
        (window as unknown as { tcdmMap?: TestHook }).tcdmMap = hook;
      }
    }
    void mount();

    const unsubscribe = store.subscribe((s, prev) => {
      if (!renderer) return;
      if (s.day !== prev.day) renderer.setStatuses(index.allAt(s.day));
      if (s.country !== prev.country) renderer.setSelected(s.country);
      if (s.resolvedTheme !== prev.resolvedTheme) renderer.setTheme(s.resolvedTheme);
      if (s.highlight !== prev.highlight) renderer.setHighlighted(s.highlight);
      if (s.compare !== prev.compare || (s.compare !== null && s.day !== prev.day)) renderer.setQuiet(quietOf(s));
      // A new step frames its countries; a new region, the region; a new selection is revealed if need be.
      if (s.storyStep !== null && (s.storyStep !== prev.storyStep || s.storyId !== prev.storyId)) frameStore(renderer, s, !reducedMotion());
      else if (s.region !== prev.region) frame(renderer, regionTarget(s.region), !reducedMotion(), 'region');
      else if (s.country !== prev.country) reveal(renderer, s.country, !reducedMotion());
    });
    const ro = new ResizeObserver(() => renderer?.resize());
    ro.observe(el);
    return () => {
      disposed = true;
      clearTimeout(hintTimer);
      ro.disconnect();
      unsubscribe();
      renderer?.destroy();
      renderer = null;
      current.current = null;
      el.removeAttribute('data-map-ready');
      el.removeAttribute('data-renderer');
    };
  }, [geo, index, patterned, store, onUnavailable, dataset, eventsById]);

  return (
    <div className="map-wrap">
      <div ref={container} className="map" data-testid="map" {...firstPaint(geo, () => index.allAt(store.getState().day))} />
      {hover && <Tooltip hover={hover} />}
      <MapControls zoomBy={zoomBy} framed={framing === 'region'} onFrameRegion={() => frameRegion.current()} />
      {hint && (
        // Said by the map's look to a reader using a wheel or a finger; nothing for a screen reader.
        <p className="map-hint" aria-hidden="true">
          {hint === 'touch' ? t.zoom.hintTouch : /Mac|iPhone|iPad/.test(navigator.platform) ? t.zoom.hintWheelMac : t.zoom.hintWheel}
        </p>
      )}
      <p className="map-attribution">{t.mapCredit}</p>
    </div>
  );
}

/**
 * The box's content is never React's: at build time (server rendering, src/snapshot/render.tsx) it
 * is the static map of the first paint, in the browser the renderer's (and the first paint's map,
 * kept there until the renderer has drawn). Hydrating the first paint, React leaves it as it is;
 * rendering afresh, it starts empty. (The bundler drops the server's branch from the page's code.)
 */
function firstPaint(geo: BaseGeometry, statuses: () => ReturnType<StatusIndex['allAt']>): { dangerouslySetInnerHTML: { __html: string } } {
  if (!import.meta.env.SSR || geo.kind !== 'projected') return { dangerouslySetInnerHTML: { __html: '' } };
  return { dangerouslySetInnerHTML: { __html: staticMapSvg(geo, statuses(), mapLook('light', { idPrefix: 'tcdm-first-' })) } };
}
