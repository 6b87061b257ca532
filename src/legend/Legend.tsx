import { NO_STATUS_COLOUR, STATUS_DESCRIPTIONS, STATUS_LABELS } from '../color/palette.ts';
import { countByStatus } from '../data/statusIndex.ts';
import { STATUSES } from '../data/types.ts';
import { formatDay } from '../data/dates.ts';
import { useApp } from '../store/appStore.ts';
import { useStatuses } from '../app/useStatuses.ts';
import { useModel } from '../app/model.ts';
import { peopleSummary } from '../app/peopleText.ts';
import { Swatch } from '../app/StatusChip.tsx';
import { LOCALE, S } from '../i18n/strings.ts';

export function Legend() {
  const day = useApp((s) => s.day);
  const counts = countByStatus(useStatuses(day));
  const moved = peopleSummary(useModel().people, day);
  return (
    <section className="legend" aria-label={S.legend}>
      <div className="legend-box">
        <h2 className="legend-title">
          {S.legendTitle} <time>{formatDay(day, LOCALE)}</time>
        </h2>
        <ul>
          {STATUSES.map((s) => (
            <li key={s} title={STATUS_DESCRIPTIONS[s]} data-status={s}>
              <Swatch status={s} />
              <span className="legend-label">{STATUS_LABELS[s]}</span>
              <span className="legend-count" data-testid={`count-${s}`}>{counts[s]}</span>
            </li>
          ))}
          <li data-status="none">
            <span className="swatch" aria-hidden="true" style={{ background: NO_STATUS_COLOUR }} />
            <span className="legend-label">{S.noStatus}</span>
          </li>
        </ul>
      </div>
      {/* On a wide map this sits beside the list, over the southern ocean, not over the Americas. */}
      {moved && (
        <p className="legend-people" data-testid="people-total" data-total={moved.total}>
          {moved.text} <span className="legend-caveat">{S.peopleCaveat}</span>
        </p>
      )}
    </section>
  );
}
