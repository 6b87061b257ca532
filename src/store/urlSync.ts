/**
 * Keeps the address bar in step with the store, and the store with the browser's Back and
 * Forward. What to write is the store serialised through the URL table (src/store/urlState.ts),
 * compared with what was last written, so a new parameter needs nothing here.
 *
 * - Moving between story steps is a place in history: `pushState`, at once, so Back returns to
 *   the previous step.
 * - Anything else (scrubbing, playing) replaces the entry, throttled: browsers cap replaceState
 *   at ~100 calls per 30 s, and play moves the date every frame.
 * - `popstate` puts the store where the URL says.
 */
import type { AppStore, UrlContext } from './appStore.ts';
import { toUrlState } from './appStore.ts';
import { withPageCountry } from './countryPage.ts';
import { parseQuery, serialiseQuery, type ParseContext } from './urlState.ts';

/** The address of the store's state: what the bar shows, what a shared link holds. */
export function stateQuery(store: AppStore, ctx: UrlContext): string {
  return serialiseQuery(toUrlState(store.getState(), ctx), ctx.latestDay, ctx.pageCountry ?? null);
}

export function syncUrl(store: AppStore, ctx: UrlContext, parseCtx: ParseContext, intervalMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastWritten = location.search;
  let applying = false;
  const write = (push: boolean) => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const q = stateQuery(store, ctx);
    if (q === lastWritten) return;
    const url = `${location.pathname}${q}${location.hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
    lastWritten = q;
  };
  // Clean the address bar at once of anything that was ignored or clamped on load.
  write(false);
  const unsubscribe = store.subscribe((s, prev) => {
    if (applying) return;
    if (s.storyStep !== prev.storyStep && s.storyStep !== null) write(true);
    else if (timer === null) timer = setTimeout(() => write(false), intervalMs);
  });
  const onPop = () => {
    const { state, given, warnings } = withPageCountry(parseQuery(location.search, parseCtx), ctx.pageCountry ?? null);
    for (const w of warnings) console.warn(w);
    applying = true;
    store.getState().applyUrl(state, given);
    applying = false;
    lastWritten = location.search;
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
    if (timer !== null) clearTimeout(timer);
  };
}
