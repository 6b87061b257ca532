/**
 * About's "Other published counts": each count someone else published beside the map's own on the
 * same date, with their words and the difference country by country (the logic: reconcile.ts).
 */
import { useMemo, type MouseEvent } from 'react';
import { countryName } from '../data/countries.ts';
import { formatDay } from '../data/dates.ts';
import { urlContext, useModel } from '../model/model.ts';
import { useT } from '../i18n/useT.ts';
import { useApp, useAppStore, toUrlState } from '../store/appStore.ts';
import { serialiseQuery, type QueryParam } from '../store/urlState.ts';
import { QuoteCard } from '../story/QuoteCard.tsx';
import { StatusChip } from '../ui/StatusChip.tsx';
import { countWhen, mapLinkState, reconcileAll, type CountReconciliation, type CountRow } from './reconcile.ts';

/** The parameters a country's link sets; the others stay as the reader has them. */
const LINK_GIVES: ReadonlySet<QueryParam> = new Set<QueryParam>(['date', 'country', 'view']);

export function Reconciliation() {
  const model = useModel();
  const t = useT();
  const items = useMemo(
    () => reconcileAll(model.dataset.counts, model.dataset.events, model.index, t.lang, t.locale),
    [model, t.lang, t.locale],
  );
  return (
    <>
      <p>{t.reconcile.intro}</p>
      {items.map((r) => <CountItem key={r.count.id} r={r} />)}
    </>
  );
}

function CountItem({ r }: { r: CountReconciliation }) {
  const t = useT();
  const R = t.reconcile;
  const { count } = r;
  const headingId = `count-${count.id}`;
  const date = formatDay(count.day, t.locale);
  const measure = count.measure === 'status'
    ? R.measureStatus(R.or((count.statuses ?? []).map((s) => t.status.labels[s])))
    : R.measureReceived;
  return (
    <section className="count" data-count-id={count.id} aria-labelledby={headingId}>
      <h4 id={headingId} className="count-heading">{R.heading(r.by, countWhen(count, t))}</h4>
      <p className="count-measure">{measure}</p>
      <dl className="count-figures">
        <div>
          <dt>{R.theirs}</dt>
          <dd data-figure="theirs">{R.figure(count.figure, count.qualifier ?? null)}</dd>
        </div>
        <div>
          <dt>{R.ours}</dt>
          <dd data-figure="ours">{R.mapFigure(r.mapFigure, date)}</dd>
        </div>
      </dl>
      {count.quotes.map((q, i) => <QuoteCard key={i} quote={q} />)}
      {r.note && <p className="count-note" lang={r.lang}>{r.note}</p>}
      {count.countries === undefined ? <MapList r={r} /> : <CountTable r={r} />}
    </section>
  );
}

/** A link to the map on the count's day with the country selected, opened in place (Back returns here). */
function CountryLink({ country, day }: { country: string; day: number }) {
  const t = useT();
  const model = useModel();
  const store = useAppStore();
  // The link keeps the reader's language and theme, so it is redrawn when they change.
  useApp((s) => `${s.lang}|${s.langFromUrl}|${s.theme}`);
  const state = mapLinkState(toUrlState(store.getState(), urlContext(model)), day, country);
  const href = serialiseQuery(state) || '?';
  const open = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    history.pushState(null, '', `${location.pathname}${href}`);
    store.getState().applyUrl(state, LINK_GIVES);
    window.scrollTo(0, 0);
  };
  return (
    <a href={href} onClick={open} data-link-country={country}>
      {countryName(country, t.locale)}
      <span className="visually-hidden"> {t.reconcile.onMap(formatDay(day, t.locale))}</span>
    </a>
  );
}

function CountTable({ r }: { r: CountReconciliation }) {
  const t = useT();
  const R = t.reconcile;
  const { count } = r;
  return (
    <table className="count-table">
      <caption>{R.caption(r.by)}</caption>
      <thead>
        <tr>
          <th scope="col">{R.colCountry}</th>
          <th scope="col">{R.colMap(formatDay(count.day, t.locale))}</th>
          <th scope="col">{R.colWhy}</th>
        </tr>
      </thead>
      <tbody>
        {r.rows.map((row) => <CountTableRow key={row.country} row={row} r={r} />)}
      </tbody>
    </table>
  );
}

function CountTableRow({ row, r }: { row: CountRow; r: CountReconciliation }) {
  const t = useT();
  const R = t.reconcile;
  const complete = r.count.complete === true;
  return (
    <tr data-country={row.country} data-theirs={row.theirs ? 'yes' : 'no'} data-map={row.map ? 'yes' : 'no'} data-reason={row.reason ?? 'none'}>
      <th scope="row"><CountryLink country={row.country} day={r.count.day} /></th>
      <td>
        {row.map ? <StatusChip status={row.status} /> : <span className="count-not-counted">{R.notCounted}{row.status && <> (<StatusChip status={row.status} />)</>}</span>}
      </td>
      <td>
        <span className="count-named">{row.theirs ? R.named : R.notNamed}</span>{' '}
        {row.theirs && row.map && R.agree}
        {!row.theirs && !complete && R.someNamed}
        {row.reason && (
          <span className="count-reason">
            <strong>{R.reasons[row.reason]}:</strong> <span lang={row.noteLang}>{row.note}</span>
          </span>
        )}
        {row.quotes.map((q, i) => <QuoteCard key={i} quote={q} />)}
      </td>
    </tr>
  );
}

/** A count that names no countries: the map's own, each a link, with its status. */
function MapList({ r }: { r: CountReconciliation }) {
  const t = useT();
  return (
    <>
      <p>{t.reconcile.unnamed}</p>
      <ul className="count-map-list">
        {r.rows.map((row) => (
          <li key={row.country} data-country={row.country}>
            <CountryLink country={row.country} day={r.count.day} /> <StatusChip status={row.status} />
          </li>
        ))}
      </ul>
    </>
  );
}
