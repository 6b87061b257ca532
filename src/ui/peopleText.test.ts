import { describe, expect, it } from 'vitest';
import { isoToDay } from '../data/dates.ts';
import { PeopleIndex } from '../data/people.ts';
import type { CompiledEvent } from '../data/types.ts';
import en from '../i18n/catalogues/en.ts';
import { countryPeopleText, eventPeopleText, peopleSummary } from './peopleText.ts';

const ev = (id: string, country: string, date: string, people?: number, cumulative = false): CompiledEvent => ({
  id, country, date, day: isoToDay(date) as number, sender: 'USA', status: 'receiving', summary: '', quotes: [], added: '2026-11-23',
  ...(people !== undefined ? { people } : {}),
  ...(cumulative ? { peopleBasis: 'cumulative' as const } : {}),
});

const events = [
  ev('a', 'SLV', '2025-03-16', 238),
  ev('b', 'CRI', '2025-02', 200),
  ev('c', 'SLV', '2025-04-01', 1000, true),
  ev('d', 'PAN', '2025-04-02'),
  ev('e', 'CRI', '2025-05-01', 1),
].sort((x, y) => x.day - y.day);
const index = new PeopleIndex(events);
const d = (iso: string) => isoToDay(iso) as number;

describe('countryPeopleText', () => {
  it("gives the country's total with the date of the event that set it, with thousands separators", () => {
    expect(countryPeopleText(index, 'SLV', d('2025-03-20'), en)).toBe('At least 238 people received by 16 March 2025');
    expect(countryPeopleText(index, 'SLV', d('2025-06-01'), en)).toBe('At least 1,000 people received by 1 April 2025');
  });
  it('keeps the precision of the source: a month-dated count is "by March 2025"', () => {
    expect(countryPeopleText(index, 'CRI', d('2025-02-10'), en)).toBe('At least 200 people received by February 2025');
    expect(countryPeopleText(index, 'CRI', d('2025-05-01'), en)).toBe('At least 201 people received by 1 May 2025');
  });
  it('is null before any count, and for a country without one', () => {
    expect(countryPeopleText(index, 'SLV', d('2025-03-15'), en)).toBeNull();
    expect(countryPeopleText(index, 'PAN', d('2025-06-01'), en)).toBeNull();
    expect(countryPeopleText(index, 'AGO', d('2025-06-01'), en)).toBeNull();
  });
});

describe('peopleSummary', () => {
  it('sums the floors over countries at the day', () => {
    expect(peopleSummary(index, d('2025-04-01'), en)).toEqual({
      total: 1200, countries: 2, text: 'At least 1,200 people sent to 2 countries by 1 April 2025.',
    });
  });
  it('uses the singular for one country and one person', () => {
    const one = new PeopleIndex([ev('x', 'SLV', '2025-01-01', 1)]);
    expect(peopleSummary(one, d('2025-01-01'), en)?.text).toBe('At least 1 person sent to 1 country by 1 January 2025.');
  });
  it('is null when nobody is counted yet', () => {
    expect(peopleSummary(index, d('2025-01-31'), en)).toBeNull();
    expect(peopleSummary(new PeopleIndex([]), d('2025-01-31'), en)).toBeNull();
  });
});

describe('eventPeopleText', () => {
  it('says what kind of figure the source gives', () => {
    expect(eventPeopleText({ people: 238 }, en)).toBe('At least 238 people');
    expect(eventPeopleText({ people: 1 }, en)).toBe('At least 1 person');
    expect(eventPeopleText({ people: 12500, peopleBasis: 'cumulative' }, en)).toBe('At least 12,500 people in total by then (cumulative figure)');
    expect(eventPeopleText({}, en)).toBeNull();
  });
});
