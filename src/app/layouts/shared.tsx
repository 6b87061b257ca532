/** Pieces every layout uses: the view's stage, and the story panel that is a bottom sheet on phones. */
import { Suspense, useCallback, useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import type { BaseGeometry } from '../../map/geometry.ts';
import { StoryPanel } from '../../story/StoryPanel.tsx';
import { ErrorBoundary } from '../../ui/ErrorBoundary.tsx';
import { VIEW_COMPONENTS } from '../../views/viewComponents.tsx';
import type { View } from '../../views/views.ts';

export interface LayoutProps {
  geo: BaseGeometry | null;
  /** The view the layout shows (a document view stands in as the map where the mode shows none). */
  view: View;
}

export function Stage({ geo, view }: LayoutProps) {
  const Component = VIEW_COMPONENTS[view];
  return (
    <ErrorBoundary region="stage">
      <Suspense fallback={<p className="stage-loading" aria-busy="true" />}>
        <Component geo={geo} />
      </Suspense>
    </ErrorBoundary>
  );
}

/**
 * The story panel with its handle. On a phone (and in a narrow embed) it is a sheet: a peek opened
 * by its handle, or by moving focus into it, so keyboard readers never land in hidden text.
 */
export function StorySheet({ openOnFocus = true }: { openOnFocus?: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const onFocus = useCallback((e: React.FocusEvent<HTMLElement>) => {
    if (openOnFocus && !(e.target as HTMLElement).classList.contains('sheet-toggle')) setOpen(true);
  }, [openOnFocus]);
  return (
    <aside className="story" aria-label={t.story.label} data-sheet={open ? 'open' : 'peek'} onFocus={onFocus}>
      <button type="button" className="sheet-toggle" aria-expanded={open} aria-controls="story-panel" onClick={() => setOpen((o) => !o)}>
        <span className="sheet-grip" aria-hidden="true" />
        {open ? t.story.collapse : t.story.expand}
      </button>
      <ErrorBoundary region="story">
        <StoryPanel />
      </ErrorBoundary>
    </aside>
  );
}
