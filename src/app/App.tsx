/**
 * The page: the layout of the mode the URL asks for (src/views/modes.ts), around the view it asks
 * for (src/views/views.ts). Nothing here names a view or a mode: adding either is an entry in its
 * list plus its component. Only the page's layout is in the code fetched on start; the others (a
 * presentation, the presenter's window, an embed) load when a window first shows them
 * (docs/ARCHITECTURE.md, "Code on start").
 */
import { useEffect, useState, type ComponentType } from 'react';
import { useGeo } from '../map/GeoProvider.tsx';
import { useApp } from '../store/appStore.ts';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { modeOf, shownView, type Mode } from '../views/modes.ts';
import { viewTraits } from '../views/views.ts';
import { PageLayout } from './layouts/PageLayout.tsx';
import type { LayoutProps } from './layouts/shared.tsx';

type LayoutComponent = ComponentType<LayoutProps>;

const LAYOUTS: Record<Mode, () => Promise<LayoutComponent>> = {
  page: () => Promise.resolve(PageLayout),
  present: () => import('./layouts/PresentLayout.tsx').then((m) => m.PresentLayout),
  presenter: () => import('./layouts/PresenterLayout.tsx').then((m) => m.PresenterLayout),
  embed: () => import('./layouts/EmbedLayout.tsx').then((m) => m.EmbedLayout),
};
/** The layouts whose code has loaded. */
const loaded: Partial<Record<Mode, LayoutComponent>> = { page: PageLayout };

/** Throws what it is given, for the error boundary around it to show (reloading the page tries again). */
function Failed({ error }: { error: unknown }): never {
  throw error;
}

export function App() {
  const { geo } = useGeo();
  const mode = useApp((s) => modeOf(s));
  const view = useApp((s) => s.view);
  // While a mode's layout loads, the layout shown before stays (entering a presentation does not
  // blank the page); a window opened in that mode shows nothing until it has.
  const [last, setLast] = useState<Mode | null>(null);
  const shown = loaded[mode] !== undefined ? mode : last;
  if (shown !== last) setLast(shown);
  const [, setLoads] = useState(0);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (loaded[mode] !== undefined) return;
    let live = true;
    LAYOUTS[mode]().then(
      (layout) => {
        loaded[mode] = layout;
        if (live) setLoads((n) => n + 1);
      },
      (e: unknown) => live && setError(e ?? new Error('layout not loaded')),
    );
    return () => {
      live = false;
    };
  }, [mode]);
  if (error !== null && loaded[mode] === undefined) {
    // A layout whose code could not load says so (the error boundary's message), never a blank page.
    return (
      <ErrorBoundary region="layout">
        <Failed error={error} />
      </ErrorBoundary>
    );
  }
  if (shown === null) return null;
  const Layout = loaded[shown] as LayoutComponent;
  return <Layout geo={geo} view={shownView(view, shown, (v) => viewTraits(v).layout === 'document')} />;
}
