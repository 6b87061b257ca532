/** Presentation mode: the view's stage fills the window, with the caption layer over it and the timeline under it. */
import { Announcer } from '../../a11y/Announcer.tsx';
import { PresentOverlay } from '../../present/PresentOverlay.tsx';
import { useTalk } from '../../present/useTalk.ts';
import { useApp, useAppStore } from '../../store/appStore.ts';
import { Timeline } from '../../timeline/Timeline.tsx';
import { Stage, type LayoutProps } from './shared.tsx';
import { ErrorBoundary } from '../../ui/ErrorBoundary.tsx';
import { ShortcutsOnDemand, SourceReaderOnDemand } from '../onDemand.tsx';

export function PresentLayout({ geo, view }: LayoutProps) {
  const store = useAppStore();
  const session = useApp((s) => s.session);
  // The talk with a presenter's window lives as long as the mode (this layout) does.
  useTalk(store, session, true, false);
  return (
    <div className="app app-stage app-present" data-view={view}>
      <main className="stage">
        <Stage geo={geo} view={view} />
        <ErrorBoundary region="caption">
          <PresentOverlay />
        </ErrorBoundary>
      </main>
      <div className="bottom">
        <ErrorBoundary region="timeline">
          <Timeline />
        </ErrorBoundary>
      </div>
      <SourceReaderOnDemand />
      <ShortcutsOnDemand />
      <Announcer />
    </div>
  );
}
