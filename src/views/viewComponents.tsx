/**
 * Each view's component (the views themselves are described in ./views.ts). The Record makes a
 * view without a component fail to compile. A view's component gets the basemap (null when it
 * could not load) and draws its whole stage; the App around it draws what the view's traits ask for.
 */
import { lazy, type ComponentType } from 'react';
import { TableView } from './lazyTable.ts';
import { MapStage } from './MapStage.tsx';
import type { View, ViewProps } from './views.ts';

/** A long document most readers never open: its code loads when they do. */
const AboutView = lazy(() => import('../about/AboutView.tsx').then((m) => ({ default: m.AboutView })));

export const VIEW_COMPONENTS: Record<View, ComponentType<ViewProps>> = {
  map: MapStage,
  table: TableView,
  about: AboutView,
};
