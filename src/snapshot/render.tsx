/**
 * The static first paint: the page's default view (no URL parameters, English, light theme, the
 * latest date, the SVG map) rendered at build time with React's server renderer over the app's own
 * components, for scripts/vite/snapshotPlugin.ts to put into index.html. The page shows it from the
 * HTML and CSS alone; the app replaces it with the live page at its first render (docs/ARCHITECTURE.md,
 * "First paint").
 *
 * Runs in Node only (imported by the build, never by the page).
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '../app/App.tsx';
import { createModel, ModelContext } from '../app/model.ts';
import { isCountryCode } from '../data/countries.ts';
import type { Dataset } from '../data/types.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { GeoProvider } from '../map/GeoProvider.tsx';
import type { ProjectedWorld } from '../map/projectedWorld.ts';
import { createAppStore, StoreContext } from '../store/appStore.ts';
import { parseQuery } from '../store/urlState.ts';

export function renderSnapshot(dataset: Dataset, world: ProjectedWorld): string {
  const model = createModel(dataset);
  const stories = model.dataset.stories ?? [];
  const { state, given } = parseQuery('', { isCountry: isCountryCode, domain: [model.index.firstDay, model.index.lastDay], stories: stories.map((s) => s.id) });
  const store = createAppStore(model.index, state, { lang: 'en', prefersDark: false, stories, given });
  return renderToString(
    <StrictMode>
      <ModelContext.Provider value={model}>
        <StoreContext.Provider value={store}>
          <I18nProvider>
            <GeoProvider initial={world} url="">
              <App />
            </GeoProvider>
          </I18nProvider>
        </StoreContext.Provider>
      </ModelContext.Provider>
    </StrictMode>,
  );
}
