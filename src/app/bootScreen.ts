/**
 * What the page shows before the app runs: "Loading…", then (if a file is slow) that it is slow,
 * and if the data set does not arrive, what went wrong and a button to try again. Plain DOM, since
 * React starts only once the data is in; text only (textContent), never markup.
 */
import type { LoadError } from '../data/fetchJson.ts';
import type { Catalogue } from '../i18n/langs.ts';

/** After this long without the data, the loading line says the network is slow. */
const SLOW_AFTER_MS = 4000;

/**
 * Says the page is loading: in place of the root's content, or (`over` the static first paint,
 * which stays up) in a line of its own that only screen readers hear until the network is slow.
 */
export function showLoading(root: HTMLElement, t: Catalogue, over = false): () => void {
  const p = document.createElement('p');
  p.className = over ? 'boot-over visually-hidden' : 'boot boot-loading';
  p.setAttribute('role', 'status');
  p.textContent = t.failure.loading;
  if (over) root.after(p);
  else root.replaceChildren(p);
  const slow = setTimeout(() => {
    p.textContent = `${t.failure.loading} ${t.failure.slow}`;
    p.classList.remove('visually-hidden');
  }, SLOW_AFTER_MS);
  return () => {
    clearTimeout(slow);
    if (over) p.remove();
  };
}

/** Why a file did not come, in the reader's words. */
function failureReason(e: unknown, t: Catalogue): string {
  const err = e as Partial<LoadError>;
  switch (err.kind) {
    case 'http':
      return t.failure.why.http(err.status ?? 0);
    case 'invalid':
      return t.failure.why.invalid;
    case 'timeout':
      return t.failure.why.timeout;
    default:
      return t.failure.why.network;
  }
}

export function showFailure(root: HTMLElement, t: Catalogue, e: unknown, retry: () => void): void {
  const box = document.createElement('div');
  box.className = 'boot boot-failed';
  box.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.className = 'boot-title';
  title.textContent = t.loadError;
  const why = document.createElement('p');
  why.textContent = failureReason(e, t);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'boot-retry';
  button.textContent = t.failure.retry;
  button.addEventListener('click', retry, { once: true });
  box.append(title, why, button);
  root.replaceChildren(box);
  button.focus();
}
