import type { PeopleIndex } from '../data/people.ts';
import type { StatusAt, StatusIndex } from '../data/statusIndex.ts';
import { STATUSES, type CompiledEvent, type Status } from '../data/types.ts';

export interface TableRow {
  iso: string;
  name: string;
  status: Status;
  since: CompiledEvent;
  /** At least how many people sources say were sent there by the day (0: no count known). */
  people: number;
}

/** Rows of the table view: by status (in vocabulary order), then by name in the reader's locale. */
export function tableRows(
  statuses: ReadonlyMap<string, StatusAt>, index: StatusIndex, people: Pick<PeopleIndex, 'countryAt'>, day: number,
  name: (a3: string) => string, locale: string,
): TableRow[] {
  const order = new Map(STATUSES.map((s, i) => [s, i]));
  const collator = new Intl.Collator(locale);
  const rows: TableRow[] = [];
  for (const [iso, at] of statuses) {
    rows.push({ iso, name: name(iso), status: at.status, since: index.statusStartEvent(iso, day) ?? at.event, people: people.countryAt(iso, day) });
  }
  return rows.sort((a, b) => (order.get(a.status) as number) - (order.get(b.status) as number) || collator.compare(a.name, b.name));
}
