import { countByStatus } from '../data/statusIndex.ts';
import { STATUSES, type Status } from '../data/types.ts';
import { formatDay } from '../data/dates.ts';
import { useApp } from '../store/appStore.ts';
import { useStatuses } from '../ui/useStatuses.ts';
import { useModel } from '../model/model.ts';
import { peopleSummary } from '../ui/peopleText.ts';
import { Swatch } from '../ui/StatusChip.tsx';
import { useT } from '../i18n/useT.ts';
import './legend.css';
import { CompareLegend } from '../compare/CompareViews.tsx';

export function Legend() {
  const compare = useApp((s) => s.compare);
  return compare === null ? <StatusLegend /> : <CompareLegend from={compare} />;
}

function StatusLegend() {
  const t = useT();
  const day = useApp((s) => s.day);
  const statuses = useStatuses(day);
  const counts = countByStatus(statuses);
  const setHighlight = useApp((s) => s.setHighlight);
  /** Pointing at an entry (hover or focus) highlights its countries on the map. */
  const pointAt = (status: Status | null) => () => setHighlight(status ? [...statuses].filter(([, v]) => v.status === status).map(([iso]) => iso) : []);
  const { people, index } = useModel();
  const moved = peopleSummary(people, day, t);
  return (
    <section className="legend" aria-label={t.legend}>
      <div className="legend-box" data-map-overlay="">
        <h2 className="legend-title">
          {day === index.lastDay ? t.legendTitleLatest : t.legendTitle} <time>{formatDay(day, t.locale)}</time>
        </h2>
        <ul>
          {STATUSES.map((s) => (
            // Focusable so that keyboard readers can point at an entry as a pointer does.
            <li key={s} title={t.status.descriptions[s]} data-status={s} tabIndex={0} onPointerEnter={pointAt(s)} onPointerLeave={pointAt(null)} onFocus={pointAt(s)} onBlur={pointAt(null)}>
              <Swatch status={s} />
              <span className="legend-label">{t.status.labels[s]}</span>
              <span className="legend-count" data-testid={`count-${s}`}>{counts[s]}</span>
            </li>
          ))}
          <li data-status="none">
            <Swatch status={null} />
            <span className="legend-label">{t.noStatus}</span>
          </li>
        </ul>
      </div>
      {/* On a wide map this sits beside the list, over the southern ocean, not over the Americas. */}
      {moved && (
        <p className="legend-people" data-map-overlay="" data-testid="people-total" data-total={moved.total}>
          {moved.text} <span className="legend-caveat">{t.peopleCaveat}</span>
        </p>
      )}
    </section>
  );
}
