import { describe, expect, it } from 'vitest';
import { isoToDay } from '../data/dates.ts';
import type { CompiledEvent } from '../data/types.ts';
import en from '../i18n/catalogues/en.ts';
import es from '../i18n/catalogues/es.ts';
import { DEFAULT_URL_STATE, parseQuery, serialiseQuery } from '../store/urlState.ts';
import { changes, changeTarget, changeTitle, mapQuery, recentChanges } from './recentChanges.ts';

const ev = (id: string, date: string, added: string, extra: Partial<CompiledEvent> = {}): CompiledEvent => ({
  id, date, day: isoToDay(date) as number, country: 'SLV', sender: 'USA', status: 'approached', summary: `Summary of ${id}.`, quotes: [], added, ...extra,
});

describe('changes', () => {
  const events = [
    ev('a-old', '2019', '2026-05-20'),
    ev('b-updated', '2025-03-15', '2026-05-20', { updated: '2026-06-25' }),
    ev('c-added', '2026-01-05', '2026-06-10'),
    ev('d-same-day-earlier-event', '2025-01-01', '2026-06-10'),
    ev('e-same-day-same-event-day', '2026-01-05', '2026-06-10'),
  ];

  it('lists every event once, by the day of its change (updated, else added), newest first', () => {
    const all = changes(events);
    expect(all.map((c) => [c.event.id, c.kind, c.on])).toEqual([
      ['b-updated', 'updated', '2026-06-25'],
      ['c-added', 'added', '2026-06-10'],
      ['e-same-day-same-event-day', 'added', '2026-06-10'],
      ['d-same-day-earlier-event', 'added', '2026-06-10'],
      ['a-old', 'added', '2026-05-20'],
    ]);
  });

  it('orders ties by the data alone, whatever order the files list them in', () => {
    const ids = (xs: readonly CompiledEvent[]) => changes(xs).map((c) => c.event.id);
    expect(ids([...events].reverse())).toEqual(ids(events));
    expect(ids([events[3], events[0], events[4], events[1], events[2]] as CompiledEvent[])).toEqual(ids(events));
  });

  it('keeps the most recent n', () => {
    expect(recentChanges(events, 2).map((c) => c.event.id)).toEqual(['b-updated', 'c-added']);
    expect(recentChanges(events)).toHaveLength(5);
    expect(recentChanges([], 10)).toEqual([]);
  });
});

describe('links to the map', () => {
  const ctx = { isCountry: (a3: string) => ['SLV', 'PAN'].includes(a3), domain: [isoToDay('2019-01-01') as number, isoToDay('2026-05-15') as number] as const };

  it('write what the URL codec writes: the date, then the country; none for every destination', () => {
    const slv = ev('x', '2025-03-15', '2026-05-20');
    expect(mapQuery(slv)).toBe('?date=2025-03-15&country=SLV');
    expect(mapQuery(slv)).toBe(serialiseQuery({ ...DEFAULT_URL_STATE, date: slv.day, country: 'SLV' }));
    // A month or year opens at its first day.
    expect(mapQuery(ev('y', '2019-07', '2026-05-20'))).toBe('?date=2019-07-01&country=SLV');
    const usa = ev('z', '2026-02-25', '2026-06-10', { country: 'USA', status: null });
    expect(mapQuery(usa)).toBe('?date=2026-02-25');
    expect(mapQuery(usa)).toBe(serialiseQuery({ ...DEFAULT_URL_STATE, date: usa.day }));
    // And the app reads them back as that day and country.
    const { state, warnings } = parseQuery(mapQuery(slv), ctx);
    expect(warnings).toEqual([]);
    expect([state.date, state.country, state.view]).toEqual([slv.day, 'SLV', 'map']);
  });

  it("keep the reader's language, theme and story, and leave the about view and any step", () => {
    const here = { ...DEFAULT_URL_STATE, view: 'about' as const, lang: 'es', theme: 'dark' as const, step: 3, country: 'PAN' };
    const to = changeTarget(here, ev('x', '2026-05-15', '2026-06-20'));
    expect(to).toEqual({ ...here, view: 'map', date: isoToDay('2026-05-15'), country: 'SLV', step: null });
    expect(serialiseQuery(to)).toBe('?date=2026-05-15&country=SLV&lang=es&theme=dark');
    expect(changeTarget(here, ev('u', '2026-02-25', '2026-06-10', { country: 'USA', status: null })).country).toBeNull();
  });
});

describe('changeTitle', () => {
  it('names the place, the status (or context) and the date at its precision, in the catalogue’s language', () => {
    expect(changeTitle(ev('x', '2025-03-15', '2026-05-20', { status: 'receiving' }), en)).toBe('El Salvador: Receiving deportees (15 March 2025)');
    expect(changeTitle(ev('x', '2019', '2026-05-20'), en)).toBe('El Salvador: Approached (2019)');
    expect(changeTitle(ev('x', '2025-05-05', '2026-05-20', { country: 'AGO', status: 'refused', dateBasis: 'reported' }), en)).toBe('Angola: Refused (by 5 May 2025)');
    expect(changeTitle(ev('x', '2026-05-15', '2026-05-20', { country: 'PAN', status: null }), en)).toBe('Panama: Context (15 May 2026)');
    expect(changeTitle(ev('x', '2026-02-25', '2026-05-20', { country: 'USA', status: null }), en)).toBe('Every destination: Context (25 February 2026)');
    expect(changeTitle(ev('x', '2025-03-15', '2026-05-20', { status: 'receiving' }), es)).toMatch(/^El Salvador: .+ \(15 de marzo de 2025\)$/);
  });
});
