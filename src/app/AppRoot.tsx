/**
 * The whole app with what it reads from context: the one tree the page renders (src/main.tsx) and
 * the build renders for the static first paint (src/snapshot/render.tsx), so that hydration meets
 * the same tree it was made from.
 */
import { StrictMode } from 'react';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import type { BaseGeometry } from '../map/geometry.ts';
import { GeoProvider } from '../map/GeoProvider.tsx';
import { StoreContext, type AppStore } from '../store/appStore.ts';
import { App } from './App.tsx';
import { ModelContext, type Model } from '../model/model.ts';

export interface AppRootProps {
  model: Model;
  store: AppStore;
  /** The basemap loaded (null: the table stands in), and where to fetch it again. */
  geo: BaseGeometry | null;
  geoUrl: string;
}

export function AppRoot({ model, store, geo, geoUrl }: AppRootProps) {
  return (
    <StrictMode>
      <ModelContext.Provider value={model}>
        <StoreContext.Provider value={store}>
          <I18nProvider>
            <GeoProvider initial={geo} url={geoUrl}>
              <App />
            </GeoProvider>
          </I18nProvider>
        </StoreContext.Provider>
      </ModelContext.Provider>
    </StrictMode>
  );
}
