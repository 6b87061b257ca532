/** The page as readers get it: header, the view's stage, the story panel, the timeline and the footer, as the view's traits say. */
import { lazy, Suspense, useState } from 'react';
import { Announcer } from '../../a11y/Announcer.tsx';
import { formatDay, formatPartialDate } from '../../data/dates.ts';
import { PrintMap } from '../../print/PrintMap.tsx';
import { DownloadMenu } from '../../export/DownloadMenu.tsx';
import { useT } from '../../i18n/useT.ts';
import { Timeline } from '../../timeline/Timeline.tsx';
import { useModel } from '../../model/model.ts';
import { viewTraits } from '../../views/views.ts';
import { Header } from './Header.tsx';
import { Stage, StorySheet, type LayoutProps } from './shared.tsx';
import { ErrorBoundary } from '../../ui/ErrorBoundary.tsx';
import { ShortcutsOnDemand, SourceReaderOnDemand } from '../onDemand.tsx';

/** The cite and embed dialogs' code (the citation's, the snippet's) loads when the reader first asks for it. */
const CiteDialog = lazy(() => import('../../cite/CiteDialog.tsx').then((m) => ({ default: m.CiteDialog })));
const EmbedDialog = lazy(() => import('../../embed/EmbedDialog.tsx').then((m) => ({ default: m.EmbedDialog })));

export function PageLayout({ geo, view }: LayoutProps) {
  const t = useT();
  const { dataset, horizon } = useModel();
  const [embedOpen, setEmbedOpen] = useState(false);
  const [embedAsked, setEmbedAsked] = useState(false);
  const [citeOpen, setCiteOpen] = useState(false);
  const [citeAsked, setCiteAsked] = useState(false);
  const traits = viewTraits(view);
  const downloads = traits.downloads === 'over-map' && geo === null ? 'above-caption' : traits.downloads;
  return (
    <div className={`app app-page app-${traits.layout}`} data-view={view}>
      <ErrorBoundary region="header">
        <Header view={view} onEmbed={() => { setEmbedAsked(true); setEmbedOpen(true); }} onCite={() => { setCiteAsked(true); setCiteOpen(true); }} />
      </ErrorBoundary>
      <main className="stage">
        <Stage geo={geo} view={view} />
        {downloads && <DownloadMenu geo={geo} placement={downloads} />}
      </main>
      {traits.storyPanel && <StorySheet />}
      <div className="bottom">
        {traits.timeline && (
          <ErrorBoundary region="timeline">
            <Timeline />
          </ErrorBoundary>
        )}
        <footer className="footnote" data-testid="footnote">
          <span data-testid="horizon">{t.horizon(formatDay(horizon, t.locale))}</span> · {t.checked(formatPartialDate(dataset.checked, t.locale))}
        </footer>
      </div>
      <SourceReaderOnDemand />
      <ShortcutsOnDemand />
      {embedAsked && (
        <ErrorBoundary region="embed-dialog">
          <Suspense fallback={null}>
            <EmbedDialog open={embedOpen} onClose={() => setEmbedOpen(false)} />
          </Suspense>
        </ErrorBoundary>
      )}
      {citeAsked && (
        <Suspense fallback={null}>
          <CiteDialog open={citeOpen} onClose={() => setCiteOpen(false)} />
        </Suspense>
      )}
      <PrintMap geo={geo} />
      <Announcer />
    </div>
  );
}
