import { describe, expect, it } from 'vitest';
import { isoToDay } from '../data/dates.ts';
import { PeopleIndex } from '../data/people.ts';
import { StatusIndex } from '../data/statusIndex.ts';
import type { CompiledEvent, Status } from '../data/types.ts';
import { tableRows } from './tableRows.ts';
import type { TableSort } from './tableSort.ts';

const ev = (id: string, country: string, date: string, status: Status | null, people?: number): CompiledEvent => ({
  id, country, date, day: isoToDay(date) as number, sender: 'USA', status, summary: '', quotes: [], added: '2026-11-23',
  ...(people !== undefined ? { people } : {}),
});

const events = [
  ev('a', 'SLV', '2025-01-26', 'approached'),
  ev('b', 'CRI', '2025-02-19', 'receiving', 200),
  ev('c', 'SLV', '2025-03-15', 'receiving', 238),
  ev('d', 'AGO', '2025-05-05', 'refused'),
  ev('e', 'CRI', '2025-05-06', null, 10),
];
const index = new StatusIndex(events);
const people = new PeopleIndex(events);
const names: Record<string, string> = { SLV: 'El Salvador', CRI: 'Costa Rica', AGO: 'Angola' };
const rows = (iso: string, sort?: TableSort) => {
  const day = isoToDay(iso) as number;
  return tableRows(index.allAt(day), index, people, day, (a3) => names[a3] ?? a3, 'en-GB', sort);
};

describe('tableRows', () => {
  it('orders rows by status, then by name', () => {
    expect(rows('2025-05-05').map((r) => [r.iso, r.status])).toEqual([['CRI', 'receiving'], ['SLV', 'receiving'], ['AGO', 'refused']]);
  });
  it("gives each country's at-least count of people at the day, 0 when none is known", () => {
    expect(Object.fromEntries(rows('2025-05-05').map((r) => [r.iso, r.people]))).toEqual({ CRI: 200, SLV: 238, AGO: 0 });
    expect(rows('2025-03-01').find((r) => r.iso === 'SLV')?.people).toBe(0);
    // A context event's count still adds to the country's total.
    expect(rows('2025-05-06').find((r) => r.iso === 'CRI')?.people).toBe(210);
  });
  it('sorts as asked, on the since day and the count it gives each row', () => {
    expect(rows('2025-05-05', 'people').map((r) => r.iso)).toEqual(['AGO', 'CRI', 'SLV']);
    expect(rows('2025-05-05', '-since').map((r) => [r.iso, r.sinceDay])).toEqual([
      ['AGO', isoToDay('2025-05-05')], ['SLV', isoToDay('2025-03-15')], ['CRI', isoToDay('2025-02-19')],
    ]);
    expect(rows('2025-05-05', '-country').map((r) => r.iso)).toEqual(['SLV', 'CRI', 'AGO']);
  });
  it('dates each status from the start of its run', () => {
    expect(rows('2025-05-05').find((r) => r.iso === 'SLV')?.since.id).toBe('c');
    expect(rows('2025-02-01').map((r) => r.since.id)).toEqual(['a']);
  });
});
