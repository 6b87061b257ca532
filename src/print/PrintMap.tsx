/**
 * Printing (docs/FEATURES.md, "Citing and printing"): loads the print stylesheet, prints the page in
 * the light theme's colours, lists the story's sources once as numbered notes (sourceNotes.ts), and
 * puts a picture of
 * the map in place of the WebGL map for the time of printing. A WebGL canvas may print blank, so on
 * `beforeprint` the download's map (src/export/mapScene.ts: the same statuses, selection and
 * language, in the light theme) is drawn as an inline SVG over it, and removed on `afterprint`. The
 * SVG map prints as it is drawn. `beforeprint` gives no time to load anything, so the code that draws
 * the picture is loaded once the page is idle, only where the WebGL map is shown.
 */
import { useEffect } from 'react';
import { useT } from '../i18n/useT.ts';
import type { BaseGeometry } from '../map/geometry.ts';
import { useModel } from '../model/model.ts';
import { useAppStore } from '../store/appStore.ts';
import { addSourceNotes } from './sourceNotes.ts';
import './print.css';

type Downloads = typeof import('../export/downloads.ts');

export function PrintMap({ geo }: { geo: BaseGeometry | null }) {
  const t = useT();
  const model = useModel();
  const store = useAppStore();

  // Paper is white: the page prints in the light theme's colours (the dark theme's light ink would
  // be near invisible), and takes the reader's theme back after.
  useEffect(() => {
    let was: string | undefined;
    const before = () => {
      const root = document.documentElement;
      if (root.dataset.theme !== 'dark') return;
      was = root.dataset.theme;
      root.dataset.theme = 'light';
      // The map's colours are the store's resolved theme (MapView recolours at once, outside React).
      store.getState().setResolvedTheme('light');
    };
    const after = () => {
      if (was !== undefined && document.documentElement.dataset.theme === 'light') {
        document.documentElement.dataset.theme = was;
        store.getState().setResolvedTheme('dark');
      }
      was = undefined;
    };
    return whilePrinting(before, after);
  }, [store]);

  // On paper each quote carries its source's number, and the sources are listed once after the story.
  useEffect(() => {
    let undo: (() => void) | null = null;
    const before = () => {
      const panel = document.querySelector<HTMLElement>('[data-testid="story-panel"]');
      if (panel && !undo) undo = addSourceNotes(panel, t.print.sources);
    };
    const after = () => {
      undo?.();
      undo = null;
    };
    return whilePrinting(before, after);
  }, [t]);

  useEffect(() => {
    // The projected world is the SVG map's: it prints as drawn.
    if (geo?.kind !== 'geojson') return;
    let code: Downloads | null = null;
    let picture: HTMLElement | null = null;
    const load = () => void import('../export/downloads.ts').then((m) => { code = m; }, () => undefined);
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(load, { timeout: 10_000 }) : null;
    const timer = idle === null ? setTimeout(load, 3000) : null;

    const before = () => {
      const box = document.querySelector<HTMLElement>('.stage [data-testid="map"][data-renderer="webgl"]');
      if (!code || !box?.parentElement || picture) return;
      const s = store.getState();
      const el = document.createElement('div');
      el.className = 'print-map';
      el.setAttribute('role', 'img');
      el.setAttribute('aria-label', t.title);
      el.innerHTML = code.mapSvgMarkup(geo, { model, day: s.day, compare: s.compare, selected: s.country, theme: 'light', t, url: location.href.replace(/#.*$/, '') });
      box.parentElement.append(el);
      picture = el;
    };
    const after = () => {
      picture?.remove();
      picture = null;
    };
    const stop = whilePrinting(before, after);
    return () => {
      if (idle !== null) cancelIdleCallback(idle);
      if (timer !== null) clearTimeout(timer);
      stop();
    };
  }, [geo, model, store, t]);

  return null;
}

/** Runs `before` as printing starts and `after` when it ends; the returned function stops listening and runs `after`. */
function whilePrinting(before: () => void, after: () => void): () => void {
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  return () => {
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
    after();
  };
}
