/**
 * The page: header, the current view's stage, the story panel, the timeline and the footer, each
 * shown as the view's traits say (src/views/views.ts). Nothing here names a view.
 */
import { Suspense, useCallback, useState } from 'react';
import { formatDay, formatPartialDate } from '../data/dates.ts';
import { useApp, useAppStore } from '../store/appStore.ts';
import { StoryPanel } from '../story/StoryPanel.tsx';
import { SourceReader } from '../story/SourceReader.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import { SearchBox } from '../search/SearchBox.tsx';
import { DownloadMenu } from '../export/DownloadMenu.tsx';
import { Announcer } from '../a11y/Announcer.tsx';
import { useT } from '../i18n/useT.ts';
import type { BaseGeometry } from '../map/geometry.ts';
import { PresenterView } from '../present/PresenterView.tsx';
import { PresentOverlay } from '../present/PresentOverlay.tsx';
import { useTalk } from '../present/useTalk.ts';
import { VIEW_COMPONENTS } from '../views/viewComponents.tsx';
import { VIEWS, viewTraits } from '../views/views.ts';
import { useModel } from './model.ts';
import { Settings } from './Settings.tsx';
import { ShareButton } from './ShareButton.tsx';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { EmbedCredit } from '../embed/EmbedCredit.tsx';
import { EmbedDialog } from '../embed/EmbedDialog.tsx';

export function App({ geo }: { geo: BaseGeometry | null }) {
  const t = useT();
  const store = useAppStore();
  const view = useApp((s) => s.view);
  const setView = useApp((s) => s.setView);
  const present = useApp((s) => s.present);
  const remote = useApp((s) => s.remote);
  const session = useApp((s) => s.session);
  const embed = useApp((s) => s.embed);
  const panel = useApp((s) => s.panel);
  const [embedOpen, setEmbedOpen] = useState(false);
  const connected = useTalk(store, session, present, remote);
  const { dataset, horizon } = useModel();
  // Presentation and embed modes are modes over the views: they show a view's stage, the map for a document.
  const traits = viewTraits((present || embed) && viewTraits(view).layout === 'document' ? 'map' : view);
  const Stage = VIEW_COMPONENTS[traits.id as keyof typeof VIEW_COMPONENTS];
  const [sheetOpen, setSheetOpen] = useState(false);
  const onSheetFocus = useCallback((e: React.FocusEvent<HTMLElement>) => {
    if (!(e.target as HTMLElement).classList.contains('sheet-toggle')) setSheetOpen(true);
  }, []);
  const downloads = traits.downloads === 'over-map' && geo === null ? 'above-caption' : traits.downloads;

  if (present && remote) {
    return (
      <>
        <PresenterView connected={connected} />
        <SourceReader />
        <ShortcutsDialog />
      </>
    );
  }

  if (embed) {
    return (
      <div className={`app app-embed${panel ? ' app-embed-panel' : ''}`} data-view={traits.id}>
        <main className="stage">
          <Suspense fallback={<p className="stage-loading" aria-busy="true" />}>
            <Stage geo={geo} />
          </Suspense>
        </main>
        {panel && (
          <aside className="story" aria-label={t.story.label} data-sheet={sheetOpen ? 'open' : 'peek'}>
            <button type="button" className="sheet-toggle" aria-expanded={sheetOpen} aria-controls="story-panel" onClick={() => setSheetOpen((o) => !o)}>
              <span className="sheet-grip" aria-hidden="true" />
              {sheetOpen ? t.story.collapse : t.story.expand}
            </button>
            <StoryPanel />
          </aside>
        )}
        <div className="bottom">
          <Timeline />
          <EmbedCredit />
        </div>
        <SourceReader />
        <Announcer />
      </div>
    );
  }

  if (present) {
    return (
      <div className="app app-stage app-present" data-view={traits.id}>
        <main className="stage">
          <Suspense fallback={<p className="stage-loading" aria-busy="true" />}>
            <Stage geo={geo} />
          </Suspense>
          <PresentOverlay />
        </main>
        <div className="bottom">
          <Timeline />
        </div>
        <SourceReader />
        <ShortcutsDialog />
        <Announcer />
      </div>
    );
  }

  return (
    <div className={`app app-${traits.layout}`} data-view={view}>
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
            <button type="button" className="present-enter" onClick={() => setEmbedOpen(true)}>
              {t.embed.button}
            </button>
            <button type="button" className="present-enter" onClick={() => store.getState().setPresent(true)} aria-keyshortcuts="p">
              {t.present.enter}
            </button>
          </div>
        </div>
      </header>
      <main className="stage">
        <Suspense fallback={<p className="stage-loading" aria-busy="true" />}>
          <Stage geo={geo} />
        </Suspense>
        {downloads && <DownloadMenu geo={geo} placement={downloads} />}
      </main>
      {traits.storyPanel && (
        // On a phone this is a bottom sheet: a peek at the story under the map, opened by its
        // handle (or by moving focus into it, so keyboard readers never land in hidden text).
        <aside className="story" aria-label={t.story.label} data-sheet={sheetOpen ? 'open' : 'peek'} onFocus={onSheetFocus}>
          <button type="button" className="sheet-toggle" aria-expanded={sheetOpen} aria-controls="story-panel" onClick={() => setSheetOpen((o) => !o)}>
            <span className="sheet-grip" aria-hidden="true" />
            {sheetOpen ? t.story.collapse : t.story.expand}
          </button>
          <StoryPanel />
        </aside>
      )}
      <div className="bottom">
        {traits.timeline && <Timeline />}
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
