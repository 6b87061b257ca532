/**
 * The real data set: it validates, and the history it tells is pinned, so an edit to data/
 * that changes what the map shows at a known date fails here, loudly, with the date.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readData } from '../../scripts/readData.ts';
import { isoToDay } from './dates.ts';
import { quoteMatchText } from './quoteMatch.ts';
import { PeopleIndex } from './people.ts';
import { sourcesReach } from './scope.ts';
import { StatusIndex } from './statusIndex.ts';
import { formatIssue, validate } from './validate.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { dataset, errors } = validate(readData(root).raw);

describe('data/', () => {
  it('passes the validator', () => {
    expect(errors.map(formatIssue)).toEqual([]);
  });

  const index = new StatusIndex(dataset?.events ?? []);
  const at = (country: string, iso: string) => index.statusAt(country, isoToDay(iso) as number)?.status ?? null;

  it.each([
    // country, date, status the sources support then
    ['SLV', '2025-03-31', 'receiving'],
    ['CRI', '2025-03-31', 'receiving'],
    ['PAN', '2025-03-31', 'receiving'],
    ['SLV', '2025-01-01', 'approached'],
    ['CRI', '2025-01-01', null],
    ['PAN', '2025-01-01', null],
    ['AGO', '2025-05-04', null],
    ['AGO', '2025-05-06', 'refused'],
    ['GNQ', '2025-05-06', 'approached'],
    ['GTM', '2019-12-01', 'receiving'],
    ['GTM', '2021-03-01', 'ended'],
    ['HND', '2020-01-01', 'agreement'],
    ['SLV', '2019-10-01', 'agreement'],
    ['SLV', '2022-01-01', 'ended'],
    ['MEX', '2024-12-17', 'agreement'],
    ['CAN', '2025-02-01', 'agreement'],
    ['MEX', '2025-02-01', 'receiving'],
    // from the research pack the data was first built from (the sources are cited in data/sources/)
    ['PAN', '2025-02-11', null],
    ['PAN', '2025-02-12', 'receiving'],
    ['CRI', '2025-02-18', 'agreement'],
    ['CRI', '2025-02-20', 'receiving'],
    ['GTM', '2020-04-01', 'ended'],
    ['GTM', '2025-07-01', 'agreement'],
    ['GTM', '2025-10-10', 'receiving'],
    ['HND', '2025-02-20', 'receiving'],
    ['SSD', '2025-05-15', 'agreement'],
    ['SSD', '2025-06-01', 'ended'],
    ['SSD', '2025-07-05', 'receiving'],
    ['SWZ', '2025-05-04', null],
    ['SWZ', '2025-05-05', 'approached'],
    ['SWZ', '2025-05-13', 'approached'],
    ['SWZ', '2025-05-14', 'agreement'],
    ['SWZ', '2025-07-15', 'receiving'],
    ['RWA', '2025-04-15', null],
    ['RWA', '2025-07-01', 'agreement'],
    ['RWA', '2025-08-16', 'receiving'],
    ['UGA', '2025-08-20', 'refused'],
    ['UGA', '2025-08-21', 'agreement'],
    ['XKX', '2025-06-11', 'agreement'],
    ['XKX', '2025-12-11', 'receiving'],
    ['LBY', '2025-05-07', 'refused'],
    ['MDA', '2025-04-01', 'refused'],
    ['MDA', '2025-06-01', 'refused'],
    ['ECU', '2025-03-15', 'refused'],
    ['ECU', '2025-09-15', 'agreement'],
    ['GNB', '2025-07-09', 'approached'],
    ['GNB', '2025-07-10', 'refused'],
    ['GHA', '2025-09-05', 'receiving'],
    ['GNQ', '2025-11-24', 'receiving'],
    ['CMR', '2026-01-13', null],
    ['CMR', '2026-01-14', 'receiving'],
    ['PLW', '2025-06-01', null],
    ['PLW', '2025-12-24', 'agreement'],
    ['ARG', '2026-01-29', null],
    // the report of talks and Milei's denial fall on the same Friday; the denial is listed later, so it is the day's status
    ['ARG', '2026-01-30', 'refused'],
    ['ARG', '2026-02-01', 'refused'],
    // from the 2026 addendum to that research (its rows became the events and sources added in 2026)
    ['COD', '2026-05-14', null],
    ['COD', '2026-05-15', 'receiving'],
    ['GUY', '2025-02-19', null],
    ['GUY', '2025-02-20', 'refused'],
    ['GUY', '2026-01-05', 'approached'],
    ['BLZ', '2025-11-12', 'agreement'],
    ['LBR', '2025-07-31', 'approached'],
    ['LBR', '2025-10-23', 'approached'],
    ['LBR', '2025-10-24', 'agreement'],
    ['MEX', '2025-02-14', 'receiving'],
    ['HND', '2025-06-25', 'receiving'],
    ['HND', '2025-12-17', 'receiving'],
    ['SWZ', '2026-02-03', 'receiving'],
    ['SWZ', '2026-03-11', 'receiving'],
    ['DMA', '2026-03-03', 'agreement'],
    ['ATG', '2026-01-05', 'agreement'],
    ['PLW', '2026-01-22', 'agreement'],
    ['CMR', '2026-02-17', 'receiving'],
    ['SSD', '2025-05-21', 'ended'],
    ['SSD', '2025-09-06', 'receiving'],
    ['GHA', '2025-11-06', 'receiving'],
    ['SLE', '2026-01-14', 'approached'],
    // from the audit of December 2026 (stored copies of the pages; docs/METHODOLOGY.md)
    ['LBR', '2025-06-29', null],
    ['LBR', '2025-06-30', 'refused'],
    ['LBR', '2025-07-01', 'approached'],
    ['KEN', '2025-09-26', null],
    ['KEN', '2025-09-27', 'refused'],
    ['LCA', '2026-01-12', null],
    ['LCA', '2026-01-13', 'agreement'],
    // sender-wide events (data/events/USA.json) never give a status
    ['USA', '2026-02-25', null],
    ['USA', '2026-03-16', null],
    ['USA', '2026-05-15', null],
    // borderline rows are context only; unverified rows are left out
    ['UZB', '2026-03-11', null],
    ['BTN', '2026-03-11', null],
    ['MNG', '2026-03-11', null],
  ] as const)('%s on %s is %s', (country, date, status) => {
    expect(at(country, date)).toBe(status);
  });

  it('gives every country of the research pack its latest supported status on the last day', () => {
    const last = index.lastDay;
    const latest: Record<string, string | null> = {
      SLV: 'receiving', PAN: 'receiving', CRI: 'receiving', GTM: 'receiving', HND: 'receiving', MEX: 'receiving',
      XKX: 'receiving', SSD: 'receiving', SWZ: 'receiving', RWA: 'receiving', GHA: 'receiving', GNQ: 'receiving',
      CMR: 'receiving', UGA: 'agreement', PRY: 'agreement', BLZ: 'agreement', PLW: 'agreement', DMA: 'agreement',
      ATG: 'agreement', KNA: 'agreement', ECU: 'agreement', GUY: 'approached', SLE: 'approached', LBR: 'agreement',
      SEN: 'approached', MRT: 'approached', GAB: 'approached', BEN: 'approached', AGO: 'refused', LBY: 'refused',
      MDA: 'refused', ARG: 'refused', NGA: 'refused', BFA: 'refused', GNB: 'refused', UZB: null, BTN: null,
      // the 2026 addendum
      COD: 'receiving', USA: null,
      // the audit of December 2026
      KEN: 'refused', LCA: 'agreement',
    };
    for (const [c, s] of Object.entries(latest)) expect(index.statusAt(c, last)?.status ?? null, c).toBe(s);
    expect(dataset?.events.at(-1)?.date).toBe('2026-05-15');
  });

  it('keeps sender-wide events (country = sender) as context: they never colour a country', () => {
    const senderWide = dataset?.events.filter((e) => e.country === e.sender) ?? [];
    expect(senderWide.map((e) => e.id)).toEqual([
      'usa-2026-02-25-judge-sets-aside-policy', 'usa-2026-03-11-appeals-court-pauses-ruling', 'usa-2026-03-16-appeals-court-stay',
    ]);
    for (const e of senderWide) expect(e.status, e.id).toBeNull();
    expect([...index.countries()]).not.toContain('USA');
    for (const day of index.eventDays) expect(index.statusAt('USA', day)).toBeNull();
  });

  it('counts people only where a quote states the number, and totals them as floors', () => {
    const people = new PeopleIndex(dataset?.events ?? []);
    const day = (iso: string) => isoToDay(iso) as number;
    expect(people.countryAt('PAN', day('2025-02-12'))).toBe(119);
    expect(people.countryAt('PAN', day('2025-02-18'))).toBe(299);
    expect(people.countryAt('CRI', day('2025-03-01'))).toBe(200);
    expect(people.countryAt('SWZ', day('2026-03-11'))).toBe(19);
    expect(people.countryAt('GTM', day('2021-01-31'))).toBe(945);
    expect(people.countryAt('SLV', day('2026-03-11'))).toBe(238);
    expect(people.countryAt('COD', day('2026-05-14'))).toBe(0);
    expect(people.countryAt('COD', day('2026-05-15'))).toBe(15);
    expect(people.countryAt('MEX', day('2025-02-14'))).toBe(2970);
    expect(people.countryAt('MEX', day('2025-06-24'))).toBe(5728);
    // A running total raises the floor: nine on 24 November 2025, 29 by 13 February 2026.
    expect(people.countryAt('GNQ', day('2026-02-12'))).toBe(9);
    expect(people.countryAt('GNQ', day('2026-02-13'))).toBe(29);
  });

  it('covers every country the five articles tie to a US arrangement', () => {
    const countries = new Set(dataset?.events.map((e) => e.country));
    for (const c of ['SLV', 'MEX', 'GTM', 'HND', 'CRI', 'PAN', 'CAN', 'AGO', 'GNQ', 'BEN', 'SWZ', 'LBY', 'MDA', 'RWA']) {
      expect(countries.has(c), c).toBe(true);
    }
  });

  it('holds every quote verbatim in its source (after normalising white space and quote marks)', () => {
    const sources = new Map(dataset?.sources.map((s) => [s.id, quoteMatchText(s.text)]));
    let n = 0;
    for (const e of dataset?.events ?? []) {
      for (const q of e.quotes) {
        expect(sources.get(q.source), `${e.id}: ${q.text}`).toContain(quoteMatchText(q.text));
        n++;
      }
    }
    expect(n).toBeGreaterThan(0);
  });

  it('tells the story of the deals from the data\'s first year to its horizon, in English and Spanish', () => {
    const story = dataset?.stories?.find((s) => s.id === 'third-country-deals');
    expect(story, 'data/stories/third-country-deals.json').toBeDefined();
    const steps = story?.steps ?? [];
    expect(steps.length).toBeGreaterThanOrEqual(10);
    // From the 2019 asylum agreements (the first event in the data) ...
    expect(dataset?.events[0]?.date.startsWith('2019')).toBe(true);
    expect(steps[0]?.date.startsWith('2019')).toBe(true);
    expect(steps[0]?.events).toContain(dataset?.events[0]?.id);
    // ... to the latest date the sources reach: DR Congo, 15 May 2026.
    const horizon = sourcesReach(dataset ?? { events: [], sources: [] });
    expect(steps.at(-1)?.day).toBe(horizon);
    expect(steps.at(-1)?.date).toBe('2026-05-15');
    expect(steps.at(-1)?.country).toBe('COD');
    // The rulings of 2026 for every destination are in it.
    const stepEvents = new Set(steps.flatMap((s) => s.events));
    for (const id of ['usa-2026-02-25-judge-sets-aside-policy', 'usa-2026-03-11-appeals-court-pauses-ruling', 'usa-2026-03-16-appeals-court-stay']) {
      expect(stepEvents.has(id), id).toBe(true);
    }
    // Every step is in Spanish too.
    expect(story?.tr?.es?.captions).toHaveLength(steps.length);
    expect(story?.tr?.es?.title).toBeTruthy();
  });

  it('labels copies and machine translations', () => {
    for (const s of dataset?.sources ?? []) {
      if (s.textKind !== 'original' && s.textKind !== 'excerpt') expect(s.via, s.id).toBeTruthy();
    }
    expect(dataset?.sources.some((s) => s.textKind === 'machine-translation' && s.note)).toBe(true);
  });
});
