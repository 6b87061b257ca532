/**
 * The static first paint: the page's default view (FIRST_PAINT_VIEW, ./defaultView.ts: no URL
 * parameters, English, light theme; the latest date, the SVG map) rendered at build time with
 * React's server renderer over the app's own tree (AppRoot, as src/main.tsx renders it), for the
 * site plugin (scripts/vite/sitePlugin.ts) to put into index.html. The page shows it from the HTML
 * and CSS alone; the app then hydrates it (docs/ARCHITECTURE.md, "First paint").
 *
 * Runs in Node only (imported by the build, never by the page).
 */
import { renderToString } from 'react-dom/server';
import { AppRoot } from '../app/AppRoot.tsx';
import { createModel } from '../model/model.ts';
import { isCountryCode } from '../data/countries.ts';
import type { Dataset } from '../data/types.ts';
import type { ProjectedWorld } from '../map/geometry.ts';
import { createAppStore } from '../store/appStore.ts';
import { parseQuery } from '../store/urlState.ts';
import { FIRST_PAINT_VIEW } from './defaultView.ts';

export function renderSnapshot(dataset: Dataset, world: ProjectedWorld): string {
  const model = createModel(dataset);
  const stories = model.dataset.stories ?? [];
  const { state, given } = parseQuery(FIRST_PAINT_VIEW.query, { isCountry: isCountryCode, domain: [model.index.firstDay, model.index.lastDay], stories: stories.map((s) => s.id) });
  const store = createAppStore(model.index, state, { lang: FIRST_PAINT_VIEW.lang, prefersDark: FIRST_PAINT_VIEW.theme === 'dark', stories, given });
  return renderToString(<AppRoot model={model} store={store} geo={world} geoUrl="" />);
}
