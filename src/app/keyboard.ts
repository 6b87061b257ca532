/**
 * Page-wide keys (DESIGN.md): ←/→ previous/next event, Shift+←/→ a month, Space play/pause,
 * Home/End first/last date, f fullscreen. Keys typed into a control keep their own meaning.
 */
import type { AppStore } from '../store/appStore.ts';
import type { Step } from '../timeline/timelineLogic.ts';

export type KeyAction = Step | 'togglePlay' | 'fullscreen' | 'escape';

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
    default:
      return null;
  }
}

function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || tag === 'BUTTON' || tag === 'A' || target.closest('dialog') !== null;
}

export function installKeyboard(store: AppStore): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || ownsKeys(e.target)) return;
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
    } else s.step(action);
    e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
