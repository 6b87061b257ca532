/**
 * The map view's stage: the map with its legend, or, where the geometry did not load or no
 * renderer could start, a notice and the table (the same data, readable without a map).
 */
import { useCallback, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { Legend } from '../legend/Legend.tsx';
import { MapView } from '../map/MapView.tsx';
import { TableView } from '../table/TableView.tsx';
import type { ViewProps } from './views.ts';

export function MapStage({ geo }: ViewProps) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const onUnavailable = useCallback(() => setFailed(true), []);
  if (geo === null || failed) {
    return (
      <>
        <p className="notice" role="status">{t.mapUnavailable}</p>
        <TableView />
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
