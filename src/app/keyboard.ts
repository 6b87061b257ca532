/**
 * Page-wide keys (docs/INTERFACES.md, "Keyboard"): ←/→ previous/next event, Shift+←/→ a month,
 * Space play/pause, Home/End first/last date, f fullscreen, p presentation mode, Esc leaves it (or
 * clears the selection), ? lists the keys, +/= and - zoom the map. In presentation mode with a
 * story, ←/→ and Home/End move between the story's steps. Keys typed into a control keep their own meaning.
 */
import { pageMap, ZOOM_STEP } from '../map/mapHandle.ts';
import type { AppStore } from '../store/appStore.ts';
import type { Step } from '../timeline/timelineLogic.ts';
import { viewTraits, type View } from '../views/views.ts';

export type KeyAction = Step | 'togglePlay' | 'fullscreen' | 'escape' | 'present' | 'shortcuts' | 'zoomIn' | 'zoomOut';

export function keyAction(key: string, shift: boolean): KeyAction | null {
  switch (key) {
    case 'ArrowLeft':
      return shift ? 'prevMonth' : 'prevEvent';
    case 'ArrowRight':
      return shift ? 'nextMonth' : 'nextEvent';
    case ' ':
      return 'togglePlay';
    case 'Home':
      return 'start';
    case 'End':
      return 'end';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'p':
    case 'P':
      return 'present';
    case '?':
      return 'shortcuts';
    // `+` is Shift+`=` on many layouts: either zooms in. The keypad's keys send the same.
    case '+':
    case '=':
      return 'zoomIn';
    case '-':
    case '_':
      return 'zoomOut';
    case 'Escape':
      return 'escape';
    default:
      return null;
  }
}

/**
 * In presentation mode with a story, the timeline's keys walk the story instead: ←/→ the previous
 * or next step, Home/End the first or last. Other actions are unchanged.
 */
type StoryMove = { step: 'prev' | 'next' | 'first' | 'last' };

function storyMove(action: KeyAction): StoryMove | null {
  switch (action) {
    case 'prevEvent':
      return { step: 'prev' };
    case 'nextEvent':
      return { step: 'next' };
    case 'start':
      return { step: 'first' };
    case 'end':
      return { step: 'last' };
    default:
      return null;
  }
}

/**
 * Whether the focused element needs this key itself: text fields and the slider keep their
 * keys; buttons and links only Space and Enter (so a presenter can click Play, then step with
 * the arrows); nothing reaches the page while a dialog is open.
 */
export function ownsKey(target: { tagName: string; isContentEditable?: boolean; type?: string } | null, key: string, dialogOpen: boolean): boolean {
  if (dialogOpen) return true;
  if (!target) return false;
  if (target.isContentEditable) return true;
  switch (target.tagName) {
    case 'INPUT':
    case 'TEXTAREA':
    case 'SELECT':
      return true;
    case 'BUTTON':
    case 'A':
    case 'SUMMARY':
      return key === ' ' || key === 'Enter';
    default:
      return false;
  }
}

/**
 * Whether the page keys drive the timeline in this view: only where it has one. In a document
 * (About) Space, Home, End and the arrows scroll the page as they do anywhere else.
 */
export function pageKeysActive(view: View): boolean {
  return viewTraits(view).timeline;
}

/** What the keys do outside the store: the page's fullscreen, the shortcuts dialog, the map's zoom. */
export interface KeyEffects {
  toggleFullscreen(): void;
  openShortcuts(): void;
  /** Zooms the map shown, if there is one; says whether there was. */
  zoom(factor: number): boolean;
}

const browserEffects: KeyEffects = {
  toggleFullscreen: () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  },
  openShortcuts: () => window.dispatchEvent(new CustomEvent('tcdm:shortcuts')),
  zoom: (factor) => pageMap.zoomBy(factor),
};

/** Does what a key asks; returns whether it was the page's (and so its default is prevented). */
export function runKey(store: AppStore, action: KeyAction, effects: KeyEffects = browserEffects): boolean {
  const s = store.getState();
  // The presenter's view has no map of its own and drives the audience window: its keys walk the story.
  const walksStory = (s.present || s.remote) && s.storyId !== null;
  switch (action) {
    case 'shortcuts':
      effects.openShortcuts();
      return true;
    case 'present':
      if (!s.remote) s.setPresent(!s.present);
      return true;
    case 'fullscreen':
      effects.toggleFullscreen();
      return true;
    case 'escape':
      if (s.present && !s.remote) s.setPresent(false);
      else if (s.country) s.setCountry(null);
      // Esc keeps its default (leaving fullscreen, closing a dialog) wherever it is.
      return false;
    case 'zoomIn':
    case 'zoomOut':
      // Without a map (the table view) the key is left alone.
      return effects.zoom(action === 'zoomIn' ? ZOOM_STEP : 1 / ZOOM_STEP);
    case 'togglePlay':
      s.togglePlay();
      return true;
    default: {
      const move = walksStory ? storyMove(action) : null;
      if (!move) {
        s.step(action);
        return true;
      }
      const total = s.storyStepCount;
      if (move.step === 'prev') s.moveStep(-1);
      else if (move.step === 'next') s.moveStep(1);
      else s.goToStep(move.step === 'first' ? 1 : total);
      return true;
    }
  }
}

export function installKeyboard(store: AppStore, effects: KeyEffects = browserEffects): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target instanceof HTMLElement ? e.target : null;
    if (ownsKey(target, e.key, document.querySelector('dialog[open]') !== null)) return;
    const action = keyAction(e.key, e.shiftKey);
    if (!action) return;
    const s = store.getState();
    // In a document view only the keys that are not the timeline's act.
    const timelineKey = action !== 'shortcuts' && action !== 'present' && action !== 'fullscreen' && action !== 'escape';
    if (timelineKey && !pageKeysActive(s.view) && !s.remote) return;
    if (runKey(store, action, effects)) e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
