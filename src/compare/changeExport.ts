/**
 * Compare mode's data downloads (the statuses download while comparing: src/export/downloads.ts):
 * one row per country whose status changed between A and B, as CSV and JSON. Column and key names
 * are stable English identifiers; names and status labels are in the reader's language beside the
 * codes that do not change with it.
 */
import { dayToIso } from '../data/dates.ts';
import type { Status } from '../data/types.ts';
import { toCsv } from '../export/csv.ts';
import { FILE_PREFIX, type Provenance } from '../export/dataExport.ts';
import type { ChangeRow } from './changes.ts';

export interface ChangeOut {
  /** ISO 3166-1 alpha-3. */
  country: string;
  countryName: string;
  /** The status at A (null: none), and its label. */
  fromStatus: Status | null;
  fromLabel: string;
  toStatus: Status;
  toLabel: string;
  /** The day it took its status at B (ISO). */
  changedOn: string;
  /** The events between A and B that changed its status, in date order. */
  changeEventIds: string[];
  /** Sources quoted by those events. */
  sourceIds: string[];
}

export const CHANGE_COLUMNS = ['country', 'country_name', 'from_status', 'from_label', 'to_status', 'to_label', 'changed_on', 'change_event_ids', 'source_ids'] as const;

export function changesOut(rows: readonly ChangeRow[], statusLabel: (s: Status) => string, noStatus: string): ChangeOut[] {
  return rows.map((r) => ({
    country: r.iso,
    countryName: r.name,
    fromStatus: r.from?.status ?? null,
    fromLabel: r.from ? statusLabel(r.from.status) : noStatus,
    toStatus: r.to.status,
    toLabel: statusLabel(r.to.status),
    changedOn: dayToIso(r.changedOn),
    changeEventIds: r.steps.map((e) => e.id),
    sourceIds: [...new Set(r.steps.flatMap((e) => e.quotes.map((q) => q.source)))],
  }));
}

export function changesCsv(rows: readonly ChangeOut[]): string {
  return toCsv(CHANGE_COLUMNS, rows.map((r) => [
    r.country, r.countryName, r.fromStatus ?? '', r.fromLabel, r.toStatus, r.toLabel, r.changedOn, r.changeEventIds.join(';'), r.sourceIds.join(';'),
  ]));
}

interface ChangesDocument {
  /** A and B (ISO): the statuses compared are those in force at the end of each day. */
  from: string;
  to: string;
  title: string;
  generatedFrom: string;
  checked: string;
  sourcesUpTo: string;
  language: string;
  /** What a change is, in one line. */
  rule: string;
  changes: ChangeOut[];
}

const CHANGE_RULE = 'A country is listed when its status on `to` differs from its status on `from` ("none" counting as a status); one that changed and changed back is not.';

export function changesJson(rows: readonly ChangeOut[], from: number, to: number, p: Provenance, language: string): string {
  const doc: ChangesDocument = {
    from: dayToIso(from), to: dayToIso(to), title: p.title, generatedFrom: p.url, checked: p.checked, sourcesUpTo: p.sourcesUpTo, language,
    rule: CHANGE_RULE, changes: [...rows],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** "third-country-deportations-changes-2025-03-01-to-2025-08-01.csv" (or map-changes-… for the map). */
export function changeFileName(kind: string, from: number, to: number): string {
  const [what, ext] = kind.split('-') as [string, string];
  return `${FILE_PREFIX}-${what === 'statuses' ? 'changes' : `${what}-changes`}-${dayToIso(from)}-to-${dayToIso(to)}.${ext}`;
}
