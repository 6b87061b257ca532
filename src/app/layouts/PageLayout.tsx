/** The page as readers get it: header, the view's stage, the story panel, the timeline and the footer, as the view's traits say. */
import { useState } from 'react';
import { Announcer } from '../../a11y/Announcer.tsx';
import { formatDay, formatPartialDate } from '../../data/dates.ts';
import { EmbedDialog } from '../../embed/EmbedDialog.tsx';
import { DownloadMenu } from '../../export/DownloadMenu.tsx';
import { useT } from '../../i18n/useT.ts';
import { SearchBox } from '../../search/SearchBox.tsx';
import { useApp, useAppStore } from '../../store/appStore.ts';
import { SourceReader } from '../../story/SourceReader.tsx';
import { Timeline } from '../../timeline/Timeline.tsx';
import { VIEWS, viewTraits } from '../../views/views.ts';
import { useModel } from '../model.ts';
import { Settings } from '../Settings.tsx';
import { ShareButton } from '../ShareButton.tsx';
import { ShortcutsDialog } from '../ShortcutsDialog.tsx';
import { Stage, StorySheet, type LayoutProps } from './shared.tsx';
import { EmbedIcon, PresentIcon } from '../../ui/icons.tsx';
import { ErrorBoundary } from '../../ui/ErrorBoundary.tsx';

export function PageLayout({ geo, view }: LayoutProps) {
  const t = useT();
  const store = useAppStore();
  const setView = useApp((s) => s.setView);
  const { dataset, horizon } = useModel();
  const [embedOpen, setEmbedOpen] = useState(false);
  const traits = viewTraits(view);
  const downloads = traits.downloads === 'over-map' && geo === null ? 'above-caption' : traits.downloads;
  return (
    <div className={`app app-${traits.layout}`} data-view={view}>
      <ErrorBoundary region="header">
        <header className="app-head">
          <div className="app-title">
            <h1>{t.title}</h1>
            <p className="app-subtitle">{t.subtitle}</p>
          </div>
          <div className="app-controls">
            {traits.search && <SearchBox />}
            <div className="view-switch" role="group" aria-label={t.views.label}>
              {VIEWS.map((v) => (
                <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)} data-view={v}>
                  {t.views[v]}
                </button>
              ))}
            </div>
            <Settings />
            <div className="app-actions">
              <ShareButton />
              <button type="button" className="present-enter" onClick={() => setEmbedOpen(true)} title={t.embed.title}>
                <EmbedIcon />
                <span className="action-text">{t.embed.button}</span>
              </button>
              <button type="button" className="present-enter" onClick={() => store.getState().setPresent(true)} aria-keyshortcuts="p" title={t.present.enter}>
                <PresentIcon />
                <span className="action-text">{t.present.enter}</span>
              </button>
            </div>
          </div>
        </header>
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
      <SourceReader />
      <ShortcutsDialog />
      <EmbedDialog open={embedOpen} onClose={() => setEmbedOpen(false)} />
      <Announcer />
    </div>
  );
}
