/**
 * The app's own code at 100x the data, in the browser readers use (production React, the same
 * Chromium as the rest of the bench): the synthetic set of bench/synth.ts, the app's StatusIndex,
 * and its story panel (StoryPanel, inside the same providers src/main.tsx sets up) rendered into
 * a 400 px column styled by the app's own stylesheet. Results go to window.__scale for the bench
 * driver (bench/scale100x.ts).
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createModel, ModelContext } from '../../src/model/model.ts';
import { StatusIndex } from '../../src/data/statusIndex.ts';
import { en } from '../../src/i18n/langs.ts';
import { I18nContext } from '../../src/i18n/useT.ts';
import { panelEvents } from '../../src/story/quoteLogic.ts';
import { StoryPanel } from '../../src/story/StoryPanel.tsx';
import { createAppStore, StoreContext } from '../../src/store/appStore.ts';
import { DEFAULT_URL_STATE } from '../../src/store/urlState.ts';
import 'virtual:tcdm-palette.css';
import '../../src/styles.css';
import { BUSY, synthDataset, synthStats, type SynthStats } from '../synth.ts';

export interface Dist {
  median: number;
  p95: number;
  n: number;
}

export interface ScaleResult {
  data: SynthStats;
  /** Building the StatusIndex from every event (ms). */
  indexBuild: Dist;
  /** index.allAt(day): every country's status at a day, a different day on each call (ms per call). */
  allAt: Dist;
  /** panelEvents (the panel's event list) for the busy country and for no country (ms). */
  panelEventsBusy: Dist;
  panelEventsAll: Dist;
  /** StoryPanel for the busy country at the last day, mounted: React + DOM, then style and layout (ms). */
  panelBusyMount: Dist;
  panelBusyLayout: Dist;
  /** The busy country's panel after a date change, until its re-render has committed (ms): it waits for two frames and an idle moment (src/ui/useSettled.ts). */
  panelBusyUpdate: Dist;
  /** StoryPanel with no country selected (every event to the day, the app's default) at the last day. */
  panelAllMount: Dist;
  panelAllLayout: Dist;
  busyCards: number;
  allCards: number;
}

function dist(xs: number[]): Dist {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] as number;
  return { median: q(0.5), p95: q(0.95), n: s.length };
}

const idle = () => new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 2000 }));
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

async function run(): Promise<ScaleResult> {
  const dataset = synthDataset();
  const events = dataset.events;

  const indexBuild: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    new StatusIndex(events);
    indexBuild.push(performance.now() - t0);
  }

  const model = createModel(dataset);
  const { index } = model;
  // A different day on every call (allAt keeps only the last answer), in batches long enough for
  // the browser's coarse clock: the per-call time is each batch's mean.
  const span = index.lastDay - index.firstDay;
  const days = Array.from({ length: 400 }, (_, i) => index.firstDay + ((i * 7919) % (span + 1)));
  const allAt: number[] = [];
  for (let b = 0; b < 31; b++) {
    const t0 = performance.now();
    for (const d of days) index.allAt(d + (b % 2));
    allAt.push((performance.now() - t0) / days.length);
  }

  const timeIt = (f: () => void, n: number) =>
    Array.from({ length: n }, () => {
      const t0 = performance.now();
      f();
      return performance.now() - t0;
    });
  const panelEventsBusy = timeIt(() => panelEvents(events, index.lastDay, BUSY), 31);
  const panelEventsAll = timeIt(() => panelEvents(events, index.lastDay, null), 31);

  const column = document.createElement('div');
  column.style.cssText = 'position:absolute;left:0;top:0;width:400px;height:100%;overflow-y:auto';
  column.className = 'side';
  document.body.append(column);

  const tree = (store: ReturnType<typeof createAppStore>) => (
    <ModelContext.Provider value={model}>
      <StoreContext.Provider value={store}>
        <I18nContext.Provider value={en}>
          <StoryPanel />
        </I18nContext.Provider>
      </StoreContext.Provider>
    </ModelContext.Provider>
  );

  async function mount(country: string | null, reps: number) {
    const react: number[] = [];
    const layout: number[] = [];
    let cards = 0;
    for (let i = 0; i < reps; i++) {
      const store = createAppStore(index, { ...DEFAULT_URL_STATE, country }, { lang: 'en', prefersDark: false });
      const root = createRoot(column);
      const t0 = performance.now();
      flushSync(() => root.render(tree(store)));
      const t1 = performance.now();
      void column.offsetHeight; // style and layout of what was added
      const t2 = performance.now();
      react.push(t1 - t0);
      layout.push(t2 - t1);
      cards = column.querySelectorAll('article.event').length;
      root.unmount();
      await idle();
      await frame();
    }
    return { react, layout, cards };
  }

  const busy = await mount(BUSY, 9);

  // Date changes on a mounted busy panel: the panel follows once the change is painted (useSettled).
  const store = createAppStore(index, { ...DEFAULT_URL_STATE, country: BUSY }, { lang: 'en', prefersDark: false });
  const root = createRoot(column);
  flushSync(() => root.render(tree(store)));
  await idle();
  // Set before each step; the observer moves it to the step's last DOM change, and says the first came.
  let lastMutation: number;
  let changed: () => void = () => undefined;
  const mo = new MutationObserver(() => {
    lastMutation = performance.now();
    changed();
  });
  mo.observe(column, { subtree: true, childList: true, characterData: true, attributes: true });
  const update: number[] = [];
  for (let i = 0; i < 15; i++) {
    const d = index.firstDay + Math.round(((i * 0.37) % 1) * span);
    const first = new Promise<void>((resolve) => (changed = resolve));
    const t0 = performance.now();
    lastMutation = t0;
    store.getState().setDay(d === store.getState().day ? d + 1 : d);
    // The panel waits for the change to be painted (two frames, an idle moment), then renders.
    await Promise.race([first, new Promise((r) => setTimeout(r, 2000))]);
    await idle();
    update.push(lastMutation - t0);
    await frame();
  }
  mo.disconnect();
  root.unmount();
  await idle();

  const all = await mount(null, 3);
  return {
    data: synthStats(dataset),
    indexBuild: dist(indexBuild),
    allAt: dist(allAt),
    panelEventsBusy: dist(panelEventsBusy),
    panelEventsAll: dist(panelEventsAll),
    panelBusyMount: dist(busy.react),
    panelBusyLayout: dist(busy.layout),
    panelBusyUpdate: dist(update),
    panelAllMount: dist(all.react),
    panelAllLayout: dist(all.layout),
    busyCards: busy.cards,
    allCards: all.cards,
  };
}

declare global {
  interface Window {
    __scale?: Promise<ScaleResult>;
  }
}

window.__scale = run();
