import type { PeopleIndex } from '../data/people.ts';
import type { StatusAt, StatusIndex } from '../data/statusIndex.ts';
import type { CompiledEvent, Status } from '../data/types.ts';
import { DEFAULT_SORT, sortRows, type TableSort } from './tableSort.ts';

export interface TableRow {
  iso: string;
  name: string;
  status: Status;
  since: CompiledEvent;
  /** The day the current status began (`since`'s day). */
  sinceDay: number;
  /** At least how many people sources say were sent there by the day (0: no count known). */
  people: number;
}

/**
 * Rows of the table view in the order `sort` asks (tableSort.ts); by default by status (in
 * vocabulary order, the legend's), then by name in the reader's locale.
 */
export function tableRows(
  statuses: ReadonlyMap<string, StatusAt>, index: StatusIndex, people: Pick<PeopleIndex, 'countryAt'>, day: number,
  name: (a3: string) => string, locale: string, sort: TableSort = DEFAULT_SORT,
): TableRow[] {
  const rows: TableRow[] = [];
  for (const [iso, at] of statuses) {
    const since = index.statusStartEvent(iso, day) ?? at.event;
    rows.push({ iso, name: name(iso), status: at.status, since, sinceDay: since.day, people: people.countryAt(iso, day) });
  }
  return sortRows(rows, sort, locale);
}
