/**
 * What compare mode shows in place of the usual legend, tooltip line, table and story panel list
 * (src/compare/changes.ts computes what changed; these only draw it).
 */
import { useMemo } from 'react';
import { MAP_COLOURS } from '../color/palette.ts';
import { countryName } from '../data/countries.ts';
import { dayToIso, formatDay } from '../data/dates.ts';
import { STATUSES, type Status } from '../data/types.ts';
import type { Catalogue } from '../i18n/langs.ts';
import { useT } from '../i18n/useT.ts';
import { useModel } from '../model/model.ts';
import { useApp } from '../store/appStore.ts';
import { Swatch } from '../ui/StatusChip.tsx';
import { changeRows, changeSet, type ChangeSet, type CountryChange } from './changes.ts';
import './compare.css';

/** The change set between the store's compare day and its day. */
function useChangeSet(from: number): ChangeSet {
  const { index } = useModel();
  const day = useApp((s) => s.day);
  return useMemo(() => changeSet(index, from, day), [index, from, day]);
}

/** The grey of an unchanged country, as a swatch. */
export function QuietSwatch() {
  const theme = useApp((s) => s.resolvedTheme);
  return <span className="swatch" aria-hidden="true" data-status="quiet" style={{ background: MAP_COLOURS[theme].quiet }} />;
}

/** The legend in compare mode: how many countries changed, how many to each status, and the grey of the rest. */
export function CompareLegend({ from }: { from: number }) {
  const t = useT();
  const day = useApp((s) => s.day);
  const set = useChangeSet(from);
  const setHighlight = useApp((s) => s.setHighlight);
  const pointAt = (isos: readonly string[]) => () => setHighlight(isos);
  const changedTo = (status: Status) => [...set.changes.values()].filter((c) => c.to.status === status).map((c) => c.iso);
  return (
    <section className="legend" aria-label={t.legend} data-compare="">
      <div className="legend-box" data-map-overlay="">
        <h2 className="legend-title">{t.compare.legendTitle(formatDay(from, t.locale), formatDay(day, t.locale))}</h2>
        <p className="legend-changed" data-testid="compare-changed" data-count={set.changes.size}>{t.compare.changed(set.changes.size)}</p>
        <ul>
          {STATUSES.map((s) => (
            <li key={s} title={`${t.compare.changedTo(t.status.labels[s])}: ${set.byStatus[s]}`} data-status={s} tabIndex={0}
              onPointerEnter={pointAt(changedTo(s))} onPointerLeave={pointAt([])} onFocus={pointAt(changedTo(s))} onBlur={pointAt([])}>
              <Swatch status={s} />
              <span className="legend-label">{t.status.labels[s]}</span>
              <span className="legend-count" data-testid={`changed-${s}`}>{set.byStatus[s]}</span>
            </li>
          ))}
          <li data-status="quiet" tabIndex={0} onPointerEnter={pointAt(set.unchanged)} onPointerLeave={pointAt([])} onFocus={pointAt(set.unchanged)} onBlur={pointAt([])}>
            <QuietSwatch />
            <span className="legend-label">{t.compare.unchanged}</span>
            <span className="legend-count" data-testid="unchanged-count">{set.unchanged.length}</span>
          </li>
          <li data-status="none">
            <Swatch status={null} />
            <span className="legend-label">{t.noStatus}</span>
          </li>
        </ul>
      </div>
    </section>
  );
}

/** The tooltip's status line in compare mode: "Agreement → Receiving deportees", or "No change (Agreement)". */
export function compareTooltipLine(t: Catalogue, change: CountryChange | undefined, now: Status | null): string {
  const label = (s: Status | null) => (s ? t.status.labels[s] : t.noStatus);
  if (change) return t.compare.change(label(change.from?.status ?? null), label(change.to.status));
  return t.compare.noChange(label(now));
}

/** The table in compare mode: only the countries whose status changed, each with its status at both dates and the day of the change. */
export function CompareTable({ from }: { from: number }) {
  const t = useT();
  const day = useApp((s) => s.day);
  const selected = useApp((s) => s.country);
  const setCountry = useApp((s) => s.setCountry);
  const setHighlight = useApp((s) => s.setHighlight);
  const set = useChangeSet(from);
  const rows = useMemo(() => changeRows(set, (iso) => countryName(iso, t.locale), t.locale), [set, t.locale]);
  const [a, b] = [formatDay(from, t.locale), formatDay(day, t.locale)];
  return (
    <>
      <table className="status-table compare-table" data-testid="compare-table">
        <caption>{t.compare.tableCaption(a, b)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.tableCountry}</th>
            <th scope="col">{t.compare.tableFrom(a)}</th>
            <th scope="col">{t.compare.tableTo(b)}</th>
            <th scope="col">{t.compare.tableChanged}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.iso} data-country={c.iso} data-from={c.from?.status ?? 'none'} data-to={c.to.status} data-changed={dayToIso(c.changedOn)}
              data-selected={c.iso === selected ? 'true' : undefined}
              onPointerEnter={() => setHighlight([c.iso])} onPointerLeave={() => setHighlight([])} onFocus={() => setHighlight([c.iso])} onBlur={() => setHighlight([])}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => setCountry(c.iso)}>{c.name}</button>
              </th>
              <td className="status-cell"><Swatch status={c.from?.status ?? null} /> {c.from ? t.status.labels[c.from.status] : t.noStatus}</td>
              <td className="status-cell"><Swatch status={c.to.status} /> {t.status.labels[c.to.status]}</td>
              <td className="date"><time dateTime={dayToIso(c.changedOn)}>{formatDay(c.changedOn, t.locale)}</time></td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="table-empty">{t.compare.tableEmpty}</p>}
    </>
  );
}
