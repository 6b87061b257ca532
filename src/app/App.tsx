/**
 * The page: the layout of the mode the URL asks for (src/views/modes.ts), around the view it asks
 * for (src/views/views.ts). Nothing here names a view or a mode: adding either is an entry in its
 * list plus its component. Only the page's layout is in the code fetched on start; the others (a
 * presentation, the presenter's window, an embed) load when a window first shows them
 * (docs/ARCHITECTURE.md, "Code on start").
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { useGeo } from '../map/GeoProvider.tsx';
import { useApp } from '../store/appStore.ts';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { modeOf, shownView, type Mode } from '../views/modes.ts';
import { viewTraits } from '../views/views.ts';
import { PageLayout } from './layouts/PageLayout.tsx';
import type { LayoutProps } from './layouts/shared.tsx';

const LAYOUTS: Record<Mode, ComponentType<LayoutProps>> = {
  page: PageLayout,
  present: lazy(() => import('./layouts/PresentLayout.tsx').then((m) => ({ default: m.PresentLayout }))),
  presenter: lazy(() => import('./layouts/PresenterLayout.tsx').then((m) => ({ default: m.PresenterLayout }))),
  embed: lazy(() => import('./layouts/EmbedLayout.tsx').then((m) => ({ default: m.EmbedLayout }))),
};

export function App() {
  const { geo } = useGeo();
  const mode = useApp((s) => modeOf(s));
  const view = useApp((s) => s.view);
  const Layout = LAYOUTS[mode];
  const layout = <Layout geo={geo} view={shownView(view, mode, (v) => viewTraits(v).layout === 'document')} />;
  // A layout whose code could not load says so (the error boundary's message), never a blank page.
  return mode === 'page' ? layout : (
    <ErrorBoundary region="layout">
      <Suspense fallback={null}>{layout}</Suspense>
    </ErrorBoundary>
  );
}
