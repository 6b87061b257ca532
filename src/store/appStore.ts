/**
 * One store for the app's state (zustand, vanilla so the map can subscribe without React).
 * createAppStore is a factory, not a module singleton, so two embeds on a page get two stores.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createContext, useContext } from 'react';
import type { StatusIndex } from '../data/statusIndex.ts';
import { clampDay, playStart, stepDay, type Step } from '../timeline/timelineLogic.ts';
import type { UrlState, View } from './urlState.ts';

export interface SourceReading {
  source: string;
  /** The quote to highlight, as [start, end) in the source's text. */
  at: [number, number] | null;
}

export interface AppState {
  day: number;
  country: string | null;
  view: View;
  playing: boolean;
  reading: SourceReading | null;
  /** URL parameters this build does not act on yet, kept so a shared link keeps them. */
  passthrough: Omit<UrlState, 'date' | 'country' | 'view'>;
}

export interface AppActions {
  setDay(day: number): void;
  step(step: Step): void;
  setCountry(country: string | null): void;
  setView(view: View): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  openSource(reading: SourceReading): void;
  closeSource(): void;
}

export type AppStore = StoreApi<AppState & AppActions>;

export function createAppStore(index: StatusIndex, initial: UrlState): AppStore {
  return createStore<AppState & AppActions>()((set, get) => ({
    day: initial.date === null ? index.lastDay : clampDay(initial.date, index),
    country: initial.country,
    view: initial.view,
    playing: false,
    reading: null,
    passthrough: {
      lang: initial.lang, theme: initial.theme, embed: initial.embed, panel: initial.panel,
      present: initial.present, step: initial.step, id: initial.id,
    },
    setDay: (day) => {
      const d = clampDay(day, index);
      if (d !== get().day) set({ day: d });
    },
    step: (step) => set({ day: stepDay(get().day, step, index), playing: false }),
    setCountry: (country) => {
      if (country !== get().country) set({ country });
    },
    // The About view has no timeline: playback stops rather than run on unseen.
    setView: (view) => set(view === 'about' ? { view, playing: false } : { view }),
    play: () => set({ playing: true, day: playStart(get().day, index) }),
    pause: () => set({ playing: false }),
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    openSource: (reading) => set({ reading }),
    closeSource: () => set({ reading: null }),
  }));
}

export function toUrlState(s: AppState, latestDay: number): UrlState {
  return { ...s.passthrough, date: s.day === latestDay ? null : s.day, country: s.country, view: s.view };
}

export const StoreContext = createContext<AppStore | null>(null);

export function useApp<T>(selector: (s: AppState & AppActions) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp outside StoreContext');
  return useStore(store, selector);
}

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore outside StoreContext');
  return store;
}
