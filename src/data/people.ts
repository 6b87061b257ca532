/**
 * People moved: the "at least" counts sources give. Each event with `people` is either one
 * transfer (added to the country's running total) or a cumulative figure (a running total to its
 * date, which raises the country's total to at least that number but never lowers it). Sources are
 * partial, so every figure here is a floor, never an estimate of the whole.
 */
import { lastAtOrBefore } from './statusIndex.ts';
import type { CompiledEvent } from './types.ts';

export interface PeopleStep {
  /** Day the figure is known from. */
  day: number;
  /** The country's "at least" total from this day on. */
  total: number;
  event: CompiledEvent;
}

/** A country's "at least" total after each event with a count, in date order. */
export function peopleSteps(events: readonly CompiledEvent[]): PeopleStep[] {
  const out: PeopleStep[] = [];
  let total = 0;
  for (const e of events) {
    if (e.people === undefined) continue;
    total = e.peopleBasis === 'cumulative' ? Math.max(total, e.people) : total + e.people;
    out.push({ day: e.day, total, event: e });
  }
  return out;
}

interface Track {
  days: Int32Array;
  totals: Float64Array;
  steps: PeopleStep[];
}

export class PeopleIndex {
  private readonly tracks = new Map<string, Track>();
  /** Every day on which the all-country total changes, with the total from then on. */
  private readonly allDays: Int32Array;
  private readonly allTotals: Float64Array;
  /** How many countries have a count from each of allDays on. */
  private readonly allCountries: Int32Array;

  /** `events` sorted by day, as the validator emits them. */
  constructor(events: readonly CompiledEvent[]) {
    const byCountry = new Map<string, CompiledEvent[]>();
    for (const e of events) {
      if (e.people === undefined) continue;
      let list = byCountry.get(e.country);
      if (!list) byCountry.set(e.country, (list = []));
      list.push(e);
    }
    const changes = new Map<number, number>();
    const starts = new Map<number, number>();
    for (const [country, list] of byCountry) {
      const steps = peopleSteps(list);
      this.tracks.set(country, {
        days: Int32Array.from(steps, (s) => s.day),
        totals: Float64Array.from(steps, (s) => s.total),
        steps,
      });
      const first = steps[0];
      if (first) starts.set(first.day, (starts.get(first.day) ?? 0) + 1);
      let prev = 0;
      for (const s of steps) {
        changes.set(s.day, (changes.get(s.day) ?? 0) + s.total - prev);
        prev = s.total;
      }
    }
    const days = [...changes.keys()].sort((a, b) => a - b);
    this.allDays = Int32Array.from(days);
    let run = 0;
    this.allTotals = Float64Array.from(days, (d) => (run += changes.get(d) ?? 0));
    let n = 0;
    this.allCountries = Int32Array.from(days, (d) => (n += starts.get(d) ?? 0));
  }

  /** At least how many people sources say were sent to `country` by `day` (0: no count known). */
  countryAt(country: string, day: number): number {
    const t = this.tracks.get(country);
    if (!t) return 0;
    const i = lastAtOrBefore(t.days, day);
    return i < 0 ? 0 : (t.totals[i] as number);
  }

  /** The sum over all countries of their "at least" totals at `day`. */
  totalAt(day: number): number {
    const i = lastAtOrBefore(this.allDays, day);
    return i < 0 ? 0 : (this.allTotals[i] as number);
  }

  /** The day from which the country's figure at `day` is known (for "by <date>"), or null. */
  countrySince(country: string, day: number): PeopleStep | null {
    const t = this.tracks.get(country);
    if (!t) return null;
    const i = lastAtOrBefore(t.days, day);
    return i < 0 ? null : (t.steps[i] as PeopleStep);
  }

  /** Countries with at least one count at or before `day`. */
  countriesWithCounts(day: number): number {
    const i = lastAtOrBefore(this.allDays, day);
    return i < 0 ? 0 : (this.allCountries[i] as number);
  }
}
