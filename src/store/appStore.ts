/**
 * One store for the app's state (zustand, vanilla so the map can subscribe without React).
 * createAppStore is a factory, not a module singleton, so two embeds on a page get two stores.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createContext, useContext } from 'react';
import type { StatusIndex } from '../data/statusIndex.ts';
import { clampDay, playStart, stepDay, type Step } from '../timeline/timelineLogic.ts';
import { viewTraits, type View } from '../views/views.ts';
import { KEPT_PARAMS, type KeptParam, type Lang, type QueryParam, type Theme, type UrlState } from './urlState.ts';
import type { ResolvedTheme } from '../color/palette.ts';
import type { Region } from '../data/regions.ts';

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
  /** The region the map frames (URL `region`); a reader's own pan and zoom leave it as it was. */
  region: Region;
  /** The theme asked for (URL `theme`), and what it resolves to with the system setting. */
  theme: Theme;
  resolvedTheme: ResolvedTheme;
  /** URL parameters this build does not act on yet (codecs marked `kept`), so a shared link keeps them. */
  passthrough: Pick<UrlState, KeptParam>;
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
  setRegion(region: Region): void;
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
    region: initial.region,
    resolvedTheme: resolveTheme(initial.theme, opts.prefersDark),
    passthrough: Object.fromEntries(KEPT_PARAMS.map((k) => [k, initial[k]])) as Pick<UrlState, KeptParam>,
    setDay: (day) => {
      const d = clampDay(day, index);
      if (d !== get().day) set({ day: d });
    },
    step: (step) => set({ day: stepDay(get().day, step, index), playing: false }),
    setCountry: (country) => {
      if (country !== get().country) set({ country });
    },
    // A view without the timeline (About) stops playback rather than let it run on unseen.
    setView: (view) => set(viewTraits(view).timeline ? { view } : { view, playing: false }),
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
    setRegion: (region) => {
      if (region !== get().region) set({ region });
    },
    setResolvedTheme: (resolvedTheme) => {
      if (resolvedTheme !== get().resolvedTheme) set({ resolvedTheme });
    },
  }));
}

/**
 * How each URL parameter the app acts on is read off the store (the kept ones come from
 * `passthrough`). A Record over the parameters: a new one without a binding fails to compile.
 */
const URL_BINDINGS: { [K in Exclude<QueryParam, KeptParam>]: (s: AppState, latestDay: number) => UrlState[K] } = {
  date: (s, latestDay) => (s.day === latestDay ? null : s.day),
  country: (s) => s.country,
  view: (s) => s.view,
  lang: (s) => (s.langFromUrl ? s.lang : null),
  theme: (s) => s.theme,
  region: (s) => s.region,
};

/** The store as URL state (what the address bar and a shared link hold). */
export function toUrlState(s: AppState, latestDay: number): UrlState {
  const bound = Object.fromEntries(Object.entries(URL_BINDINGS).map(([k, read]) => [k, read(s, latestDay)]));
  return { ...s.passthrough, ...bound } as UrlState;
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
