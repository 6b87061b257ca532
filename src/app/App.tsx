import { useCallback, useState } from 'react';
import { formatPartialDate } from '../data/dates.ts';
import { useApp } from '../store/appStore.ts';
import { VIEWS, type View } from '../store/urlState.ts';
import { AboutView } from '../about/AboutView.tsx';
import { Legend } from '../legend/Legend.tsx';
import type { BaseGeometry } from '../map/geometry.ts';
import { MapView } from '../map/MapView.tsx';
import { QuotesPanel } from '../quotes/QuotesPanel.tsx';
import { SourceReader } from '../quotes/SourceReader.tsx';
import { TableView } from '../table/TableView.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import { LOCALE, S } from '../i18n/strings.ts';
import { useModel } from './model.ts';

const VIEW_LABELS: Record<View, string> = { map: S.viewMap, table: S.viewTable, about: S.viewAbout };

export function App({ geo }: { geo: BaseGeometry | null }) {
  const view = useApp((s) => s.view);
  const setView = useApp((s) => s.setView);
  const { dataset } = useModel();
  const [mapFailed, setMapFailed] = useState(geo === null);
  const onUnavailable = useCallback(() => setMapFailed(true), []);
  const about = view === 'about';
  const showMap = view === 'map' && !mapFailed && geo !== null;

  return (
    <div className={about ? 'app app-about' : 'app'}>
      <header className="app-head">
        <div className="app-title">
          <h1>{S.title}</h1>
          <p className="app-subtitle">{S.subtitle}</p>
        </div>
        <div className="view-switch" role="group" aria-label={S.viewSwitch}>
          {VIEWS.map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)} data-view={v}>
              {VIEW_LABELS[v]}
            </button>
          ))}
        </div>
      </header>
      <main className="stage">
        {about ? (
          <AboutView />
        ) : (
          <>
            {view === 'map' && mapFailed && <p className="notice" role="status">{S.noWebgl}</p>}
            {showMap ? <MapView geo={geo} onUnavailable={onUnavailable} /> : <TableView />}
            {showMap && <Legend />}
          </>
        )}
      </main>
      {/* The About view is a document of its own: no story panel, no timeline to drive. */}
      {!about && (
        <aside className="side">
          <QuotesPanel />
        </aside>
      )}
      <div className="bottom">
        {!about && <Timeline />}
        <footer className="footnote">{S.checked(formatPartialDate(dataset.checked, LOCALE))}</footer>
      </div>
      <SourceReader />
    </div>
  );
}
