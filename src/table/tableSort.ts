/**
 * The table's order (URL `sort`): a column, ascending, or descending with a leading "-"
 * ("people", "-people"). Pure: the table view, the statuses download and the URL codec read it.
 */
import { STATUSES, type Status } from '../data/types.ts';

/** The columns the table sorts by, in the order the table shows them. */
export const SORT_KEYS = ['country', 'status', 'since', 'people'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type TableSort = SortKey | `-${SortKey}`;

/** The table's order when the URL gives none: by status in the legend's order, then by name. */
export const DEFAULT_SORT: TableSort = 'status';

export const SORTS: readonly TableSort[] = SORT_KEYS.flatMap((k) => [k, `-${k}` as const]);

export function isTableSort(raw: string): raw is TableSort {
  return (SORTS as readonly string[]).includes(raw);
}

export const sortKey = (sort: TableSort): SortKey => (sort.startsWith('-') ? sort.slice(1) : sort) as SortKey;
export const isDescending = (sort: TableSort): boolean => sort.startsWith('-');

/** A header pressed: its column ascending, or the other way round if the table is sorted by it already. */
export function nextSort(current: TableSort, key: SortKey): TableSort {
  if (sortKey(current) !== key) return key;
  return isDescending(current) ? key : `-${key}`;
}

/** What a row is sorted on. */
export interface SortableRow {
  iso: string;
  /** The country's name in the reader's language. */
  name: string;
  status: Status;
  /** The day the current status began (its "since"). */
  sinceDay: number;
  people: number;
}

const STATUS_ORDER = new Map<Status, number>(STATUSES.map((s, i) => [s, i]));

/**
 * The rows in the order `sort` asks: by its column (status in the legend's order, "since" by day,
 * people by count), reversed with "-"; rows equal on the column keep the order of their names
 * (A to Z, in `locale`) either way. A new array; `rows` is left as it is.
 */
export function sortRows<R extends SortableRow>(rows: readonly R[], sort: TableSort, locale: string): R[] {
  const collator = new Intl.Collator(locale);
  const byName = (a: R, b: R): number => collator.compare(a.name, b.name) || (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0);
  const key = sortKey(sort);
  const sign = isDescending(sort) ? -1 : 1;
  const column = (a: R, b: R): number => {
    switch (key) {
      case 'country': return 0;
      case 'status': return (STATUS_ORDER.get(a.status) as number) - (STATUS_ORDER.get(b.status) as number);
      case 'since': return a.sinceDay - b.sinceDay;
      case 'people': return a.people - b.people;
    }
  };
  if (key === 'country') return [...rows].sort((a, b) => sign * byName(a, b));
  return [...rows].sort((a, b) => sign * column(a, b) || byName(a, b));
}
