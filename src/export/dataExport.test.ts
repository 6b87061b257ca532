/**
 * The data downloads against the real data set: the statuses at a day are the countries with a
 * status then (computed here independently from the events) in the table's order, and the event
 * files hold every event and every quote.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readData } from '../../scripts/readData.ts';
import { dayToIso, isoToDay } from '../data/dates.ts';
import { PeopleIndex } from '../data/people.ts';
import { StatusIndex } from '../data/statusIndex.ts';
import type { CompiledQuote, Dataset, Status } from '../data/types.ts';
import { validate } from '../data/validate.ts';
import { tableRows } from '../table/tableRows.ts';
import { parseCsv } from './csv.ts';
import {
  EVENT_COLUMNS, eventsCsv, eventsJson, fileName, SOURCE_TEXTS_NOTE, STATUS_COLUMNS, statusesCsv, statusesJson, statusRows,
  type EventsDocument, type Naming, type StatusesDocument,
} from './dataExport.ts';
import { SORTS } from '../table/tableSort.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataset = validate(readData(root).raw).dataset as Dataset;
const model = { dataset, index: new StatusIndex(dataset.events), people: new PeopleIndex(dataset.events) };
// A name with a comma and quotes, so the CSV's quoting is exercised on real rows.
const naming: Naming = { locale: 'en-GB', countryName: (a3) => `Name of "${a3}", test`, statusLabel: (s) => `label ${s}` };
const provenance = { title: 'US third-country deportations', url: 'https://example.org/?date=x', checked: dataset.checked, sourcesUpTo: '2026-05-15' };

/** Each country's status at `day`, straight from the events: the last status-bearing one on or before it. */
function expectedStatuses(day: number): Record<string, Status> {
  const out: Record<string, Status> = {};
  for (const e of dataset.events) if (e.status !== null && e.day <= day) out[e.country] = e.status;
  return out;
}

const days = [model.index.lastDay, isoToDay('2025-03-31') as number, isoToDay('2019-12-01') as number, model.index.firstDay - 1];

describe('statuses at a day', () => {
  it.each(days)('day %i: one row per country with a status, in the table view’s order', (day) => {
    const rows = statusRows(model, day, naming);
    expect(Object.fromEntries(rows.map((r) => [r.country, r.status]))).toEqual(expectedStatuses(day));
    const table = tableRows(model.index.allAt(day), model.index, model.people, day, naming.countryName, 'en-GB');
    expect(rows.map((r) => r.country)).toEqual(table.map((r) => r.iso));
    for (const r of rows) {
      const since = model.index.statusStartEvent(r.country, day);
      expect(r.since).toBe(since?.date);
      expect(r.sinceBasis).toBe(since?.dateBasis === 'reported' ? 'by' : 'since');
      expect(r.peopleAtLeast).toBe(model.people.countryAt(r.country, day) || null);
      const inForce = model.index.statusAt(r.country, day)?.event;
      expect(r.eventId).toBe(inForce?.id);
      expect(r.sourceIds.length).toBeGreaterThan(0);
      for (const s of r.sourceIds) expect(inForce?.quotes.some((q) => q.source === s)).toBe(true);
    }
  });

  it('come in the order the table is sorted in: the same rows, reordered', () => {
    const day = model.index.lastDay;
    const byDefault = statusRows(model, day, naming);
    for (const sort of SORTS) {
      const rows = statusRows(model, day, naming, sort);
      const table = tableRows(model.index.allAt(day), model.index, model.people, day, naming.countryName, 'en-GB', sort);
      expect(rows.map((r) => r.country), sort).toEqual(table.map((r) => r.iso));
      expect([...rows].sort((a, b) => a.country.localeCompare(b.country))).toEqual([...byDefault].sort((a, b) => a.country.localeCompare(b.country)));
    }
    const people = statusRows(model, day, naming, '-people').map((r) => r.peopleAtLeast ?? 0);
    expect(people).toEqual([...people].sort((a, b) => b - a));
  });
  it('as CSV: the header, then the same rows, quoted where needed', () => {
    const day = model.index.lastDay;
    const rows = statusRows(model, day, naming);
    const csv = statusesCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...records] = parseCsv(csv);
    expect(header).toEqual([...STATUS_COLUMNS]);
    expect(records).toHaveLength(rows.length);
    records.forEach((rec, i) => {
      const r = rows[i]!;
      expect(rec).toEqual([
        r.country, r.countryName, r.status, r.statusLabel, r.since, r.sinceBasis,
        r.peopleAtLeast === null ? '' : String(r.peopleAtLeast), r.eventId, r.sinceEventId, r.sourceIds.join(';'),
      ]);
    });
  });

  it('as JSON: the date, provenance and the same rows', () => {
    const day = isoToDay('2025-03-31') as number;
    const rows = statusRows(model, day, naming);
    const doc = JSON.parse(statusesJson(rows, day, provenance, 'en', dataset.events)) as StatusesDocument;
    expect(doc.date).toBe('2025-03-31');
    expect(doc.checked).toBe(dataset.checked);
    expect(doc.sourcesUpTo).toBe('2026-05-15');
    expect(doc.generatedFrom).toBe(provenance.url);
    expect(doc.language).toBe('en');
    expect(doc.attribution).toMatch(/publisher/);
    expect(doc.statuses).toEqual(rows);
  });

  it('as JSON: lists the rulings for every destination up to the day, which colour no country', () => {
    const day = isoToDay('2026-03-11') as number;
    const rows = statusRows(model, day, naming);
    const doc = JSON.parse(statusesJson(rows, day, provenance, 'en', dataset.events)) as StatusesDocument;
    expect(doc.everyDestination.map((e) => e.eventId)).toEqual(['usa-2026-02-25-judge-sets-aside-policy', 'usa-2026-03-11-appeals-court-pauses-ruling']);
    expect(doc.statuses.map((r) => r.country)).not.toContain('USA');
  });

  it('is empty before the first event', () => {
    const rows = statusRows(model, model.index.firstDay - 1, naming);
    expect(rows).toEqual([]);
    expect(parseCsv(statusesCsv(rows))).toEqual([[...STATUS_COLUMNS]]);
  });
});

