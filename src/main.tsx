import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { isCountryCode } from './data/countries.ts';
import { AppRoot } from './app/AppRoot.tsx';
import { createModel, loadDataset } from './model/model.ts';
import { installKeyboard } from './app/keyboard.ts';
import { loadBasemap, type BaseGeometry } from './map/geometry.ts';
import { basemapUrl, fetchingNow, pageRenderer } from './map/renderers.ts';
import { createAppStore } from './store/appStore.ts';
import { parseQuery, type ParseContext } from './store/urlState.ts';
import { syncUrl } from './store/urlSync.ts';
import { readPageCountry, withPageCountry } from './store/countryPage.ts';
import { en, isLang, loadCatalogue, loadedCatalogue, pickLang } from './i18n/langs.ts';
import { showFailure, showLoading } from './app/bootScreen.ts';
import type { Dataset } from './data/types.ts';
import { installTheme, prefersDark } from './theme/theme.ts';
import { installOffline } from './offline/offline.tsx';
import { keepFirstPaintMap } from './map/firstPaint.ts';
// The page's colour custom properties, generated from src/color/palette.ts (scripts/vite/palettePlugin.ts).
import 'virtual:tcdm-palette.css';
import './styles.css';

async function boot(root: HTMLElement): Promise<void> {
  // The language is known before the data: its catalogue loads alongside.
  const lang = pickLang(new URLSearchParams(location.search).get('lang')?.toLowerCase() ?? null, navigator.languages ?? []);
  // The static first paint (docs/ARCHITECTURE.md, "First paint"): an inert root holds it; it stays up
  // until the app takes it over (hydrates or replaces it, below), unless the early probe found it
  // is not what this URL shows.
  const firstPaint = root.hasAttribute('inert') && document.documentElement.dataset.snapshot !== 'off';
  if (!firstPaint) leaveFirstPaint(root);
  const stopLoading = showLoading(root, loadedCatalogue(lang) ?? en, firstPaint);
  // An embed's bridge to its host: only embeds fetch its code, alongside the data; it is installed before the first render, as before.
  const bridge = new URLSearchParams(location.search).has('embed') ? import('./embed/bridge.ts') : null;
  bridge?.catch(() => undefined); // (awaited below, where a failure stops the boot)
  let dataset: Dataset;
  let geo: BaseGeometry | null;
  fetchingNow();
  try {
    [dataset, geo] = await Promise.all([
      loadDataset(),
      // The geometry the chosen renderer draws (the early probe started its download); without it the table stands in.
      loadBasemap(basemapUrl(pageRenderer())).catch((e: unknown): BaseGeometry | null => (console.warn('basemap unavailable:', e), null)),
      loadCatalogue(lang),
    ]);
  } catch (e) {
    console.error('The map could not load its data:', e);
    leaveFirstPaint(root);
    showFailure(root, await loadCatalogue(lang).catch(() => en), e, () => void start(root));
    return;
  } finally {
    stopLoading();
  }
  const model = createModel(dataset);
  const stories = model.dataset.stories ?? [];
  const parseCtx: ParseContext = { isCountry: isCountryCode, domain: [model.index.firstDay, model.index.lastDay], stories: stories.map((s) => s.id) };
  // A country page's country is the default of `country` (src/store/countryPage.ts).
  const pageCountry = readPageCountry(document, isCountryCode);
  const { state, given, warnings } = withPageCountry(parseQuery(location.search, parseCtx), pageCountry);
  const story = stories.find((s) => s.id === state.story) ?? stories[0];
  if (state.step !== null && state.step > (story?.steps.length ?? 0)) {
    warnings.push(`URL parameter step="${state.step}" ignored: ${story ? `the story has ${story.steps.length} steps` : 'the data has no story'}`);
  }
  for (const w of warnings) console.warn(w);
  const store = createAppStore(model.index, state, { lang, prefersDark: prefersDark(), stories, given });
  installTheme(store);
  if (state.embed) {
    // The page is as tall as its content (the host sizes the iframe to it), and talks to its host.
    document.documentElement.dataset.embed = '1';
    const { installEmbedBridge } = await (bridge ?? import('./embed/bridge.ts'));
    installEmbedBridge(store, { id: state.id, content: root, isCountry: isCountryCode, isLang, steps: story?.steps.length ?? 0 });
  }
  syncUrl(store, { latestDay: model.index.lastDay, storyCount: stories.length, pageCountry }, parseCtx);
  installKeyboard(store);
  installOffline(store);
  const app = <AppRoot model={model} store={store} geo={geo} geoUrl={basemapUrl(pageRenderer())} />;
  // The first paint is the page the app renders now (the build made it from the data set it ships
  // beside it) if there is a map to draw (without one the table stands in): React then takes it
  // over as it is (hydrates) instead of building the page again.
  const same = firstPaint && geo !== null;
  // Its map stands in the map's box until the renderer has drawn (src/map/firstPaint.ts).
  if (firstPaint) keepFirstPaintMap(root);
  leaveFirstPaint(root);
  // As a transition, React renders (or hydrates) the page in slices of a few ms, yielding to the
  // browser between them, instead of holding the main thread for the whole page at once.
  startTransition(() => {
    if (same) {
      hydrateRoot(root, app, {
        // React renders afresh where the page differs: the page is right either way, so a warning.
        onRecoverableError: (e) => console.warn('first paint: React rendered the page afresh:', e),
      });
    } else {
      createRoot(root).render(app);
    }
  });
}

/** The root is the app's from now on: live (no longer inert or hidden), and shown whatever the probe said. */
function leaveFirstPaint(root: HTMLElement): void {
  root.removeAttribute('inert');
  root.removeAttribute('aria-hidden');
  delete document.documentElement.dataset.snapshot;
}

function start(root: HTMLElement): Promise<void> {
  return boot(root).catch((e: unknown) => {
    console.error(e);
    leaveFirstPaint(root);
    showFailure(root, en, e, () => void start(root));
  });
}

const root = document.getElementById('root');
if (root) void start(root);
