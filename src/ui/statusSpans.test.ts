import { describe, expect, it } from 'vitest';
import { isoToDay } from '../data/dates.ts';
import { StatusIndex } from '../data/statusIndex.ts';
import type { CompiledEvent, Status } from '../data/types.ts';
import en from '../i18n/catalogues/en.ts';
import es from '../i18n/catalogues/es.ts';
import { spanPercent, spansText, statusSpans, STRIP_START, stripPercent } from './statusSpans.ts';

const d = (iso: string) => isoToDay(iso) as number;
const ev = (id: string, country: string, date: string, status: Status | null, extra: Partial<CompiledEvent> = {}): CompiledEvent => ({
  id, country, date, day: isoToDay(date.length === 7 ? `${date}-01` : date) as number, sender: 'USA', status, summary: '', quotes: [], added: '2026-11-23', ...extra,
});

// Events sorted by day, as the validator emits them.
const events = [
  ev('gtm-1', 'GTM', '2018-06-01', 'approached'),
  ev('gtm-2', 'GTM', '2019-07-26', 'agreement'),
  ev('gtm-3', 'GTM', '2019-11-21', 'receiving'),
  ev('slv-1', 'SLV', '2025-01-26', 'approached', { dateBasis: 'reported' }),
  ev('slv-ctx', 'SLV', '2025-02-01', null),
  ev('slv-2', 'SLV', '2025-03', 'receiving'),
  ev('slv-3', 'SLV', '2025-04-10', 'receiving'),
  ev('gtm-4', 'GTM', '2021-02-06', 'ended'),
  // Two events on one day: the later one counts, and here it takes the day back to the status before.
  ev('ago-1', 'AGO', '2025-05-05', 'approached'),
  ev('ago-2', 'AGO', '2025-06-01', 'agreement'),
  ev('ago-3', 'AGO', '2025-06-01', 'approached'),
  ev('ago-4', 'AGO', '2025-07-01', 'refused'),
  // Two events on one day, the later one a new status.
  ev('cri-1', 'CRI', '2025-02-19', 'agreement'),
  ev('cri-2', 'CRI', '2025-02-19', 'receiving'),
].sort((a, b) => a.day - b.day);
const index = new StatusIndex(events);
const END = d('2026-05-15');
const spans = (iso: string, from = STRIP_START, to = END) =>
  statusSpans(index, iso, from, to).map((s) => [s.from, s.to, s.status, s.event?.id ?? null]);

