/**
 * The app's modes: how the page is laid out around a view (docs/ARCHITECTURE.md, "Views and modes").
 * A view says what fills the stage; a mode says what surrounds it. Each mode's layout is in
 * src/app/layouts (LAYOUTS, a Record over the modes: the compiler asks for a new mode's layout).
 * Pure data, like the views.
 */
import type { View } from './views.ts';

export type Mode = 'page' | 'present' | 'presenter' | 'embed';

/**
 * What the page outside the layouts reads of a mode. Its chrome (header, footer, story panel,
 * stage) is its layout's own: each layout draws what its mode shows.
 */
export interface ModeTraits {
  id: Mode;
  /** A document view (About) is shown as it is; otherwise the map stands in for it. */
  documents: boolean;
  /** The map leaves the wheel and one finger to the page around it. */
  cooperativeGestures: boolean;
}

export const MODE_TRAITS: Readonly<Record<Mode, ModeTraits>> = {
  page: { id: 'page', documents: true, cooperativeGestures: false },
  present: { id: 'present', documents: false, cooperativeGestures: false },
  presenter: { id: 'presenter', documents: false, cooperativeGestures: false },
  embed: { id: 'embed', documents: false, cooperativeGestures: true },
};

/** The mode the URL state asks for: the presenter's window, an embed, presentation, or the page. */
export function modeOf(s: { present: boolean; remote: boolean; embed: boolean }): Mode {
  if (s.present && s.remote) return 'presenter';
  if (s.embed) return 'embed';
  if (s.present) return 'present';
  return 'page';
}

/** The view a mode shows for the view asked: a document stands in as the map where the mode shows no documents. */
export function shownView(view: View, mode: Mode, isDocument: (v: View) => boolean): View {
  return !MODE_TRAITS[mode].documents && isDocument(view) ? 'map' : view;
}
