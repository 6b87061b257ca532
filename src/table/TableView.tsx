import { useEffect, useMemo, useRef, type FocusEvent } from 'react';
import { countryName } from '../data/countries.ts';
import { formatDay, formatPartialDate } from '../data/dates.ts';
import { isSenderWide } from '../data/scope.ts';
import { eventProse } from '../story/quoteLogic.ts';
import { useApp } from '../store/appStore.ts';
import { useModel } from '../model/model.ts';
import { useStatuses } from '../ui/useStatuses.ts';
import { Swatch } from '../ui/StatusChip.tsx';
import { sinceText } from '../ui/sinceText.ts';
import { useT } from '../i18n/useT.ts';
import type { CompiledEvent } from '../data/types.ts';
import { StatusStrip } from '../ui/StatusStrip.tsx';
import { tableRows } from './tableRows.ts';
import { isDescending, nextSort, sortKey, type SortKey, type TableSort } from './tableSort.ts';
import './table.css';
import { CompareTable } from '../compare/CompareViews.tsx';

export function TableView() {
  const compare = useApp((s) => s.compare);
  // Compare mode lists only the countries whose status changed (src/compare).
  if (compare !== null) return <div className="table-wrap"><CompareTable from={compare} /></div>;
  return <StatusTable />;
}

function StatusTable() {
  const t = useT();
  const day = useApp((s) => s.day);
  const setCountry = useApp((s) => s.setCountry);
  const selected = useApp((s) => s.country);
  const sort = useApp((s) => s.sort);
  const setSort = useApp((s) => s.setSort);
  const setHighlight = useApp((s) => s.setHighlight);
  const { index, people, dataset } = useModel();
  const statuses = useStatuses(day);
  const rows = useMemo(
    () => tableRows(statuses, index, people, day, (a3) => countryName(a3, t.locale), t.locale, sort),
    [statuses, index, people, day, t.locale, sort],
  );
  // A row hovered or focused points at its country on the map; leaving the view takes the pointer away.
  const pointing = useRef(false);
  const point = (isos: readonly string[]) => {
    pointing.current = isos.length > 0;
    setHighlight(isos);
  };
  useEffect(() => () => {
    if (pointing.current) setHighlight([]);
  }, [setHighlight]);
  const onRowBlur = (e: FocusEvent<HTMLTableRowElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) point([]);
  };
  const header = (key: SortKey, label: string, className?: string) => (
    <SortHeader key={key} column={key} label={label} sort={sort} onSort={(k) => setSort(nextSort(sort, k))} className={className} />
  );
  return (
    <div className="table-wrap">
      <table className="status-table" data-testid="status-table">
        <caption>
          {(day === index.lastDay ? t.tableCaptionLatest : t.tableCaption)(formatDay(day, t.locale))}
          <span className="visually-hidden">{` ${t.sort.hint}`}</span>
        </caption>
        <thead>
          <tr>
            {header('country', t.tableCountry)}
            {header('status', t.tableStatus)}
            {header('since', t.tableSince)}
            {header('people', t.tablePeople, 'num')}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.iso}
              data-country={r.iso}
              data-status={r.status}
              data-selected={r.iso === selected ? "true" : undefined}
              onPointerEnter={() => point([r.iso])}
              onPointerLeave={() => point([])}
              onFocus={() => point([r.iso])}
              onBlur={onRowBlur}
            >
              <th scope="row">
                <button type="button" className="link-button" onClick={() => setCountry(r.iso)}>{r.name}</button>
              </th>
              <td className="status-cell">
                <Swatch status={r.status} /> {t.status.labels[r.status]}
                <StatusStrip iso={r.iso} day={day} />
              </td>
              <td>{sinceText(r.since, t)}</td>
              <td className="num" data-people={r.people}>{r.people > 0 ? t.formatCount(r.people) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="table-empty">{t.tableEmpty}</p>}
      <EveryDestinationTable day={day} events={dataset.events} />
    </div>
  );
}

/** A column's header: a button that sorts by it (again: the other way), and aria-sort on the sorted one only. */
function SortHeader({ column, label, sort, onSort, className }: {
  column: SortKey; label: string; sort: TableSort; onSort: (k: SortKey) => void; className?: string | undefined;
}) {
  const sorted = sortKey(sort) === column;
  const direction = isDescending(sort) ? 'descending' : 'ascending';
  return (
    <th scope="col" className={className} aria-sort={sorted ? direction : undefined} data-sort={column}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        <span>{label}</span>
        <svg className="sort-icon" data-direction={sorted ? direction : 'none'} viewBox="0 0 10 12" width="10" height="12" aria-hidden="true" focusable="false">
          <path className="sort-up" d="M5 1 9 5H1z" />
          <path className="sort-down" d="M5 11 1 7h8z" />
        </svg>
      </button>
    </th>
  );
}

/** The rulings and decisions up to the day that apply to every destination: they colour no country, so they have a list of their own. */
function EveryDestinationTable({ day, events }: { day: number; events: readonly CompiledEvent[] }) {
  const t = useT();
  const rows = useMemo(() => events.filter((e) => isSenderWide(e) && e.day <= day), [events, day]);
  return (
    <>
      <table className="status-table every-destination-table" data-testid="every-destination-table">
        <caption>{t.senderWide.tableCaption(formatDay(day, t.locale))}</caption>
        <thead>
          <tr>
            <th scope="col">{t.senderWide.tableDate}</th>
            <th scope="col">{t.senderWide.tableEvent}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => {
            const prose = eventProse(e, t.lang);
            return (
              <tr key={e.id} data-event={e.id}>
                <td className="date"><time dateTime={e.date}>{formatPartialDate(e.date, t.locale)}</time></td>
                <td lang={prose.lang}>{prose.summary}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && <p className="table-empty">{t.senderWide.tableEmpty}</p>}
    </>
  );
}
