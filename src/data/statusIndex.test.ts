import { describe, expect, it } from 'vitest';
import { isoToDay } from './dates.ts';
import { StatusIndex, lastAtOrBefore } from './statusIndex.ts';
import type { CompiledEvent, Status } from './types.ts';

let n = 0;
function ev(country: string, date: string, status: Status | null, extra: Partial<CompiledEvent> = {}): CompiledEvent {
  return {
    id: `e${n++}`, date, country, sender: 'USA', status, summary: 's', quotes: [], added: '2026-11-23',
    day: isoToDay(date) as number, ...extra,
  };
}
const d = (iso: string) => isoToDay(iso) as number;

describe('StatusIndex.statusAt', () => {
  const events = [
    ev('SLV', '2019-09-20', 'agreement'),
    ev('SLV', '2021', 'ended'),
    ev('SLV', '2025-02', 'receiving'),
    ev('AGO', '2025-05-05', 'approached'),
    ev('AGO', '2025-05-05', 'refused'),
    ev('AGO', '2025-06-01', null),
  ];
  const index = new StatusIndex(events);

  it('has no status before the first event', () => {
    expect(index.statusAt('SLV', d('2019-09-19'))).toBeNull();
  });
  it('takes effect on the day of a day-precision event', () => {
    expect(index.statusAt('SLV', d('2019-09-20'))?.status).toBe('agreement');
  });
  it('a year-precision event takes effect on 1 January', () => {
    expect(index.statusAt('SLV', d('2020-12-31'))?.status).toBe('agreement');
    expect(index.statusAt('SLV', d('2021-01-01'))?.status).toBe('ended');
  });
  it('a month-precision event takes effect on the first of the month', () => {
    expect(index.statusAt('SLV', d('2025-01-31'))?.status).toBe('ended');
    expect(index.statusAt('SLV', d('2025-02-01'))?.status).toBe('receiving');
  });
  it('the latest event wins, and on the same day the one listed later', () => {
    expect(index.statusAt('AGO', d('2025-05-05'))?.status).toBe('refused');
  });
  it('context events (no status) do not change the status', () => {
    expect(index.statusAt('AGO', d('2025-07-01'))?.status).toBe('refused');
  });
  it('a country with no events has no status', () => {
    expect(index.statusAt('FRA', d('2025-07-01'))).toBeNull();
    expect(index.allAt(d('2025-07-01')).has('FRA')).toBe(false);
  });
  it('allAt agrees with statusAt for every country', () => {
    const all = index.allAt(d('2025-05-05'));
    expect([...all].map(([c, s]) => [c, s.status]).sort()).toEqual([['AGO', 'refused'], ['SLV', 'receiving']]);
  });
  it('since is the first of an unbroken run of the same status', () => {
    const idx = new StatusIndex([ev('MEX', '2025-01-27', 'receiving'), ev('MEX', '2025-02-04', 'receiving')]);
    expect(idx.statusStartEvent('MEX', d('2025-03-01'))?.date).toBe('2025-01-27');
  });
  it('steps between event days', () => {
    expect(index.firstDay).toBe(d('2019-09-20'));
    expect(index.lastDay).toBe(d('2025-06-01'));
    expect(index.nextEventDay(d('2019-09-20'))).toBe(d('2021-01-01'));
    expect(index.prevEventDay(d('2021-01-01'))).toBe(d('2019-09-20'));
    expect(index.prevEventDay(d('2019-09-20'))).toBeNull();
    expect(index.nextEventDay(d('2025-06-01'))).toBeNull();
  });
});

describe('lastAtOrBefore', () => {
  it('finds the last element at or before x', () => {
    const a = [1, 3, 3, 7];
    expect(lastAtOrBefore(a, 0)).toBe(-1);
    expect(lastAtOrBefore(a, 3)).toBe(2);
    expect(lastAtOrBefore(a, 6)).toBe(2);
    expect(lastAtOrBefore(a, 99)).toBe(3);
  });
});
