import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isCountryCode } from './data/countries.ts';
import { App } from './app/App.tsx';
import { createModel, loadDataset, ModelContext } from './app/model.ts';
import { installKeyboard } from './app/keyboard.ts';
import { loadBasemap, type BaseGeometry } from './map/geometry.ts';
import { webglAvailable } from './map/MapController.ts';
import { createAppStore, StoreContext } from './store/appStore.ts';
import { parseQuery } from './store/urlState.ts';
import { syncUrl } from './store/urlSync.ts';
import { S } from './i18n/strings.ts';
import './styles.css';

async function boot(root: HTMLElement): Promise<void> {
  const canDraw = webglAvailable();
  const [dataset, geo] = await Promise.all([
    loadDataset(),
    canDraw ? loadBasemap().catch((e: unknown): BaseGeometry | null => (console.warn('basemap unavailable:', e), null)) : Promise.resolve(null),
  ]);
  const model = createModel(dataset);
  const { state, warnings } = parseQuery(location.search, {
    isCountry: isCountryCode,
    domain: [model.index.firstDay, model.index.lastDay],
  });
  for (const w of warnings) console.warn(w);
  const store = createAppStore(model.index, state);
  syncUrl(store, model.index.lastDay);
  installKeyboard(store);
  createRoot(root).render(
    <StrictMode>
      <ModelContext.Provider value={model}>
        <StoreContext.Provider value={store}>
          <App geo={geo} />
        </StoreContext.Provider>
      </ModelContext.Provider>
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) {
  boot(root).catch((e: unknown) => {
    console.error(e);
    root.textContent = S.loadError;
  });
}
