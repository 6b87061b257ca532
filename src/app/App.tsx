import { lazy, Suspense, useCallback, useState } from 'react';
import { formatPartialDate } from '../data/dates.ts';
import { useApp } from '../store/appStore.ts';
import { VIEWS, type View } from '../store/urlState.ts';
import { Legend } from '../legend/Legend.tsx';
import type { BaseGeometry } from '../map/geometry.ts';
import { MapView } from '../map/MapView.tsx';
import { QuotesPanel } from '../quotes/QuotesPanel.tsx';
import { SourceReader } from '../quotes/SourceReader.tsx';
import { TableView } from '../table/TableView.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import { SearchBox } from '../search/SearchBox.tsx';
import { DownloadMenu } from '../export/DownloadMenu.tsx';
import { Announcer } from '../a11y/Announcer.tsx';
import { useT } from '../i18n/useT.ts';
import { useModel } from './model.ts';
import { Settings } from './Settings.tsx';

/** The About view is a long document most readers never open: its code loads when they do. */
const AboutView = lazy(() => import('../about/AboutView.tsx').then((m) => ({ default: m.AboutView })));

export function App({ geo }: { geo: BaseGeometry | null }) {
  const t = useT();
  const view = useApp((s) => s.view);
  const setView = useApp((s) => s.setView);
  const { dataset } = useModel();
  const [mapFailed, setMapFailed] = useState(geo === null);
  const onUnavailable = useCallback(() => setMapFailed(true), []);
  const [sheetOpen, setSheetOpen] = useState(false);
  const onSheetFocus = useCallback((e: React.FocusEvent<HTMLElement>) => {
    if (!(e.target as HTMLElement).classList.contains('sheet-toggle')) setSheetOpen(true);
  }, []);
  const about = view === 'about';
  const showMap = view === 'map' && !mapFailed && geo !== null;
  const viewLabels: Record<View, string> = { map: t.viewMap, table: t.viewTable, about: t.viewAbout };

  return (
    <div className={about ? 'app app-about' : 'app'}>
      <header className="app-head">
        <div className="app-title">
          <h1>{t.title}</h1>
          <p className="app-subtitle">{t.subtitle}</p>
        </div>
        <div className="app-controls">
          {!about && <SearchBox />}
          <div className="view-switch" role="group" aria-label={t.viewSwitch}>
            {VIEWS.map((v) => (
              <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)} data-view={v}>
                {viewLabels[v]}
              </button>
            ))}
          </div>
          <Settings />
        </div>
      </header>
      <main className="stage">
        {about ? (
          <Suspense fallback={<p className="about-loading" aria-busy="true" />}>
            <AboutView />
          </Suspense>
        ) : (
          <>
            {view === 'map' && mapFailed && <p className="notice" role="status">{t.mapUnavailable}</p>}
            {showMap ? <MapView geo={geo} onUnavailable={onUnavailable} /> : <TableView />}
            {showMap && <Legend />}
            <DownloadMenu geo={geo} />
          </>
        )}
      </main>
      {/* The About view is a document of its own: no story panel, no timeline to drive. */}
      {!about && (
        // On a phone this is a bottom sheet: a peek at the story under the map, opened by its
        // handle (or by moving focus into it, so keyboard readers never land in hidden text).
        <aside className="side" aria-label={t.sheet.label} data-sheet={sheetOpen ? 'open' : 'peek'} onFocus={onSheetFocus}>
          <button type="button" className="sheet-toggle" aria-expanded={sheetOpen} aria-controls="story-panel" onClick={() => setSheetOpen((o) => !o)}>
            <span className="sheet-grip" aria-hidden="true" />
            {sheetOpen ? t.sheet.collapse : t.sheet.expand}
          </button>
          <QuotesPanel />
        </aside>
      )}
      <div className="bottom">
        {!about && <Timeline />}
        <footer className="footnote">{t.checked(formatPartialDate(dataset.checked, t.locale))}</footer>
      </div>
      <SourceReader />
      <Announcer />
    </div>
  );
}
