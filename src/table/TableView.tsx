import { useMemo } from 'react';
import { countryName } from '../data/countries.ts';
import { formatDay, formatPartialDate } from '../data/dates.ts';
import { isSenderWide } from '../data/scope.ts';
import { eventProse } from '../story/quoteLogic.ts';
import { useApp } from '../store/appStore.ts';
import { useModel } from '../app/model.ts';
import { useStatuses } from '../ui/useStatuses.ts';
import { Swatch } from '../ui/StatusChip.tsx';
import { sinceText } from '../ui/sinceText.ts';
import { useT } from '../i18n/useT.ts';
import type { CompiledEvent } from '../data/types.ts';
import { tableRows } from './tableRows.ts';

export function TableView() {
  const t = useT();
  const day = useApp((s) => s.day);
  const setCountry = useApp((s) => s.setCountry);
  const selected = useApp((s) => s.country);
  const { index, people, dataset } = useModel();
  const statuses = useStatuses(day);
  const rows = useMemo(() => tableRows(statuses, index, people, day, (a3) => countryName(a3, t.locale), t.locale), [statuses, index, people, day, t.locale]);
  return (
    <div className="table-wrap">
      <table className="status-table" data-testid="status-table">
        <caption>{(day === index.lastDay ? t.tableCaptionLatest : t.tableCaption)(formatDay(day, t.locale))}</caption>
        <thead>
          <tr>
            <th scope="col">{t.tableCountry}</th>
            <th scope="col">{t.tableStatus}</th>
            <th scope="col">{t.tableSince}</th>
            <th scope="col" className="num">{t.tablePeople}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.iso} data-country={r.iso} data-status={r.status} data-selected={r.iso === selected ? "true" : undefined}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => setCountry(r.iso)}>{r.name}</button>
              </th>
              <td>
                <Swatch status={r.status} /> {t.status.labels[r.status]}
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
