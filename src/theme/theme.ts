/**
 * The theme: `theme=light|dark|auto` resolved against the system's colour scheme, kept in the
 * store (renderers and swatches read `resolvedTheme`) and on <html data-theme> for the CSS.
 */
import { resolveTheme, type AppStore } from '../store/appStore.ts';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

export function installTheme(store: AppStore, root: HTMLElement = document.documentElement): () => void {
  const media = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
  const apply = () => {
    const s = store.getState();
    const resolved = resolveTheme(s.theme, media?.matches ?? false);
    s.setResolvedTheme(resolved);
    root.dataset.theme = resolved;
    root.style.colorScheme = resolved;
  };
  apply();
  media?.addEventListener('change', apply);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.theme !== prev.theme) apply();
  });
  return () => {
    media?.removeEventListener('change', apply);
    unsubscribe();
  };
}
