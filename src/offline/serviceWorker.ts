/**
 * Registering the service worker that keeps the site working offline (built from
 * ./sw.ts by scripts/vite/serviceWorker.ts as `sw.js` beside index.html), and noticing a newer one waiting.
 *
 * - Registered relative to the page (`./sw.js`, scope `./`), so it works under any sub-path.
 * - A refusal (an iframe on another site under storage partitioning, a sandbox, a private window,
 *   a browser policy) is quiet: the page goes on as without it.
 * - The first install is silent (it controls the page at once: clientsClaim). A later one waits
 *   (the worker never calls skipWaiting by itself); `onUpdate` is told, with the function that
 *   makes it take over and reloads the page.
 *
 * The browser's objects are reached through the small interfaces below, so the logic is tested
 * with fakes (serviceWorker.test.ts).
 */

export interface SwWorker {
  readonly state: string;
  postMessage(message: unknown): void;
  addEventListener(type: 'statechange', listener: () => void): void;
}

export interface SwRegistration {
  readonly waiting: SwWorker | null;
  readonly installing: SwWorker | null;
  addEventListener(type: 'updatefound', listener: () => void): void;
}

export interface SwContainer {
  /** The worker controlling this page: null on a first visit (until it claims the page) or after a hard reload. */
  readonly controller: unknown;
  register(url: string, options: RegistrationOptions): Promise<SwRegistration>;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

/** The message the worker (src/offline/sw.ts) answers by calling skipWaiting. */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;
/** The worker's address and scope, relative to the page. */
export const SW_URL = './sw.js';
export const SW_SCOPE = './';

export interface RegisterOptions {
  /** A newer version is installed and waiting; `activate` makes it take over and reloads. */
  onUpdate(activate: () => void): void;
  reload(): void;
}

/** Registers the worker; resolves to its registration, or null where the browser refused it. */
export async function registerServiceWorker(container: SwContainer, { onUpdate, reload }: RegisterOptions): Promise<SwRegistration | null> {
  let reg: SwRegistration | undefined;
  try {
    reg = await container.register(SW_URL, { scope: SW_SCOPE });
  } catch {
    return null;
  }
  // A browser that blocks service workers (an automation setting, some privacy modes) may resolve to nothing.
  if (!reg) return null;
  const offer = (worker: SwWorker): void => {
    // With no controller this is the first install (offline-ready: nothing to say), not an update.
    if (container.controller) onUpdate(() => activate(container, worker, reload));
  };
  // One left waiting by an earlier visit (another tab still open then, or the notice dismissed).
  if (reg.waiting) offer(reg.waiting);
  reg.addEventListener('updatefound', () => {
    const worker = reg.installing;
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  });
  return reg;
}

/**
 * Asks a waiting worker to take over, and reloads once it controls the page. If it is no longer
 * waiting (another tab of the site made it take over already), reloads at once.
 */
export function activate(container: SwContainer, worker: SwWorker, reload: () => void): void {
  if (worker.state !== 'installed') {
    reload();
    return;
  }
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    if (reloading) return;
    reloading = true;
    reload();
  });
  worker.postMessage(SKIP_WAITING);
}