describe('statusSpans', () => {
  it('gives the runs of a country’s statuses, each from the day its status began, to the day after the last', () => {
    expect(spans('SLV')).toEqual([
      [STRIP_START, d('2025-01-26'), null, null],
      [d('2025-01-26'), d('2025-03-01'), 'approached', 'slv-1'],
      // A second "receiving" event does not begin a new run; a context event changes nothing.
      [d('2025-03-01'), END + 1, 'receiving', 'slv-2'],
    ]);
  });
  it('starts with the status in force before the first day, dated by the event that began it', () => {
    expect(spans('GTM')).toEqual([
      [STRIP_START, d('2019-07-26'), 'approached', 'gtm-1'],
      [d('2019-07-26'), d('2019-11-21'), 'agreement', 'gtm-2'],
      [d('2019-11-21'), d('2021-02-06'), 'receiving', 'gtm-3'],
      [d('2021-02-06'), END + 1, 'ended', 'gtm-4'],
    ]);
  });
  it('lets the later of two events on one day set that day, merging runs it joins', () => {
    expect(spans('AGO', d('2025-01-01'))).toEqual([
      [d('2025-01-01'), d('2025-05-05'), null, null],
      [d('2025-05-05'), d('2025-07-01'), 'approached', 'ago-1'],
      [d('2025-07-01'), END + 1, 'refused', 'ago-4'],
    ]);
    expect(spans('CRI', d('2025-01-01'))).toEqual([
      [d('2025-01-01'), d('2025-02-19'), null, null],
      [d('2025-02-19'), END + 1, 'receiving', 'cri-2'],
    ]);
    // From that very day, the status in force then is the later event's.
    expect(spans('CRI', d('2025-02-19'))).toEqual([[d('2025-02-19'), END + 1, 'receiving', 'cri-2']]);
  });
  it('leaves out events after the last day, and covers every day of the stretch exactly once', () => {
    expect(spans('GTM', STRIP_START, d('2019-11-20'))).toEqual([
      [STRIP_START, d('2019-07-26'), 'approached', 'gtm-1'],
      [d('2019-07-26'), d('2019-11-21'), 'agreement', 'gtm-2'],
    ]);
    for (const iso of ['GTM', 'SLV', 'AGO', 'CRI', 'MEX']) {
      const runs = statusSpans(index, iso, STRIP_START, END);
      expect(runs[0]?.from).toBe(STRIP_START);
      expect(runs.at(-1)?.to).toBe(END + 1);
      runs.slice(1).forEach((r, i) => {
        expect(r.from).toBe(runs[i]?.to);
        expect(r.status).not.toBe(runs[i]?.status);
      });
      // Each run's status is the index's on its first and last day.
      for (const r of runs) {
        expect(index.statusAt(iso, r.from)?.status ?? null).toBe(r.status);
        expect(index.statusAt(iso, r.to - 1)?.status ?? null).toBe(r.status);
      }
    }
  });
  it('is one run of no status for a country without events, one day for a stretch of one, and none for an empty stretch', () => {
    expect(spans('MEX')).toEqual([[STRIP_START, END + 1, null, null]]);
    expect(spans('SLV', d('2025-02-01'), d('2025-02-01'))).toEqual([[d('2025-02-01'), d('2025-02-02'), 'approached', 'slv-1']]);
    expect(spans('SLV', END, END - 1)).toEqual([]);
  });
});

describe('spansText', () => {
  it('names each run and the date it began, at its source’s precision, "by" a report’s date', () => {
    expect(spansText(statusSpans(index, 'SLV', STRIP_START, END), en)).toBe('Approached by 26 January 2025; receiving deportees from March 2025');
    expect(spansText(statusSpans(index, 'AGO', STRIP_START, END), en)).toBe('Approached from 5 May 2025; refused from 1 July 2025');
  });
  it('says so when there was no status, up to the last day', () => {
    expect(spansText(statusSpans(index, 'MEX', STRIP_START, END), en)).toBe('No reported arrangement up to 15 May 2026');
  });
  it('speaks the reader’s language', () => {
    expect(spansText(statusSpans(index, 'AGO', STRIP_START, END), es)).toBe('Contactado desde 5 de mayo de 2025; rechazó desde 1 de julio de 2025');
    expect(spansText(statusSpans(index, 'MEX', STRIP_START, END), es)).toBe('Sin acuerdo conocido hasta el 15 de mayo de 2026');
  });
});

describe('places along the strip', () => {
  it('runs fill the strip in proportion to their days', () => {
    const runs = statusSpans(index, 'GTM', STRIP_START, END);
    const boxes = runs.map((r) => spanPercent(r, STRIP_START, END));
    expect(boxes[0]?.left).toBe(0);
    expect(boxes.reduce((s, b) => s + b.width, 0)).toBeCloseTo(100, 9);
    boxes.slice(1).forEach((b, i) => expect(b.left).toBeCloseTo((boxes[i]?.left ?? 0) + (boxes[i]?.width ?? 0), 9));
  });
  it('a day’s tick sits in the middle of its day, within the strip', () => {
    expect(stripPercent(STRIP_START, STRIP_START, STRIP_START + 9)).toBe(5);
    expect(stripPercent(STRIP_START + 9, STRIP_START, STRIP_START + 9)).toBe(95);
    expect(stripPercent(STRIP_START - 100, STRIP_START, END)).toBe(0);
    expect(stripPercent(END + 100, STRIP_START, END)).toBe(100);
  });
});
