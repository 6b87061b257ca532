/**
 * Keeps the address bar in step with the store: history.replaceState, throttled (browsers cap
 * replaceState at ~100 calls per 30 s, and a playing timeline changes the date every second).
 * What to write is the store serialised through the URL table (src/store/urlState.ts) and
 * compared with what was last written, so a new parameter needs nothing here.
 */
import type { AppStore } from './appStore.ts';
import { toUrlState } from './appStore.ts';
import { serialiseQuery } from './urlState.ts';

export function syncUrl(store: AppStore, latestDay: number, intervalMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastWritten = location.search;
  const write = () => {
    timer = null;
    const q = serialiseQuery(toUrlState(store.getState(), latestDay));
    if (q !== lastWritten) {
      history.replaceState(history.state, '', `${location.pathname}${q}${location.hash}`);
      lastWritten = q;
    }
  };
  // Clean the address bar at once of anything that was ignored or clamped on load.
  write();
  const unsubscribe = store.subscribe(() => {
    if (timer === null) timer = setTimeout(write, intervalMs);
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
