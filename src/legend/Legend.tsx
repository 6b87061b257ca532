import { countByStatus } from '../data/statusIndex.ts';
import { STATUSES } from '../data/types.ts';
import { formatDay } from '../data/dates.ts';
import { useApp } from '../store/appStore.ts';
import { useStatuses } from '../ui/useStatuses.ts';
import { useModel } from '../app/model.ts';
import { peopleSummary } from '../ui/peopleText.ts';
import { Swatch } from '../ui/StatusChip.tsx';
import { useT } from '../i18n/useT.ts';

export function Legend() {
  const t = useT();
  const day = useApp((s) => s.day);
  const counts = countByStatus(useStatuses(day));
  const { people, index } = useModel();
  const moved = peopleSummary(people, day, t);
  return (
    <section className="legend" aria-label={t.legend}>
      <div className="legend-box">
        <h2 className="legend-title">
          {day === index.lastDay ? t.legendTitleLatest : t.legendTitle} <time>{formatDay(day, t.locale)}</time>
        </h2>
        <ul>
          {STATUSES.map((s) => (
            <li key={s} title={t.status.descriptions[s]} data-status={s}>
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
        <p className="legend-people" data-testid="people-total" data-total={moved.total}>
          {moved.text} <span className="legend-caveat">{t.peopleCaveat}</span>
        </p>
      )}
    </section>
  );
}
