import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileData } from '../../scripts/compileData.ts';
import { dayToIso, isoToDay } from '../data/dates.ts';
import { StatusIndex } from '../data/statusIndex.ts';
import type { CompiledEvent } from '../data/types.ts';
import { changesBetween, defaultCompareDay, eventsBetween } from './changes.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { dataset } = compileData(root, { dataDir: `${root}e2e/fixtures/data` });
if (!dataset) throw new Error('the fixture does not compile');
const d = (iso: string) => isoToDay(iso) as number;
const index = new StatusIndex(dataset.events);

/** A change set as plain rows: iso, status at A, status at B, the change days. */
function rows(set: ReturnType<typeof changesBetween>) {
  return [...set.changes.values()]
    .map((c) => [c.iso, c.from?.status ?? null, c.to.status, c.steps.map((e) => dayToIso(e.day)), dayToIso(c.changedOn)])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

describe('changesBetween, on the tests\' data set (e2e/fixtures/data/README.md)', () => {
  it('lists the countries whose status at B differs from A, "none" counting as a status', () => {
    const set = changesBetween(index, d('2025-03-01'), d('2025-08-01'));
    expect(rows(set)).toEqual([
      // Angola: approached and refused on one day; only the day's last event stands.
      ['AGO', null, 'refused', ['2025-05-05'], '2025-05-05'],
      ['GNQ', null, 'approached', ['2025-05-01'], '2025-05-01'],
      ['MRT', null, 'approached', ['2025-07-10'], '2025-07-10'],
      ['SLV', 'agreement', 'receiving', ['2025-03-15'], '2025-03-15'],
      // Eswatini: three steps between the dates.
      ['SWZ', null, 'receiving', ['2025-05-05', '2025-05-14', '2025-07-15'], '2025-07-15'],
    ]);
    // Mexico has an event between the dates (more people received) but the same status: no change.
    expect([...set.unchanged].sort()).toEqual(['CRI', 'GTM', 'MEX']);
    expect(set.byStatus).toEqual({ approached: 2, agreement: 0, receiving: 2, refused: 1, ended: 0 });
  });

  it('leaves out a country that changes and changes back between the dates, whose events are still between them', () => {
    // The fixture with one event more, in memory only: Mexico's transfers suspended on 2025-04-10,
    // before its receiving event of 2025-06-20 (receiving → ended → receiving).
    const mex = dataset.events.find((e) => e.id === 'mex-2025-06-20-receiving') as CompiledEvent;
    const suspended: CompiledEvent = { ...mex, id: 'mex-2025-04-10-suspended', date: '2025-04-10', day: d('2025-04-10'), status: 'ended' };
    const events = [...dataset.events, suspended].sort((a, b) => a.day - b.day);
    const withBack = new StatusIndex(events);
    const [a, b] = [d('2025-03-01'), d('2025-08-01')];
    expect(withBack.statusAt('MEX', d('2025-05-01'))?.status).toBe('ended');
    const set = changesBetween(withBack, a, b);
    expect(set.changes.has('MEX')).toBe(false);
    expect(set.unchanged).toContain('MEX');
    expect(eventsBetween(events, a, b).map((e) => e.id)).toEqual(expect.arrayContaining(['mex-2025-04-10-suspended', 'mex-2025-06-20-receiving']));
    // Between the suspension and the resumption it did change.
    expect(changesBetween(withBack, a, d('2025-05-01')).changes.get('MEX')?.to.status).toBe('ended');
  });

  it('is empty between two days with no status event between them', () => {
    const set = changesBetween(index, d('2021-03-01'), d('2024-12-01'));
    expect(set.changes.size).toBe(0);
    expect([...set.unchanged].sort()).toEqual(['GTM', 'SLV']);
  });

  it('counts every country with a status at B exactly once, changed or not', () => {
    for (const [a, b] of [['2019-01-01', '2026-05-15'], ['2025-05-05', '2025-05-14'], ['2026-01-01', '2026-05-15']] as const) {
      const set = changesBetween(index, d(a), d(b));
      expect(set.changes.size + set.unchanged.length).toBe(index.allAt(d(b)).size);
      for (const c of set.changes.values()) expect(c.from?.status ?? null).not.toBe(c.to.status);
    }
  });
});

describe('eventsBetween', () => {
  it('lists the events after A up to B, newest first, including those for every destination', () => {
    const ids = eventsBetween(dataset.events, d('2026-01-05'), d('2026-05-15')).map((e) => e.id);
    expect(ids).toEqual(['pan-2026-05-15-talks', 'cod-2026-03-01-agreement', 'usa-2026-02-25-ruling']);
  });
  it('keeps what the filter keeps', () => {
    expect(eventsBetween(dataset.events, d('2019-01-01'), d('2026-05-15'), (e) => e.country === 'SWZ').map((e) => e.id)).toEqual([
      'swz-2025-07-15-receiving', 'swz-2025-05-14-agreement', 'swz-2025-05-05-approached',
    ]);
  });
});

describe('defaultCompareDay', () => {
  it('is a year before B, never before the timeline, and none on its first day', () => {
    expect(dayToIso(defaultCompareDay(d('2026-05-15'), d('2019-01-01')) as number)).toBe('2025-05-15');
    expect(defaultCompareDay(d('2019-03-01'), d('2019-01-01'))).toBe(d('2019-01-01'));
    expect(defaultCompareDay(d('2019-01-01'), d('2019-01-01'))).toBeNull();
  });
});
