/**
 * The data downloads, as pure functions of the model and a day: the statuses at that day (the
 * rows of the table view, in the order the reader sorted it) and the full event list with its quotes and sources, each
 * as CSV and JSON. Column and key names are stable English identifiers; names and status labels
 * are in the reader's language beside the codes (ISO3, status) that do not change with it.
 */
import type { PeopleIndex } from '../data/people.ts';
import type { StatusAt, StatusIndex } from '../data/statusIndex.ts';
import { isSenderWide } from '../data/scope.ts';
import type { CompiledEvent, Dataset, Source, SourceWithText, Status } from '../data/types.ts';
import { dayToIso } from '../data/dates.ts';
import { tableRows } from '../table/tableRows.ts';
import { DEFAULT_SORT, type TableSort } from '../table/tableSort.ts';
import { toCsv, type Cell } from './csv.ts';

/** Who the files come from, and on what terms: written into every JSON download. */
export interface Provenance {
  /** The app's title in the reader's language. */
  title: string;
  /** The address of the view the download was made from. */
  url: string;
  /** The date the data was last checked against its sources (ISO). */
  checked: string;
  /** How far the sources reach (ISO): what a download shows for that date holds as of then. */
  sourcesUpTo: string;
}

const ATTRIBUTION =
  'Compiled from the sources listed, each status traced to dated events with verbatim quotes. ' +
  'Quotes are short excerpts whose copyright stays with their publishers; cite the original publisher when you reuse one. ' +
  'Borders: Natural Earth.';

export interface Naming {
  /** BCP 47 locale for sorting names (the table's order). */
  locale: string;
  countryName(a3: string): string;
  statusLabel(status: Status): string;
}

export interface StatusRow {
  /** ISO 3166-1 alpha-3. */
  country: string;
  countryName: string;
  status: Status;
  statusLabel: string;
  /** The date of the event that began the current status, at its source's precision. */
  since: string;
  /** "by" when that date is only the report's (the event had happened by then), else "since". */
  sinceBasis: 'since' | 'by';
  /** At least how many people sources say were sent there by the day; null when none is stated. */
  peopleAtLeast: number | null;
  /** The event that set the status in force at the day. */
  eventId: string;
  /** The event that began the current run of this status (the "since" date's). */
  sinceEventId: string;
  /** Sources quoted by the event in force. */
  sourceIds: string[];
}

export interface ModelLike {
  dataset: Dataset;
  index: StatusIndex;
  people: Pick<PeopleIndex, 'countryAt'>;
}

const unique = <T,>(xs: readonly T[]): T[] => [...new Set(xs)];

/** The statuses at `day`, one row per country with a status, in the table view's order (`sort`, URL `sort`). */
export function statusRows(model: ModelLike, day: number, naming: Naming, sort: TableSort = DEFAULT_SORT): StatusRow[] {
  const statuses: ReadonlyMap<string, StatusAt> = model.index.allAt(day);
  const rows = tableRows(statuses, model.index, model.people, day, naming.countryName, naming.locale, sort);
  return rows.map((r) => {
    const inForce = (statuses.get(r.iso) as StatusAt).event;
    return {
      country: r.iso,
      countryName: r.name,
      status: r.status,
      statusLabel: naming.statusLabel(r.status),
      since: r.since.date,
      sinceBasis: r.since.dateBasis === 'reported' ? 'by' : 'since',
      peopleAtLeast: r.people > 0 ? r.people : null,
      eventId: inForce.id,
      sinceEventId: r.since.id,
      sourceIds: unique(inForce.quotes.map((q) => q.source)),
    };
  });
}

export const STATUS_COLUMNS = [
  'country', 'country_name', 'status', 'status_label', 'since', 'since_basis',
  'people_at_least', 'event_id', 'since_event_id', 'source_ids',
] as const;

/** Several ids in one CSV cell. */
const ID_SEPARATOR = ';';

export function statusesCsv(rows: readonly StatusRow[]): string {
  return toCsv(STATUS_COLUMNS, rows.map((r) => [
    r.country, r.countryName, r.status, r.statusLabel, r.since, r.sinceBasis,
    r.peopleAtLeast, r.eventId, r.sinceEventId, r.sourceIds.join(ID_SEPARATOR),
  ]));
}

export interface StatusesDocument {
  /** The day the statuses hold at (ISO). */
  date: string;
  title: string;
  generatedFrom: string;
  checked: string;
  sourcesUpTo: string;
  /** The language of countryName and statusLabel. */
  language: string;
  attribution: string;
  statuses: StatusRow[];
  /** Rulings and decisions up to the day that apply to every destination (they colour no country). */
  everyDestination: { eventId: string; date: string; summary: string }[];
}

