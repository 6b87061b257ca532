/**
 * Offline support, started once by src/main.tsx: in a production build, registers the service
 * worker after the page has loaded (its precache downloads never compete with the first paint) and
 * mounts the update notice in a small React root of its own beside the app's.
 */
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { StoreContext, type AppStore } from '../store/appStore.ts';
import { registerServiceWorker, type SwContainer } from './serviceWorker.ts';
import { UpdateNotice } from './UpdateNotice.tsx';

/** The browser's service worker API, or null where there is none or the page may not use it. */
function serviceWorkers(): SwContainer | null {
  try {
    // Reading it throws in a sandboxed frame without allow-same-origin.
    return 'serviceWorker' in navigator ? navigator.serviceWorker : null;
  } catch {
    return null;
  }
}

export function installOffline(store: AppStore): void {
  // No service worker in dev (`vite`): it would cache what the dev server must serve fresh.
  if (!import.meta.env.PROD) return;
  const container = serviceWorkers();
  if (!container) return;
  // Inside someone else's page the notice never shows (src/offline/notice.ts): no root for it.
  let root: Root | null = null;
  const render = (activate: (() => void) | null, key: number): void => {
    root?.render(
      <StrictMode>
        <StoreContext.Provider value={store}>
          <I18nProvider>
            {/* A new key for each update found: one dismissed earlier does not hide the next. */}
            <UpdateNotice key={key} activate={activate} />
          </I18nProvider>
        </StoreContext.Provider>
      </StrictMode>,
    );
  };
  if (!store.getState().embed) {
    const host = document.createElement('div');
    host.className = 'offline-root';
    document.body.appendChild(host);
    root = createRoot(host);
    render(null, 0);
  }
  let updates = 0;
  const start = (): void => {
    void registerServiceWorker(container, {
      onUpdate: (activate) => render(activate, ++updates),
      reload: () => location.reload(),
    });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
