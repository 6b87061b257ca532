/**
 * The controls over the map's top right corner, the same for both renderers: the region select
 * (the store's `region`, and so the URL) and the zoom buttons (44 px, as MapView's zoomBy does
 * them: eased unless the reader asked for less motion), and, once the map shows something other than
 * the region (src/map/framing.ts), a button that frames the region again. The legend has the bottom left, the
 * download menu the top left, the credit line the bottom right.
 */
import { REGIONS, type Region } from '../data/regions.ts';
import { useT } from '../i18n/useT.ts';
import { useApp } from '../store/appStore.ts';
import { ZOOM_STEP } from './mapHandle.ts';

export function MapControls({ zoomBy, framed, onFrameRegion }: { zoomBy(factor: number): void; framed: boolean; onFrameRegion(): void }) {
  const t = useT();
  const region = useApp((s) => s.region);
  const setRegion = useApp((s) => s.setRegion);
  const back = region === 'world' ? t.zoom.backToWorld : t.zoom.backTo(t.regions[region]);
  return (
    <div className="map-controls">
      <label className="map-region" data-map-overlay="">
        <FrameIcon />
        <span className="visually-hidden">{t.regions.label}</span>
        <select value={region} onChange={(e) => setRegion(e.currentTarget.value as Region)} data-testid="region-select">
          {REGIONS.map((r) => (
            <option key={r} value={r}>{t.regions[r]}</option>
          ))}
        </select>
      </label>
      {/* Once the map shows something other than its region (a step's countries, a selection, the reader's own view): one click back. */}
      {!framed && (
        <button type="button" className="map-back" data-map-overlay="" onClick={onFrameRegion} title={back} data-testid="frame-region">
          <FrameIcon />
          <span>{back}</span>
        </button>
      )}
      <div className="map-zoom" data-map-overlay="" role="group" aria-label={t.zoom.label}>
        <button type="button" aria-label={t.zoom.in} title={t.zoom.in} onClick={() => zoomBy(ZOOM_STEP)} data-testid="zoom-in">
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M8 2.5v11M2.5 8h11" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
        <button type="button" aria-label={t.zoom.out} title={t.zoom.out} onClick={() => zoomBy(1 / ZOOM_STEP)} data-testid="zoom-out">
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M2.5 8h11" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
      </div>
    </div>
  );
}

/** Four corners of a frame around a dot: "frame a region". */
function FrameIcon() {
  return (
    <svg className="setting-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round">
        <path d="M1.5 5V1.5H5M11 1.5h3.5V5M14.5 11v3.5H11M5 14.5H1.5V11" />
      </g>
      <circle cx="8" cy="8" r="2" fill="currentColor" />
    </svg>
  );
}
