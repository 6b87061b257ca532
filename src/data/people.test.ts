import { describe, expect, it } from 'vitest';
import { PeopleIndex, peopleSteps } from './people.ts';
import type { CompiledEvent } from './types.ts';

const e = (country: string, day: number, people?: number, cumulative = false) =>
  ({
    id: `${country}-${day}`, country, day, date: '', sender: 'USA', status: null, summary: '', quotes: [], added: '2026-11-23',
    ...(people === undefined ? {} : { people }),
    ...(cumulative ? { peopleBasis: 'cumulative' } : {}),
  }) as CompiledEvent;

describe('peopleSteps', () => {
  it('adds transfers and lets a cumulative figure raise, never lower, the total', () => {
    const steps = peopleSteps([e('GTM', 1, 1), e('GTM', 2), e('GTM', 3, 14), e('GTM', 4, 945, true), e('GTM', 5, 10, true), e('GTM', 6, 3)]);
    expect(steps.map((s) => s.total)).toEqual([1, 15, 945, 945, 948]);
  });
  it('a cumulative figure below what transfers already add up to keeps the sum', () => {
    expect(peopleSteps([e('PAN', 1, 119), e('PAN', 2, 100, true)]).map((s) => s.total)).toEqual([119, 119]);
  });
});

describe('PeopleIndex', () => {
  const idx = new PeopleIndex([e('SLV', 10, 238), e('PAN', 12, 119), e('PAN', 18, 299, true), e('SLV', 20), e('CRI', 20, 135), e('CRI', 25, 65)]);
  it('gives each country its at-least total at a day', () => {
    expect(idx.countryAt('PAN', 11)).toBe(0);
    expect(idx.countryAt('PAN', 12)).toBe(119);
    expect(idx.countryAt('PAN', 30)).toBe(299);
    expect(idx.countryAt('MEX', 30)).toBe(0);
    expect(idx.countrySince('PAN', 20)?.day).toBe(18);
    expect(idx.countrySince('PAN', 1)).toBeNull();
  });
  it('sums every country at a day', () => {
    expect(idx.totalAt(9)).toBe(0);
    expect(idx.totalAt(10)).toBe(238);
    expect(idx.totalAt(12)).toBe(357);
    expect(idx.totalAt(18)).toBe(537);
    expect(idx.totalAt(25)).toBe(537 + 200);
    expect(idx.countriesWithCounts(12)).toBe(2);
    expect(idx.countriesWithCounts(30)).toBe(3);
  });
  it('matches a brute-force sum on every day', () => {
    for (let d = 0; d < 30; d++) {
      expect(idx.totalAt(d)).toBe(['SLV', 'PAN', 'CRI'].reduce((n, c) => n + idx.countryAt(c, d), 0));
      expect(idx.countriesWithCounts(d)).toBe(['SLV', 'PAN', 'CRI'].filter((c) => idx.countrySince(c, d) !== null).length);
    }
  });
});
