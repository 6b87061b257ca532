/** What the live region says once the timeline settles: the date, the counts, the selection. */
import type { Catalogue } from '../i18n/langs.ts';
import { STATUSES, type Status } from '../data/types.ts';
import { formatDay } from '../data/dates.ts';

export function announcement(
  t: Catalogue,
  day: number,
  counts: Readonly<Record<Status, number>>,
  selected: { name: string; status: string } | null,
  /** Compare mode (src/compare): the earlier day and how many countries changed since; the counts are then of changes to each status. */
  compare: { from: number; changed: number } | null = null,
): string {
  const parts = STATUSES.filter((s) => counts[s] > 0).map((s) =>
    compare ? `${t.formatCount(counts[s])} ${t.compare.changedTo(t.status.labels[s])}` : t.announce.count(counts[s], t.status.labels[s]));
  const line = compare
    ? `${t.compare.legendTitle(formatDay(compare.from, t.locale), formatDay(day, t.locale))}: ${[t.compare.changed(compare.changed), ...parts].join(', ')}.`
    : t.announce.date(formatDay(day, t.locale), parts.join(', '));
  return selected ? `${line} ${t.announce.country(selected.name, selected.status)}` : line;
}
