/**
 * One store for the app's state (zustand, vanilla so the map can subscribe without React).
 * createAppStore is a factory, not a module singleton, so two embeds on a page get two stores.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createContext, useContext } from 'react';
import type { StatusIndex } from '../data/statusIndex.ts';
import { clampDay, playStart, stepDay, type Step } from '../timeline/timelineLogic.ts';
import type { Lang, Theme, UrlState, View } from './urlState.ts';
import type { ResolvedTheme } from '../color/palette.ts';

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
  /** The interface language in use (a catalogue in src/i18n/catalogues). */
  lang: Lang;
  /** Whether `lang` came from the URL (kept in links) or from the browser (not written). */
  langFromUrl: boolean;
  /** The theme asked for (URL `theme`), and what it resolves to with the system setting. */
  theme: Theme;
  resolvedTheme: ResolvedTheme;
  /** URL parameters this build does not act on yet, kept so a shared link keeps them. */
  passthrough: Omit<UrlState, 'date' | 'country' | 'view' | 'lang' | 'theme'>;
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
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
  /** Called by the theme module when the system's colour scheme (or `theme`) changes. */
  setResolvedTheme(theme: ResolvedTheme): void;
}

export interface StoreOptions {
  /** The language to use when the URL gives none (the browser's, if we ship it). */
  lang: Lang;
  /** Whether the system asks for a dark colour scheme. */
  prefersDark: boolean;
}

export function resolveTheme(theme: Theme, prefersDark: boolean): ResolvedTheme {
  return theme === 'auto' ? (prefersDark ? 'dark' : 'light') : theme;
}

export type AppStore = StoreApi<AppState & AppActions>;

export function createAppStore(
  index: StatusIndex,
  initial: UrlState,
  opts: StoreOptions = { lang: 'en', prefersDark: false },
): AppStore {
  return createStore<AppState & AppActions>()((set, get) => ({
    day: initial.date === null ? index.lastDay : clampDay(initial.date, index),
    country: initial.country,
    view: initial.view,
    playing: false,
    reading: null,
    lang: initial.lang ?? opts.lang,
    langFromUrl: initial.lang !== null,
    theme: initial.theme,
    resolvedTheme: resolveTheme(initial.theme, opts.prefersDark),
    passthrough: {
      embed: initial.embed, panel: initial.panel,
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
    setLang: (lang) => {
      if (lang !== get().lang || !get().langFromUrl) set({ lang, langFromUrl: true });
    },
    setTheme: (theme) => {
      if (theme !== get().theme) set({ theme });
    },
    setResolvedTheme: (resolvedTheme) => {
      if (resolvedTheme !== get().resolvedTheme) set({ resolvedTheme });
    },
  }));
}

export function toUrlState(s: AppState, latestDay: number): UrlState {
  return {
    ...s.passthrough,
    date: s.day === latestDay ? null : s.day,
    country: s.country,
    view: s.view,
    lang: s.langFromUrl ? s.lang : null,
    theme: s.theme,
  };
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
