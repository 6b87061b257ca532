import { useCallback, useState } from 'react';
import { formatPartialDate } from '../data/dates.ts';
import { useApp } from '../store/appStore.ts';
import type { View } from '../store/urlState.ts';
import { Legend } from '../legend/Legend.tsx';
import type { BaseGeometry } from '../map/geometry.ts';
import { MapView } from '../map/MapView.tsx';
import { QuotesPanel } from '../quotes/QuotesPanel.tsx';
import { SourceReader } from '../quotes/SourceReader.tsx';
import { TableView } from '../table/TableView.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import { LOCALE, S } from '../i18n/strings.ts';
import { useModel } from './model.ts';

export function App({ geo }: { geo: BaseGeometry | null }) {
  const view = useApp((s) => s.view);
  const setView = useApp((s) => s.setView);
  const { dataset } = useModel();
  const [mapFailed, setMapFailed] = useState(geo === null);
  const onUnavailable = useCallback(() => setMapFailed(true), []);
  const showMap = view === 'map' && !mapFailed && geo !== null;

  return (
    <div className="app">
      <header className="app-head">
        <div className="app-title">
          <h1>{S.title}</h1>
          <p className="app-subtitle">{S.subtitle}</p>
        </div>
        <div className="view-switch" role="group" aria-label={S.viewSwitch}>
          {(['map', 'table'] as View[]).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)} data-view={v}>
              {v === 'map' ? S.viewMap : S.viewTable}
            </button>
          ))}
        </div>
      </header>
      <main className="stage">
        {view === 'map' && mapFailed && <p className="notice" role="status">{S.noWebgl}</p>}
        {showMap ? <MapView geo={geo} onUnavailable={onUnavailable} /> : view === 'table' || mapFailed ? <TableView /> : null}
        {showMap && <Legend />}
      </main>
      <aside className="side">
        <QuotesPanel />
      </aside>
      <div className="bottom">
        <Timeline />
        <footer className="footnote">{S.checked(formatPartialDate(dataset.checked, LOCALE))}</footer>
      </div>
      <SourceReader />
    </div>
  );
}
