import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../i18n/catalogues/en.ts';
import es from '../i18n/catalogues/es.ts';
import { compileData } from '../../scripts/compileData.ts';
import { citingCounts } from './aboutLogic.ts';
import { countDifferences, mapCountries } from '../data/counts.ts';
import { dayToIso, isoToDay, isoToEndDay } from '../data/dates.ts';
import { StatusIndex } from '../data/statusIndex.ts';
import type { CompiledCount, CompiledEvent, Status } from '../data/types.ts';
import { DEFAULT_URL_STATE, serialiseQuery } from '../store/urlState.ts';
import { countWhen, mapLinkState, reconcileAll, reconcileCount } from './reconcile.ts';

let n = 0;
function ev(country: string, date: string, status: Status | null): CompiledEvent {
  return { id: `e${n++}`, date, country, sender: 'USA', status, summary: 's', quotes: [], added: '2026-12-06', day: isoToDay(date) as number };
}
const d = (iso: string) => isoToDay(iso) as number;
function count(extra: Partial<CompiledCount>): CompiledCount {
  return {
    id: 'c', by: 'A Paper', asOf: '2025-07', measure: 'status', statuses: ['agreement', 'receiving'], figure: 3, quotes: [],
    added: '2026-12-06', day: isoToEndDay(extra.asOf ?? '2025-07') as number, ...extra,
  };
}

// A small history: El Salvador agrees then receives; Costa Rica receives in February; Angola
// refuses; Uganda agrees late in July; South Sudan's arrangement is blocked, then it receives;
// the US-wide ruling never counts.
const events = [
  ev('SLV', '2025-02-03', 'agreement'),
  ev('CRI', '2025-02-20', 'receiving'),
  ev('SLV', '2025-03-16', 'receiving'),
  ev('AGO', '2025-05-05', 'refused'),
  ev('SSD', '2025-05-10', 'agreement'),
  ev('SSD', '2025-05-21', 'ended'),
  ev('SSD', '2025-07-05', 'receiving'),
  ev('UGA', '2025-07-29', 'agreement'),
  ev('CRI', '2025-08', null),
  ev('SLV', '2026-01-10', 'receiving'),
  { ...ev('USA', '2025-06-01', null), sender: 'USA' },
];
const index = new StatusIndex(events);

describe('the map counted the way a published count was', () => {
  it('counts the countries whose status on the day is one of the statuses', () => {
    expect(mapCountries({ measure: 'status', statuses: ['agreement', 'receiving'], day: d('2025-07-31') }, events, index)).toEqual(['CRI', 'SLV', 'SSD', 'UGA']);
    // A month counts to its last day: Uganda's agreement of the 29th is in July's count, South Sudan's block is not on the 4th.
    expect(mapCountries({ measure: 'status', statuses: ['agreement', 'receiving'], day: d('2025-07-04') }, events, index)).toEqual(['CRI', 'SLV']);
    expect(mapCountries({ measure: 'status', statuses: ['refused', 'ended'], day: d('2025-06-01') }, events, index)).toEqual(['AGO', 'SSD']);
  });

  it('counts the countries with a transfer dated in the period, and only those', () => {
    const spec = { measure: 'received' as const, fromDay: d('2025-03-01'), day: d('2025-12-31') };
    // Costa Rica received in February only (its later event is context); El Salvador's January 2026 transfer is after the period.
    expect(mapCountries(spec, events, index)).toEqual(['SLV', 'SSD']);
    expect(mapCountries({ measure: 'received', day: d('2026-12-31') }, events, index)).toEqual(['CRI', 'SLV', 'SSD']);
  });

  it('finds the countries that differ: theirs not the map\'s, and the map\'s not theirs only when they name them all', () => {
    expect(countDifferences(['SLV', 'COL'], true, ['SLV', 'UGA'])).toEqual({ theirsOnly: ['COL'], mapOnly: ['UGA'] });
    expect(countDifferences(['SLV', 'COL'], false, ['SLV', 'UGA'])).toEqual({ theirsOnly: ['COL'], mapOnly: [] });
    expect(countDifferences(undefined, false, ['SLV'])).toEqual({ theirsOnly: [], mapOnly: [] });
  });
});

