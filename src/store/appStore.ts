/**
 * One store for the app's state (zustand, vanilla so the map can subscribe without React).
 * createAppStore is a factory, not a module singleton, so two embeds on a page get two stores.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createContext, useContext } from 'react';
import type { StatusIndex } from '../data/statusIndex.ts';
import { clampDay, playStart, stepDay, type Step } from '../timeline/timelineLogic.ts';
import { viewTraits, type View } from '../views/views.ts';
import { type Lang, type QueryParam, type Theme, type UrlState } from './urlState.ts';
import type { ResolvedTheme } from '../color/palette.ts';
import type { Region } from '../data/regions.ts';
import type { Story } from '../data/types.ts';
import type { TableSort } from '../table/tableSort.ts';
import { DEFAULT_SPEED, type PlaySpeed } from '../timeline/playback.ts';

interface SourceReading {
  source: string;
  /** The quote to highlight, as [start, end) in the source's text. */
  at: [number, number] | null;
}

export interface AppState {
  day: number;
  /**
   * Compare mode (URL `compare`, src/compare/changes.ts): an earlier day A, always before `day`
   * (B), or null when off. The map, legend, table and story panel then show what changed from A to B.
   */
  compare: number | null;
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
  /** Presentation mode (URL `present`): the map fills the screen in type the back of a room can read. */
  present: boolean;
  /** This window is the presenter's view of a talk (URL `remote`), joined to its audience window by `session`. */
  remote: boolean;
  session: string | null;
  /** The story in use: the URL's (`story`), else the data's first; null when the data has none. */
  storyId: string | null;
  /** The current step of that story (1-based, URL `step`), or null when not following it. */
  storyStep: number | null;
  /** How many steps the story has (0 without one). */
  storyStepCount: number;
  /** Playback's pace, in months of calendar time per second. */
  speed: PlaySpeed;
  /** Embed mode (URL `embed`): the map inside someone else's page; `panel` shows the story panel there; `embedId` is the embedder's name for it. */
  embed: boolean;
  panel: boolean;
  embedId: string | null;
  /**
   * Countries the reader is pointing at outside the map (a legend entry or a table row hovered or
   * focused): the map highlights them. Never in the URL; empty when none.
   */
  highlight: readonly string[];
  /** The table's order (URL `sort`): a column, "-" before it for descending. */
  sort: TableSort;
}

export interface AppActions {
  /** Moves B (clamped to the timeline, and after A in compare mode: B never passes A). */
  setDay(day: number): void;
  /** Turns compare mode on at day A (clamped to the timeline's start and before B), or off (null). */
  setCompare(day: number | null): void;
  step(step: Step): void;
  setCountry(country: string | null): void;
  /** The countries a legend entry or table row points at (empty: none). */
  setHighlight(isos: readonly string[]): void;
  setView(view: View): void;
  /** Orders the table (and the statuses download) by a column. */
  setSort(sort: TableSort): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  openSource(reading: SourceReading): void;
  closeSource(): void;
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
  setRegion(region: Region): void;
  setPresent(present: boolean): void;
  /** Opens step `n` of the story (clamped to its steps): its date, country and region. */
  goToStep(n: number, keepPlaying?: boolean): void;
  /** The next (+1) or previous (-1) step; from outside the story, +1 opens the first. */
  moveStep(delta: 1 | -1): void;
  setSpeed(speed: PlaySpeed): void;
  /** Puts the store where a URL says (the browser's Back and Forward). */
  applyUrl(url: UrlState, given: ReadonlySet<QueryParam>): void;
  /** Joins this window to a talk (the presenter view or its audience). */
  setSession(session: string): void;
  /** Called by the theme module when the system's colour scheme (or `theme`) changes. */
  setResolvedTheme(theme: ResolvedTheme): void;
}

