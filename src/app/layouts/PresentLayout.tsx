/** Presentation mode: the view's stage fills the window, with the caption layer over it and the timeline under it. */
import { Announcer } from '../../a11y/Announcer.tsx';
import { PresentOverlay } from '../../present/PresentOverlay.tsx';
import { SourceReader } from '../../story/SourceReader.tsx';
import { Timeline } from '../../timeline/Timeline.tsx';
import { ShortcutsDialog } from '../ShortcutsDialog.tsx';
import { Stage, type LayoutProps } from './shared.tsx';
import { ErrorBoundary } from '../../ui/ErrorBoundary.tsx';

export function PresentLayout({ geo, view }: LayoutProps) {
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
      <SourceReader />
      <ShortcutsDialog />
      <Announcer />
    </div>
  );
}
