/**
 * What the interface says about people moved: the "at least" figures of the PeopleIndex, as the
 * tooltip, the legend, the country story and the event cards print them.
 */
import { formatDay, formatPartialDate } from '../data/dates.ts';
import type { PeopleIndex } from '../data/people.ts';
import type { CompiledEvent } from '../data/types.ts';
import type { Catalogue } from '../i18n/langs.ts';

/**
 * "At least 1,200 people received by 5 May 2025": the country's total at `day`, dated by the
 * event that set it (at the precision that event's source gives); null when no count is known.
 */
export function countryPeopleText(people: PeopleIndex, country: string, day: number, t: Catalogue): string | null {
  const step = people.countrySince(country, day);
  if (!step || step.total <= 0) return null;
  return t.peopleReceivedBy(step.total, formatPartialDate(step.event.date, t.locale));
}

export interface PeopleSummary {
  total: number;
  countries: number;
  text: string;
}

/** The legend's line: everyone counted, over all countries, by `day`; null when nobody is. */
export function peopleSummary(people: PeopleIndex, day: number, t: Catalogue): PeopleSummary | null {
  const total = people.totalAt(day);
  if (total <= 0) return null;
  const countries = people.countriesWithCounts(day);
  return { total, countries, text: t.peopleTotal(total, countries, formatDay(day, t.locale)) };
}

/** An event card's count: one transfer, or a running total the source gives. */
export function eventPeopleText(e: Pick<CompiledEvent, 'people' | 'peopleBasis'>, t: Catalogue): string | null {
  if (e.people === undefined) return null;
  return e.peopleBasis === 'cumulative' ? t.peopleCumulative(e.people) : t.peopleTransfer(e.people);
}