describe('reconcileCount', () => {
  const c = count({
    countries: ['SLV', 'COL', 'CRI'], complete: true, note: 'Our note.',
    reasons: [
      { country: 'COL', reason: 'not-found-in-stored-source', note: 'No source.' },
      { country: 'UGA', reason: 'dated-differently', note: 'Late in the month.', quotes: [{ source: 's', text: 'q', lang: 'en', at: [0, 1] }] },
      { country: 'SSD', reason: 'borderline', note: 'A reason kept for a country on which they agree is not shown.' },
    ],
    tr: { es: { by: 'Un Diario', note: 'Nuestra nota.', reasons: { COL: 'Ninguna fuente.' } } },
  });

  it('sets their countries, in their order, beside the map\'s, then the map\'s own by name, each with its status and reason', () => {
    const r = reconcileCount({ ...c, countries: ['SLV', 'COL', 'CRI', 'SSD'], figure: 4 }, events, index, 'en');
    expect(r.mapFigure).toBe(4);
    expect(r.by).toBe('A Paper');
    expect(r.note).toBe('Our note.');
    expect(r.rows.map((x) => [x.country, x.theirs, x.map, x.status, x.reason])).toEqual([
      ['SLV', true, true, 'receiving', null],
      ['COL', true, false, null, 'not-found-in-stored-source'],
      ['CRI', true, true, 'receiving', null],
      ['SSD', true, true, 'receiving', null],
      ['UGA', false, true, 'agreement', 'dated-differently'],
    ]);
    expect(r.rows.find((x) => x.country === 'UGA')?.quotes).toHaveLength(1);
    expect(r.rows.find((x) => x.country === 'SSD')?.note).toBeNull();
  });

  it('gives the map\'s countries they do not name no reason when they name only some', () => {
    const r = reconcileCount({ ...c, complete: false }, events, index, 'en');
    const uga = r.rows.find((x) => x.country === 'UGA');
    expect(uga).toMatchObject({ theirs: false, map: true, reason: null, note: null });
    expect(r.rows.map((x) => x.country)).toEqual(['SLV', 'COL', 'CRI', 'SSD', 'UGA']);
  });

  it('lists the map\'s countries by name in the reader\'s language when they name none', () => {
    const r = reconcileCount(count({ asOf: '2025-06-01', statuses: ['refused', 'ended', 'agreement', 'receiving'] }), events, index, 'es', 'es');
    // Angola, Costa Rica, El Salvador, Sudán del Sur.
    expect(r.rows.map((x) => x.country)).toEqual(['AGO', 'CRI', 'SLV', 'SSD']);
    expect(r.rows.every((x) => !x.theirs && x.reason === null)).toBe(true);
  });

  it('uses the translation where the data has one, English where not, and says which', () => {
    const r = reconcileCount(c, events, index, 'es');
    expect([r.by, r.note, r.lang]).toEqual(['Un Diario', 'Nuestra nota.', 'es']);
    expect(r.rows.find((x) => x.country === 'COL')).toMatchObject({ note: 'Ninguna fuente.', noteLang: 'es' });
    expect(r.rows.find((x) => x.country === 'UGA')).toMatchObject({ note: 'Late in the month.', noteLang: 'en' });
    expect(reconcileCount(c, events, index, 'fr')).toMatchObject({ by: 'A Paper', note: 'Our note.', lang: 'en' });
  });

  it('says when a count holds: a date, or a period', () => {
    expect(countWhen(count({ asOf: '2025-07' }), en)).toBe('as of July 2025');
    expect(countWhen(count({ asOf: '2025-06-25' }), es)).toBe('a fecha de 25 de junio de 2025');
    expect(countWhen(count({ measure: 'received', from: '2025-01-20', asOf: '2025', day: d('2025-12-31') }), en)).toBe('20 January 2025 to 31 December 2025');
    expect(countWhen(count({ measure: 'received', from: '2025', asOf: '2025', day: d('2025-12-31') }), en)).toBe('2025');
  });

  it('links each country to the map on the count\'s day with it selected, keeping the language and theme', () => {
    const base = { ...DEFAULT_URL_STATE, view: 'about' as const, lang: 'es', theme: 'dark' as const, step: 3, present: true };
    expect(serialiseQuery(mapLinkState(base, d('2025-07-31'), 'UGA'))).toBe('?date=2025-07-31&country=UGA&lang=es&theme=dark');
  });
});

describe('the tests\' own data set (e2e/fixtures/data)', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const { dataset } = compileData(root, { dataDir: `${root}e2e/fixtures/data` });
  if (!dataset) throw new Error('the fixture does not compile');
  const fixtureIndex = new StatusIndex(dataset.events);
  const all = reconcileAll(dataset.counts, dataset.events, fixtureIndex, 'en');

  it('has a count that names every country, one that names some, and one that names none', () => {
    expect(all.map((r) => [r.count.id, dayToIso(r.count.day), r.count.figure, r.mapFigure])).toEqual([
      ['fixture-wire-2025-07-agreed', '2025-07-31', 5, 4],
      ['fixture-tracker-2025-received', '2025-12-31', 6, 4],
      ['fixture-wire-2026-asked', '2026-02-25', 12, 10],
    ]);
    const agreed = all[0]!;
    expect(agreed.rows.map((x) => [x.country, x.theirs, x.map, x.reason])).toEqual([
      ['SLV', true, true, null],
      ['MEX', true, true, null],
      ['CRI', true, true, null],
      ['BRA', true, false, 'not-found-in-stored-source'],
      ['GTM', true, false, 'dated-differently'],
      ['SWZ', false, true, 'borderline'],
    ]);
    const received = all[1]!;
    expect(received.rows.filter((x) => x.theirs).map((x) => x.country)).toEqual(['SWZ', 'CAN']);
    expect(received.rows.find((x) => x.country === 'CAN')).toMatchObject({ map: false, reason: 'flight-without-nationality-breakdown' });
    expect(all[2]!.rows.every((x) => !x.theirs)).toBe(true);
  });

  it('counts the sources the counts quote', () => {
    expect(citingCounts(dataset.counts).get('fixture-tracker')).toBe(2);
  });
});