export function statusesJson(rows: readonly StatusRow[], day: number, p: Provenance, language: string, events: readonly CompiledEvent[]): string {
  const doc: StatusesDocument = {
    date: dayToIso(day),
    title: p.title,
    generatedFrom: p.url,
    checked: p.checked,
    sourcesUpTo: p.sourcesUpTo,
    language,
    attribution: ATTRIBUTION,
    statuses: [...rows],
    everyDestination: events.filter((e) => isSenderWide(e) && e.day <= day).map((e) => ({ eventId: e.id, date: e.date, summary: e.summary })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Whom an event concerns: one destination country, or every destination (a US-wide ruling or decision). */
type AppliesTo = 'country' | 'every-destination';

/**
 * An event as downloaded: as in the data files (with `added` and, once it has changed, `updated`:
 * data/README.md, "Dated changes"), with its quotes' positions in our texts left out.
 */
type EventOut = Omit<CompiledEvent, 'day' | 'quotes'> & {
  appliesTo: AppliesTo;
  quotes: { text: string; source: string; speaker?: string; lang: string }[];
};

const appliesTo = (e: CompiledEvent): AppliesTo => (isSenderWide(e) ? 'every-destination' : 'country');

/** A source as downloaded: its metadata (with `added` and `updated`), without the text we hold (see SOURCE_TEXTS_NOTE). */
type SourceOut = Omit<Source, 'linkFragments'>;

export const SOURCE_TEXTS_NOTE =
  'The full texts we hold of the sources are left out to keep this file small; every quote is given in full. ' +
  'Read a text in the app (each quote links to it) or in the project repository under data/sources/.';

export interface EventsDocument {
  title: string;
  generatedFrom: string;
  checked: string;
  sourcesUpTo: string;
  attribution: string;
  sourceTexts: string;
  events: EventOut[];
  sources: SourceOut[];
}

function eventOut(e: CompiledEvent): EventOut {
  const { day: _day, quotes, ...rest } = e;
  return {
    ...rest,
    appliesTo: appliesTo(e),
    quotes: quotes.map((q) => ({ text: q.text, source: q.source, ...(q.speaker !== undefined ? { speaker: q.speaker } : {}), lang: q.lang })),
  };
}

function sourceOut(s: SourceWithText): SourceOut {
  const { text: _text, linkFragments: _lf, ...rest } = s;
  return rest;
}

export function eventsJson(dataset: Dataset, p: Provenance): string {
  const doc: EventsDocument = {
    title: p.title,
    generatedFrom: p.url,
    checked: dataset.checked,
    sourcesUpTo: p.sourcesUpTo,
    attribution: ATTRIBUTION,
    sourceTexts: SOURCE_TEXTS_NOTE,
    events: dataset.events.map(eventOut),
    sources: dataset.sources.map(sourceOut),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export const EVENT_COLUMNS = [
  'event_id', 'event_date', 'date_basis', 'date_note', 'applies_to', 'country', 'country_name', 'status', 'summary',
  'people', 'people_basis', 'conflict', 'event_added', 'event_updated',
  'quote_text', 'quote_lang', 'speaker',
  'source_id', 'publisher', 'via', 'headline', 'source_url', 'source_date', 'source_kind', 'text_kind', 'source_note',
] as const;

/**
 * The events as one row per quote, so a spreadsheet holds everything: each row repeats its
 * event's fields (with the days it entered the data and last changed, `event_added` and
 * `event_updated`) and the quoted source's metadata. An event without quotes gets one row.
 */
export function eventsCsv(dataset: Dataset, countryName: (a3: string) => string): string {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const rows: Cell[][] = [];
  for (const e of dataset.events) {
    const event: Cell[] = [
      e.id, e.date, e.dateBasis, e.dateNote, appliesTo(e), e.country, countryName(e.country), e.status, e.summary,
      e.people, e.peopleBasis, e.conflict, e.added, e.updated,
    ];
    if (e.quotes.length === 0) rows.push([...event, ...Array<Cell>(EVENT_COLUMNS.length - event.length).fill('')]);
    for (const q of e.quotes) {
      const s = sources.get(q.source);
      rows.push([
        ...event,
        q.text, q.lang, q.speaker,
        q.source, s?.publisher, s?.via, s?.headline, s?.url, s?.published, s?.kind ?? (s ? 'article' : ''), s?.textKind, s?.note,
      ]);
    }
  }
  return toCsv(EVENT_COLUMNS, rows);
}

export type DownloadKind = 'map-png' | 'map-svg' | 'statuses-csv' | 'statuses-json' | 'events-csv' | 'events-json' | 'readme-txt';

export const FILE_PREFIX = 'third-country-deportations';

/** "third-country-deportations-statuses-2026-03-11.csv": what, then the ISO date of the day. */
export function fileName(kind: DownloadKind, day: number): string {
  const [what, ext] = kind.split('-') as [string, string];
  return `${FILE_PREFIX}-${what}-${dayToIso(day)}.${ext}`;
}

export const MIME: Record<string, string> = {
  png: 'image/png',
  svg: 'image/svg+xml;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
};