export interface StoreOptions {
  /** The language to use when the URL gives none (the browser's, if we ship it). */
  lang: Lang;
  /** Whether the system asks for a dark colour scheme. */
  prefersDark: boolean;
  /** The data's stories. */
  stories?: readonly Story[];
  /** The parameters the URL gave (a step's own date, country and region yield to them). */
  given?: ReadonlySet<QueryParam>;
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
  const stories = opts.stories ?? [];
  const story = stories.find((s) => s.id === initial.story) ?? stories[0] ?? null;
  /** What step `n` of the story sets, or null when there is no such step. */
  const stepState = (n: number): (Pick<AppState, 'storyStep' | 'day' | 'country'> & Partial<Pick<AppState, 'region'>>) | null => {
    const st = story?.steps[n - 1];
    if (!st) return null;
    return { storyStep: n, day: clampDay(st.day, index), country: st.country ?? null, ...(st.region ? { region: st.region } : {}) };
  };
  /** What a URL says, as store fields: a step's values first, then whatever the URL gives on top of them. */
  const fromUrl = (u: UrlState, given: ReadonlySet<QueryParam>) => {
    const atStep = u.step === null ? null : stepState(u.step);
    const day = given.has('date') || !atStep ? (u.date === null ? index.lastDay : clampDay(u.date, index)) : atStep.day;
    return {
      day,
      // A step's own date may come before the link's compare day: then there is nothing to compare.
      compare: u.compare !== null && u.compare >= index.firstDay && u.compare < day ? u.compare : null,
      country: given.has('country') || !atStep ? u.country : atStep.country,
      region: given.has('region') || !atStep?.region ? u.region : atStep.region,
      storyStep: atStep ? atStep.storyStep : null,
      view: u.view,
      theme: u.theme,
      present: u.present,
      remote: u.remote,
      session: u.session,
      embed: u.embed,
      panel: u.panel,
      embedId: u.id,
      sort: u.sort,
    };
  };
  return createStore<AppState & AppActions>()((set, get) => ({
    ...fromUrl(initial, opts.given ?? new Set<QueryParam>()),
    playing: false,
    reading: null,
    lang: initial.lang ?? opts.lang,
    langFromUrl: initial.lang !== null,
    resolvedTheme: resolveTheme(initial.theme, opts.prefersDark),
    storyId: story?.id ?? null,
    storyStepCount: story?.steps.length ?? 0,
    speed: DEFAULT_SPEED,
    highlight: [],
    setDay: (day) => {
      const d = afterCompare(clampDay(day, index), get().compare);
      if (d !== get().day) set({ day: d });
    },
    setCompare: (day) => {
      const { day: b, compare } = get();
      const a = day === null || b <= index.firstDay ? null : Math.min(clampDay(day, index), b - 1);
      if (a !== compare) set({ compare: a });
    },
    step: (step) => set({ day: afterCompare(stepDay(get().day, step, index), get().compare), playing: false }),
    setCountry: (country) => {
      if (country !== get().country) set({ country });
    },
    setHighlight: (isos) => {
      const now = get().highlight;
      if (isos.length !== now.length || isos.some((iso, i) => iso !== now[i])) set({ highlight: [...isos] });
    },
    setSort: (sort) => {
      if (sort !== get().sort) set({ sort });
    },
    // A view without the timeline (About) stops playback rather than let it run on unseen. The
    // legend or row that pointed at countries goes with the view (it never says it has left).
    setView: (view) => set(viewTraits(view).timeline ? { view, highlight: [] } : { view, playing: false, highlight: [] }),
    play: () => {
      const s = get();
      // A story plays step by step (from the first again once it has ended); the timeline from where it is.
      if (s.present && s.storyStep !== null) {
        if (s.storyStep >= s.storyStepCount) s.goToStep(1);
        set({ playing: true });
      } else set({ playing: true, day: afterCompare(playStart(s.day, index), s.compare) });
    },
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
    setPresent: (present) => {
      if (present !== get().present) set({ present });
    },
    goToStep: (n, keepPlaying = false) => {
      const count = story?.steps.length ?? 0;
      const next = stepState(Math.min(Math.max(1, Math.round(n)), count));
      // A step at or before the compare day leaves compare mode (B never passes A).
      const compare = get().compare;
      const off = next && compare !== null && next.day <= compare ? { compare: null } : {};
      if (next) set(keepPlaying ? { ...next, ...off } : { ...next, ...off, playing: false });
    },
    moveStep: (delta) => {
      const { storyStep } = get();
      get().goToStep(storyStep === null ? 1 : storyStep + delta);
    },
    setSpeed: (speed) => set({ speed }),
    applyUrl: (u, given) => set({ ...fromUrl(u, given), playing: false, ...(u.lang !== null ? { lang: u.lang, langFromUrl: true } : {}) }),
    setSession: (session) => set({ session }),
    setResolvedTheme: (resolvedTheme) => {
      if (resolvedTheme !== get().resolvedTheme) set({ resolvedTheme });
    },
  }));
}

/** In compare mode B stays after A: a day at or before A is moved to the day after it. */
function afterCompare(day: number, compare: number | null): number {
  return compare !== null && day <= compare ? compare + 1 : day;
}

export interface UrlContext {
  /** The timeline's last day (the default date, not written). */
  latestDay: number;
  /** How many stories the data has: `story` is written only when there is a choice. */
  storyCount: number;
  /** On a country page, its country: the default of `country` there (src/store/countryPage.ts). */
  pageCountry?: string | null;
}

/**
 * How each URL parameter is read off the store. A Record over the parameters: a new one without a
 * binding fails to compile.
 */
const URL_BINDINGS: { [K in QueryParam]: (s: AppState, ctx: UrlContext) => UrlState[K] } = {
  date: (s, { latestDay }) => (s.day === latestDay ? null : s.day),
  compare: (s) => s.compare,
  country: (s) => s.country,
  view: (s) => s.view,
  lang: (s) => (s.langFromUrl ? s.lang : null),
  theme: (s) => s.theme,
  region: (s) => s.region,
  present: (s) => s.present,
  story: (s, { storyCount }) => (storyCount > 1 ? s.storyId : null),
  step: (s) => s.storyStep,
  remote: (s) => s.remote,
  session: (s) => s.session,
  embed: (s) => s.embed,
  panel: (s) => s.panel,
  id: (s) => s.embedId,
  sort: (s) => s.sort,
};

/** The store as URL state (what the address bar and a shared link hold). */
export function toUrlState(s: AppState, ctx: UrlContext): UrlState {
  const bound = Object.fromEntries(Object.entries(URL_BINDINGS).map(([k, read]) => [k, read(s, ctx)]));
  return bound as UrlState;
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

/** The store's state as the URL writes it (toUrlState), for links made from it; updates when any of it changes. */
export function useUrlState(ctx: UrlContext): UrlState {
  return useApp(useShallow((s) => toUrlState(s, ctx)));
}
