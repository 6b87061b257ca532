/**
 * The app's views, described once (docs/ARCHITECTURE.md, "Views and modes"). Everything that
 * depends on the view reads this list: the header's view switch and its labels (the catalogues'
 * `views`, a Record over the ids), the URL's `view` parameter, the page keys, the store's rule for
 * playback, the layout, where the download menu sits, and the browser tests (every accessibility
 * test runs over each entry). Adding a view is one entry here plus its component in
 * src/views/viewComponents.tsx; the compiler asks for its label in every catalogue.
 *
 * Pure data: no React, so the store, the URL codec and the tests import it freely.
 */
import type { BaseGeometry } from '../map/geometry.ts';

/** What every view's component is given: the basemap, or null when it could not load. */
export interface ViewProps {
  geo: BaseGeometry | null;
}

export interface ViewTraits {
  id: string;
  /**
   * `stage`: fills the window beside the story panel, over the timeline (map, table);
   * `document`: a page of its own that scrolls, with no panel and no timeline (About).
   */
  layout: 'stage' | 'document';
  /** The timeline is shown, page keys (arrows, Space, Home/End) drive it, and playback may run. */
  timeline: boolean;
  /** The story panel (a bottom sheet on phones) is shown beside it. */
  storyPanel: boolean;
  /** The country search is in the header. */
  search: boolean;
  /** The download menu is offered, and where: over the map's corner, or above a document's caption. */
  downloads: 'over-map' | 'above-caption' | null;
}

const VIEW_LIST = [
  { id: 'map', layout: 'stage', timeline: true, storyPanel: true, search: true, downloads: 'over-map' },
  { id: 'table', layout: 'stage', timeline: true, storyPanel: true, search: true, downloads: 'above-caption' },
  { id: 'about', layout: 'document', timeline: false, storyPanel: false, search: false, downloads: null },
] as const satisfies readonly ViewTraits[];

export type View = (typeof VIEW_LIST)[number]['id'];

/** The views' ids, in the order the view switch shows them. */
export const VIEWS: readonly View[] = VIEW_LIST.map((v) => v.id);

export const DEFAULT_VIEW: View = 'map';

const byId = new Map<string, ViewTraits>(VIEW_LIST.map((v) => [v.id, v]));

export function viewTraits(view: View): ViewTraits {
  return byId.get(view) as ViewTraits;
}
