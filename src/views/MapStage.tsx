/**
 * The map view's stage: the map with its legend, or, where the geometry did not load or no
 * renderer could start, a notice and the table (the same data, readable without a map).
 */
import { Suspense, useCallback, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { Legend } from '../legend/Legend.tsx';
import { MapView } from '../map/MapView.tsx';
import { TableView } from './lazyTable.ts';
import { useGeo } from '../map/GeoProvider.tsx';
import type { ViewProps } from './views.ts';

export function MapStage({ geo }: ViewProps) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const onUnavailable = useCallback(() => setFailed(true), []);
  const { retry, retrying } = useGeo();
  if (geo === null || failed) {
    return (
      <>
        <div className="notice" role="status">
          <p>{geo === null ? t.failure.geometry : t.mapUnavailable}</p>
          {/* Without its geometry the map can come back: fetch it again. */}
          {geo === null && (
            <button type="button" className="notice-retry" onClick={() => void retry()} disabled={retrying}>
              {t.failure.retry}
            </button>
          )}
        </div>
        {/* Its code loads now: the notice is shown meanwhile. */}
        <Suspense fallback={null}>
          <TableView />
        </Suspense>
      </>
    );
  }
  return (
    <>
      <MapView geo={geo} onUnavailable={onUnavailable} />
      <Legend />
    </>
  );
}
