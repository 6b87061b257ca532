/**
 * The real data set: it validates, and the history it tells is pinned, so an edit to data/
 * that changes what the map shows at a known date fails here, loudly, with the date.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readData } from '../../scripts/readData.ts';
import { isoToDay } from './dates.ts';
import { normalise } from './normalise.ts';
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
  ] as const)('%s on %s is %s', (country, date, status) => {
    expect(at(country, date)).toBe(status);
  });

  it('covers every country the five articles tie to a US arrangement', () => {
    const countries = new Set(dataset?.events.map((e) => e.country));
    for (const c of ['SLV', 'MEX', 'GTM', 'HND', 'CRI', 'PAN', 'CAN', 'AGO', 'GNQ', 'BEN', 'SWZ', 'LBY', 'MDA', 'RWA']) {
      expect(countries.has(c), c).toBe(true);
    }
  });

  it('holds every quote verbatim in its source (after normalising white space and quote marks)', () => {
    const sources = new Map(dataset?.sources.map((s) => [s.id, normalise(s.text)]));
    let n = 0;
    for (const e of dataset?.events ?? []) {
      for (const q of e.quotes) {
        expect(sources.get(q.source), `${e.id}: ${q.text}`).toContain(normalise(q.text));
        n++;
      }
    }
    expect(n).toBeGreaterThan(0);
  });

  it('labels copies and machine translations', () => {
    for (const s of dataset?.sources ?? []) {
      if (s.textKind !== 'original' && s.textKind !== 'excerpt') expect(s.via, s.id).toBeTruthy();
    }
    expect(dataset?.sources.some((s) => s.textKind === 'machine-translation' && s.note)).toBe(true);
  });
});
