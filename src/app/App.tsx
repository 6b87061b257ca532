/**
 * The page: the layout of the mode the URL asks for (src/views/modes.ts), around the view it asks
 * for (src/views/views.ts). Nothing here names a view or a mode: adding either is an entry in its
 * list plus its component.
 */
import type { ComponentType } from 'react';
import { useGeo } from '../map/GeoProvider.tsx';
import { useTalk } from '../present/useTalk.ts';
import { useApp, useAppStore } from '../store/appStore.ts';
import { modeOf, shownView, type Mode } from '../views/modes.ts';
import { viewTraits } from '../views/views.ts';
import { EmbedLayout } from './layouts/EmbedLayout.tsx';
import { PageLayout } from './layouts/PageLayout.tsx';
import { PresenterLayout } from './layouts/PresenterLayout.tsx';
import { PresentLayout } from './layouts/PresentLayout.tsx';
import type { LayoutProps } from './layouts/shared.tsx';

const LAYOUTS: Record<Mode, ComponentType<LayoutProps>> = {
  page: PageLayout,
  present: PresentLayout,
  presenter: PresenterLayout,
  embed: EmbedLayout,
};

export function App() {
  const store = useAppStore();
  const { geo } = useGeo();
  const mode = useApp((s) => modeOf(s));
  const view = useApp((s) => s.view);
  const session = useApp((s) => s.session);
  // The talk between a presenter's window and its audience window lives as long as the mode does.
  useTalk(store, session, mode === 'present' || mode === 'presenter', mode === 'presenter');
  const Layout = LAYOUTS[mode];
  return <Layout geo={geo} view={shownView(view, mode, (v) => viewTraits(v).layout === 'document')} />;
}
