/**
 * Page-wide keys (docs/INTERFACES.md, "Keyboard"): ←/→ previous/next event, Shift+←/→ a month, Space play/pause,
 * Home/End first/last date, f fullscreen, +/= and - zoom the map. Keys typed into a control keep their own meaning.
 */
import { pageMap, ZOOM_STEP, type MapHandle } from '../map/mapHandle.ts';
import type { AppStore } from '../store/appStore.ts';
import { viewTraits, type View } from '../views/views.ts';
import type { Step } from '../timeline/timelineLogic.ts';

export type KeyAction = Step | 'togglePlay' | 'fullscreen' | 'escape' | 'zoomIn' | 'zoomOut';


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
    case 'Escape':
      return 'escape';
    // `+` is Shift+`=` on many layouts: either zooms in. The keypad's keys send the same.
    case '+':
    case '=':
      return 'zoomIn';
    case '-':
    case '_':
      return 'zoomOut';
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

export function installKeyboard(store: AppStore, map: MapHandle = pageMap): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (!pageKeysActive(store.getState().view)) return;
    const target = e.target instanceof HTMLElement ? e.target : null;
    if (ownsKey(target, e.key, document.querySelector('dialog[open]') !== null)) return;
    const action = keyAction(e.key, e.shiftKey);
    if (!action) return;
    const s = store.getState();
    if (action === 'togglePlay') s.togglePlay();
    else if (action === 'fullscreen') {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    } else if (action === 'escape') {
      if (s.country) s.setCountry(null);
      return;
    } else if (action === 'zoomIn' || action === 'zoomOut') {
      // Without a map (the table view) the key is left alone.
      if (!map.zoomBy(action === 'zoomIn' ? ZOOM_STEP : 1 / ZOOM_STEP)) return;
    } else s.step(action);
    e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
