/** Embed mode: the map (or the table), its legend and the timeline, the story panel if `panel`, and a credit line; no header or footer. */
import { Announcer } from '../../a11y/Announcer.tsx';
import { EmbedCredit } from '../../embed/EmbedCredit.tsx';
import { useApp } from '../../store/appStore.ts';
import { Timeline } from '../../timeline/Timeline.tsx';
import { Stage, StorySheet, type LayoutProps } from './shared.tsx';
import { ErrorBoundary } from '../../ui/ErrorBoundary.tsx';
import { SourceReaderOnDemand } from '../onDemand.tsx';

export function EmbedLayout({ geo, view }: LayoutProps) {
  const panel = useApp((s) => s.panel);
  return (
    <div className={`app app-embed${panel ? ' app-embed-panel' : ''}`} data-view={view}>
      <main className="stage">
        <Stage geo={geo} view={view} />
      </main>
      {/* Opened only by its handle: an embed never grows because focus passed through it. */}
      {panel && <StorySheet openOnFocus={false} />}
      <div className="bottom">
        <ErrorBoundary region="timeline">
          <Timeline />
        </ErrorBoundary>
        <EmbedCredit />
      </div>
      <SourceReaderOnDemand />
      <Announcer />
    </div>
  );
}