describe('all events and quotes', () => {
  it('as JSON: every event with every quote, and every source without its held text', () => {
    const doc = JSON.parse(eventsJson(dataset, provenance)) as EventsDocument;
    expect(doc.checked).toBe(dataset.checked);
    expect(doc.sourceTexts).toBe(SOURCE_TEXTS_NOTE);
    expect(doc.events.map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
    doc.events.forEach((e, i) => {
      const src = dataset.events[i]!;
      expect(e).not.toHaveProperty('day');
      expect(e.status).toBe(src.status);
      expect(e.date).toBe(src.date);
      expect(e.summary).toBe(src.summary);
      expect(e.people).toBe(src.people);
      // When the record entered the data, and when it last changed (absent when it has not).
      expect(e.added).toBe(src.added);
      expect(e.added).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.updated).toBe(src.updated);
      expect('updated' in e).toBe(src.updated !== undefined);
      expect(e.appliesTo).toBe(src.country === 'USA' ? 'every-destination' : 'country');
      expect(e.quotes).toEqual(src.quotes.map((q) => ({ text: q.text, source: q.source, ...(q.speaker ? { speaker: q.speaker } : {}), lang: q.lang })));
    });
    expect(doc.sources.map((s) => s.id)).toEqual(dataset.sources.map((s) => s.id));
    for (const [i, s] of doc.sources.entries()) {
      expect(s).not.toHaveProperty('text');
      expect(s.url).toBe(dataset.sources[i]!.url);
      expect(s.publisher).toBe(dataset.sources[i]!.publisher);
      expect(s.added).toBe(dataset.sources[i]!.added);
      expect(s.updated).toBe(dataset.sources[i]!.updated);
    }
  });

  it('as CSV: one row per quote, with its event and its source', () => {
    const [header, ...records] = parseCsv(eventsCsv(dataset, (a3) => `${a3} name`));
    expect(header).toEqual([...EVENT_COLUMNS]);
    const col = (name: (typeof EVENT_COLUMNS)[number]) => EVENT_COLUMNS.indexOf(name);
    const expected = dataset.events.flatMap((e) => (e.quotes.length ? e.quotes.map((q) => ({ e, q: q as CompiledQuote | null })) : [{ e, q: null }]));
    expect(records).toHaveLength(expected.length);
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    records.forEach((rec, i) => {
      const { e, q } = expected[i]!;
      expect(rec).toHaveLength(EVENT_COLUMNS.length);
      expect(rec[col('event_id')]).toBe(e.id);
      expect(rec[col('event_date')]).toBe(e.date);
      expect(rec[col('country')]).toBe(e.country);
      expect(rec[col('applies_to')]).toBe(e.country === 'USA' ? 'every-destination' : 'country');
      expect(rec[col('country_name')]).toBe(`${e.country} name`);
      expect(rec[col('status')]).toBe(e.status ?? '');
      expect(rec[col('summary')]).toBe(e.summary);
      expect(rec[col('people')]).toBe(e.people === undefined ? '' : String(e.people));
      expect(rec[col('event_added')]).toBe(e.added);
      expect(rec[col('event_updated')]).toBe(e.updated ?? '');
      if (!q) return;
      expect(rec[col('quote_text')]).toBe(q.text);
      expect(rec[col('quote_lang')]).toBe(q.lang);
      expect(rec[col('speaker')]).toBe(q.speaker ?? '');
      expect(rec[col('source_id')]).toBe(q.source);
      expect(rec[col('source_url')]).toBe(sources.get(q.source)?.url);
      expect(rec[col('publisher')]).toBe(sources.get(q.source)?.publisher);
      expect(rec[col('source_date')]).toBe(sources.get(q.source)?.published);
      expect(rec[col('text_kind')]).toBe(sources.get(q.source)?.textKind);
    });
  });
});

describe('file names', () => {
  it('name the kind of file and the ISO date of the day', () => {
    const day = isoToDay('2026-03-11') as number;
    expect(fileName('statuses-csv', day)).toBe('third-country-deportations-statuses-2026-03-11.csv');
    expect(fileName('statuses-json', day)).toBe('third-country-deportations-statuses-2026-03-11.json');
    expect(fileName('events-csv', day)).toBe('third-country-deportations-events-2026-03-11.csv');
    expect(fileName('events-json', day)).toBe('third-country-deportations-events-2026-03-11.json');
    expect(fileName('map-png', day)).toBe('third-country-deportations-map-2026-03-11.png');
    expect(fileName('map-svg', day)).toBe(`third-country-deportations-map-${dayToIso(day)}.svg`);
    expect(fileName('readme-txt', day)).toBe('third-country-deportations-readme-2026-03-11.txt');
  });
});
