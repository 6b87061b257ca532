/**
 * The service worker (built by the site plugin into `sw.js` beside index.html, once every file of
 * the build is written; scripts/vite/serviceWorker.ts says which files go in its precache list and
 * writes it where this file says `self.__WB_MANIFEST`).
 *
 * - Precaches the whole site on install, and answers every request for a precached file from the
 *   cache (any query string ignored: index.html is the page for `?lang=es`, `?embed=1`, …), so the
 *   site works with the network gone after one visit.
 * - The first install takes control of the open page at once (clientsClaim: nothing older to wait
 *   for). A later one waits until the page asks it to take over (SKIP_WAITING, when the reader
 *   presses Reload on the update notice: src/offline/serviceWorker.ts), or until every page of the
 *   site is closed: a new deploy never changes a page under a presenter.
 * - Activation drops the files the new list no longer has.
 *
 * Runs in the worker's global scope, whose types the DOM library (the rest of src/) does not have:
 * the little it uses is declared here.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { SKIP_WAITING } from './serviceWorker.ts';

declare const self: {
  /** The precache list, written in at build time. */
  readonly __WB_MANIFEST: (PrecacheEntry | string)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
};

self.addEventListener('message', (event) => {
  const data = event.data;
  if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === SKIP_WAITING.type) void self.skipWaiting();
});
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/./] });
